-- An invitation may give more than one role (a huisarts who is also beheerder): `role` stays the first,
-- `extra_roles` the others, copied to the membership's `extra_roles` when the invitation is accepted.
ALTER TABLE invitations ADD COLUMN extra_roles text[] NOT NULL DEFAULT '{}';
