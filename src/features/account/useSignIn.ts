import { useNavigate } from 'react-router';
import type { SessionInfo } from '../../domain';
import { useSessionStore } from '../../state/session-store';

/** After setup, login or an accepted invitation: remember the session and open the app at `to` (the start page, which depends on the role, by default). */
export function useSignIn(): (session: SessionInfo, to?: string) => void {
  const navigate = useNavigate();
  return (session, to = '/') => {
    useSessionStore.getState().signIn(session);
    void navigate(to, { replace: true });
  };
}
