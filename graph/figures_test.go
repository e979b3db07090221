package graph_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"gorm.io/gorm"

	"zielwerk/db"
	"zielwerk/db/dbtest"
	"zielwerk/graph"
	"zielwerk/graph/model"
	"zielwerk/identity"
)

// figWorld is a small city for the figure mutations: a board, a Dezernat
// with an Amt, an Amt elsewhere, a product, a KPI and an HSP measure owned
// by the first Amt, and budget lines that make 2025–2026 fiscal years.
type figWorld struct {
	controller, amtLeader, dezLeader, stranger db.Person
	amt, otherAmt                              db.OrgUnit
	product                                    db.Product
	kpi                                        db.KPI
	measure                                    db.ConsolidationMeasure
}

func figSeed(t *testing.T, gdb *gorm.DB) figWorld {
	t.Helper()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	var w figWorld
	from := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	for i, p := range []*db.Person{&w.controller, &w.amtLeader, &w.dezLeader, &w.stranger} {
		*p = db.Person{Name: fmt.Sprintf("Person %d", i), Email: fmt.Sprintf("fig%d@example.org", i)}
		must(gdb.Create(p).Error)
	}
	board := db.OrgUnit{Code: "VV", Name: "Verwaltungsvorstand", Kind: db.KindBoard, ValidFrom: from}
	must(gdb.Create(&board).Error)
	dez := db.OrgUnit{Code: "D1", Name: "Dezernat I", Kind: db.KindDezernat, ParentID: &board.ID, LeaderID: &w.dezLeader.ID, ValidFrom: from}
	must(gdb.Create(&dez).Error)
	w.amt = db.OrgUnit{Code: "A10", Name: "Amt 10", Kind: db.KindAmt, ParentID: &dez.ID, LeaderID: &w.amtLeader.ID, ValidFrom: from}
	must(gdb.Create(&w.amt).Error)
	w.otherAmt = db.OrgUnit{Code: "A20", Name: "Amt 20", Kind: db.KindAmt, ParentID: &board.ID, LeaderID: &w.stranger.ID, ValidFrom: from}
	must(gdb.Create(&w.otherAmt).Error)
	area := db.ProductArea{Number: 1, Name: "Innere Verwaltung"}
	must(gdb.Create(&area).Error)
	group := db.ProductGroup{AreaID: area.ID, Number: "0101", Name: "Verwaltungssteuerung"}
	must(gdb.Create(&group).Error)
	w.product = db.Product{GroupID: group.ID, Number: "010101", Name: "Steuerung", OrgUnitID: w.amt.ID}
	must(gdb.Create(&w.product).Error)
	for _, y := range []int{2025, 2026} {
		must(gdb.Create(&db.BudgetLine{ProductID: w.product.ID, Year: y, PlanCents: 100_000_00}).Error)
	}
	w.kpi = db.KPI{Name: "Bearbeitungsdauer", Unit: "Tage", Direction: db.LowerIsBetter, Kind: db.KPIOutput,
		Frequency: db.Quarterly, ProductID: &w.product.ID, GreenThreshold: 1, YellowThreshold: 0.9}
	must(gdb.Create(&w.kpi).Error)
	prog := db.ConsolidationProgramme{Kind: db.HSP, Name: "HSP", FromYear: 2012, ToYear: 2030}
	must(gdb.Create(&prog).Error)
	w.measure = db.ConsolidationMeasure{ProgrammeID: prog.ID, Number: "HSP-001", Title: "Gebühren", OrgUnitID: w.amt.ID, Status: db.MeasurePlanned}
	must(gdb.Create(&w.measure).Error)
	must(gdb.Create(&db.MeasureSaving{MeasureID: w.measure.ID, Year: 2026, PlannedCents: 50_000_00}).Error)
	return w
}

func figAuditCount(t *testing.T, gdb *gorm.DB) int64 {
	t.Helper()
	var n int64
	if err := gdb.Model(&db.AuditEvent{}).Count(&n).Error; err != nil {
		t.Fatal(err)
	}
	return n
}

