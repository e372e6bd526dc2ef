/**
 * Unlocking with the password: first offline, against the wrapped key (no network needed); when that
 * fails and the server is reachable, by signing in again, which also lets in a password changed on
 * another device (the vault is then re-wrapped with it). An account with a second factor gets no session
 * from the password alone, so that way ends at the login page (sign out, then sign in with both steps).
 */
import type { SessionInfo } from '../../domain';
import type { TijdigDb } from '../../db';
import { openAtSignIn, openWithPassword, type PasswordCheck } from '../../security/key-vault';
import { useLockStore } from '../../state/lock-store';
import { useSessionStore } from '../../state/session-store';
import { ApiFailure } from '../../sync/api-client';
import { isChallenge, type AuthClient } from '../../sync/auth-client';
import { serverKeysOf } from './server-keys';

export type UnlockOutcome =
  'opened' | 'wrongPassword' | 'needsConnection' | 'serverBusy' | 'needsSecondFactor';

async function signInAgain(
  db: TijdigDb,
  auth: AuthClient,
  session: SessionInfo,
  password: string,
): Promise<UnlockOutcome | 'offline'> {
  try {
    const renewed = await auth.login({ email: session.user.email, password });
    // The password was right, but only the login page can take the second step.
    if (isChallenge(renewed)) return 'needsSecondFactor';
    // The same e-mail address in another practice is another account: not this device's.
    if (renewed.user.id !== session.user.id) return 'wrongPassword';
    if ((await openAtSignIn(db, renewed.user.id, password, serverKeysOf(auth))) === 'otherAccount')
      return 'wrongPassword';
    useSessionStore.getState().signIn(renewed);
    return 'opened';
  } catch (error) {
    if (!(error instanceof ApiFailure) || error.isOffline) return 'offline';
    return error.isServerBusy ? 'serverBusy' : 'wrongPassword';
  }
}

/** Tries `password` for the locked account; a wrong one is counted (see the lock store). */
export async function unlockWithPassword(
  db: TijdigDb,
  auth: AuthClient,
  session: SessionInfo,
  password: string,
): Promise<UnlockOutcome> {
  // A vault that cannot be read (storage failed) is no offline check: try online.
  const offline = await openWithPassword(db, session.user.id, password).catch(
    (): PasswordCheck => 'noOfflineCheck',
  );
  let outcome: UnlockOutcome | 'offline' = offline === 'opened' ? 'opened' : 'offline';
  if (outcome !== 'opened') outcome = await signInAgain(db, auth, session, password);
  if (outcome === 'offline') outcome = offline === 'wrongPassword' ? 'wrongPassword' : 'needsConnection';
  if (outcome === 'opened') useLockStore.getState().unlocked();
  return outcome;
}
