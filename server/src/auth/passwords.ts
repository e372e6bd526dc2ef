/**
 * Password hashing with scrypt (RFC 7914). The stored form carries its own parameters, so raising the
 * cost later still verifies old hashes: `scrypt$<logN>$<r>$<p>$<salt b64>$<hash b64>`.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const KEY_LENGTH = 32;
const BLOCK_SIZE = 8;
const PARALLELISM = 1;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  // scrypt needs 128 * N * r bytes; Node's default maxmem (32 MiB) is too small from N = 2^15 on.
  const maxmem = 256 * (options.N ?? 0) * (options.r ?? BLOCK_SIZE);
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, { ...options, maxmem }, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}

/**
 * Hashes a new password. With `sameSaltAs` (another account's stored hash for the same e-mail address)
 * the new hash takes that hash's salt and cost, so one derivation at sign-in checks every account of
 * that address (see `matchPassword`); the passwords themselves stay separate.
 */
export async function hashPassword(password: string, logN: number, sameSaltAs?: string): Promise<string> {
  const shared = sameSaltAs === undefined ? undefined : parse(sameSaltAs);
  const params = shared ?? { logN, r: BLOCK_SIZE, p: PARALLELISM, salt: randomBytes(16) };
  const key = await derive(password, params.salt, { N: 2 ** params.logN, r: params.r, p: params.p });
  return [
    'scrypt',
    params.logN,
    params.r,
    params.p,
    params.salt.toString('base64'),
    key.toString('base64'),
  ].join('$');
}

interface StoredHash {
  logN: number;
  r: number;
  p: number;
  salt: Buffer;
  hash: Buffer;
}

function parse(stored: string): StoredHash | undefined {
  const [scheme, logN, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !logN || !r || !p || !salt || !hash) return undefined;
  const salted = Buffer.from(salt, 'base64');
  return { logN: Number(logN), r: Number(r), p: Number(p), salt: salted, hash: Buffer.from(hash, 'base64') };
}

const sameParams = (a: StoredHash, b: StoredHash) =>
  a.logN === b.logN && a.r === b.r && a.p === b.p && a.salt.equals(b.salt);

/**
 * Which of `candidates` the password matches (the first), or -1: one scrypt derivation, with the salt and
 * cost of the first candidate, whatever their number. A candidate with another salt cannot match. Sign-in
 * passes every account of the typed address (or one decoy), so its work does not depend on how many
 * practices the address belongs to.
 */
export async function matchPassword(password: string, candidates: readonly string[]): Promise<number> {
  const parsed = candidates.map(parse);
  const first = parsed[0];
  if (!first) return -1;
  const key = await derive(password, first.salt, { N: 2 ** first.logN, r: first.r, p: first.p });
  // Compare with every candidate, not stopping at a match, so the comparisons cost the same either way.
  let match = -1;
  parsed.forEach((candidate, index) => {
    const isMatch =
      candidate !== undefined &&
      sameParams(candidate, first) &&
      candidate.hash.length === key.length &&
      timingSafeEqual(candidate.hash, key);
    if (isMatch && match === -1) match = index;
  });
  return match;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  return (await matchPassword(password, [stored])) === 0;
}

/**
 * A hash of a random password with the current cost. Checking a login for an unknown e-mail against it
 * takes as long as a real check, so the answer's timing does not reveal which accounts exist.
 */
export function makeDecoyHash(logN: number): Promise<string> {
  return hashPassword(randomBytes(24).toString('base64'), logN);
}
