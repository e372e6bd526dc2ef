-- session_actor (migration 015) also answers the practice's change-sequence head, so a device's background
-- pull at head, most pulls, is one round trip to the database instead of two (sync-routes.ts, pull.ts).
-- The head is read in the session's statement, before any page: every change numbered up to it has
-- committed, as pull.ts requires. A practice before its first push has no sequence row: head 0.
-- No line of the body ends with a semicolon: migrate.ts ends a statement there.
DROP FUNCTION session_actor(text);

CREATE FUNCTION session_actor(session_token_hash text)
RETURNS TABLE (
  user_id uuid,
  practice_id uuid,
  last_seen_at timestamptz,
  created_at timestamptz,
  name text,
  email text,
  is_shared_device boolean,
  role text,
  extra_roles text[],
  practice_name text,
  practice_head bigint
)
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN QUERY
    SELECT s.user_id, s.practice_id, s.last_seen_at, s.created_at, u.name, u.email, u.is_shared_device,
           m.role, m.extra_roles, p.name, coalesce(q.value, 0)
      FROM sessions s
      JOIN users u ON u.id = s.user_id
      JOIN memberships m ON m.user_id = s.user_id AND m.practice_id = s.practice_id
      JOIN practices p ON p.id = s.practice_id
      LEFT JOIN practice_sequences q ON q.practice_id = s.practice_id
     WHERE s.token_hash = session_token_hash; END
$$;
