-- Version 8: the yearly cycle. A fiscal year is opened (planning starts)
-- and closed when it is finished. The database keeps a closed year's
-- figures and agreements as they are: a trigger on every table with a
-- year refuses INSERT, UPDATE and DELETE of its rows, unless the writing
-- transaction has registered a correction of that year in
-- year_corrections (ADMIN, with a reason; the row is removed before the
-- commit, so no other transaction ever sees it).
CREATE TABLE fiscal_years (
  year INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
  status TEXT NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
  opened_at TIMESTAMPTZ NOT NULL,
  opened_by_id BIGINT REFERENCES people (id),
  closed_at TIMESTAMPTZ,
  closed_by_id BIGINT REFERENCES people (id),
  version INTEGER NOT NULL DEFAULT 1,
  CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL))
);
CREATE TABLE year_corrections (
  year INTEGER PRIMARY KEY,
  reason TEXT NOT NULL CHECK (reason <> '')
);
CREATE FUNCTION closed_year_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE y INTEGER;
BEGIN
  FOREACH y IN ARRAY ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN OLD.year END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.year END] LOOP
    IF y IS NOT NULL AND EXISTS (SELECT 1 FROM fiscal_years WHERE year = y AND status = 'CLOSED')
       AND NOT EXISTS (SELECT 1 FROM year_corrections WHERE year = y) THEN
      RAISE EXCEPTION 'fiscal year % is closed', y USING ERRCODE = 'ZW001';
    END IF;
  END LOOP;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER agreements_closed_year BEFORE INSERT OR UPDATE OR DELETE ON agreements
  FOR EACH ROW EXECUTE FUNCTION closed_year_guard();
CREATE TRIGGER kpi_values_closed_year BEFORE INSERT OR UPDATE OR DELETE ON kpi_values
  FOR EACH ROW EXECUTE FUNCTION closed_year_guard();
CREATE TRIGGER budget_lines_closed_year BEFORE INSERT OR UPDATE OR DELETE ON budget_lines
  FOR EACH ROW EXECUTE FUNCTION closed_year_guard();
CREATE TRIGGER measure_savings_closed_year BEFORE INSERT OR UPDATE OR DELETE ON measure_savings
  FOR EACH ROW EXECUTE FUNCTION closed_year_guard();
-- Opened and closed years are fiscal years too (the cache of version 4).
CREATE FUNCTION bump_fiscal_years_on_fiscal_years() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN UPDATE cache_versions SET version = version + 1 WHERE name = 'fiscal_years'; RETURN NULL; END $$;
CREATE TRIGGER fiscal_years_bump_fiscal_years AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON fiscal_years
  FOR EACH STATEMENT EXECUTE FUNCTION bump_fiscal_years_on_fiscal_years();
