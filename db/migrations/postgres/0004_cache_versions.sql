-- Version 4, frozen: one version row per cache; statement triggers bump it
-- in the writing transaction (one bump per statement, so an import of
-- 10,000 budget lines bumps once). The fiscal years change only when a row
-- comes, goes or changes its year.
CREATE TABLE cache_versions (name VARCHAR(32) PRIMARY KEY, version BIGINT NOT NULL);
INSERT INTO cache_versions (name, version) VALUES ('org_tree', 1), ('fiscal_years', 1);

CREATE FUNCTION bump_org_tree_on_org_units() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN UPDATE cache_versions SET version = version + 1 WHERE name = 'org_tree'; RETURN NULL; END $$;
CREATE TRIGGER org_units_bump_org_tree AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON org_units
  FOR EACH STATEMENT EXECUTE FUNCTION bump_org_tree_on_org_units();

CREATE FUNCTION bump_fiscal_years_on_agreements() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN UPDATE cache_versions SET version = version + 1 WHERE name = 'fiscal_years'; RETURN NULL; END $$;
CREATE TRIGGER agreements_bump_fiscal_years AFTER INSERT OR UPDATE OF year OR DELETE OR TRUNCATE ON agreements
  FOR EACH STATEMENT EXECUTE FUNCTION bump_fiscal_years_on_agreements();

CREATE FUNCTION bump_fiscal_years_on_budget_lines() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN UPDATE cache_versions SET version = version + 1 WHERE name = 'fiscal_years'; RETURN NULL; END $$;
CREATE TRIGGER budget_lines_bump_fiscal_years AFTER INSERT OR UPDATE OF year OR DELETE OR TRUNCATE ON budget_lines
  FOR EACH STATEMENT EXECUTE FUNCTION bump_fiscal_years_on_budget_lines();
