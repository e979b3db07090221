-- Version 5: the database enforces the model (see the PostgreSQL file
-- for the rules). SQLite cannot add a constraint to a table, so each table
-- with one is rebuilt: create, copy, drop, rename, then its indexes and
-- triggers again. The runner turns foreign keys off around this
-- transaction and runs PRAGMA foreign_key_check before the commit. The
-- AUTOINCREMENT counter is carried over, so ids of deleted rows (named in
-- the audit trail) are never handed out again. Amounts must be stored as
-- integers (SQLite would keep 12.5 in an integer column).

-- org_units
CREATE TABLE `org_units_new` (`id` integer PRIMARY KEY AUTOINCREMENT,`code` text NOT NULL,`name` text NOT NULL,`kind` text NOT NULL,`parent_id` integer,`leader_id` integer,`valid_from` datetime NOT NULL,`valid_to` datetime,`version` integer NOT NULL DEFAULT 1,CONSTRAINT `fk_org_units_parent_id` FOREIGN KEY (`parent_id`) REFERENCES `org_units`(`id`),CONSTRAINT `fk_org_units_leader_id` FOREIGN KEY (`leader_id`) REFERENCES `people`(`id`),CONSTRAINT `ck_org_units_kind` CHECK (kind IN ('VERWALTUNGSVORSTAND', 'DEZERNAT', 'FACHBEREICH', 'AMT', 'ABTEILUNG')),CONSTRAINT `ck_org_units_valid` CHECK (valid_to IS NULL OR valid_to > valid_from));
INSERT INTO `org_units_new` SELECT * FROM `org_units`;
DELETE FROM sqlite_sequence WHERE name = 'org_units_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'org_units_new', seq FROM sqlite_sequence WHERE name = 'org_units';
DROP TABLE `org_units`;
ALTER TABLE `org_units_new` RENAME TO `org_units`;
CREATE INDEX `idx_org_units_leader_id` ON `org_units`(`leader_id`);
CREATE INDEX `idx_org_units_parent_id` ON `org_units`(`parent_id`);
CREATE INDEX `idx_org_units_kind` ON `org_units`(`kind`);
CREATE UNIQUE INDEX `idx_org_units_code` ON `org_units`(`code`);
CREATE TRIGGER org_units_bump_org_tree_0 AFTER INSERT ON org_units
BEGIN UPDATE cache_versions SET version = version + 1 WHERE name = 'org_tree'; END;
CREATE TRIGGER org_units_bump_org_tree_1 AFTER UPDATE ON org_units
BEGIN UPDATE cache_versions SET version = version + 1 WHERE name = 'org_tree'; END;
CREATE TRIGGER org_units_bump_org_tree_2 AFTER DELETE ON org_units
BEGIN UPDATE cache_versions SET version = version + 1 WHERE name = 'org_tree'; END;

-- product_groups
CREATE TABLE `product_groups_new` (`id` integer PRIMARY KEY AUTOINCREMENT,`area_id` integer NOT NULL,`number` text NOT NULL,`name` text NOT NULL,CONSTRAINT `fk_product_groups_area_id` FOREIGN KEY (`area_id`) REFERENCES `product_areas`(`id`));
INSERT INTO `product_groups_new` SELECT * FROM `product_groups`;
DELETE FROM sqlite_sequence WHERE name = 'product_groups_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'product_groups_new', seq FROM sqlite_sequence WHERE name = 'product_groups';
DROP TABLE `product_groups`;
ALTER TABLE `product_groups_new` RENAME TO `product_groups`;
CREATE UNIQUE INDEX `idx_product_groups_number` ON `product_groups`(`number`);
CREATE INDEX `idx_product_groups_area_id` ON `product_groups`(`area_id`);

-- products
CREATE TABLE `products_new` (`id` integer PRIMARY KEY AUTOINCREMENT,`group_id` integer NOT NULL,`number` text NOT NULL,`name` text NOT NULL,`org_unit_id` integer NOT NULL,`version` integer NOT NULL DEFAULT 1,CONSTRAINT `fk_products_group_id` FOREIGN KEY (`group_id`) REFERENCES `product_groups`(`id`),CONSTRAINT `fk_products_org_unit_id` FOREIGN KEY (`org_unit_id`) REFERENCES `org_units`(`id`));
INSERT INTO `products_new` SELECT * FROM `products`;
DELETE FROM sqlite_sequence WHERE name = 'products_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'products_new', seq FROM sqlite_sequence WHERE name = 'products';
DROP TABLE `products`;
ALTER TABLE `products_new` RENAME TO `products`;
CREATE INDEX `idx_products_org_unit_id` ON `products`(`org_unit_id`);
CREATE UNIQUE INDEX `idx_products_number` ON `products`(`number`);
CREATE INDEX `idx_products_group_id` ON `products`(`group_id`);

