-- Version 12: notifications by e-mail and deputies (Vertretung).
--
-- outbox_messages: every mail Zielwerk sends, written in the transaction of
-- the change that causes it (or by the reminder scan). The sender claims
-- due rows (claimed_by, claimed_until), sends them by SMTP and marks them
-- SENT, or FAILED after its last try. dedupe_key is UNIQUE: a digest (one
-- per person, kind and day) or an event's mail cannot be written twice,
-- whichever replica writes it.
CREATE TABLE outbox_messages (
  id BIGSERIAL PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('SIGN', 'REMINDER', 'ESCALATION')),
  task_kind TEXT NOT NULL DEFAULT '',
  recipient_id BIGINT REFERENCES people (id),
  to_address TEXT NOT NULL CHECK (to_address <> ''),
  agreement_id BIGINT REFERENCES agreements (id),
  subject TEXT NOT NULL CHECK (subject <> ''),
  -- the page the mail points to (PUBLIC_URL and a path)
  link TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL CHECK (body <> ''),
  dedupe_key TEXT NOT NULL,
  mandatory BOOLEAN NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  status TEXT NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'SENT', 'FAILED')),
  attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  -- not before this time: quiet hours, then the backoff after a failed try
  next_attempt_at TIMESTAMPTZ NOT NULL,
  claimed_by TEXT NOT NULL DEFAULT '',
  claimed_until TIMESTAMPTZ,
  last_error TEXT NOT NULL DEFAULT '',
  sent_at TIMESTAMPTZ,
  CONSTRAINT uq_outbox_messages_dedupe_key UNIQUE (dedupe_key),
  CHECK ((status = 'SENT') = (sent_at IS NOT NULL))
);
CREATE INDEX idx_outbox_messages_due ON outbox_messages (status, next_attempt_at);
CREATE INDEX idx_outbox_messages_recipient_id ON outbox_messages (recipient_id);

-- A lease per recurring job: who holds it and until when. The reminder
-- scan runs where the lease was taken; the other replicas skip it.
CREATE TABLE scheduler_leases (
  name TEXT PRIMARY KEY,
  holder TEXT NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL
);

-- Per-person opt-out of the reminders that are not mandatory.
ALTER TABLE people ADD COLUMN reminders_opt_out BOOLEAN NOT NULL DEFAULT FALSE;

-- Deputies: a leader names a deputy for a period (both days included).
-- ended_on: ended early, from that day on (the row stays for the record).
CREATE TABLE deputies (
  id BIGSERIAL PRIMARY KEY,
  leader_id BIGINT NOT NULL REFERENCES people (id),
  deputy_id BIGINT NOT NULL REFERENCES people (id),
  valid_from DATE NOT NULL,
  valid_to DATE NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  created_by_id BIGINT REFERENCES people (id),
  ended_on DATE,
  version INTEGER NOT NULL DEFAULT 1,
  CHECK (leader_id <> deputy_id),
  CHECK (valid_from <= valid_to),
  CHECK (ended_on IS NULL OR ended_on BETWEEN valid_from AND valid_to)
);
CREATE INDEX idx_deputies_leader_id ON deputies (leader_id);
CREATE INDEX idx_deputies_deputy_id ON deputies (deputy_id);

-- The person a change was made for (a deputy acting for a leader).
ALTER TABLE audit_events ADD COLUMN on_behalf_of_id BIGINT REFERENCES people (id);

-- The access policy caches the deputies like the org tree.
INSERT INTO cache_versions (name, version) VALUES ('deputies', 1);
CREATE FUNCTION bump_deputies_on_deputies() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN UPDATE cache_versions SET version = version + 1 WHERE name = 'deputies'; RETURN NULL; END $$;
CREATE TRIGGER deputies_bump_deputies AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON deputies
  FOR EACH STATEMENT EXECUTE FUNCTION bump_deputies_on_deputies();
