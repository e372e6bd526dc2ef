/**
 * TOTP (RFC 6238) through otpauth: 30-second steps, six digits, SHA-1 (what every authenticator app
 * reads), and one step of clock drift either way. Recovery codes are random, so a SHA-256 of each is
 * enough to store (like session secrets; a slow hash guards guessable secrets, these are not).
 */
import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { RECOVERY_CODE_COUNT } from '../../../src/domain';
import { hashSecret } from './tokens';

const ISSUER = 'Tijdig';
/** Codes of the step before and after the server's own are accepted: a phone's clock may be off a little. */
const DRIFT_STEPS = 1;
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function totpOf(secretBase32: string, label = ''): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A fresh 160-bit secret (RFC 4226's recommended length), base32. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI an authenticator app scans, labelled with the practice and the account's e-mail. */
export function totpUri(secretBase32: string, practiceName: string, email: string): string {
  return totpOf(secretBase32, `${practiceName}: ${email}`).toString();
}

/** The 30-second step a code belongs to, or null when it matches none within the allowed drift. */
export function matchingStep(secretBase32: string, code: string, now: Date): number | null {
  const totp = totpOf(secretBase32);
  const delta = totp.validate({ token: code, timestamp: now.getTime(), window: DRIFT_STEPS });
  return delta === null ? null : totp.counter({ timestamp: now.getTime() }) + delta;
}

/** Ten codes like `K7QMZ-2XAPD`: 50 random bits each, readable on paper (no 0/1/8/9 to confuse). */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = [...randomBytes(10)].map((byte) => BASE32[byte % 32]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** The stored form of a recovery code; `code` is already normalised (no dash, upper case). */
export function hashRecoveryCode(code: string): string {
  return hashSecret(code.replace(/-/g, '').toUpperCase());
}
