/**
 * SQL pieces (store/sql.ts): values never enter the text, and pieces put inside each other are numbered
 * as one statement, which the database runs with the values in the right places.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSql, joinSql, jsonRows, rawSql, runSql, sql, withTables } from '../src/store/sql';
import { DATABASES, startTestServer } from './harness';

describe('building SQL from pieces', () => {
  it('numbers every value in the order it appears, nested pieces included', () => {
    const inner = sql`SELECT ${'b'}::text AS b, ${2}::int AS two`;
    const { text, values } = buildSql(sql`SELECT ${'a'}::text, (${inner}), ${3}`);
    expect(text).toBe('SELECT $1::text, (SELECT $2::text AS b, $3::int AS two), $4');
    expect(values).toEqual(['a', 'b', 2, 3]);
  });

  it('keeps a value out of the text, whatever it holds', () => {
    const hostile = "'; DROP TABLE records; --";
    const { text, values } = buildSql(sql`SELECT ${hostile}`);
    expect(text).toBe('SELECT $1');
    expect(values).toEqual([hostile]);
  });

  it('refuses a text with an escape JavaScript does not know, instead of sending "undefined"', () => {
    expect(() => sql`SELECT E'\xZZ'`).toThrow('invalid escape');
  });

  it('joins pieces with a separator, and joins nothing to nothing', () => {
    const joined = buildSql(joinSql([sql`${1}`, sql`${2}`, rawSql('now()')], ', '));
    expect(joined).toEqual({ text: '$1, $2, now()', values: [1, 2] });
    expect(buildSql(joinSql([], ', '))).toEqual({ text: '', values: [] });
  });

  it('names the parts of a WITH clause, and leaves a statement without parts as it is', () => {
    const main = sql`SELECT * FROM a`;
    const built = buildSql(withTables([{ name: 'a', query: sql`SELECT ${7} AS n` }], main));
    expect(built).toEqual({ text: 'WITH a AS (SELECT $1 AS n) SELECT * FROM a', values: [7] });
    expect(buildSql(withTables([], main))).toEqual({ text: 'SELECT * FROM a', values: [] });
  });
});

describe.each(DATABASES)('SQL pieces on %s', (kind) => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  it('runs the writes of several pieces in one statement, each value where it belongs, and carries rows as JSON', async () => {
    const [first, second] = [randomUUID(), randomUUID()];
    const rows = await runSql<{ answer: string }>(
      server.db,
      withTables(
        [
          { name: 'first', query: sql`INSERT INTO practices (id, name) VALUES (${first}, ${'De Linde'})` },
          { name: 'second', query: sql`INSERT INTO practices (id, name) VALUES (${second}, ${'De Es'})` },
        ],
        sql`SELECT ${'klaar'}::text AS answer`,
      ),
    );
    expect(rows).toEqual([{ answer: 'klaar' }]);
    const stored = await server.db.query<{ id: string; name: string }>(
      'SELECT id, name FROM practices WHERE id = ANY($1::uuid[]) ORDER BY name',
      [[first, second]],
    );
    expect(stored).toEqual([
      { id: second, name: 'De Es' },
      { id: first, name: 'De Linde' },
    ]);

    const [carried] = await runSql<{ rows: unknown; none: unknown }>(
      server.db,
      sql`SELECT (${jsonRows(sql`SELECT name FROM practices WHERE id = ${first}`)}) AS rows,
                 (${jsonRows(null)}) AS none`,
    );
    expect(carried).toEqual({ rows: [{ name: 'De Linde' }], none: [] });
  });
});