func figAs(c *client, p db.Person, roles ...identity.Role) {
	c.principal = &identity.Principal{PersonID: p.ID, Name: p.Name, Roles: roles}
}

const kpiValueRecord = `mutation($in: KPIValueRecordInput!) {
  kpiValueRecord(input: $in) {
    kpiValue { year quarter month plan actual comment version }
    userErrors { field message messageEn code key }
  }
}`

func TestKPIValueRecordPermissionsAndAudit(t *testing.T) {
	gdb := dbtest.Open(t)
	w := figSeed(t, gdb)
	c := newClient(t, gdb, graph.Options{})
	kpiID := model.EncodeID("KPI", w.kpi.ID)

	// CONTROLLING creates the value of Q2 2026.
	figAs(c, w.controller, identity.RoleControlling)
	data := c.must(kpiValueRecord, map[string]any{"in": map[string]any{
		"kpiId": kpiID, "year": 2026, "quarter": 2, "plan": 10.0, "actual": 12.5, "comment": "Personalausfall"}})
	v := get(data, "kpiValueRecord", "kpiValue")
	if get(v, "version") != float64(1) || get(v, "actual") != 12.5 || get(v, "quarter") != float64(2) || get(v, "month") != nil {
		t.Fatalf("created %v", v)
	}
	if n := figAuditCount(t, gdb); n != 1 {
		t.Fatalf("%d audit events after create, want 1", n)
	}

	// The owning Amt's leader updates the actual only; plan and comment stay.
	figAs(c, w.amtLeader)
	data = c.must(kpiValueRecord, map[string]any{"in": map[string]any{
		"kpiId": kpiID, "year": 2026, "quarter": 2, "actual": 11.0, "expectedVersion": 1}})
	v = get(data, "kpiValueRecord", "kpiValue")
	if get(v, "version") != float64(2) || get(v, "actual") != 11.0 || get(v, "plan") != 10.0 || get(v, "comment") != "Personalausfall" {
		t.Fatalf("updated %v", v)
	}
	var ev db.AuditEvent
	if err := gdb.Order("id DESC").Take(&ev).Error; err != nil {
		t.Fatal(err)
	}
	if ev.Entity != "KPIValue" || ev.Action != "update" || *ev.ActorID != w.amtLeader.ID ||
		ev.Before != `{"actual":12.5}` || ev.After != `{"actual":11}` {
		t.Fatalf("audit event %+v", ev)
	}

	// The Dezernat's leader (above the Amt) may too; null clears the comment.
	figAs(c, w.dezLeader)
	data = c.must(kpiValueRecord, map[string]any{"in": map[string]any{
		"kpiId": kpiID, "year": 2026, "quarter": 2, "comment": nil, "expectedVersion": 2}})
	if v = get(data, "kpiValueRecord", "kpiValue"); get(v, "comment") != "" || get(v, "version") != float64(3) {
		t.Fatalf("cleared comment %v", v)
	}

	// A leader of an unrelated unit is refused and nothing is written.
	figAs(c, w.stranger)
	before := figAuditCount(t, gdb)
	r := c.do(kpiValueRecord, map[string]any{"in": map[string]any{
		"kpiId": kpiID, "year": 2026, "quarter": 2, "actual": 99.0, "expectedVersion": 3}})
	if r.code() != "FORBIDDEN" {
		t.Fatalf("stranger: %+v", r)
	}
	r = c.do(kpiValueRecord, map[string]any{"in": map[string]any{"kpiId": kpiID, "year": 2026, "month": 1, "actual": 1.0}})
	if r.code() != "FORBIDDEN" {
		t.Fatalf("stranger create: %+v", r)
	}
	var vals []db.KPIValue
	gdb.Find(&vals)
	if len(vals) != 1 || *vals[0].Actual != 11 || vals[0].Version != 3 || figAuditCount(t, gdb) != before {
		t.Fatalf("forbidden write left traces: %+v, %d events", vals, figAuditCount(t, gdb))
	}
	if n := figAuditCount(t, gdb); n != 3 {
		t.Fatalf("%d audit events after three changes, want 3", n)
	}

	// An unknown KPI is NOT_FOUND.
	figAs(c, w.controller, identity.RoleControlling)
	if r := c.do(kpiValueRecord, map[string]any{"in": map[string]any{"kpiId": model.EncodeID("KPI", 999), "year": 2026, "actual": 1.0}}); r.code() != "NOT_FOUND" {
		t.Fatalf("unknown KPI: %+v", r)
	}
}

