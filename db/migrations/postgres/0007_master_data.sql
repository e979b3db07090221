-- Version 7: master data maintained in Zielwerk. People carry their
-- employment (which pay rule applies) and part-time factor and can leave
-- (history stays); goals gain the FACHBEREICH and ABTEILUNG levels and a
-- reason for a deliberately untraced goal; KPIs a code, the natural key
-- of the onboarding import; strategic goals and KPIs can be retired
-- (kept for history, not offered for new links).
ALTER TABLE people
  ADD COLUMN employment TEXT NOT NULL DEFAULT 'NONE',
  ADD COLUMN part_time_factor DOUBLE PRECISION NOT NULL DEFAULT 1,
  ADD COLUMN left_on DATE,
  ADD CONSTRAINT ck_people_employment CHECK (employment IN ('TARIF', 'BEAMTE', 'NONE')),
  ADD CONSTRAINT ck_people_part_time CHECK (part_time_factor > 0 AND part_time_factor <= 1);
ALTER TABLE goals
  ADD COLUMN untraced_reason TEXT NOT NULL DEFAULT '',
  DROP CONSTRAINT ck_goals_level,
  ADD CONSTRAINT ck_goals_level CHECK (level IN ('DEZERNAT', 'FACHBEREICH', 'AMT', 'ABTEILUNG', 'PRODUCT'));
ALTER TABLE strategic_goals ADD COLUMN retired_at TIMESTAMPTZ;
ALTER TABLE kpis
  ADD COLUMN code TEXT,
  ADD COLUMN retired_at TIMESTAMPTZ;
CREATE UNIQUE INDEX idx_kpis_code ON kpis (code);
