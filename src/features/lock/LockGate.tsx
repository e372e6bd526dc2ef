import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../domain';
import { useLockStore } from '../../state/lock-store';
import { idleSecondsFor } from './idle-time';
import { lockDevice } from './lock-device';
import { LockScreen } from './LockScreen';
import type { LockStatus } from './useDeviceLock';
import { useIdleLock } from './useIdleLock';

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
  const { t } = useTranslation();
  if (status === 'opening') return <p role="status">{t('app.loading')}</p>;
  if (status === 'locked') return <LockScreen session={session} />;
  return <IdleLock isSharedDevice={session.user.isSharedDevice}>{children}</IdleLock>;
}

function IdleLock({ isSharedDevice, children }: { isSharedDevice: boolean; children: ReactNode }) {
  const chosenSeconds = useLockStore((state) => state.idleSeconds);
  useIdleLock(idleSecondsFor(isSharedDevice, chosenSeconds) * 1000, lockDevice);
  return children;
}