func TestKPIValueRecordConflicts(t *testing.T) {
	gdb := dbtest.Open(t)
	w := figSeed(t, gdb)
	c := newClient(t, gdb, graph.Options{})
	figAs(c, w.controller, identity.RoleControlling)
	in := func(extra map[string]any) map[string]any {
		m := map[string]any{"kpiId": model.EncodeID("KPI", w.kpi.ID), "year": 2025, "plan": 5.0}
		for k, v := range extra {
			m[k] = v
		}
		return map[string]any{"in": m}
	}
	c.must(kpiValueRecord, in(nil))
	c.must(kpiValueRecord, in(map[string]any{"plan": 6.0, "expectedVersion": 1}))
	events := figAuditCount(t, gdb)
	for name, extra := range map[string]map[string]any{
		"stale version":             {"plan": 7.0, "expectedVersion": 1},
		"created meanwhile":         {"plan": 7.0},
		"created meanwhile (null)":  {"plan": 7.0, "expectedVersion": nil},
		"new value with a version":  {"plan": 7.0, "quarter": 1, "expectedVersion": 1},
		"future version never seen": {"plan": 7.0, "expectedVersion": 9},
	} {
		if r := c.do(kpiValueRecord, in(extra)); r.code() != "CONFLICT" {
			t.Errorf("%s: %+v", name, r)
		}
	}
	var vals []db.KPIValue
	gdb.Find(&vals)
	if len(vals) != 1 || *vals[0].Plan != 6 || vals[0].Version != 2 || figAuditCount(t, gdb) != events {
		t.Fatalf("conflicts left traces: %+v", vals)
	}
	// Recording the same figures again changes nothing and writes nothing.
	data := c.must(kpiValueRecord, in(map[string]any{"plan": 6.0, "expectedVersion": 2}))
	if get(data, "kpiValueRecord", "kpiValue", "version") != float64(2) || figAuditCount(t, gdb) != events {
		t.Fatalf("no-op wrote: %v", data)
	}
}

func TestKPIValueRecordValidation(t *testing.T) {
	gdb := dbtest.Open(t)
	w := figSeed(t, gdb)
	c := newClient(t, gdb, graph.Options{})
	figAs(c, w.controller, identity.RoleControlling)
	data := c.must(kpiValueRecord, map[string]any{"in": map[string]any{
		"kpiId": model.EncodeID("KPI", w.kpi.ID), "year": 2030, "quarter": 5, "month": 13,
		"actual": 1.0, "comment": strings.Repeat("x", 2001)}})
	ues := get(data, "kpiValueRecord", "userErrors").([]any)
	fields := map[string]bool{}
	for _, u := range ues {
		fields[get(u, "field", 1).(string)] = true
		if get(u, "code") != "BAD_USER_INPUT" || get(u, "message") == "" || get(u, "messageEn") == "" || get(u, "key") == "" {
			t.Errorf("user error %v", u)
		}
	}
	for _, f := range []string{"year", "quarter", "month", "comment"} {
		if !fields[f] {
			t.Errorf("no user error on %s: %v", f, ues)
		}
	}
	if get(data, "kpiValueRecord", "kpiValue") != nil {
		t.Fatal("value returned despite errors")
	}
	// 2027 is one year after the last fiscal year: allowed. 2028 is not.
	c.must(kpiValueRecord, map[string]any{"in": map[string]any{"kpiId": model.EncodeID("KPI", w.kpi.ID), "year": 2027, "actual": 1.0}})
	data = c.must(kpiValueRecord, map[string]any{"in": map[string]any{"kpiId": model.EncodeID("KPI", w.kpi.ID), "year": 2028, "actual": 1.0}})
	if len(get(data, "kpiValueRecord", "userErrors").([]any)) != 1 {
		t.Fatalf("2028: %v", data)
	}
	var n int64
	gdb.Model(&db.KPIValue{}).Count(&n)
	if n != 1 || figAuditCount(t, gdb) != 1 {
		t.Fatalf("%d values, %d events; want 1 and 1", n, figAuditCount(t, gdb))
	}
	// A malformed id is a user error too.
	data = c.must(kpiValueRecord, map[string]any{"in": map[string]any{"kpiId": "nonsense", "year": 2026, "actual": 1.0}})
	if get(data, "kpiValueRecord", "userErrors", 0, "field", 1) != "kpiId" {
		t.Fatalf("malformed id: %v", data)
	}
}

