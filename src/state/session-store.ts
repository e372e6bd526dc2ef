/**
 * Who is signed in on this device, remembered in localStorage so the app opens offline. The server's
 * session cookie is the authority; this copy only decides which screens to show and who the author is.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { SessionInfo } from '../domain';
import { useProfileStore } from './profile-store';

interface SessionState {
  session: SessionInfo | null;
  signIn: (session: SessionInfo) => void;
  signOut: () => void;
}

export const useSessionStore = create<SessionState>()(
  persist(
    (set) => ({
      session: null,
      signIn: (session) => {
        // The account is the author of everything recorded on this device from now on.
        useProfileStore.getState().setProfile(session.user.name, session.user.role);
        set({ session });
      },
      signOut: () => {
        set({ session: null });
      },
    }),
    { name: 'tijdig.session' },
  ),
);
