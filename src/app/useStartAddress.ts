import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { SessionInfo } from '../domain';
import { startAddressOf } from './start-address';

/**
 * Sends the start address ("/", where the installed app opens, and where the app's own links to it lead)
 * on to the account's start page as soon as the session is known, also while the device is still opening.
 * Left to a start page behind the lock, the register rendered only after a render of that page and its
 * redirect, once the device had opened (load.cold).
 */
export function useStartAddress(session: SessionInfo): void {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const target = pathname === '/' ? startAddressOf(session) : null;
  useEffect(() => {
    if (target !== null) void navigate(target, { replace: true });
  }, [navigate, target]);
}
