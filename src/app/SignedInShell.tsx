import { Suspense, useCallback, useEffect, useState, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { LockGate } from '../features/lock/LockGate';
import { askStartKeyForSession } from '../features/lock/start-key';
import { useDeviceLock } from '../features/lock/useDeviceLock';
import { useDeviceOwner } from '../features/sync/useDeviceOwner';
import { useSyncWhileSignedIn } from '../features/sync/useSyncWhileSignedIn';
import type { SessionInfo } from '../domain';
import { useSessionStore } from '../state/session-store';
import { ApiFailure } from '../sync/api-client';
import { useDatabase } from '../providers/DatabaseProvider';
import { useServices } from '../providers/ServicesProvider';
import { takeSessionCheckAtStart } from './session-at-start';
import { useSessionRecheck } from './useSessionRecheck';
import { useStartAddress } from './useStartAddress';
import { lazyComponent } from '../components/lazy-component';
import { LoadingStatus } from '../components/LoadingStatus';

// Only a device holding another account's data shows it: loaded then, not with every start.
const DeviceTakenPage = lazyComponent(() => import('../features/sync/DeviceTakenPage'), 'DeviceTakenPage');

/**
 * Shows `children` only to a signed-in account that owns this device's data, while the device is unlocked,
 * and syncs for it. Without a session: the login page. With another account's data on the device: the
 * choice to wipe it first. Locked: the lock screen instead of the app. A session the device remembers
 * opens the app at once; the server is asked about it meanwhile (useSessionRecheck).
 */
export function SignedInShell({ children }: { children: ReactNode }) {
  const session = useSessionStore((state) => state.session);
  // A session the probe has just had from the server needs no second question.
  const [isProbed, setIsProbed] = useState(false);
  const markProbed = useCallback(() => {
    setIsProbed(true);
  }, []);
  if (!session) return <SessionProbe onSession={markProbed} />;
  return (
    <OwnedDevice session={session} isChecked={isProbed}>
      {children}
    </OwnedDevice>
  );
}

/**
 * No session known on this device: the browser may still hold a live server session (e.g. signed in
 * in another tab). Ask once; without one (or offline) go to the login page. After signing out offline the
 * cookie still holds the old session: end it on the server instead of taking it up again.
 */
function SessionProbe({ onSession }: { onSession: () => void }) {
  const { auth } = useServices();
  const location = useLocation();
  const [hasNoSession, setHasNoSession] = useState(() => useSessionStore.getState().isServerLogoutPending);
  useEffect(() => {
    let isCurrent = true;
    if (useSessionStore.getState().isServerLogoutPending) {
      auth.logout().then(
        () => {
          useSessionStore.getState().serverLogoutDone();
        },
        (error: unknown) => {
          // Still offline: try again next time. Any answer from the server means the session is gone.
          if (!(error instanceof ApiFailure && error.status === 0))
            useSessionStore.getState().serverLogoutDone();
        },
      );
      return;
    }
    // The start asked already when this device knew no session (session-at-start.ts).
    (takeSessionCheckAtStart() ?? auth.currentSession()).then(
      (session) => {
        if (!isCurrent) return;
        onSession();
        useSessionStore.getState().signIn(session);
        // The device's key, asked now rather than once the database is open (start-key.ts).
        askStartKeyForSession(auth, session.user.id);
      },
      () => {
        if (isCurrent) setHasNoSession(true);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [auth, onSession]);
  if (hasNoSession) return <Navigate to="/inloggen" replace state={{ from: location.pathname }} />;
  return <LoadingStatus />;
}

/** Locked (no data key in memory), nothing syncs: nothing may read or write the rows without the key. */
function OwnedDevice({
  session,
  isChecked,
  children,
}: {
  session: SessionInfo;
  /** The server confirmed the session on this page load already. */
  isChecked: boolean;
  children: ReactNode;
}) {
  const db = useDatabase();
  const { api } = useServices();
  const userId = session.user.id;
  useSessionRecheck(userId, !isChecked);
  useStartAddress(session);
  const ownership = useDeviceOwner(userId);
  const lock = useDeviceLock(userId, ownership === 'mine');
  useSyncWhileSignedIn(db, ownership === 'mine' && lock === 'unlocked' ? (api ?? null) : null, userId);
  if (ownership === 'someoneElse') {
    return (
      <Suspense fallback={<LoadingStatus />}>
        <DeviceTakenPage />
      </Suspense>
    );
  }
  return (
    <LockGate status={lock} session={session}>
      {children}
    </LockGate>
  );
}
