/**
 * Prepared statements on PGlite (used by pglite-worker.ts). PGlite's `query` parses and plans every statement
 * again and crosses into WASM six times for it (Parse, Describe, Bind, Describe, Execute, Sync, each a call of
 * its own). Here a statement with parameters is parsed once under a name derived from its text, and each run
 * is one call with Bind, Describe, Execute and Sync together: a simple lookup took 0.28 ms instead of 1.74 ms
 * in a scratch measurement on this machine (issue 15).
 *
 * Only PGlite's public protocol API is used (`execProtocol`, `protocol.serialize`, `parse.parseResults`), the
 * same pieces its own `query` is built from; a run's messages are written by bind-message.ts, to the same
 * bytes. `run` takes PGlite's query lock itself; the caller holds the transaction lock or runs it inside a
 * transaction, so no other transaction's statements interleave.
 */
import { parse, protocol, type PGlite, type Transaction } from '@electric-sql/pglite';
import { encodeBindExecute } from './bind-message';
import { createStatementNamer } from './statement-names';

const { serialize } = protocol;

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

/** A parameter as PGlite's `query` sends it: by its type's serializer, else as text (uuid has none). */
function serializeParameter(pglite: PGlite, value: unknown, type: number | undefined): string | null {
  if (value === null || value === undefined) return null;
  const serializer = type === undefined ? undefined : pglite.serializers[type];
  if (serializer) return serializer(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    return String(value);
  throw new TypeError(`A parameter of type ${type ?? 'unknown'} has no serializer.`);
}

export interface PreparedStatements {
  /** Whether `sql` runs as a prepared statement (false past the name limit: then run it with `query`). */
  has(sql: string): boolean;
  /** Runs a statement `has` accepted, with its parameters, and answers its rows. */
  run(sql: string, params: readonly unknown[]): Promise<Record<string, unknown>[]>;
}

export function createPreparedStatements(pglite: PGlite): PreparedStatements {
  const nameOf = createStatementNamer();
  /** The parameter types PostgreSQL inferred for each prepared statement, by name. */
  const parameterTypes = new Map<string, number[]>();

  /** Parses and describes the statement once; a statement that fails to parse is not remembered. */
  async function prepare(name: string, sql: string): Promise<number[]> {
    const known = parameterTypes.get(name);
    if (known) return known;
    const described = await pglite.execProtocol(
      concat([
        serialize.parse({ name, text: sql }),
        serialize.describe({ type: 'S', name }),
        serialize.sync(),
      ]),
      { syncToFs: false },
    );
    const types = parse.parseDescribeStatementResults(described.messages);
    parameterTypes.set(name, types);
    return types;
  }

  return {
    has: (sql) => nameOf(sql) !== undefined,
    async run(sql, params) {
      const name = nameOf(sql);
      if (name === undefined) throw new Error('A statement without a name cannot run prepared.');
      return pglite.runExclusive(async () => {
        const types = await prepare(name, sql);
        const values = params.map((value, index) => serializeParameter(pglite, value, types[index]));
        // Sync ends the batch, so after an error the connection is ready again (and a transaction aborted,
        // as with `query`).
        const ran = await pglite.execProtocol(encodeBindExecute(name, values), { syncToFs: false });
        const [result] = parse.parseResults(ran.messages, pglite.parsers);
        return result?.rows ?? [];
      });
    },
  };
}

/**
 * A statement with parameters runs prepared: inside its transaction `tx`, or, outside one, under PGlite's
 * transaction lock, as PGlite's own `query` runs (`_runExclusiveTransaction` belongs to PGlite's typed
 * interface), so it waits for any open transaction instead of running inside it.
 */
export async function runStatement(
  pglite: PGlite,
  prepared: PreparedStatements,
  tx: Transaction | undefined,
  sql: string,
  params: unknown[],
): Promise<unknown[]> {
  if (params.length === 0 || !prepared.has(sql)) return (await (tx ?? pglite).query(sql, params)).rows;
  if (tx) return prepared.run(sql, params);
  return pglite._runExclusiveTransaction(() => prepared.run(sql, params));
}
