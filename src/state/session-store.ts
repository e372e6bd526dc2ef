/** Who is signed in on this device, for screens: the session store (session-state.ts) as a React hook. */
import { bindStore } from './bind-store';
import { sessionStore } from './session-state';

export const useSessionStore = bindStore(sessionStore);

/**
 * The device profile (name and role typed in Instellingen) from before accounts. The session replaced it;
 * its stored copy is removed at start so no earlier user's name lingers on a shared tablet.
 */
const RETIRED_PROFILE_KEY = 'tijdig.profile';

export function forgetRetiredProfile(storage: Pick<Storage, 'removeItem'> = localStorage): void {
  storage.removeItem(RETIRED_PROFILE_KEY);
}
