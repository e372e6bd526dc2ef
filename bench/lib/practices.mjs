/**
 * Many practices on one PostgreSQL for the push benchmarks: each with one huisarts and a live session,
 * written straight into the database (sign-in is not what is measured, and 50 sign-ins would hit the
 * server's own limits). Every server process on that database accepts these cookies.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';

/**
 * @param {string} databaseUrl a database the server has already migrated
 * @param {number} count
 * @returns {Promise<string[]>} one `tijdig_session=...` cookie per practice
 */
export async function seedPractices(databaseUrl, count) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const cookies = [];
  try {
    for (let index = 0; index < count; index += 1) {
      const practiceId = randomUUID();
      const userId = randomUUID();
      const secret = randomBytes(32).toString('base64url');
      await client.query('INSERT INTO practices (id, name) VALUES ($1, $2)', [
        practiceId,
        `Praktijk ${index}`,
      ]);
      await client.query(
        "INSERT INTO users (id, email, name, password_hash) VALUES ($1, $2, 'Bench', 'scrypt$17$8$1$x$x')",
        [userId, `bench${index}@tijdig.test`],
      );
      await client.query("INSERT INTO memberships (practice_id, user_id, role) VALUES ($1, $2, 'huisarts')", [
        practiceId,
        userId,
      ]);
      await client.query(
        'INSERT INTO sessions (token_hash, user_id, practice_id, created_at, last_seen_at) VALUES ($1, $2, $3, now(), now())',
        [createHash('sha256').update(secret).digest('hex'), userId, practiceId],
      );
      cookies.push(`tijdig_session=${secret}`);
    }
  } finally {
    await client.end();
  }
  return cookies;
}
