package graph_test

import (
	"testing"

	"zielwerk/access"
	"zielwerk/db"
)

// The risk view: for who may see the status overview; LEADERSHIP's counts
// are the database's (every agreement of the Dezernate' units), the red
// KPIs add up to the server's red count of those units.
func TestRiskOverview(t *testing.T) {
	w := seedWorld(t)
	q := `{ riskOverview(year: 2026) { dezernat { id code } agreements notAgreed counts { status count } kpis redKpis shortfall } }`
	for _, vname := range sortedKeys(w.viewers) {
		v := w.viewers[vname]
		if v.principal == nil {
			continue
		}
		pol, err := access.Load(t.Context(), w.gdb, v.principal, dayToday())
		if err != nil {
			t.Fatal(err)
		}
		r := w.client(t, v).do(q, nil)
		if allowed := pol.CanSeeStatusOverview(); (r.code() == "") != allowed || (!allowed && r.code() != "FORBIDDEN") {
			t.Errorf("%s: allowed %v, got %+v", vname, allowed, r.Errors)
		}
	}
	r := w.client(t, w.viewers["LEADERSHIP"]).must(q, nil)
	rows := get(r, "riskOverview").([]any)
	var units []db.OrgUnit
	must(t, w.gdb.Find(&units).Error)
	var within []int64
	agreements, notAgreed, red := 0, 0, 0
	for _, row := range rows {
		within = append(within, db.Subtree(units, decodeID(t, get(row, "dezernat", "id").(string)))...)
		agreements += int(get(row, "agreements").(float64))
		notAgreed += int(get(row, "notAgreed").(float64))
		red += int(get(row, "redKpis").(float64))
	}
	var want, wantOpen int64
	w.gdb.Model(&db.Agreement{}).Where("year = 2026 AND org_unit_id IN ?", within).Count(&want)
	w.gdb.Model(&db.Agreement{}).Where("year = 2026 AND org_unit_id IN ? AND status IN ?", within, []db.AgreementStatus{db.StatusDraft, db.StatusProposed}).Count(&wantOpen)
	if len(rows) < 5 || int64(agreements) != want || int64(notAgreed) != wantOpen || want == 0 {
		t.Errorf("%d Dezernate, %d agreements (%d not agreed); the database has %d (%d)", len(rows), agreements, notAgreed, want, wantOpen)
	}
	all := w.client(t, w.viewers["LEADERSHIP"]).must(`{ kpis(year: 2026, light: RED) { totalCount } }`, nil)
	if red == 0 || float64(red) > get(all, "kpis", "totalCount").(float64) {
		t.Errorf("red KPIs of the Dezernate: %d of %v", red, get(all, "kpis", "totalCount"))
	}
}
