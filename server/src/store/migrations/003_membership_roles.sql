-- An account may hold more than one role in a practice (a huisarts who is also beheerder): `role` stays
-- the role it was given first; `extra_roles` holds the others. The access policy allows what any allows.
ALTER TABLE memberships ADD COLUMN extra_roles text[] NOT NULL DEFAULT '{}';
