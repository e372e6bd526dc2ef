/**
 * The huisarts a POH last chose for quick-mark ("Namens huisarts"), so that marking several patients in a
 * row does not ask each time. Kept in memory only: a reload or another sign-in asks again, and it is
 * remembered per account so one POH never inherits another's choice on a shared device.
 */
import { create } from 'zustand';
import type { OnBehalfOf } from '../domain';

interface NamensState {
  /** The account that chose, and its choice. */
  last: { userId: string; onBehalfOf: OnBehalfOf } | null;
  remember: (userId: string, onBehalfOf: OnBehalfOf | null) => void;
}

export const useNamensStore = create<NamensState>()((set) => ({
  last: null,
  remember: (userId, onBehalfOf) => {
    set({ last: onBehalfOf ? { userId, onBehalfOf } : null });
  },
}));
