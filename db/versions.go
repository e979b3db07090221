package db

import (
	"context"
	"fmt"

	"gorm.io/gorm"
)

// Cached data and its version row. Triggers bump a version whenever its
// tables change, in the writing transaction, so every replica sees the
// change with its next read of cache_versions: one tiny statement per
// request instead of reloading the org tree (every unit) and the fiscal
// years (a UNION over budget lines and agreements).
const (
	VersionOrgTree     = "org_tree"     // org_units
	VersionFiscalYears = "fiscal_years" // agreements, budget_lines
)

// versionedTables names, per cache, the tables and the columns whose
// change invalidates it; no columns: any change. The fiscal years change
// only when a row comes, goes or changes its year, so the lifecycle's
// updates of agreements and the imports' updates of budget figures do not
// touch (and so do not queue behind) the version row.
var versionedTables = map[string][]versionedTable{
	VersionOrgTree:     {{"org_units", ""}},
	VersionFiscalYears: {{"agreements", "year"}, {"budget_lines", "year"}},
}

type versionedTable struct {
	table  string
	column string // "": every column
}

func cacheVersions(tx *gorm.DB) error {
	if err := tx.Exec(`CREATE TABLE cache_versions (name VARCHAR(32) PRIMARY KEY, version BIGINT NOT NULL)`).Error; err != nil {
		return err
	}
	for _, name := range []string{VersionOrgTree, VersionFiscalYears} {
		if err := tx.Exec(`INSERT INTO cache_versions (name, version) VALUES (?, 1)`, name).Error; err != nil {
			return err
		}
		for _, vt := range versionedTables[name] {
			if err := versionTrigger(tx, name, vt); err != nil {
				return fmt.Errorf("%s on %s: %w", name, vt.table, err)
			}
		}
	}
	return nil
}

func versionTrigger(tx *gorm.DB, name string, vt versionedTable) error {
	update := "UPDATE"
	if vt.column != "" {
		update = "UPDATE OF " + vt.column
	}
	if Dialect(tx) == "postgres" {
		// One bump per statement: an import of 10,000 budget lines bumps once.
		return tx.Exec(fmt.Sprintf(`
CREATE FUNCTION bump_%[1]s_on_%[2]s() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN UPDATE cache_versions SET version = version + 1 WHERE name = '%[1]s'; RETURN NULL; END $$;
CREATE TRIGGER %[2]s_bump_%[1]s AFTER INSERT OR %[3]s OR DELETE OR TRUNCATE ON %[2]s
  FOR EACH STATEMENT EXECUTE FUNCTION bump_%[1]s_on_%[2]s();`, name, vt.table, update)).Error
	}
	// SQLite has row triggers only.
	for i, op := range []string{"INSERT", update, "DELETE"} {
		if err := tx.Exec(fmt.Sprintf(`CREATE TRIGGER %[2]s_bump_%[1]s_%[3]d AFTER %[4]s ON %[2]s
BEGIN UPDATE cache_versions SET version = version + 1 WHERE name = '%[1]s'; END`, name, vt.table, i, op)).Error; err != nil {
			return err
		}
	}
	return nil
}

// CacheVersions reads every version row in one statement.
func CacheVersions(ctx context.Context, gdb *gorm.DB) (map[string]int64, error) {
	var rows []struct {
		Name    string
		Version int64
	}
	if err := gdb.WithContext(ctx).Raw(`SELECT name, version FROM cache_versions`).Scan(&rows).Error; err != nil {
		return nil, err
	}
	out := make(map[string]int64, len(rows))
	for _, r := range rows {
		out[r.Name] = r.Version
	}
	return out, nil
}

// OrgTree loads every org unit, past and future ones too, with the columns
// the access policy reads; callers pick the units of a day with ActiveOn.
func OrgTree(ctx context.Context, gdb *gorm.DB) ([]OrgUnit, error) {
	var units []OrgUnit
	err := gdb.WithContext(ctx).Select("id, parent_id, leader_id, kind, valid_from, valid_to").Order("id").Find(&units).Error
	return units, err
}
