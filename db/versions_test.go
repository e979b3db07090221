package db_test

import (
	"testing"

	"zielwerk/db"
	"zielwerk/db/dbtest"
	"zielwerk/demo"
)

// The version rows move with what their caches hold, and only with that:
// a lifecycle update of an agreement does not touch the fiscal years' row
// (every agreement write would otherwise queue behind it).
func TestCacheVersionsFollowTheirTables(t *testing.T) {
	gdb := dbtest.Open(t)
	if _, err := demo.Seed(t.Context(), gdb); err != nil {
		t.Fatal(err)
	}
	versions := func() map[string]int64 {
		v, err := db.CacheVersions(t.Context(), gdb)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	step := func(what string, change func() error, tree, years int64) {
		t.Helper()
		before := versions()
		if err := change(); err != nil {
			t.Fatal(err)
		}
		after := versions()
		if d := after[db.VersionOrgTree] - before[db.VersionOrgTree]; (d > 0) != (tree > 0) {
			t.Errorf("%s: org tree version moved by %d", what, d)
		}
		if d := after[db.VersionFiscalYears] - before[db.VersionFiscalYears]; (d > 0) != (years > 0) {
			t.Errorf("%s: fiscal years version moved by %d", what, d)
		}
	}
	step("rename a unit", func() error {
		return gdb.Model(&db.OrgUnit{}).Where("id = ?", 2).Update("name", "Umbenannt").Error
	}, 1, 0)
	step("an agreement's status", func() error {
		return gdb.Model(&db.Agreement{}).Where("id = ?", 1).Update("status", db.AgreementStatus("DRAFT")).Error
	}, 0, 0)
	step("a budget figure", func() error {
		return gdb.Model(&db.BudgetLine{}).Where("id = ?", 1).Update("plan_cents", 100).Error
	}, 0, 0)
	step("a budget line of a new year", func() error {
		var line db.BudgetLine
		if err := gdb.Order("id").Take(&line).Error; err != nil {
			return err
		}
		line.ID, line.Year = 0, 2031
		return gdb.Create(&line).Error
	}, 0, 1)
	step("an agreement's year", func() error {
		return gdb.Model(&db.Agreement{}).Where("id = ?", 1).Update("year", 2031).Error
	}, 0, 1)
}
