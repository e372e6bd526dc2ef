import { Suspense, type ReactNode } from 'react';
import type { SessionInfo } from '../../domain';
import { useLockStore } from '../../state/lock-store';
import { idleSecondsFor } from './idle-time';
import { lockDevice } from './lock-device';
import type { LockStatus } from './useDeviceLock';
import { useIdleLock } from './useIdleLock';
import { lazyComponent } from '../../components/lazy-component';
import { LoadingStatus } from '../../components/LoadingStatus';

// Only a locked device needs the lock screen (and its sign-out dialog): it loads on demand, from the service
// worker's cache when offline, instead of in the first bundle every start pays for.
const LockScreen = lazyComponent(() => import('./LockScreen'), 'LockScreen');

/**
 * Renders the signed-in app only while unlocked; locked, nothing of it is rendered (not hidden behind an
 * overlay), so no patient detail is in the page at all.
 */
export function LockGate({
  status,
  session,
  children,
}: {
  status: LockStatus;
  session: SessionInfo;
  children: ReactNode;
}) {
  if (status === 'opening') return <LoadingStatus />;
  if (status === 'locked') {
    return (
      <Suspense fallback={<LoadingStatus />}>
        <LockScreen session={session} />
      </Suspense>
    );
  }
  return <IdleLock isSharedDevice={session.user.isSharedDevice}>{children}</IdleLock>;
}

function IdleLock({ isSharedDevice, children }: { isSharedDevice: boolean; children: ReactNode }) {
  const chosenSeconds = useLockStore((state) => state.idleSeconds);
  useIdleLock(idleSecondsFor(isSharedDevice, chosenSeconds) * 1000, lockDevice);
  return children;
}
