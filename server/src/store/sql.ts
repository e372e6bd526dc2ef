/**
 * SQL pieces that keep their values apart from their text and can be put inside each other. A module
 * writes the part of a statement it owns (`sql\`... ${value} ...\``) and another puts it into a larger
 * statement; the `$n` of every value is numbered once, when the whole statement runs. This is how a push
 * sends the reads and the writes of several modules in one statement each (a round trip costs more than
 * the statement on this kind of machine, see bench/HISTORY.md).
 *
 * Only values become parameters: the text comes from the code, never from input.
 */
import type { Queryable } from './db';

export class Sql {
  constructor(
    readonly texts: readonly string[],
    readonly values: readonly unknown[],
  ) {}
}

/** A piece of SQL: each `${value}` is a parameter, each `${piece}` of type Sql is put in as it is. */
export function sql(texts: TemplateStringsArray, ...values: unknown[]): Sql {
  // A tagged template turns an escape JavaScript does not know (`\x`, `\u` without digits) into
  // undefined instead of failing to compile: refuse it rather than send the word "undefined".
  if (texts.some((text) => typeof text !== 'string')) throw new Error('SQL text with an invalid escape');
  return new Sql([...texts], values);
}

/** Text from the code, put in as it is (a name, a keyword): never a value. */
export const rawSql = (text: string): Sql => new Sql([text], []);

/** Pieces one after the other, with `separator` (text from the code) between them. */
export function joinSql(pieces: readonly Sql[], separator: string): Sql {
  if (pieces.length === 0) return rawSql('');
  return new Sql(['', ...pieces.slice(1).map(() => separator), ''], pieces);
}

/** The statement's text with its parameters numbered $1, $2, ... in order, and their values. */
export function buildSql(statement: Sql): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const write = (piece: Sql): string =>
    piece.texts.reduce((text, part, index) => {
      if (index === 0) return part;
      const value = piece.values[index - 1];
      if (value instanceof Sql) return `${text}${write(value)}${part}`;
      values.push(value);
      return `${text}$${values.length}${part}`;
    }, '');
  return { text: write(statement), values };
}

/** Runs a statement built of pieces. */
export function runSql<Row = Record<string, unknown>>(db: Queryable, statement: Sql): Promise<Row[]> {
  const { text, values } = buildSql(statement);
  return db.query<Row>(text, values);
}

/** One named part of a WITH clause. */
export interface CommonTable {
  name: string;
  query: Sql;
}

/**
 * The SELECT of `query`'s rows as one JSON array of objects, for a larger statement to carry as one value;
 * with no query (nothing to ask), an empty array. Row locks `query` takes (FOR UPDATE) hold as usual.
 */
export function jsonRows(query: Sql | null): Sql {
  if (query === null) return sql`SELECT '[]'::jsonb`;
  return sql`SELECT coalesce(jsonb_agg(to_jsonb(found)), '[]'::jsonb) FROM (${query}) AS found`;
}

/**
 * `WITH a AS (...), b AS (...) <main>`, `main` not itself starting with WITH: several writes in one
 * statement. PostgreSQL runs every data-modifying part to the end whether the main statement reads it or
 * not, all in one snapshot, so a part never sees another's rows (none of ours need to).
 */
export function withTables(tables: readonly CommonTable[], main: Sql): Sql {
  if (tables.length === 0) return main;
  const parts = tables.map(({ name, query }) => sql`${rawSql(name)} AS (${query})`);
  return sql`WITH ${joinSql(parts, ', ')} ${main}`;
}
