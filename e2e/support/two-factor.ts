/**
 * The authenticator app of e2e accounts that need a second factor (beheerder, specialist PZ): enrolled
 * through the API when the account is made, codes computed with otpauth as a phone would.
 */
import { TOTP } from 'otpauth';

export interface TestAuthenticator {
  secret: string;
  /** The last 30-second step used: the server refuses a code of that step again (replay). */
  lastStep: number;
  recoveryCodes: string[];
}

const stepNow = () => Math.floor(Date.now() / 30_000);

export function codeAt(secret: string, step: number): string {
  return new TOTP({ secret, algorithm: 'SHA1', digits: 6, period: 30 }).generate({
    timestamp: step * 30_000,
  });
}

/**
 * What to send as the second factor now: a code of a step not used yet (this one, or the next, which
 * the server's drift allowance accepts), else a recovery code, since tests sign in faster than codes change.
 */
export function nextSecondFactor(app: TestAuthenticator): { code: string } | { recoveryCode: string } {
  const step = [stepNow(), stepNow() + 1].find((candidate) => candidate > app.lastStep);
  if (step === undefined) {
    const recoveryCode = app.recoveryCodes.shift();
    if (!recoveryCode) throw new Error('every recovery code of this account is used');
    return { recoveryCode };
  }
  app.lastStep = step;
  return { code: codeAt(app.secret, step) };
}

type Post = (path: string, body: unknown) => Promise<unknown>;

/** Enrols the account behind `post` (a session or a sign-in challenge) and returns its app. */
export async function enrolThroughApi(post: Post): Promise<TestAuthenticator> {
  const { secret } = (await post('/api/auth/two-factor/enrol', {})) as { secret: string };
  const step = stepNow();
  const done = (await post('/api/auth/two-factor/enrol/confirm', { code: codeAt(secret, step) })) as {
    recoveryCodes: string[];
  };
  return { secret, lastStep: step, recoveryCodes: [...done.recoveryCodes] };
}
