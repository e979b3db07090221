-- Version 5: the database enforces the model. Foreign keys on every
-- reference (a session goes with its person; everything else refuses to
-- lose its parent), one agreement per agent, unit and year, one position per
-- item of an agreement, and checks for the enums, weights (0–100 %) and
-- degrees (0–150 %). Budget amounts are net results and may be negative;
-- savings may not (the API refuses negative savings too). Existing rows that
-- break a rule make this migration fail rather than hide the breach.
-- Foreign-key columns without an index get one, so deleting or locking a
-- parent does not scan the child table.

ALTER TABLE org_units
  ADD CONSTRAINT fk_org_units_parent_id FOREIGN KEY (parent_id) REFERENCES org_units (id),
  ADD CONSTRAINT fk_org_units_leader_id FOREIGN KEY (leader_id) REFERENCES people (id),
  ADD CONSTRAINT ck_org_units_kind CHECK (kind IN ('VERWALTUNGSVORSTAND', 'DEZERNAT', 'FACHBEREICH', 'AMT', 'ABTEILUNG')),
  ADD CONSTRAINT ck_org_units_valid CHECK (valid_to IS NULL OR valid_to > valid_from);
ALTER TABLE product_groups
  ADD CONSTRAINT fk_product_groups_area_id FOREIGN KEY (area_id) REFERENCES product_areas (id);
ALTER TABLE products
  ADD CONSTRAINT fk_products_group_id FOREIGN KEY (group_id) REFERENCES product_groups (id),
  ADD CONSTRAINT fk_products_org_unit_id FOREIGN KEY (org_unit_id) REFERENCES org_units (id);
ALTER TABLE goals
  ADD CONSTRAINT fk_goals_org_unit_id FOREIGN KEY (org_unit_id) REFERENCES org_units (id),
  ADD CONSTRAINT fk_goals_parent_goal_id FOREIGN KEY (parent_goal_id) REFERENCES goals (id),
  ADD CONSTRAINT fk_goals_strategic_goal_id FOREIGN KEY (strategic_goal_id) REFERENCES strategic_goals (id),
  ADD CONSTRAINT fk_goals_product_id FOREIGN KEY (product_id) REFERENCES products (id),
  ADD CONSTRAINT fk_goals_traced_strategic_goal_id FOREIGN KEY (traced_strategic_goal_id) REFERENCES strategic_goals (id),
  ADD CONSTRAINT ck_goals_level CHECK (level IN ('DEZERNAT', 'AMT', 'PRODUCT')),
  ADD CONSTRAINT ck_goals_years CHECK (from_year <= to_year);
ALTER TABLE kpis
  ADD CONSTRAINT fk_kpis_goal_id FOREIGN KEY (goal_id) REFERENCES goals (id),
  ADD CONSTRAINT fk_kpis_product_id FOREIGN KEY (product_id) REFERENCES products (id),
  ADD CONSTRAINT ck_kpis_direction CHECK (direction IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
  ADD CONSTRAINT ck_kpis_kind CHECK (kind IN ('INPUT', 'OUTPUT', 'OUTCOME', 'EFFICIENCY', 'QUALITY')),
  ADD CONSTRAINT ck_kpis_frequency CHECK (frequency IN ('YEARLY', 'QUARTERLY', 'MONTHLY'));
ALTER TABLE kpi_values
  ADD CONSTRAINT fk_kpi_values_kpi_id FOREIGN KEY (kpi_id) REFERENCES kpis (id),
  ADD CONSTRAINT fk_kpi_values_recorded_by_id FOREIGN KEY (recorded_by_id) REFERENCES people (id),
  ADD CONSTRAINT ck_kpi_values_period CHECK ((quarter BETWEEN 0 AND 4) AND (month BETWEEN 0 AND 12) AND (quarter = 0 OR month = 0));
ALTER TABLE budget_lines
  ADD CONSTRAINT fk_budget_lines_product_id FOREIGN KEY (product_id) REFERENCES products (id);
ALTER TABLE consolidation_programmes
  ADD CONSTRAINT ck_consolidation_programmes_kind CHECK (kind IN ('HSP', 'HSK')),
  ADD CONSTRAINT ck_consolidation_programmes_years CHECK (from_year <= to_year);
ALTER TABLE consolidation_measures
  ADD CONSTRAINT fk_consolidation_measures_programme_id FOREIGN KEY (programme_id) REFERENCES consolidation_programmes (id),
  ADD CONSTRAINT fk_consolidation_measures_org_unit_id FOREIGN KEY (org_unit_id) REFERENCES org_units (id),
  ADD CONSTRAINT ck_consolidation_measures_status CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'REALISED', 'AT_RISK', 'DROPPED'));
