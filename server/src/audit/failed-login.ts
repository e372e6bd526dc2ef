/**
 * A failed sign-in in the audit log (NEN 7513), shown to the beheerder of each practice the account aimed
 * at belongs to, under that account's name and role there: "someone tried to sign in as Collega huisarts".
 *
 * What is never stored: the password, and the e-mail address that was typed. For an address without an
 * account one row is written with no account and no practice, which no beheerder sees: the typed text
 * may be a colleague's address at another practice, a mistyped one, or a password typed into the wrong
 * field, and none of those may reach another practice's log (or any log) as text.
 */
import type { Queryable } from '../store/db';
import { writeAudit, type AuditActor, type AuditRecord } from './audit-log';

const FAILED_LOGIN: AuditRecord = {
  event: 'login',
  action: 'E',
  patientId: null,
  recordPart: 'account',
  outcome: 'denied',
};

/** Logs a refused sign-in; `userId` is the account the e-mail address belongs to, or null when none does. */
export async function auditFailedLogin(db: Queryable, userId: string | null, at: Date): Promise<void> {
  // Queried for an unknown address too (finding nothing), so both cost the same and timing tells nothing.
  const memberships = await db.query<AuditActor>(
    `SELECT u.id AS "userId", u.name AS "userName", m.role, m.practice_id AS "practiceId",
            p.name AS "practiceName"
       FROM users u
       JOIN memberships m ON m.user_id = u.id
       JOIN practices p ON p.id = m.practice_id
      WHERE u.id = $1::uuid`,
    [userId],
  );
  if (memberships.length === 0) {
    await writeAudit(db, null, [FAILED_LOGIN], at);
    return;
  }
  for (const membership of memberships) await writeAudit(db, membership, [FAILED_LOGIN], at);
}
