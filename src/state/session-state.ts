/**
 * Who is signed in on this device, remembered in localStorage so the app opens offline. The server's
 * session cookie is the authority; this copy only decides which screens to show and who the author is
 * (see components/useAuthor: the account is the only author of what is recorded on this device).
 *
 * The store without React; screens use it through `useSessionStore` (session-store.ts).
 */
import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { SessionInfo } from '../domain';

export interface SessionState {
  session: SessionInfo | null;
  /**
   * Signed out while the server could not be told (offline): the browser still holds the session cookie,
   * which script cannot remove. Until the server has ended that session, it must not be taken up again.
   */
  isServerLogoutPending: boolean;
  signIn: (session: SessionInfo) => void;
  /** Forgets the session; `isServerSignedOut` false when the server could not end it yet. */
  signOut: (isServerSignedOut: boolean) => void;
  serverLogoutDone: () => void;
}

export const sessionStore = createStore<SessionState>()(
  persist(
    (set) => ({
      session: null,
      isServerLogoutPending: false,
      signIn: (session) => {
        set({ session, isServerLogoutPending: false });
      },
      signOut: (isServerSignedOut) => {
        set({ session: null, isServerLogoutPending: !isServerSignedOut });
      },
      serverLogoutDone: () => {
        set({ isServerLogoutPending: false });
      },
    }),
    { name: 'tijdig.session' },
  ),
);
