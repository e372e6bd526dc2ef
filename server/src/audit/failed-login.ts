/**
 * A failed sign-in in the audit log (NEN 7513), shown to the beheerder of each practice the account aimed
 * at belongs to, under that account's name and role there: "someone tried to sign in as Collega huisarts".
 *
 * What is never stored: the password, and the e-mail address that was typed. For an address without an
 * account one row is written with no account, in the log of no practice, which no beheerder sees: the typed text
 * may be a colleague's address at another practice, a mistyped one, or a password typed into the wrong
 * field, and none of those may reach another practice's log (or any log) as text.
 */
import type { Queryable } from '../store/db';

/**
 * Logs a refused sign-in; `userIds` are the accounts the e-mail address belongs to (one per practice), or
 * none. One statement in every case, so an address of several practices costs no more than an unknown one:
 * a row per membership of those accounts in the practices' log, or a single row in the log of no practice
 * (`audit_log_unattributed`, migration 018).
 */
export async function auditFailedLogin(db: Queryable, userIds: readonly string[], at: Date): Promise<void> {
  await db.query(
    `WITH aimed_at AS (
       SELECT m.practice_id, u.id AS user_id, u.name AS user_name, m.role, p.name AS practice_name
         FROM users u
         JOIN memberships m ON m.user_id = u.id
         JOIN practices p ON p.id = m.practice_id
        WHERE u.id = ANY($2::uuid[])
     ), attributed AS (
       INSERT INTO audit_log (at, received_at, event, action, practice_id, user_id, user_name, role, on_behalf_of,
                              patient_id, record_part, outcome, source)
       SELECT $1, $1, 'login', 'E', practice_id, user_id, user_name, role, practice_name, NULL, 'account', 'denied',
              'server'
         FROM aimed_at
     )
     INSERT INTO audit_log_unattributed (at, received_at, event, action, record_part, outcome, source)
     SELECT $1, $1, 'login', 'E', 'account', 'denied', 'server'
      WHERE NOT EXISTS (SELECT 1 FROM aimed_at)`,
    [at, userIds],
  );
}
