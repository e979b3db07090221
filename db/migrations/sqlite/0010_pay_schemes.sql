-- Version 10: performance pay (see the PostgreSQL file).
CREATE TABLE `pay_schemes` (`year` integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
  `pot_cents` integer CHECK (pot_cents >= 0),
  `pay_sum_cents` integer CHECK (pay_sum_cents >= 0),
  `pot_share_basis_points` integer CHECK (pot_share_basis_points BETWEEN 0 AND 10000),
  `part_time_pro_rata` numeric NOT NULL DEFAULT true,
  `partial_year_pro_rata` numeric NOT NULL DEFAULT true,
  `tvoed_lob` numeric NOT NULL DEFAULT true,
  `beamte` numeric NOT NULL DEFAULT false,
  `agreement_by` datetime,
  `review_by` datetime,
  `assessment_by` datetime,
  `objection_days` integer NOT NULL DEFAULT 14 CHECK (objection_days BETWEEN 1 AND 90),
  `version` integer NOT NULL DEFAULT 1,
  `updated_at` datetime NOT NULL,
  `updated_by_id` integer REFERENCES `people`(`id`),
  CHECK ((pot_cents IS NOT NULL) <> (pay_sum_cents IS NOT NULL AND pot_share_basis_points IS NOT NULL)),
  CHECK ((pay_sum_cents IS NULL) = (pot_share_basis_points IS NULL)));
CREATE TABLE `pay_scheme_bands` (`year` integer NOT NULL REFERENCES `pay_schemes`(`year`) ON DELETE CASCADE,
  `from_degree` real NOT NULL CHECK (from_degree BETWEEN 0 AND 150),
  `points` integer NOT NULL CHECK (points BETWEEN 0 AND 100),
  PRIMARY KEY (`year`, `from_degree`));
ALTER TABLE `people` ADD COLUMN `entered_on` datetime;
ALTER TABLE `agreements` ADD COLUMN `acknowledged_at` datetime;
CREATE TABLE `agreement_objections` (`agreement_id` integer PRIMARY KEY REFERENCES `agreements`(`id`),
  `reason` text NOT NULL CHECK (reason <> ''),
  `objected_at` datetime NOT NULL,
  `decision` text NOT NULL DEFAULT '' CHECK (decision IN ('', 'KEPT', 'CHANGED')),
  `decision_reason` text NOT NULL DEFAULT '',
  `decided_at` datetime,
  `decided_by_id` integer REFERENCES `people`(`id`),
  `version` integer NOT NULL DEFAULT 1,
  CHECK ((decision = '') = (decided_at IS NULL)),
  CHECK (decision = '' OR decision_reason <> ''));
CREATE TABLE `objection_members` (`agreement_id` integer NOT NULL REFERENCES `agreement_objections`(`agreement_id`),
  `person_id` integer NOT NULL REFERENCES `people`(`id`),
  PRIMARY KEY (`agreement_id`, `person_id`));
CREATE INDEX `idx_objection_members_person_id` ON `objection_members`(`person_id`);
CREATE TABLE `pay_exports` (`id` integer PRIMARY KEY AUTOINCREMENT,
  `year` integer NOT NULL,
  `at` datetime NOT NULL,
  `by_id` integer NOT NULL REFERENCES `people`(`id`),
  `format` text NOT NULL CHECK (format IN ('csv', 'xlsx')),
  `rows` text NOT NULL,
  `total_cents` integer NOT NULL);
CREATE INDEX `idx_pay_exports_year` ON `pay_exports`(`year`, `id`);
