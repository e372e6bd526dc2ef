import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { DeviceTakenPage } from '../features/sync/DeviceTakenPage';
import { useDeviceOwner } from '../features/sync/useDeviceOwner';
import { useSyncWhileSignedIn } from '../features/sync/useSyncWhileSignedIn';
import { useSessionStore } from '../state/session-store';
import { useDatabase } from './DatabaseProvider';
import { useServices } from './ServicesProvider';

/**
 * Shows `children` only to a signed-in account that owns this device's data, and syncs for it. Without a
 * session: the login page. With another account's data on the device: the choice to wipe it first.
 */
export function SignedInShell({ children }: { children: ReactNode }) {
  const session = useSessionStore((state) => state.session);
  const location = useLocation();
  if (!session) return <Navigate to="/inloggen" replace state={{ from: location.pathname }} />;
  return <OwnedDevice userId={session.user.id}>{children}</OwnedDevice>;
}

function OwnedDevice({ userId, children }: { userId: string; children: ReactNode }) {
  const db = useDatabase();
  const { api } = useServices();
  const ownership = useDeviceOwner(userId);
  useSyncWhileSignedIn(db, ownership === 'mine' ? (api ?? null) : null, userId);
  if (ownership === 'someoneElse') return <DeviceTakenPage />;
  return children;
}
