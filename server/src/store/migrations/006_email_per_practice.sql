-- An e-mail address names one account within a practice, not across practices: accepting an invitation
-- for an address that has an account in another practice creates a separate account in the inviting
-- practice (the answer is the same as for a free address, so it reveals nothing), and the two accounts
-- stay apart. Sign-in picks the account whose password matches.
ALTER TABLE users DROP CONSTRAINT users_email_key;
CREATE INDEX users_email ON users (email);
