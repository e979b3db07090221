package graph_test

import (
	"testing"

	"zielwerk/access"
	"zielwerk/db"
	"zielwerk/db/dbtest"
	"zielwerk/demo"
	"zielwerk/graph"
	"zielwerk/identity"
)

// The cached org tree and fiscal years follow every change, also one made
// behind the server's back (another replica, a script): the version rows
// are bumped by triggers in the writing transaction.
func TestCachesFollowChanges(t *testing.T) {
	gdb := dbtest.Open(t)
	if _, err := demo.Seed(t.Context(), gdb); err != nil {
		t.Fatal(err)
	}
	c := newClient(t, gdb, graph.Options{})
	var amt db.OrgUnit
	if err := gdb.Where("kind = ? AND valid_to IS NULL", db.KindAmt).Order("id").Take(&amt).Error; err != nil {
		t.Fatal(err)
	}
	var stranger db.Person
	if err := gdb.Where("id NOT IN (SELECT leader_id FROM org_units WHERE leader_id IS NOT NULL)").Order("id").Take(&stranger).Error; err != nil {
		t.Fatal(err)
	}
	c.principal = &identity.Principal{PersonID: stranger.ID, Name: stranger.Name}
	led := func() int {
		data := c.must(`{ me { ledUnits { id } } }`, nil)
		return len(get(data, "me", "ledUnits").([]any))
	}
	if n := led(); n != 0 {
		t.Fatalf("a person leading nothing leads %d units", n)
	}
	// Made leader of an Amt (as another replica would write it): the next
	// request knows.
	if err := gdb.Model(&db.OrgUnit{}).Where("id = ?", amt.ID).Update("leader_id", stranger.ID).Error; err != nil {
		t.Fatal(err)
	}
	if v, _ := access.Load(t.Context(), gdb, c.principal, dayToday()); v == nil || len(v.LedUnits) != 1 {
		t.Fatalf("the database says %+v", v)
	}
	if n := led(); n != 1 {
		t.Fatalf("the new leader leads %d units: the org tree cache is stale", n)
	}
	// A new fiscal year appears with its first budget line.
	if r := c.do(`{ budgetComplianceByDezernat(year: 2031) { __typename } }`, nil); r.code() != "BAD_USER_INPUT" {
		t.Fatalf("2031 before it has data: %+v", r.Errors)
	}
	var line db.BudgetLine
	gdb.Order("id").Take(&line)
	line.ID, line.Year = 0, 2031
	if err := gdb.Create(&line).Error; err != nil {
		t.Fatal(err)
	}
	if r := c.do(`{ budgetComplianceByDezernat(year: 2031) { __typename } }`, nil); r.code() == "BAD_USER_INPUT" {
		t.Fatalf("2031 after its first budget line: %+v", r.Errors)
	}
}
