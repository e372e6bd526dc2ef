/**
 * How long the app stays open without activity. Shared devices (the tablet in the meeting room) lock after
 * 5 minutes and may not stay open longer; personal devices after 15, at most 30. Seconds are stored so a
 * test can inject a short time; the settings offer whole minutes.
 */
export const MIN_IDLE_SECONDS = 5;

export function defaultIdleMinutes(isSharedDevice: boolean): number {
  return isSharedDevice ? 5 : 15;
}

export function maxIdleMinutes(isSharedDevice: boolean): number {
  return isSharedDevice ? 5 : 30;
}

/** The idle time in force: the device's choice within bounds, or the account's default. */
export function idleSecondsFor(isSharedDevice: boolean, chosenSeconds: number | null): number {
  if (chosenSeconds === null || !Number.isFinite(chosenSeconds))
    return defaultIdleMinutes(isSharedDevice) * 60;
  return Math.min(Math.max(chosenSeconds, MIN_IDLE_SECONDS), maxIdleMinutes(isSharedDevice) * 60);
}

/** The choices the settings offer, in minutes. */
export function idleMinuteOptions(isSharedDevice: boolean): number[] {
  return [1, 2, 5, 10, 15, 20, 30].filter((minutes) => minutes <= maxIdleMinutes(isSharedDevice));
}
