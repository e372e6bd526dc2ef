-- The row triggers of 001 stop UPDATE and DELETE, but TRUNCATE fires no row trigger: stop it too.
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
