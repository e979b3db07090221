-- Version 6: the per-item comments of the mid-year review and of the
-- self-assessment (see the PostgreSQL file). SQLite adds one column per
-- statement; ADD COLUMN with a constant default needs no table rebuild.
ALTER TABLE `agreement_items` ADD COLUMN `interim_comment` text NOT NULL DEFAULT '';
ALTER TABLE `agreement_items` ADD COLUMN `self_comment` text NOT NULL DEFAULT '';