const budgetLineRecord = `mutation($in: BudgetLineRecordInput!) {
  budgetLineRecord(input: $in) {
    budgetLine { year plan forecast actual version }
    userErrors { field message messageEn code key }
  }
}`

func TestBudgetLineRecord(t *testing.T) {
	gdb := dbtest.Open(t)
	w := figSeed(t, gdb)
	c := newClient(t, gdb, graph.Options{})
	pid := model.EncodeID("Product", w.product.ID)

	// A new line needs a plan.
	figAs(c, w.amtLeader)
	data := c.must(budgetLineRecord, map[string]any{"in": map[string]any{"productId": pid, "year": 2027, "forecast": 100}})
	if get(data, "budgetLineRecord", "userErrors", 0, "field", 1) != "plan" {
		t.Fatalf("new line without plan: %v", data)
	}
	data = c.must(budgetLineRecord, map[string]any{"in": map[string]any{"productId": pid, "year": 2027, "plan": 123_456_78, "forecast": 120_000_00}})
	if b := get(data, "budgetLineRecord", "budgetLine"); get(b, "plan") != float64(123_456_78) || get(b, "version") != float64(1) {
		t.Fatalf("created %v", b)
	}
	// Existing line of 2026 (version 1): CONTROLLING records the actual.
	figAs(c, w.controller, identity.RoleControlling)
	data = c.must(budgetLineRecord, map[string]any{"in": map[string]any{"productId": pid, "year": 2026, "actual": -5_00, "expectedVersion": 1}})
	if b := get(data, "budgetLineRecord", "budgetLine"); get(b, "actual") != float64(-500) || get(b, "plan") != float64(100_000_00) || get(b, "version") != float64(2) {
		t.Fatalf("updated %v", b)
	}
	if n := figAuditCount(t, gdb); n != 2 {
		t.Fatalf("%d audit events, want 2", n)
	}
	// Stale, forbidden, null plan: nothing written.
	if r := c.do(budgetLineRecord, map[string]any{"in": map[string]any{"productId": pid, "year": 2026, "actual": 1, "expectedVersion": 1}}); r.code() != "CONFLICT" {
		t.Fatalf("stale: %+v", r)
	}
	data = c.must(budgetLineRecord, map[string]any{"in": map[string]any{"productId": pid, "year": 2026, "plan": nil, "expectedVersion": 2}})
	if get(data, "budgetLineRecord", "userErrors", 0, "field", 1) != "plan" {
		t.Fatalf("null plan: %v", data)
	}
	figAs(c, w.stranger)
	if r := c.do(budgetLineRecord, map[string]any{"in": map[string]any{"productId": pid, "year": 2026, "actual": 1, "expectedVersion": 2}}); r.code() != "FORBIDDEN" {
		t.Fatalf("stranger: %+v", r)
	}
	var line db.BudgetLine
	gdb.Where("product_id = ? AND year = 2026", w.product.ID).Take(&line)
	if *line.ActualCents != -500 || line.Version != 2 || figAuditCount(t, gdb) != 2 {
		t.Fatalf("refused writes left traces: %+v", line)
	}
}

const measureRecord = `mutation($in: ConsolidationMeasureRecordInput!) {
  consolidationMeasureRecord(input: $in) {
    measure { number status version }
    saving { year planned realised realisationRate version }
    userErrors { field message messageEn code key }
  }
}`

