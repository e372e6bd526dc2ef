import { Navigate } from 'react-router';
import { useSessionStore } from '../../../state/session-store';

/** The app's start address: a specialist PZ starts at their invitations, everyone else at the register. */
export function StartRedirect() {
  const role = useSessionStore((state) => state.session?.user.role);
  return <Navigate to={role === 'specialist-pz' ? '/uitnodigingen' : '/patienten'} replace />;
}
