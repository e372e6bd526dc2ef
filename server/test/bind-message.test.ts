import { protocol } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { encodeBindExecute } from '../src/store/bind-message';

/** What PGlite's own serializer sends for one run of a prepared statement. */
function pgliteEncoding(statement: string, values: (string | null)[]): Uint8Array {
  const parts = [
    protocol.serialize.bind({ statement, values }),
    protocol.serialize.describe({ type: 'P' }),
    protocol.serialize.execute({}),
    protocol.serialize.sync(),
  ];
  return Uint8Array.from(parts.flatMap((part) => [...part]));
}

describe('encodeBindExecute', () => {
  it.each<[string, (string | null)[]]>([
    ['no parameters', []],
    ['a null among texts', ['6e1c1b7e-2e0b-4a8e-9f3e-3f1b2b1a0c11', null, '42']],
    ['an empty text', ['']],
    ['letters of more than one byte and a surrogate pair', ['Zoë Ödegård-Çelik, 80 jaar 👵🏼', 'ï']],
    ['a long JSON text', [JSON.stringify({ note: 'Wil thuis sterven. '.repeat(2_000) }), '7']],
  ])('writes the bytes PGlite writes: %s', (_, values) => {
    const statement = 'tijdig_0123456789abcdef01234567';
    expect([...encodeBindExecute(statement, values)]).toEqual([...pgliteEncoding(statement, values)]);
  });

  it('starts its bytes at the start of a buffer of its own', () => {
    const message = encodeBindExecute('tijdig_a', ['x']);
    expect(message.byteOffset).toBe(0);
    expect(message.buffer.byteLength).toBe(message.byteLength);
  });
});
