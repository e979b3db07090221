-- Version 11: each agreement item keeps the unit of its target value
-- (%, €, Tage, Anzahl or none); an item linked to a KPI shows the KPI's
-- unit instead, so the stored one is for items without a KPI. The degrees
-- of achievement take one decimal ("60,5"), still 0–150; the server
-- rounds to one decimal before it writes. Existing whole degrees stay as
-- they are.
ALTER TABLE agreement_items
  ADD COLUMN target_unit TEXT NOT NULL DEFAULT 'NONE',
  ADD CONSTRAINT ck_agreement_items_target_unit CHECK (target_unit IN ('PERCENT', 'EUR', 'DAYS', 'COUNT', 'NONE')),
  ALTER COLUMN interim_degree TYPE NUMERIC(4,1),
  ALTER COLUMN self_degree TYPE NUMERIC(4,1),
  ALTER COLUMN final_degree TYPE NUMERIC(4,1);
