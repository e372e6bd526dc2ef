import { useEffect } from 'react';

/** Input that counts as someone using the app. */
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;
const CHECK_EVERY_MS = 1_000;

/**
 * Calls `onIdle` once nobody touched the app for `idleMs`. Checked every second against the clock rather than
 * by one long timer, so a tablet that slept past the idle time locks as soon as it wakes.
 */
export function useIdleLock(idleMs: number, onIdle: () => void): void {
  useEffect(() => {
    let lastActivity = Date.now();
    const markActivity = () => {
      lastActivity = Date.now();
    };
    for (const event of ACTIVITY_EVENTS)
      window.addEventListener(event, markActivity, { capture: true, passive: true });
    const timer = setInterval(() => {
      if (Date.now() - lastActivity >= idleMs) onIdle();
    }, CHECK_EVERY_MS);
    return () => {
      clearInterval(timer);
      for (const event of ACTIVITY_EVENTS) window.removeEventListener(event, markActivity, { capture: true });
    };
  }, [idleMs, onIdle]);
}
