import { useEffect } from 'react';
import { clearDataKey } from '../db';
import type { SessionInfo } from '../domain';
import { useServices } from '../providers/ServicesProvider';
import { useSessionStore } from '../state/session-store';
import { ApiFailure } from '../sync/api-client';

/**
 * Offline-first start: the app opens on the session this device remembers and asks the server about it
 * in the background, once per page load (index.html preloads that request while the scripts download).
 * A 401 means the server refused it (expired, signed out elsewhere, account blocked): the device forgets
 * it and drops the data key, so the login page follows and no patient data stays on screen. The rows stay
 * on the device, encrypted, as after locking; nothing is wiped. Offline or a busy server changes nothing.
 */
export function useSessionRecheck(userId: string, isNeeded: boolean): void {
  const { auth } = useServices();
  useEffect(() => {
    if (!isNeeded) return;
    let isCurrent = true;
    auth.currentSession().then(
      (session) => {
        if (isCurrent) takeUpFresh(session);
      },
      (error: unknown) => {
        if (!isCurrent || !(error instanceof ApiFailure && error.status === 401)) return;
        clearDataKey();
        useSessionStore.getState().signOut(true);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [auth, userId, isNeeded]);
}

/** The server's copy wins (a role or name changed since); an unchanged one is not stored again. */
function takeUpFresh(session: SessionInfo): void {
  const stored = useSessionStore.getState().session;
  if (JSON.stringify(stored) !== JSON.stringify(session)) useSessionStore.getState().signIn(session);
}