-- goals
CREATE TABLE `goals_new` (`id` integer PRIMARY KEY AUTOINCREMENT,`org_unit_id` integer NOT NULL,`level` text NOT NULL,`title` text NOT NULL,`description` text NOT NULL DEFAULT "",`from_year` integer NOT NULL,`to_year` integer NOT NULL,`parent_goal_id` integer,`strategic_goal_id` integer,`product_id` integer,`traced_strategic_goal_id` integer,`version` integer NOT NULL DEFAULT 1,CONSTRAINT `fk_goals_org_unit_id` FOREIGN KEY (`org_unit_id`) REFERENCES `org_units`(`id`),CONSTRAINT `fk_goals_parent_goal_id` FOREIGN KEY (`parent_goal_id`) REFERENCES `goals`(`id`),CONSTRAINT `fk_goals_strategic_goal_id` FOREIGN KEY (`strategic_goal_id`) REFERENCES `strategic_goals`(`id`),CONSTRAINT `fk_goals_product_id` FOREIGN KEY (`product_id`) REFERENCES `products`(`id`),CONSTRAINT `fk_goals_traced_strategic_goal_id` FOREIGN KEY (`traced_strategic_goal_id`) REFERENCES `strategic_goals`(`id`),CONSTRAINT `ck_goals_level` CHECK (level IN ('DEZERNAT', 'AMT', 'PRODUCT')),CONSTRAINT `ck_goals_years` CHECK (from_year <= to_year));
INSERT INTO `goals_new` SELECT * FROM `goals`;
DELETE FROM sqlite_sequence WHERE name = 'goals_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'goals_new', seq FROM sqlite_sequence WHERE name = 'goals';
DROP TABLE `goals`;
ALTER TABLE `goals_new` RENAME TO `goals`;
CREATE INDEX `idx_goals_traced_strategic_goal_id` ON `goals`(`traced_strategic_goal_id`);
CREATE INDEX `idx_goals_product_id` ON `goals`(`product_id`);
CREATE INDEX `idx_goals_strategic_goal_id` ON `goals`(`strategic_goal_id`);
CREATE INDEX `idx_goals_parent_goal_id` ON `goals`(`parent_goal_id`);
CREATE INDEX `idx_goals_org_unit_id` ON `goals`(`org_unit_id`);

-- kpis
CREATE TABLE `kpis_new` (`id` integer PRIMARY KEY AUTOINCREMENT,`name` text NOT NULL,`unit` text NOT NULL,`direction` text NOT NULL,`kind` text NOT NULL,`frequency` text NOT NULL,`definition` text NOT NULL DEFAULT "",`goal_id` integer,`product_id` integer,`green_threshold` real NOT NULL DEFAULT 1,`yellow_threshold` real NOT NULL DEFAULT 0.9,`version` integer NOT NULL DEFAULT 1,CONSTRAINT `fk_kpis_goal_id` FOREIGN KEY (`goal_id`) REFERENCES `goals`(`id`),CONSTRAINT `fk_kpis_product_id` FOREIGN KEY (`product_id`) REFERENCES `products`(`id`),CONSTRAINT `ck_kpis_direction` CHECK (direction IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),CONSTRAINT `ck_kpis_kind` CHECK (kind IN ('INPUT', 'OUTPUT', 'OUTCOME', 'EFFICIENCY', 'QUALITY')),CONSTRAINT `ck_kpis_frequency` CHECK (frequency IN ('YEARLY', 'QUARTERLY', 'MONTHLY')));
INSERT INTO `kpis_new` SELECT * FROM `kpis`;
DELETE FROM sqlite_sequence WHERE name = 'kpis_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'kpis_new', seq FROM sqlite_sequence WHERE name = 'kpis';
DROP TABLE `kpis`;
ALTER TABLE `kpis_new` RENAME TO `kpis`;
CREATE INDEX `idx_kpis_product_id` ON `kpis`(`product_id`);
CREATE INDEX `idx_kpis_goal_id` ON `kpis`(`goal_id`);

