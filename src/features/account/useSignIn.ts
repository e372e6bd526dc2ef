import { useNavigate } from 'react-router';
import { discardRowsOfLostKey } from '../../db';
import { useDatabase } from '../../providers/DatabaseProvider';
import { useServices } from '../../providers/ServicesProvider';
import type { SessionInfo } from '../../domain';
import { serverKeysOf } from '../lock/server-keys';
import { openAtSignIn } from '../../security/key-vault';
import { useLockStore } from '../../state/lock-store';
import { useSessionStore } from '../../state/session-store';

/**
 * After setup, login or an accepted invitation: open (or create) this device's key vault with the password
 * the server just accepted, remember the session and open the app at `to` (the start page, which depends on
 * the role, by default).
 */
export function useSignIn(): (session: SessionInfo, password: string, to?: string) => Promise<void> {
  const navigate = useNavigate();
  const db = useDatabase();
  const { auth } = useServices();
  return async (session, password, to = '/') => {
    try {
      const opening = await openAtSignIn(db, session.user.id, password, serverKeysOf(auth));
      // Neither wrap opened the old key: its rows are unreadable for good; the server's copy comes back.
      if (opening === 'replaced') useLockStore.getState().noteLostKey(await discardRowsOfLostKey(db));
      useLockStore.getState().unlocked();
    } catch {
      // No WebCrypto or no storage: the app opens on its lock screen, which explains what it needs.
    }
    useSessionStore.getState().signIn(session);
    await navigate(to, { replace: true });
  };
}
