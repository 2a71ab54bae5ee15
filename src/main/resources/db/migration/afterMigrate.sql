-- Run by Flyway after every migration, as the owner of the schema: the application's role (the placeholder
-- app_role, DATABASE_USERNAME) may read and write the tables, but on the audit trail only INSERT and SELECT,
-- and nothing on Flyway's history. When the application connects as the owner itself (the demo, a laptop),
-- there is nothing to grant.
DO $grants$
DECLARE
    app text := '${app_role}';
BEGIN
    IF app = current_user OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), app);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), app);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), app);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_record FROM %I', app);
    EXECUTE format('REVOKE ALL ON %I FROM %I', '${flyway:table}', app);
END
$grants$;
