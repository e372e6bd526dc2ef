import type { Author } from '../domain';
import { useSessionStore } from '../state/session-store';

/**
 * Who records something on this device: the signed-in account, the only author. Null without a session
 * (pages are for signed-in accounts, so a form shows that as a missing author rather than guessing one).
 * The server stamps the account's id on what it receives, so the device leaves `userId` out.
 */
export function useAuthor(): Author | null {
  const session = useSessionStore((state) => state.session);
  return session ? { name: session.user.name, role: session.user.role } : null;
}
