import { Navigate } from 'react-router';
import { useSessionStore } from '../state/session-store';
import { startAddressOf } from './start-address';

/**
 * The app's start address, reached from within the app (a start itself is sent on before the device
 * opens, see useStartAddress): on to the account's start page.
 */
export function StartPage() {
  const session = useSessionStore((state) => state.session);
  return session ? <Navigate to={startAddressOf(session)} replace /> : null;
}
