-- Version 10: performance pay under the city's Dienstvereinbarung.
-- A pay scheme per fiscal year (HR): the pot, the degree bands and their
-- points, the part-time and partial-year rules, which pay rules take part,
-- and the year's deadlines. After the assessment the agent acknowledges
-- it or objects; an objection goes to members of the joint commission,
-- who decide it. Payroll exports are recorded with what they held.
CREATE TABLE pay_schemes (
  year INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
  pot_cents BIGINT CHECK (pot_cents >= 0),
  pay_sum_cents BIGINT CHECK (pay_sum_cents >= 0),
  pot_share_basis_points INTEGER CHECK (pot_share_basis_points BETWEEN 0 AND 10000),
  part_time_pro_rata BOOLEAN NOT NULL DEFAULT TRUE,
  partial_year_pro_rata BOOLEAN NOT NULL DEFAULT TRUE,
  tvoed_lob BOOLEAN NOT NULL DEFAULT TRUE,
  beamte BOOLEAN NOT NULL DEFAULT FALSE,
  agreement_by DATE,
  review_by DATE,
  assessment_by DATE,
  objection_days INTEGER NOT NULL DEFAULT 14 CHECK (objection_days BETWEEN 1 AND 90),
  version INTEGER NOT NULL DEFAULT 1,
  updated_at TIMESTAMPTZ NOT NULL,
  updated_by_id BIGINT REFERENCES people (id),
  -- the pot is given either in cents or as a share of the pay sum
  CHECK ((pot_cents IS NOT NULL) <> (pay_sum_cents IS NOT NULL AND pot_share_basis_points IS NOT NULL)),
  CHECK ((pay_sum_cents IS NULL) = (pot_share_basis_points IS NULL))
);
CREATE TABLE pay_scheme_bands (
  year INTEGER NOT NULL REFERENCES pay_schemes (year) ON DELETE CASCADE,
  from_degree NUMERIC(4,1) NOT NULL CHECK (from_degree BETWEEN 0 AND 150),
  points INTEGER NOT NULL CHECK (points BETWEEN 0 AND 100),
  PRIMARY KEY (year, from_degree)
);
-- When a person entered the city's service (partial years); left_on is
-- version 7's.
ALTER TABLE people ADD COLUMN entered_on DATE,
  ADD CONSTRAINT ck_people_service CHECK (entered_on IS NULL OR left_on IS NULL OR entered_on <= left_on);
ALTER TABLE agreements ADD COLUMN acknowledged_at TIMESTAMPTZ;
CREATE TABLE agreement_objections (
  agreement_id BIGINT PRIMARY KEY REFERENCES agreements (id),
  reason TEXT NOT NULL CHECK (reason <> ''),
  objected_at TIMESTAMPTZ NOT NULL,
  decision TEXT NOT NULL DEFAULT '' CHECK (decision IN ('', 'KEPT', 'CHANGED')),
  decision_reason TEXT NOT NULL DEFAULT '',
  decided_at TIMESTAMPTZ,
  decided_by_id BIGINT REFERENCES people (id),
  version INTEGER NOT NULL DEFAULT 1,
  CHECK ((decision = '') = (decided_at IS NULL)),
  CHECK (decision = '' OR decision_reason <> '')
);
-- The commission members a case is assigned to; only they see it.
CREATE TABLE objection_members (
  agreement_id BIGINT NOT NULL REFERENCES agreement_objections (agreement_id),
  person_id BIGINT NOT NULL REFERENCES people (id),
  PRIMARY KEY (agreement_id, person_id)
);
CREATE INDEX idx_objection_members_person_id ON objection_members (person_id);
CREATE TABLE pay_exports (
  id BIGSERIAL PRIMARY KEY,
  year INTEGER NOT NULL,
  at TIMESTAMPTZ NOT NULL,
  by_id BIGINT NOT NULL REFERENCES people (id),
  format TEXT NOT NULL CHECK (format IN ('csv', 'xlsx')),
  -- the rows as exported (JSON: agreement, person, points, cents), to
  -- show what a later export changed
  rows TEXT NOT NULL,
  total_cents BIGINT NOT NULL
);
CREATE INDEX idx_pay_exports_year ON pay_exports (year, id);