-- kpi_values
CREATE TABLE `kpi_values_new` (`id` integer PRIMARY KEY AUTOINCREMENT,`kpi_id` integer NOT NULL,`year` integer NOT NULL,`quarter` integer NOT NULL DEFAULT 0,`month` integer NOT NULL DEFAULT 0,`plan` real,`actual` real,`comment` text NOT NULL DEFAULT "",`recorded_by_id` integer,`recorded_at` datetime NOT NULL,`version` integer NOT NULL DEFAULT 1,CONSTRAINT `fk_kpi_values_kpi_id` FOREIGN KEY (`kpi_id`) REFERENCES `kpis`(`id`),CONSTRAINT `fk_kpi_values_recorded_by_id` FOREIGN KEY (`recorded_by_id`) REFERENCES `people`(`id`),CONSTRAINT `ck_kpi_values_period` CHECK ((quarter BETWEEN 0 AND 4) AND (month BETWEEN 0 AND 12) AND (quarter = 0 OR month = 0)));
INSERT INTO `kpi_values_new` SELECT * FROM `kpi_values`;
DELETE FROM sqlite_sequence WHERE name = 'kpi_values_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'kpi_values_new', seq FROM sqlite_sequence WHERE name = 'kpi_values';
DROP TABLE `kpi_values`;
ALTER TABLE `kpi_values_new` RENAME TO `kpi_values`;
CREATE UNIQUE INDEX `kpi_period` ON `kpi_values`(`kpi_id`,`year`,`quarter`,`month`);

-- budget_lines
CREATE TABLE `budget_lines_new` (`id` integer PRIMARY KEY AUTOINCREMENT,`product_id` integer NOT NULL,`year` integer NOT NULL,`plan_cents` integer NOT NULL,`forecast_cents` integer,`actual_cents` integer,`version` integer NOT NULL DEFAULT 1,CONSTRAINT `fk_budget_lines_product_id` FOREIGN KEY (`product_id`) REFERENCES `products`(`id`),CONSTRAINT `ck_budget_lines_cents` CHECK (typeof(plan_cents) = 'integer' AND typeof(forecast_cents) IN ('integer', 'null') AND typeof(actual_cents) IN ('integer', 'null')));
INSERT INTO `budget_lines_new` SELECT * FROM `budget_lines`;
DELETE FROM sqlite_sequence WHERE name = 'budget_lines_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'budget_lines_new', seq FROM sqlite_sequence WHERE name = 'budget_lines';
DROP TABLE `budget_lines`;
ALTER TABLE `budget_lines_new` RENAME TO `budget_lines`;
CREATE UNIQUE INDEX `product_year` ON `budget_lines`(`product_id`,`year`);
CREATE TRIGGER budget_lines_bump_fiscal_years_0 AFTER INSERT ON budget_lines
BEGIN UPDATE cache_versions SET version = version + 1 WHERE name = 'fiscal_years'; END;
CREATE TRIGGER budget_lines_bump_fiscal_years_1 AFTER UPDATE OF year ON budget_lines
BEGIN UPDATE cache_versions SET version = version + 1 WHERE name = 'fiscal_years'; END;
CREATE TRIGGER budget_lines_bump_fiscal_years_2 AFTER DELETE ON budget_lines
BEGIN UPDATE cache_versions SET version = version + 1 WHERE name = 'fiscal_years'; END;

-- consolidation_programmes
CREATE TABLE `consolidation_programmes_new` (`id` integer PRIMARY KEY AUTOINCREMENT,`kind` text NOT NULL,`name` text NOT NULL,`from_year` integer NOT NULL,`to_year` integer NOT NULL,CONSTRAINT `ck_consolidation_programmes_kind` CHECK (kind IN ('HSP', 'HSK')),CONSTRAINT `ck_consolidation_programmes_years` CHECK (from_year <= to_year));
INSERT INTO `consolidation_programmes_new` SELECT * FROM `consolidation_programmes`;
DELETE FROM sqlite_sequence WHERE name = 'consolidation_programmes_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'consolidation_programmes_new', seq FROM sqlite_sequence WHERE name = 'consolidation_programmes';
DROP TABLE `consolidation_programmes`;
ALTER TABLE `consolidation_programmes_new` RENAME TO `consolidation_programmes`;

