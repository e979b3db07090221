package db

import (
	"context"

	"gorm.io/gorm"
)

// Cached data and its version row. Triggers bump a version whenever its
// tables change, in the writing transaction, so every replica sees the
// change with its next read of cache_versions: one tiny statement per
// request instead of reloading the org tree (every unit) and the fiscal
// years (a UNION over budget lines and agreements). The triggers are in
// migrations/*/0004_cache_versions.sql (and rebuilt with their tables on
// SQLite in 0005).
const (
	VersionOrgTree     = "org_tree"     // org_units
	VersionFiscalYears = "fiscal_years" // agreements, budget_lines
)

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
// the access policy reads and the code and name that the Dezernat sums
// (riskOverview, payout, fairness) show; callers pick the units of a day
// with ActiveOn.
func OrgTree(ctx context.Context, gdb *gorm.DB) ([]OrgUnit, error) {
	var units []OrgUnit
	err := gdb.WithContext(ctx).Select("id, parent_id, leader_id, kind, code, name, valid_from, valid_to").Order("id").Find(&units).Error
	return units, err
}
