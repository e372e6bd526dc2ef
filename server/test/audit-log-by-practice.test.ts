/**
 * Migration 018 keys the audit log by practice (issue 15, Citus): rows without a practice move, whole and
 * under the same id, to the log of no practice; a practice's rows stay as they were; a device's event is
 * stored once within its practice.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../src/store/migrate';
import { DATABASES, setUpPractice, startTestServer, type TestServer } from './harness';

const AT = '2026-11-02T09:15:00.000Z';

describe.each(DATABASES)('audit log keyed by practice on %s', (kind) => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const insertOld = (db: TestServer['db'], practiceId: string | null, event: string) =>
    db.query<{ id: string }>(
      `INSERT INTO audit_log (at, received_at, event, action, practice_id, record_part, outcome, source, target)
       VALUES ($1, $1, $2, 'E', $3, 'account', 'denied', 'server', 'POST /api/auth/login')
       RETURNING id`,
      [AT, event, practiceId],
    );

  it('moves the rows of no practice whole to their own log, and keeps the append-only rule', async () => {
    server = await startTestServer(kind, {}, { migrateBefore: '018' });
    await setUpPractice(server);
    const [membership] = await server.db.query<{ practice_id: string }>(
      'SELECT practice_id FROM memberships',
    );
    const practiceId = membership?.practice_id ?? '';
    const [unknown] = await insertOld(server.db, null, 'login');
    const [attributed] = await insertOld(server.db, practiceId, 'login');
    const practiceRowsBefore = await server.db.query('SELECT * FROM audit_log WHERE practice_id IS NOT NULL');

    await migrate(server.db);

    expect(await server.db.query('SELECT * FROM audit_log WHERE practice_id IS NOT NULL')).toEqual(
      practiceRowsBefore,
    );
    expect(await server.db.query('SELECT id FROM audit_log WHERE id = $1', [unknown?.id])).toEqual([]);
    expect(
      await server.db.query(
        `SELECT id, at, received_at, event, action, patient_id, record_part, outcome, source, target
           FROM audit_log_unattributed`,
      ),
    ).toEqual([
      {
        id: unknown?.id,
        at: new Date(AT),
        received_at: new Date(AT),
        event: 'login',
        action: 'E',
        patient_id: null,
        record_part: 'account',
        outcome: 'denied',
        source: 'server',
        target: 'POST /api/auth/login',
      },
    ]);
    expect(attributed?.id).toBeDefined();
    await expect(server.db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    // A new row draws its id from the one sequence, after every moved row.
    await expect(insertOld(server.db, null, 'login')).rejects.toThrow(/null value|not-null/);
    const [next] = await server.db.query<{ id: string }>(
      `INSERT INTO audit_log_unattributed (at, received_at, event, action, record_part, outcome, source)
       VALUES ($1, $1, 'login', 'E', 'account', 'denied', 'server') RETURNING id`,
      [AT],
    );
    expect(BigInt(next?.id ?? 0)).toBeGreaterThan(BigInt(attributed?.id ?? 0));
  });

  it('stops the upgrade rather than move a row that names an account but no practice', async () => {
    server = await startTestServer(kind, {}, { migrateBefore: '018' });
    await server.db.query(
      `INSERT INTO audit_log (at, received_at, event, action, user_id, record_part, outcome, source)
       VALUES ($1, $1, 'login', 'E', $2, 'account', 'denied', 'server')`,
      [AT, randomUUID()],
    );
    await expect(migrate(server.db)).rejects.toThrow(/audit_log_no_practice_no_account/);
    const [stillThere] = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log');
    expect(stillThere?.n).toBe(1);
  });
});
