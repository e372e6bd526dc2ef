import { describe, expect, it } from 'vitest';
import { TijdigDb } from '../db';
import { readVault, writeVault } from './vault-record';
import { vaultRecordOf, type VaultRecord } from './vault-schema';
import { newSalt, randomBytes, toBase64 } from './wrap';

const wrapped = () => ({ iv: toBase64(randomBytes(12)), ciphertext: toBase64(randomBytes(48)) });

/** A vault as the app writes it: both wraps present. */
function fullVault(): VaultRecord {
  return {
    version: 1,
    userId: '0193a000-0000-7000-8000-000000000001',
    byPassword: { salt: toBase64(newSalt()), iterations: 600_000, wrapped: wrapped() },
    byServer: wrapped(),
  };
}

/** `vault` with the value at `path` replaced (or removed, for undefined). */
function withField(vault: VaultRecord, path: string[], value: unknown): unknown {
  const copy = structuredClone(vault) as unknown as Record<string, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  const last = path.at(-1) ?? '';
  if (value === undefined) Reflect.deleteProperty(parent, last);
  else parent[last] = value;
  return copy;
}

describe('the key vault record check', () => {
  it('takes a vault as the app writes it, with either wrap absent', () => {
    const vault = fullVault();
    expect(vaultRecordOf(vault)).toEqual(vault);
    expect(vaultRecordOf({ ...vault, byPassword: null })).toEqual({ ...vault, byPassword: null });
    expect(vaultRecordOf({ ...vault, byServer: null })).toEqual({ ...vault, byServer: null });
  });

  it('keeps only the fields it knows, in a fresh object', () => {
    const vault = fullVault();
    const stored = { ...vault, dataKey: 'never stored', byServer: { ...vault.byServer, extra: 1 } };
    const checked = vaultRecordOf(stored);
    expect(checked).toEqual(vault);
    expect(checked).not.toBe(stored);
    expect(checked?.byServer).not.toHaveProperty('extra');
  });

  it.each([
    ['no object', [], 'vault'],
    ['another version', ['version'], 2],
    ['the version as text', ['version'], '1'],
    ['no account', ['userId'], undefined],
    ['an account that is not text', ['userId'], 42],
    ['no password wrap field', ['byPassword'], undefined],
    ['no server wrap field', ['byServer'], undefined],
    ['a password wrap that is a list', ['byPassword'], []],
    ['a salt that is not base64', ['byPassword', 'salt'], 'zout!'],
    ['a salt without its padding', ['byPassword', 'salt'], 'YWJjZA'],
    ['a salt with whitespace', ['byPassword', 'salt'], 'YWJj ZA=='],
    ['zero iterations', ['byPassword', 'iterations'], 0],
    ['a fraction of an iteration', ['byPassword', 'iterations'], 1.5],
    ['iterations as text', ['byPassword', 'iterations'], '600000'],
    ['a password wrap without its key', ['byPassword', 'wrapped'], undefined],
    ['an iv that is not base64', ['byPassword', 'wrapped', 'iv'], 'iv?'],
    ['a server wrap without ciphertext', ['byServer', 'ciphertext'], undefined],
    ['a server ciphertext that is a number', ['byServer', 'ciphertext'], 7],
  ])('refuses a vault with %s', (_case, path, value) => {
    const vault = path.length === 0 ? value : withField(fullVault(), path, value);
    expect(vaultRecordOf(vault)).toBeNull();
  });
});

describe('reading and writing the vault', () => {
  it('reads a stored row that is not a vault as no vault, and never writes one', async () => {
    const db = new TijdigDb(`vault-check-${crypto.randomUUID()}`);
    await db.open();
    try {
      await db.meta.put({ key: 'keyVault', value: withField(fullVault(), ['byServer', 'iv'], 'kapot!') });
      expect(await readVault(db)).toBeNull();

      const malformed = withField(fullVault(), ['byPassword', 'iterations'], 0) as VaultRecord;
      await expect(writeVault(db, malformed)).rejects.toThrow('malformed');
      expect((await db.meta.get('keyVault'))?.value).toMatchObject({ byServer: { iv: 'kapot!' } });

      const vault = fullVault();
      await writeVault(db, { ...vault, extra: 'weg' } as VaultRecord);
      expect((await db.meta.get('keyVault'))?.value).toEqual(vault);
      expect(await readVault(db)).toEqual(vault);
    } finally {
      db.close();
      await db.delete();
    }
  });
});
