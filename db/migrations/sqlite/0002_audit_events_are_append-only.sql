-- Version 2, frozen: audit events are append-only (SQLite has no TRUNCATE).
CREATE TRIGGER audit_events_no_UPDATE BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
CREATE TRIGGER audit_events_no_DELETE BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