-- consolidation_measures
CREATE TABLE `consolidation_measures_new` (`id` integer PRIMARY KEY AUTOINCREMENT,`programme_id` integer NOT NULL,`number` text NOT NULL,`title` text NOT NULL,`description` text NOT NULL DEFAULT "",`org_unit_id` integer NOT NULL,`status` text NOT NULL,`version` integer NOT NULL DEFAULT 1,CONSTRAINT `fk_consolidation_measures_programme_id` FOREIGN KEY (`programme_id`) REFERENCES `consolidation_programmes`(`id`),CONSTRAINT `fk_consolidation_measures_org_unit_id` FOREIGN KEY (`org_unit_id`) REFERENCES `org_units`(`id`),CONSTRAINT `ck_consolidation_measures_status` CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'REALISED', 'AT_RISK', 'DROPPED')));
INSERT INTO `consolidation_measures_new` SELECT * FROM `consolidation_measures`;
DELETE FROM sqlite_sequence WHERE name = 'consolidation_measures_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'consolidation_measures_new', seq FROM sqlite_sequence WHERE name = 'consolidation_measures';
DROP TABLE `consolidation_measures`;
ALTER TABLE `consolidation_measures_new` RENAME TO `consolidation_measures`;
CREATE INDEX `idx_consolidation_measures_org_unit_id` ON `consolidation_measures`(`org_unit_id`);
CREATE UNIQUE INDEX `idx_consolidation_measures_number` ON `consolidation_measures`(`number`);
CREATE INDEX `idx_consolidation_measures_programme_id` ON `consolidation_measures`(`programme_id`);

-- measure_savings
CREATE TABLE `measure_savings_new` (`id` integer PRIMARY KEY AUTOINCREMENT,`measure_id` integer NOT NULL,`year` integer NOT NULL,`planned_cents` integer NOT NULL,`realised_cents` integer,`version` integer NOT NULL DEFAULT 1,CONSTRAINT `fk_measure_savings_measure_id` FOREIGN KEY (`measure_id`) REFERENCES `consolidation_measures`(`id`),CONSTRAINT `ck_measure_savings_cents` CHECK (typeof(planned_cents) = 'integer' AND typeof(realised_cents) IN ('integer', 'null') AND planned_cents >= 0 AND (realised_cents IS NULL OR realised_cents >= 0)));
INSERT INTO `measure_savings_new` SELECT * FROM `measure_savings`;
DELETE FROM sqlite_sequence WHERE name = 'measure_savings_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'measure_savings_new', seq FROM sqlite_sequence WHERE name = 'measure_savings';
DROP TABLE `measure_savings`;
ALTER TABLE `measure_savings_new` RENAME TO `measure_savings`;
CREATE UNIQUE INDEX `measure_year` ON `measure_savings`(`measure_id`,`year`);

-- agreements
CREATE TABLE `agreements_new` (`id` integer PRIMARY KEY AUTOINCREMENT,`year` integer NOT NULL,`principal_id` integer NOT NULL,`agent_id` integer NOT NULL,`org_unit_id` integer NOT NULL,`status` text NOT NULL,`pay_rule` text NOT NULL,`proposed_at` datetime,`principal_signed_at` datetime,`agent_signed_at` datetime,`agreed_at` datetime,`return_reason` text NOT NULL DEFAULT "",`self_assessed_at` datetime,`self_assessment_note` text NOT NULL DEFAULT "",`closed_at` datetime,`created_at` datetime NOT NULL,`updated_at` datetime NOT NULL,`version` integer NOT NULL DEFAULT 1,CONSTRAINT `fk_agreements_principal_id` FOREIGN KEY (`principal_id`) REFERENCES `people`(`id`),CONSTRAINT `fk_agreements_agent_id` FOREIGN KEY (`agent_id`) REFERENCES `people`(`id`),CONSTRAINT `fk_agreements_org_unit_id` FOREIGN KEY (`org_unit_id`) REFERENCES `org_units`(`id`),CONSTRAINT `uq_agreements_agent_unit_year` UNIQUE (`agent_id`,`org_unit_id`,`year`),CONSTRAINT `ck_agreements_status` CHECK (status IN ('DRAFT', 'PROPOSED', 'AGREED', 'REVIEWED', 'ASSESSED', 'CLOSED')),CONSTRAINT `ck_agreements_pay_rule` CHECK (pay_rule IN ('TVOED_LOB', 'BEAMTE_LBESG', 'NONE')),CONSTRAINT `ck_agreements_parties` CHECK (principal_id <> agent_id));
INSERT INTO `agreements_new` SELECT * FROM `agreements`;
DELETE FROM sqlite_sequence WHERE name = 'agreements_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'agreements_new', seq FROM sqlite_sequence WHERE name = 'agreements';
DROP TABLE `agreements`;
ALTER TABLE `agreements_new` RENAME TO `agreements`;
CREATE INDEX `idx_agreements_status` ON `agreements`(`status`);
CREATE INDEX `idx_agreements_org_unit_id` ON `agreements`(`org_unit_id`);
CREATE INDEX `idx_agreements_agent_id` ON `agreements`(`agent_id`);
CREATE INDEX `idx_agreements_principal_id` ON `agreements`(`principal_id`);
CREATE INDEX `idx_agreements_year` ON `agreements`(`year`);
CREATE TRIGGER agreements_bump_fiscal_years_0 AFTER INSERT ON agreements
BEGIN UPDATE cache_versions SET version = version + 1 WHERE name = 'fiscal_years'; END;
CREATE TRIGGER agreements_bump_fiscal_years_1 AFTER UPDATE OF year ON agreements
BEGIN UPDATE cache_versions SET version = version + 1 WHERE name = 'fiscal_years'; END;
CREATE TRIGGER agreements_bump_fiscal_years_2 AFTER DELETE ON agreements
BEGIN UPDATE cache_versions SET version = version + 1 WHERE name = 'fiscal_years'; END;

