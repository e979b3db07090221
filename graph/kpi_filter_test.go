package graph_test

import (
	"fmt"
	"strings"
	"testing"

	"zielwerk/db"
	"zielwerk/db/dbtest"
	"zielwerk/demo"
	"zielwerk/graph"
)

// The red KPIs of a year are counted on the server, over all KPIs (not
// the first page); unit and goal filters narrow to their subtrees.
func TestKPIFilters(t *testing.T) {
	gdb := dbtest.Open(t)
	if _, err := demo.Seed(t.Context(), gdb); err != nil {
		t.Fatal(err)
	}
	c := newClient(t, gdb, graph.Options{})
	var kpis []*db.KPI
	must(t, gdb.Find(&kpis).Error)
	var values []db.KPIValue
	must(t, gdb.Where("year = 2026 AND quarter = 0 AND month = 0").Find(&values).Error)
	byKPI := map[int64]db.KPIValue{}
	for _, v := range values {
		byKPI[v.KPIID] = v
	}
	red := 0
	for _, k := range kpis {
		v := byKPI[k.ID]
		if db.KPIAchievement(k, v.Plan, v.Actual).Light == db.Red {
			red++
		}
	}
	if len(kpis) <= 100 || red == 0 {
		t.Fatalf("the demo city needs more than 100 KPIs and some red ones: %d, %d red", len(kpis), red)
	}
	r := c.must(`{ all: kpis(year: 2026) { totalCount } red: kpis(year: 2026, light: RED, first: 5) { totalCount nodes { id } pageInfo { hasNextPage } } }`, nil)
	if get(r, "red", "totalCount") != float64(red) || get(r, "all", "totalCount") != float64(len(kpis)) ||
		len(get(r, "red", "nodes").([]any)) != min(5, red) {
		t.Fatalf("red KPIs: %v, want %d of %d", r, red, len(kpis))
	}
	var dez db.OrgUnit
	must(t, gdb.Where("kind = ?", db.KindDezernat).Order("id").First(&dez).Error)
	var g db.Goal
	must(t, gdb.Where("org_unit_id = ? AND level = ?", dez.ID, db.LevelDezernat).Order("id").First(&g).Error)
	r = c.must(`query($u: ID, $g: ID) { unit: kpis(orgUnit: $u) { totalCount } goal: kpis(goal: $g) { totalCount } overdue: kpis(year: 2026, overdue: true) { totalCount } }`,
		map[string]any{"u": gid("OrgUnit", dez.ID), "g": gid("Goal", g.ID)})
	unit, goal := get(r, "unit", "totalCount").(float64), get(r, "goal", "totalCount").(float64)
	if unit == 0 || unit >= float64(len(kpis)) || goal == 0 || goal > unit {
		t.Errorf("unit %v, goal %v of %d", unit, goal, len(kpis))
	}
	if get(r, "overdue", "totalCount").(float64) == 0 {
		t.Error("no overdue KPI in the demo city on the test day")
	}
}

// agreements(search:) matches parties and units, within what the viewer
// may see; measureShortfalls sorts by the gap, largest first.
func TestAgreementSearchAndShortfalls(t *testing.T) {
	w := seedWorld(t)
	c := w.client(t, w.viewers["LEADERSHIP"])
	a := w.agreements["A2"]
	var agent db.Person
	must(t, w.gdb.First(&agent, a.AgentID).Error)
	last := agent.Name[strings.LastIndex(agent.Name, " ")+1:]
	r := c.must(`query($s: String) { agreements(year: 2026, search: $s, first: 50) { totalCount nodes { agent { name } principal { name } orgUnit { name } } } }`,
		map[string]any{"s": strings.ToUpper(last)})
	nodes := get(r, "agreements", "nodes").([]any)
	if len(nodes) == 0 {
		t.Fatalf("no agreement found by %q", last)
	}
	for _, n := range nodes {
		if !strings.Contains(strings.ToLower(fmt.Sprint(n)), strings.ToLower(last)) {
			t.Errorf("%v does not match %q", n, last)
		}
	}
	stranger := w.client(t, w.viewers["CONTROLLING"])
	if r := stranger.must(`query($s: String) { agreements(search: $s) { totalCount } }`, map[string]any{"s": last}); get(r, "agreements", "totalCount") != float64(0) {
		t.Errorf("search shows CONTROLLING agreements it may not see: %v", r)
	}
	r = c.must(`{ measureShortfalls(year: 2026, first: 100) { shortfall planned realised measure { number } } }`, nil)
	rows := get(r, "measureShortfalls").([]any)
	if len(rows) < 2 {
		t.Fatalf("shortfalls: %v", r)
	}
	for i := 1; i < len(rows); i++ {
		if get(rows[i-1], "shortfall").(float64) < get(rows[i], "shortfall").(float64) {
			t.Fatalf("not sorted by shortfall: %v", rows)
		}
	}
}

// agreements(orgUnit:) is the unit with every unit below it: LEADERSHIP,
// who sees every agreement, gets the database's count of the Dezernat's
// subtree, more than the Dezernat's own.
func TestAgreementUnitFilterTakesTheUnitsBelow(t *testing.T) {
	w := seedWorld(t)
	c := w.client(t, w.viewers["LEADERSHIP"])
	var units []db.OrgUnit
	must(t, w.gdb.Find(&units).Error)
	var dez db.OrgUnit
	must(t, w.gdb.Where("kind = ?", db.KindDezernat).Order("id").First(&dez).Error)
	var want, own int64
	w.gdb.Model(&db.Agreement{}).Where("year = 2026 AND org_unit_id IN ?", db.Subtree(units, dez.ID)).Count(&want)
	w.gdb.Model(&db.Agreement{}).Where("year = 2026 AND org_unit_id = ?", dez.ID).Count(&own)
	r := c.must(`query($u: ID) { agreements(year: 2026, orgUnit: $u, first: 1) { totalCount } }`, map[string]any{"u": gid("OrgUnit", dez.ID)})
	if got := int64(get(r, "agreements", "totalCount").(float64)); got != want || want <= own {
		t.Fatalf("agreements of %s and below: %d, want %d (its own: %d)", dez.Code, got, want, own)
	}
}
