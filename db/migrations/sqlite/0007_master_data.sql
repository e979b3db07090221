-- Version 7: master data maintained in Zielwerk (see the PostgreSQL
-- file). SQLite adds the new columns one statement each; the goals table
-- is rebuilt (as in version 5) for its wider level check.
ALTER TABLE `people` ADD COLUMN `employment` text NOT NULL DEFAULT 'NONE' CONSTRAINT `ck_people_employment` CHECK (employment IN ('TARIF', 'BEAMTE', 'NONE'));
ALTER TABLE `people` ADD COLUMN `part_time_factor` real NOT NULL DEFAULT 1 CONSTRAINT `ck_people_part_time` CHECK (part_time_factor > 0 AND part_time_factor <= 1);
ALTER TABLE `people` ADD COLUMN `left_on` datetime;
ALTER TABLE `strategic_goals` ADD COLUMN `retired_at` datetime;
ALTER TABLE `kpis` ADD COLUMN `code` text;
ALTER TABLE `kpis` ADD COLUMN `retired_at` datetime;
CREATE UNIQUE INDEX `idx_kpis_code` ON `kpis`(`code`);

-- goals
CREATE TABLE `goals_new` (`id` integer PRIMARY KEY AUTOINCREMENT,`org_unit_id` integer NOT NULL,`level` text NOT NULL,`title` text NOT NULL,`description` text NOT NULL DEFAULT "",`from_year` integer NOT NULL,`to_year` integer NOT NULL,`parent_goal_id` integer,`strategic_goal_id` integer,`product_id` integer,`traced_strategic_goal_id` integer,`version` integer NOT NULL DEFAULT 1,`untraced_reason` text NOT NULL DEFAULT '',CONSTRAINT `fk_goals_org_unit_id` FOREIGN KEY (`org_unit_id`) REFERENCES `org_units`(`id`),CONSTRAINT `fk_goals_parent_goal_id` FOREIGN KEY (`parent_goal_id`) REFERENCES `goals`(`id`),CONSTRAINT `fk_goals_strategic_goal_id` FOREIGN KEY (`strategic_goal_id`) REFERENCES `strategic_goals`(`id`),CONSTRAINT `fk_goals_product_id` FOREIGN KEY (`product_id`) REFERENCES `products`(`id`),CONSTRAINT `fk_goals_traced_strategic_goal_id` FOREIGN KEY (`traced_strategic_goal_id`) REFERENCES `strategic_goals`(`id`),CONSTRAINT `ck_goals_level` CHECK (level IN ('DEZERNAT', 'FACHBEREICH', 'AMT', 'ABTEILUNG', 'PRODUCT')),CONSTRAINT `ck_goals_years` CHECK (from_year <= to_year));
INSERT INTO `goals_new` SELECT *, '' FROM `goals`;
DELETE FROM sqlite_sequence WHERE name = 'goals_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'goals_new', seq FROM sqlite_sequence WHERE name = 'goals';
DROP TABLE `goals`;
ALTER TABLE `goals_new` RENAME TO `goals`;
CREATE INDEX `idx_goals_traced_strategic_goal_id` ON `goals`(`traced_strategic_goal_id`);
CREATE INDEX `idx_goals_product_id` ON `goals`(`product_id`);
CREATE INDEX `idx_goals_strategic_goal_id` ON `goals`(`strategic_goal_id`);
CREATE INDEX `idx_goals_parent_goal_id` ON `goals`(`parent_goal_id`);
CREATE INDEX `idx_goals_org_unit_id` ON `goals`(`org_unit_id`);