-- agreement_items
CREATE TABLE `agreement_items_new` (`id` integer PRIMARY KEY AUTOINCREMENT,`agreement_id` integer NOT NULL,`position` integer NOT NULL,`title` text NOT NULL,`description` text NOT NULL DEFAULT "",`weight_percent` integer NOT NULL,`goal_id` integer,`kpi_id` integer,`measure_id` integer,`target_value` real,`budget_compliance` numeric NOT NULL DEFAULT false,`interim_degree` integer,`self_degree` integer,`final_degree` integer,`assessment_comment` text NOT NULL DEFAULT "",`version` integer NOT NULL DEFAULT 1,CONSTRAINT `fk_agreement_items_agreement_id` FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`),CONSTRAINT `fk_agreement_items_goal_id` FOREIGN KEY (`goal_id`) REFERENCES `goals`(`id`),CONSTRAINT `fk_agreement_items_kpi_id` FOREIGN KEY (`kpi_id`) REFERENCES `kpis`(`id`),CONSTRAINT `fk_agreement_items_measure_id` FOREIGN KEY (`measure_id`) REFERENCES `consolidation_measures`(`id`),CONSTRAINT `uq_agreement_items_position` UNIQUE (`agreement_id`,`position`),CONSTRAINT `ck_agreement_items_position` CHECK (position >= 1),CONSTRAINT `ck_agreement_items_weight` CHECK (weight_percent BETWEEN 0 AND 100),CONSTRAINT `ck_agreement_items_degrees` CHECK ((interim_degree IS NULL OR interim_degree BETWEEN 0 AND 150) AND (self_degree IS NULL OR self_degree BETWEEN 0 AND 150) AND (final_degree IS NULL OR final_degree BETWEEN 0 AND 150)));
INSERT INTO `agreement_items_new` SELECT * FROM `agreement_items`;
DELETE FROM sqlite_sequence WHERE name = 'agreement_items_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'agreement_items_new', seq FROM sqlite_sequence WHERE name = 'agreement_items';
DROP TABLE `agreement_items`;
ALTER TABLE `agreement_items_new` RENAME TO `agreement_items`;
CREATE INDEX `idx_agreement_items_measure_id` ON `agreement_items`(`measure_id`);
CREATE INDEX `idx_agreement_items_kpi_id` ON `agreement_items`(`kpi_id`);
CREATE INDEX `idx_agreement_items_goal_id` ON `agreement_items`(`goal_id`);
CREATE INDEX `idx_agreement_items_agreement_id` ON `agreement_items`(`agreement_id`);

-- reviews
CREATE TABLE `reviews_new` (`id` integer PRIMARY KEY AUTOINCREMENT,`agreement_id` integer NOT NULL,`held_on` datetime NOT NULL,`note` text NOT NULL DEFAULT "",`recorded_by_id` integer NOT NULL,`created_at` datetime NOT NULL,CONSTRAINT `fk_reviews_agreement_id` FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`),CONSTRAINT `fk_reviews_recorded_by_id` FOREIGN KEY (`recorded_by_id`) REFERENCES `people`(`id`));
INSERT INTO `reviews_new` SELECT * FROM `reviews`;
DELETE FROM sqlite_sequence WHERE name = 'reviews_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'reviews_new', seq FROM sqlite_sequence WHERE name = 'reviews';
DROP TABLE `reviews`;
ALTER TABLE `reviews_new` RENAME TO `reviews`;
CREATE INDEX `idx_reviews_agreement_id` ON `reviews`(`agreement_id`);

