/** The device lock's state, for screens: the lock store (lock-state.ts) as a React hook. */
import { bindStore } from './bind-store';
import { lockStore } from './lock-state';

export const useLockStore = bindStore(lockStore);
