-- Version 8: the yearly cycle (see the PostgreSQL file). SQLite has row
-- triggers per event; each refuses a write to a closed year's rows unless
-- the transaction registered a correction of that year.
CREATE TABLE `fiscal_years` (`year` integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
  `status` text NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
  `opened_at` datetime NOT NULL,
  `opened_by_id` integer REFERENCES `people`(`id`),
  `closed_at` datetime,
  `closed_by_id` integer REFERENCES `people`(`id`),
  `version` integer NOT NULL DEFAULT 1,
  CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL)));
CREATE TABLE `year_corrections` (`year` integer PRIMARY KEY, `reason` text NOT NULL CHECK (reason <> ''));
CREATE TRIGGER `agreements_closed_year_insert` BEFORE INSERT ON `agreements` WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = NEW.year AND status = 'CLOSED') AND NOT EXISTS (SELECT 1 FROM year_corrections WHERE year = NEW.year)
BEGIN SELECT RAISE(ABORT, 'fiscal year is closed'); END;
CREATE TRIGGER `agreements_closed_year_update` BEFORE UPDATE ON `agreements` WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = OLD.year AND status = 'CLOSED') AND NOT EXISTS (SELECT 1 FROM year_corrections WHERE year = OLD.year) OR EXISTS (SELECT 1 FROM fiscal_years WHERE year = NEW.year AND status = 'CLOSED') AND NOT EXISTS (SELECT 1 FROM year_corrections WHERE year = NEW.year)
BEGIN SELECT RAISE(ABORT, 'fiscal year is closed'); END;
CREATE TRIGGER `agreements_closed_year_delete` BEFORE DELETE ON `agreements` WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = OLD.year AND status = 'CLOSED') AND NOT EXISTS (SELECT 1 FROM year_corrections WHERE year = OLD.year)
BEGIN SELECT RAISE(ABORT, 'fiscal year is closed'); END;
CREATE TRIGGER `kpi_values_closed_year_insert` BEFORE INSERT ON `kpi_values` WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = NEW.year AND status = 'CLOSED') AND NOT EXISTS (SELECT 1 FROM year_corrections WHERE year = NEW.year)
BEGIN SELECT RAISE(ABORT, 'fiscal year is closed'); END;
CREATE TRIGGER `kpi_values_closed_year_update` BEFORE UPDATE ON `kpi_values` WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = OLD.year AND status = 'CLOSED') AND NOT EXISTS (SELECT 1 FROM year_corrections WHERE year = OLD.year) OR EXISTS (SELECT 1 FROM fiscal_years WHERE year = NEW.year AND status = 'CLOSED') AND NOT EXISTS (SELECT 1 FROM year_corrections WHERE year = NEW.year)
BEGIN SELECT RAISE(ABORT, 'fiscal year is closed'); END;
CREATE TRIGGER `kpi_values_closed_year_delete` BEFORE DELETE ON `kpi_values` WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = OLD.year AND status = 'CLOSED') AND NOT EXISTS (SELECT 1 FROM year_corrections WHERE year = OLD.year)
BEGIN SELECT RAISE(ABORT, 'fiscal year is closed'); END;
CREATE TRIGGER `budget_lines_closed_year_insert` BEFORE INSERT ON `budget_lines` WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = NEW.year AND status = 'CLOSED') AND NOT EXISTS (SELECT 1 FROM year_corrections WHERE year = NEW.year)
BEGIN SELECT RAISE(ABORT, 'fiscal year is closed'); END;
CREATE TRIGGER `budget_lines_closed_year_update` BEFORE UPDATE ON `budget_lines` WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = OLD.year AND status = 'CLOSED') AND NOT EXISTS (SELECT 1 FROM year_corrections WHERE year = OLD.year) OR EXISTS (SELECT 1 FROM fiscal_years WHERE year = NEW.year AND status = 'CLOSED') AND NOT EXISTS (SELECT 1 FROM year_corrections WHERE year = NEW.year)
BEGIN SELECT RAISE(ABORT, 'fiscal year is closed'); END;
CREATE TRIGGER `budget_lines_closed_year_delete` BEFORE DELETE ON `budget_lines` WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = OLD.year AND status = 'CLOSED') AND NOT EXISTS (SELECT 1 FROM year_corrections WHERE year = OLD.year)
BEGIN SELECT RAISE(ABORT, 'fiscal year is closed'); END;
CREATE TRIGGER `measure_savings_closed_year_insert` BEFORE INSERT ON `measure_savings` WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = NEW.year AND status = 'CLOSED') AND NOT EXISTS (SELECT 1 FROM year_corrections WHERE year = NEW.year)
BEGIN SELECT RAISE(ABORT, 'fiscal year is closed'); END;
CREATE TRIGGER `measure_savings_closed_year_update` BEFORE UPDATE ON `measure_savings` WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = OLD.year AND status = 'CLOSED') AND NOT EXISTS (SELECT 1 FROM year_corrections WHERE year = OLD.year) OR EXISTS (SELECT 1 FROM fiscal_years WHERE year = NEW.year AND status = 'CLOSED') AND NOT EXISTS (SELECT 1 FROM year_corrections WHERE year = NEW.year)
BEGIN SELECT RAISE(ABORT, 'fiscal year is closed'); END;
CREATE TRIGGER `measure_savings_closed_year_delete` BEFORE DELETE ON `measure_savings` WHEN EXISTS (SELECT 1 FROM fiscal_years WHERE year = OLD.year AND status = 'CLOSED') AND NOT EXISTS (SELECT 1 FROM year_corrections WHERE year = OLD.year)
BEGIN SELECT RAISE(ABORT, 'fiscal year is closed'); END;
-- Opened and closed years are fiscal years too (the cache of version 4).
CREATE TRIGGER `fiscal_years_bump_fiscal_years_0` AFTER INSERT ON `fiscal_years`
BEGIN UPDATE cache_versions SET version = version + 1 WHERE name = 'fiscal_years'; END;
CREATE TRIGGER `fiscal_years_bump_fiscal_years_1` AFTER UPDATE ON `fiscal_years`
BEGIN UPDATE cache_versions SET version = version + 1 WHERE name = 'fiscal_years'; END;
CREATE TRIGGER `fiscal_years_bump_fiscal_years_2` AFTER DELETE ON `fiscal_years`
BEGIN UPDATE cache_versions SET version = version + 1 WHERE name = 'fiscal_years'; END;
