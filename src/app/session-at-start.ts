/**
 * The session check of a start on a device that remembers no session, asked as the app starts (index.html
 * preloads its answer), before the first render, instead of from the session probe's effect after it: a
 * confirmed session's device key (start-key.ts) is then asked that much sooner. The probe
 * (SignedInShell.tsx) takes this answer once. It speaks only for the start: once anyone signs in or out
 * (the login page, a sign-out), it is dropped, so a later probe never takes up a session already ended.
 */
import { askStartKeyForSession } from '../features/lock/start-key';
import type { SessionInfo } from '../domain';
import { sessionStore } from '../state/session-state';
import type { AuthClient } from '../sync/auth-client';

let atStart: Promise<SessionInfo> | null = null;

/** Asks the server about its session now, when this device remembers none and no sign-out is waiting. */
export function checkSessionAtStart(auth: AuthClient): void {
  const { session, isServerLogoutPending } = sessionStore.getState();
  if (session || isServerLogoutPending) return;
  const check = auth.currentSession();
  // A refusal is the probe's to handle; untaken, it must not surface as an unhandled rejection.
  check.then(
    (confirmed) => {
      askStartKeyForSession(auth, confirmed.user.id);
    },
    () => undefined,
  );
  atStart = check;
  const stopWatching = sessionStore.subscribe((state, before) => {
    if (state.session === before.session && state.isServerLogoutPending === before.isServerLogoutPending)
      return;
    if (atStart === check) atStart = null;
    stopWatching();
  });
}

/** The start's session check, once; null when there is none (any more). */
export function takeSessionCheckAtStart(): Promise<SessionInfo> | null {
  const check = atStart;
  atStart = null;
  return check;
}