ALTER TABLE measure_savings
  ADD CONSTRAINT fk_measure_savings_measure_id FOREIGN KEY (measure_id) REFERENCES consolidation_measures (id),
  ADD CONSTRAINT ck_measure_savings_cents CHECK (planned_cents >= 0 AND (realised_cents IS NULL OR realised_cents >= 0));
ALTER TABLE agreements
  ADD CONSTRAINT fk_agreements_principal_id FOREIGN KEY (principal_id) REFERENCES people (id),
  ADD CONSTRAINT fk_agreements_agent_id FOREIGN KEY (agent_id) REFERENCES people (id),
  ADD CONSTRAINT fk_agreements_org_unit_id FOREIGN KEY (org_unit_id) REFERENCES org_units (id),
  ADD CONSTRAINT uq_agreements_agent_unit_year UNIQUE (agent_id, org_unit_id, year),
  ADD CONSTRAINT ck_agreements_status CHECK (status IN ('DRAFT', 'PROPOSED', 'AGREED', 'REVIEWED', 'ASSESSED', 'CLOSED')),
  ADD CONSTRAINT ck_agreements_pay_rule CHECK (pay_rule IN ('TVOED_LOB', 'BEAMTE_LBESG', 'NONE')),
  ADD CONSTRAINT ck_agreements_parties CHECK (principal_id <> agent_id);
ALTER TABLE agreement_items
  ADD CONSTRAINT fk_agreement_items_agreement_id FOREIGN KEY (agreement_id) REFERENCES agreements (id),
  ADD CONSTRAINT fk_agreement_items_goal_id FOREIGN KEY (goal_id) REFERENCES goals (id),
  ADD CONSTRAINT fk_agreement_items_kpi_id FOREIGN KEY (kpi_id) REFERENCES kpis (id),
  ADD CONSTRAINT fk_agreement_items_measure_id FOREIGN KEY (measure_id) REFERENCES consolidation_measures (id),
  ADD CONSTRAINT uq_agreement_items_position UNIQUE (agreement_id, position),
  ADD CONSTRAINT ck_agreement_items_position CHECK (position >= 1),
  ADD CONSTRAINT ck_agreement_items_weight CHECK (weight_percent BETWEEN 0 AND 100),
  ADD CONSTRAINT ck_agreement_items_degrees CHECK ((interim_degree IS NULL OR interim_degree BETWEEN 0 AND 150) AND (self_degree IS NULL OR self_degree BETWEEN 0 AND 150) AND (final_degree IS NULL OR final_degree BETWEEN 0 AND 150));
ALTER TABLE reviews
  ADD CONSTRAINT fk_reviews_agreement_id FOREIGN KEY (agreement_id) REFERENCES agreements (id),
  ADD CONSTRAINT fk_reviews_recorded_by_id FOREIGN KEY (recorded_by_id) REFERENCES people (id);
ALTER TABLE assessments
  ADD CONSTRAINT fk_assessments_agreement_id FOREIGN KEY (agreement_id) REFERENCES agreements (id),
  ADD CONSTRAINT fk_assessments_assessed_by_id FOREIGN KEY (assessed_by_id) REFERENCES people (id),
  ADD CONSTRAINT ck_assessments_total_degree CHECK (total_degree BETWEEN 0 AND 150);
ALTER TABLE audit_events
  ADD CONSTRAINT fk_audit_events_actor_id FOREIGN KEY (actor_id) REFERENCES people (id);
ALTER TABLE sessions
  ADD CONSTRAINT fk_sessions_person_id FOREIGN KEY (person_id) REFERENCES people (id) ON DELETE CASCADE;
CREATE INDEX idx_kpi_values_recorded_by_id ON kpi_values (recorded_by_id);
CREATE INDEX idx_reviews_recorded_by_id ON reviews (recorded_by_id);
CREATE INDEX idx_assessments_assessed_by_id ON assessments (assessed_by_id);
