-- Version 6: the per-item comments of the mid-year review and of the
-- self-assessment. Both are given with the degrees; only the final
-- assessment's comment had a column, so the other two were dropped.
-- Existing rows get an empty comment, as the API writes one.
ALTER TABLE agreement_items
  ADD COLUMN interim_comment TEXT NOT NULL DEFAULT '',
  ADD COLUMN self_comment TEXT NOT NULL DEFAULT '';
