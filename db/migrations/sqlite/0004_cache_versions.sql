-- Version 4, frozen: one version row per cache; row triggers (SQLite has no
-- statement triggers) bump it in the writing transaction. The fiscal years
-- change only when a row comes, goes or changes its year.
CREATE TABLE cache_versions (name VARCHAR(32) PRIMARY KEY, version BIGINT NOT NULL);
INSERT INTO cache_versions (name, version) VALUES ('org_tree', 1), ('fiscal_years', 1);
CREATE TRIGGER org_units_bump_org_tree_0 AFTER INSERT ON org_units
BEGIN UPDATE cache_versions SET version = version + 1 WHERE name = 'org_tree'; END;
CREATE TRIGGER org_units_bump_org_tree_1 AFTER UPDATE ON org_units
BEGIN UPDATE cache_versions SET version = version + 1 WHERE name = 'org_tree'; END;
CREATE TRIGGER org_units_bump_org_tree_2 AFTER DELETE ON org_units
BEGIN UPDATE cache_versions SET version = version + 1 WHERE name = 'org_tree'; END;
CREATE TRIGGER agreements_bump_fiscal_years_0 AFTER INSERT ON agreements
BEGIN UPDATE cache_versions SET version = version + 1 WHERE name = 'fiscal_years'; END;
CREATE TRIGGER agreements_bump_fiscal_years_1 AFTER UPDATE OF year ON agreements
BEGIN UPDATE cache_versions SET version = version + 1 WHERE name = 'fiscal_years'; END;
CREATE TRIGGER agreements_bump_fiscal_years_2 AFTER DELETE ON agreements
BEGIN UPDATE cache_versions SET version = version + 1 WHERE name = 'fiscal_years'; END;
CREATE TRIGGER budget_lines_bump_fiscal_years_0 AFTER INSERT ON budget_lines
BEGIN UPDATE cache_versions SET version = version + 1 WHERE name = 'fiscal_years'; END;
CREATE TRIGGER budget_lines_bump_fiscal_years_1 AFTER UPDATE OF year ON budget_lines
BEGIN UPDATE cache_versions SET version = version + 1 WHERE name = 'fiscal_years'; END;
CREATE TRIGGER budget_lines_bump_fiscal_years_2 AFTER DELETE ON budget_lines
BEGIN UPDATE cache_versions SET version = version + 1 WHERE name = 'fiscal_years'; END;