-- assessments
CREATE TABLE `assessments_new` (`id` integer PRIMARY KEY AUTOINCREMENT,`agreement_id` integer NOT NULL,`total_degree` real NOT NULL,`self_assessment_note` text NOT NULL DEFAULT "",`comment` text NOT NULL DEFAULT "",`assessed_by_id` integer NOT NULL,`assessed_at` datetime NOT NULL,CONSTRAINT `fk_assessments_agreement_id` FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`),CONSTRAINT `fk_assessments_assessed_by_id` FOREIGN KEY (`assessed_by_id`) REFERENCES `people`(`id`),CONSTRAINT `ck_assessments_total_degree` CHECK (total_degree BETWEEN 0 AND 150));
INSERT INTO `assessments_new` SELECT * FROM `assessments`;
DELETE FROM sqlite_sequence WHERE name = 'assessments_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'assessments_new', seq FROM sqlite_sequence WHERE name = 'assessments';
DROP TABLE `assessments`;
ALTER TABLE `assessments_new` RENAME TO `assessments`;
CREATE UNIQUE INDEX `idx_assessments_agreement_id` ON `assessments`(`agreement_id`);

-- audit_events
CREATE TABLE `audit_events_new` (`id` integer PRIMARY KEY AUTOINCREMENT,`at` datetime NOT NULL,`actor_id` integer,`actor_roles` text NOT NULL DEFAULT "",`entity` text NOT NULL,`entity_id` integer NOT NULL,`action` text NOT NULL,`before` text NOT NULL DEFAULT "",`after` text NOT NULL DEFAULT "",CONSTRAINT `fk_audit_events_actor_id` FOREIGN KEY (`actor_id`) REFERENCES `people`(`id`));
INSERT INTO `audit_events_new` SELECT * FROM `audit_events`;
DELETE FROM sqlite_sequence WHERE name = 'audit_events_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'audit_events_new', seq FROM sqlite_sequence WHERE name = 'audit_events';
DROP TABLE `audit_events`;
ALTER TABLE `audit_events_new` RENAME TO `audit_events`;
CREATE INDEX `entity_ref` ON `audit_events`(`entity`,`entity_id`);
CREATE INDEX `idx_audit_events_actor_id` ON `audit_events`(`actor_id`);
CREATE INDEX `idx_audit_events_at` ON `audit_events`(`at`);
CREATE TRIGGER audit_events_no_UPDATE BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
CREATE TRIGGER audit_events_no_DELETE BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;

-- sessions
CREATE TABLE `sessions_new` (`id` text,`person_id` integer,`subject` text NOT NULL,`user_key` text NOT NULL DEFAULT "",`email` text NOT NULL DEFAULT "",`name` text NOT NULL DEFAULT "",`roles` text NOT NULL DEFAULT "",`demo` numeric NOT NULL DEFAULT false,`id_token` text NOT NULL DEFAULT "",`refresh_token` text NOT NULL DEFAULT "",`token_expiry` datetime,`created_at` datetime NOT NULL,`last_seen_at` datetime NOT NULL,`expires_at` datetime NOT NULL,`version` integer NOT NULL DEFAULT 1,PRIMARY KEY (`id`),CONSTRAINT `fk_sessions_person_id` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON DELETE CASCADE);
INSERT INTO `sessions_new` SELECT * FROM `sessions`;
DROP TABLE `sessions`;
ALTER TABLE `sessions_new` RENAME TO `sessions`;
CREATE INDEX `idx_sessions_expires_at` ON `sessions`(`expires_at`);
CREATE INDEX `idx_sessions_last_seen_at` ON `sessions`(`last_seen_at`);
CREATE INDEX `idx_sessions_person_id` ON `sessions`(`person_id`);

CREATE INDEX `idx_kpi_values_recorded_by_id` ON `kpi_values`(`recorded_by_id`);
CREATE INDEX `idx_reviews_recorded_by_id` ON `reviews`(`recorded_by_id`);
CREATE INDEX `idx_assessments_assessed_by_id` ON `assessments`(`assessed_by_id`);
