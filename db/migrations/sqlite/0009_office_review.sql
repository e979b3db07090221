-- Version 9: the OB office's review of Dezernat agreements (see the
-- PostgreSQL file).
CREATE TABLE `agreement_remarks` (`id` integer PRIMARY KEY AUTOINCREMENT,
  `agreement_id` integer NOT NULL REFERENCES `agreements`(`id`),
  `item_id` integer REFERENCES `agreement_items`(`id`) ON DELETE SET NULL,
  `author_id` integer NOT NULL REFERENCES `people`(`id`),
  `text` text NOT NULL CHECK (text <> ''),
  `created_at` datetime NOT NULL);
CREATE INDEX `idx_agreement_remarks_agreement_id` ON `agreement_remarks`(`agreement_id`);
ALTER TABLE `agreements` ADD COLUMN `office_review` text NOT NULL DEFAULT '' CONSTRAINT `ck_agreements_office_review` CHECK (office_review IN ('', 'CHECKED', 'QUERY'));
ALTER TABLE `agreements` ADD COLUMN `office_reviewed_at` datetime;
ALTER TABLE `agreements` ADD COLUMN `office_reviewer_id` integer REFERENCES `people`(`id`);
