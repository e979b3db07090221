-- Version 12: notifications by e-mail and deputies (see the PostgreSQL
-- file).
CREATE TABLE `outbox_messages` (`id` integer PRIMARY KEY AUTOINCREMENT,
  `kind` text NOT NULL CHECK (kind IN ('SIGN', 'REMINDER', 'ESCALATION')),
  `task_kind` text NOT NULL DEFAULT '',
  `recipient_id` integer REFERENCES `people`(`id`),
  `to_address` text NOT NULL CHECK (to_address <> ''),
  `agreement_id` integer REFERENCES `agreements`(`id`),
  `subject` text NOT NULL CHECK (subject <> ''),
  `link` text NOT NULL DEFAULT '',
  `body` text NOT NULL CHECK (body <> ''),
  `dedupe_key` text NOT NULL,
  `mandatory` numeric NOT NULL,
  `created_at` datetime NOT NULL,
  `status` text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'SENT', 'FAILED')),
  `attempts` integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  `next_attempt_at` datetime NOT NULL,
  `claimed_by` text NOT NULL DEFAULT '',
  `claimed_until` datetime,
  `last_error` text NOT NULL DEFAULT '',
  `sent_at` datetime,
  CONSTRAINT `uq_outbox_messages_dedupe_key` UNIQUE (`dedupe_key`),
  CHECK ((status = 'SENT') = (sent_at IS NOT NULL)));
CREATE INDEX `idx_outbox_messages_due` ON `outbox_messages`(`status`, `next_attempt_at`);
CREATE INDEX `idx_outbox_messages_recipient_id` ON `outbox_messages`(`recipient_id`);
CREATE TABLE `scheduler_leases` (`name` text PRIMARY KEY,
  `holder` text NOT NULL,
  `expires_at` datetime NOT NULL);
ALTER TABLE `people` ADD COLUMN `reminders_opt_out` numeric NOT NULL DEFAULT false;
CREATE TABLE `deputies` (`id` integer PRIMARY KEY AUTOINCREMENT,
  `leader_id` integer NOT NULL REFERENCES `people`(`id`),
  `deputy_id` integer NOT NULL REFERENCES `people`(`id`),
  `valid_from` datetime NOT NULL,
  `valid_to` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `created_by_id` integer REFERENCES `people`(`id`),
  `ended_on` datetime,
  `version` integer NOT NULL DEFAULT 1,
  CHECK (leader_id <> deputy_id),
  CHECK (valid_from <= valid_to),
  CHECK (ended_on IS NULL OR ended_on BETWEEN valid_from AND valid_to));
CREATE INDEX `idx_deputies_leader_id` ON `deputies`(`leader_id`);
CREATE INDEX `idx_deputies_deputy_id` ON `deputies`(`deputy_id`);
ALTER TABLE `audit_events` ADD COLUMN `on_behalf_of_id` integer REFERENCES `people`(`id`);
INSERT INTO cache_versions (name, version) VALUES ('deputies', 1);
CREATE TRIGGER deputies_bump_deputies_0 AFTER INSERT ON deputies
BEGIN UPDATE cache_versions SET version = version + 1 WHERE name = 'deputies'; END;
CREATE TRIGGER deputies_bump_deputies_1 AFTER UPDATE ON deputies
BEGIN UPDATE cache_versions SET version = version + 1 WHERE name = 'deputies'; END;
CREATE TRIGGER deputies_bump_deputies_2 AFTER DELETE ON deputies
BEGIN UPDATE cache_versions SET version = version + 1 WHERE name = 'deputies'; END;
