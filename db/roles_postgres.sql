-- Least privilege on PostgreSQL: run as the owner role after
-- `zielwerk migrate`, and again after each upgrade that adds tables.
-- zielwerk_owner owns the schema and runs the migrations; zielwerk_app,
-- which the server connects as, may only read and write rows. It cannot
-- change the schema, nor drop or disable the audit trigger (both need the
-- table's owner), nor update, delete or truncate audit events.
GRANT USAGE ON SCHEMA public TO zielwerk_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO zielwerk_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO zielwerk_app;
-- The audit trail is append-only by privilege too, not only by trigger.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM zielwerk_app;
-- The app reads the schema version (/readyz, Migrate finding nothing to
-- do) but never writes it.
REVOKE INSERT, UPDATE, DELETE ON schema_migrations FROM zielwerk_app;
-- Tables and sequences that later migrations create get the same rights.
ALTER DEFAULT PRIVILEGES FOR ROLE zielwerk_owner IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO zielwerk_app;
ALTER DEFAULT PRIVILEGES FOR ROLE zielwerk_owner IN SCHEMA public
  GRANT USAGE ON SEQUENCES TO zielwerk_app;
