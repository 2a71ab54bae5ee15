-- The audit trail is append-only for everyone: rows were already protected from UPDATE and DELETE; TRUNCATE,
-- a statement of its own, is refused too (issue 9, point 8). The application's role, which does not own the
-- schema, can neither truncate nor drop these triggers; afterMigrate.sql gives it INSERT and SELECT only here.
create trigger audit_record_no_truncate before truncate on audit_record
    for each statement execute function audit_record_append_only();
