/**
 * MDO settings of this device: the review interval the agenda suggestion uses ("review due" when a
 * marked patient was not discussed for longer than this). Kept per device in localStorage, like the
 * profile; it is not synced, so each device that prepares agendas sets its own.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export const DEFAULT_REVIEW_INTERVAL_WEEKS = 8;
export const MIN_REVIEW_INTERVAL_WEEKS = 1;
export const MAX_REVIEW_INTERVAL_WEEKS = 52;

/** Whether `weeks` is a whole number of weeks the setting accepts (1 to 52). */
export function isValidReviewInterval(weeks: number): boolean {
  return Number.isInteger(weeks) && weeks >= MIN_REVIEW_INTERVAL_WEEKS && weeks <= MAX_REVIEW_INTERVAL_WEEKS;
}

interface MdoSettingsState {
  reviewIntervalWeeks: number;
  /** Stores the interval; returns false (and changes nothing) when it is not 1 to 52 whole weeks. */
  setReviewIntervalWeeks: (weeks: number) => boolean;
}

export const useMdoSettingsStore = create<MdoSettingsState>()(
  persist(
    (set) => ({
      reviewIntervalWeeks: DEFAULT_REVIEW_INTERVAL_WEEKS,
      setReviewIntervalWeeks: (weeks) => {
        if (!isValidReviewInterval(weeks)) return false;
        set({ reviewIntervalWeeks: weeks });
        return true;
      },
    }),
    {
      name: 'tijdig.mdoSettings',
      // A value edited by hand in localStorage must not break the agenda: fall back to the default.
      merge: (persisted, current) => {
        const weeks = (persisted as Partial<MdoSettingsState> | undefined)?.reviewIntervalWeeks;
        return {
          ...current,
          reviewIntervalWeeks:
            typeof weeks === 'number' && isValidReviewInterval(weeks) ? weeks : DEFAULT_REVIEW_INTERVAL_WEEKS,
        };
      },
    },
  ),
);
