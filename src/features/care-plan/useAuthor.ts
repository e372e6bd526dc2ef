import type { Author } from '../../domain';
import { authorFromProfile, useProfileStore } from '../../state/profile-store';
import { useSessionStore } from '../../state/session-store';

/** Who saves: the signed-in account, or the device profile when no session is known. */
export function useAuthor(): Author | null {
  const session = useSessionStore((state) => state.session);
  const name = useProfileStore((state) => state.name);
  const role = useProfileStore((state) => state.role);
  return session ? { name: session.user.name, role: session.user.role } : authorFromProfile({ name, role });
}