func TestConsolidationMeasureRecord(t *testing.T) {
	gdb := dbtest.Open(t)
	w := figSeed(t, gdb)
	c := newClient(t, gdb, graph.Options{})
	mid := model.EncodeID("ConsolidationMeasure", w.measure.ID)
	figAs(c, w.controller, identity.RoleControlling)

	// Realisation and status in one go: one audit event with both.
	data := c.must(measureRecord, map[string]any{"in": map[string]any{"measureId": mid, "year": 2026, "realised": 40_000_00,
		"expectedVersion": 1, "status": "IN_PROGRESS", "expectedMeasureVersion": 1}})
	p := get(data, "consolidationMeasureRecord")
	if get(p, "measure", "status") != "IN_PROGRESS" || get(p, "measure", "version") != float64(2) ||
		get(p, "saving", "realised") != float64(40_000_00) || get(p, "saving", "realisationRate") != 0.8 || get(p, "saving", "version") != float64(2) {
		t.Fatalf("recorded %v", p)
	}
	var evs []db.AuditEvent
	gdb.Find(&evs)
	if len(evs) != 1 || evs[0].Entity != "ConsolidationMeasure" || !strings.Contains(evs[0].After, `"status":"IN_PROGRESS"`) ||
		!strings.Contains(evs[0].After, `"realisedCents":4000000`) || !strings.Contains(evs[0].Before, `"realisedCents":null`) {
		t.Fatalf("audit %+v", evs)
	}
	// A year without a planned saving gets one of 0.
	data = c.must(measureRecord, map[string]any{"in": map[string]any{"measureId": mid, "year": 2027, "realised": 1_00}})
	if s := get(data, "consolidationMeasureRecord", "saving"); get(s, "planned") != float64(0) || get(s, "realised") != float64(100) {
		t.Fatalf("unplanned year %v", s)
	}
	// Negative realisation, no year, unknown year, nothing to record: user errors.
	for name, in := range map[string]map[string]any{
		"negative": {"measureId": mid, "year": 2026, "realised": -1, "expectedVersion": 2},
		"no year":  {"measureId": mid, "realised": 1},
		"far year": {"measureId": mid, "year": 1990, "realised": 1},
		"nothing":  {"measureId": mid, "year": 2026},
	} {
		data := c.must(measureRecord, map[string]any{"in": in})
		if len(get(data, "consolidationMeasureRecord", "userErrors").([]any)) == 0 {
			t.Errorf("%s: no user error: %v", name, data)
		}
	}
	// Status with a stale measure version; stranger.
	if r := c.do(measureRecord, map[string]any{"in": map[string]any{"measureId": mid, "status": "AT_RISK", "expectedMeasureVersion": 1}}); r.code() != "CONFLICT" {
		t.Fatalf("stale measure: %+v", r)
	}
	if r := c.do(measureRecord, map[string]any{"in": map[string]any{"measureId": mid, "status": "AT_RISK"}}); r.code() != "CONFLICT" {
		t.Fatalf("status without version: %+v", r)
	}
	figAs(c, w.stranger)
	if r := c.do(measureRecord, map[string]any{"in": map[string]any{"measureId": mid, "status": "AT_RISK", "expectedMeasureVersion": 2}}); r.code() != "FORBIDDEN" {
		t.Fatalf("stranger: %+v", r)
	}
	var m db.ConsolidationMeasure
	gdb.Take(&m, w.measure.ID)
	if m.Status != db.MeasureInProgress || m.Version != 2 || figAuditCount(t, gdb) != 2 {
		t.Fatalf("refused writes left traces: %+v, %d events", m, figAuditCount(t, gdb))
	}
	// The owning leader sets the status.
	figAs(c, w.amtLeader)
	data = c.must(measureRecord, map[string]any{"in": map[string]any{"measureId": mid, "status": "AT_RISK", "expectedMeasureVersion": 2}})
	if get(data, "consolidationMeasureRecord", "measure", "status") != "AT_RISK" || get(data, "consolidationMeasureRecord", "saving") != nil {
		t.Fatalf("leader: %v", data)
	}
	if figAuditCount(t, gdb) != 3 {
		t.Fatalf("%d events, want 3", figAuditCount(t, gdb))
	}
}
