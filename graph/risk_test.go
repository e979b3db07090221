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
	q := `{ riskOverview(year: 2026) { dezernat { id code name } agreements notAgreed overdue counts { status count } kpis redKpis shortfall } }`
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
	agreements, notAgreed, red, overdue := 0, 0, 0, 0
	for _, row := range rows {
		within = append(within, db.Subtree(units, decodeID(t, get(row, "dezernat", "id").(string)))...)
		if get(row, "dezernat", "code") == "" || get(row, "dezernat", "name") == "" {
			t.Errorf("a Dezernat without its name: %v", row)
		}
		agreements += int(get(row, "agreements").(float64))
		notAgreed += int(get(row, "notAgreed").(float64))
		overdue += int(get(row, "overdue").(float64))
		red += int(get(row, "redKpis").(float64))
	}
	var want, wantOpen int64
	w.gdb.Model(&db.Agreement{}).Where("year = 2026 AND org_unit_id IN ?", within).Count(&want)
	w.gdb.Model(&db.Agreement{}).Where("year = 2026 AND org_unit_id IN ? AND status IN ?", within, []db.AgreementStatus{db.StatusDraft, db.StatusProposed}).Count(&wantOpen)
	if len(rows) < 5 || int64(agreements) != want || int64(notAgreed) != wantOpen || want == 0 {
		t.Errorf("%d Dezernate, %d agreements (%d not agreed); the database has %d (%d)", len(rows), agreements, notAgreed, want, wantOpen)
	}
	// On 20 November 2026 (the demo scheme: agreements by 31 March, the
	// review by 30 September, the assessment by 31 January 2027) the
	// drafts, proposals and agreements without a review are overdue.
	var wantOverdue int64
	w.gdb.Model(&db.Agreement{}).Where("year = 2026 AND org_unit_id IN ? AND status IN ?", within,
		[]db.AgreementStatus{db.StatusDraft, db.StatusProposed, db.StatusAgreed}).Count(&wantOverdue)
	if int64(overdue) != wantOverdue || wantOverdue == 0 {
		t.Errorf("%d overdue agreements, the database has %d", overdue, wantOverdue)
	}
	all := w.client(t, w.viewers["LEADERSHIP"]).must(`{ kpis(year: 2026, light: RED) { totalCount } }`, nil)
	if red == 0 || float64(red) > get(all, "kpis", "totalCount").(float64) {
		t.Errorf("red KPIs of the Dezernate: %d of %v", red, get(all, "kpis", "totalCount"))
	}
}

// The red-KPI trend: for exactly who may see the risk view; per quarter the
// count of KPIs red by their own thresholds, as counted here from the
// database's quarterly and monthly values (a monthly KPI by the quarter's
// last month with an actual).
func TestRedKPITrend(t *testing.T) {
	w := seedWorld(t)
	q := `{ redKpiTrend(year: 2026) { year quarter red rated } }`
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
	var kpis []db.KPI
	must(t, w.gdb.Find(&kpis).Error)
	byID := map[int64]*db.KPI{}
	for i := range kpis {
		byID[kpis[i].ID] = &kpis[i]
	}
	var values []db.KPIValue
	must(t, w.gdb.Where("year = 2026 AND actual IS NOT NULL AND (quarter > 0 OR month > 0)").Find(&values).Error)
	type kq struct {
		kpi     int64
		quarter int
	}
	last := map[kq]db.KPIValue{}
	for _, v := range values {
		k := kq{v.KPIID, v.Quarter}
		if v.Quarter == 0 {
			k.quarter = (v.Month + 2) / 3
		}
		if prev, ok := last[k]; !ok || v.Month > prev.Month {
			last[k] = v
		}
	}
	var wantRed, wantRated [4]int
	for k, v := range last {
		switch db.KPIAchievement(byID[k.kpi], v.Plan, v.Actual).Light {
		case db.Red:
			wantRed[k.quarter-1]++
			wantRated[k.quarter-1]++
		case db.Green, db.Yellow:
			wantRated[k.quarter-1]++
		}
	}
	r := w.client(t, w.viewers["OB_OFFICE"]).must(q, nil)
	rows := get(r, "redKpiTrend").([]any)
	if len(rows) != 4 {
		t.Fatalf("trend has %d quarters: %v", len(rows), rows)
	}
	total := 0
	for i, row := range rows {
		red, rated := int(get(row, "red").(float64)), int(get(row, "rated").(float64))
		if int(get(row, "quarter").(float64)) != i+1 || get(row, "year").(float64) != 2026 || red != wantRed[i] || rated != wantRated[i] {
			t.Errorf("quarter %d: %v; want red %d of %d", i+1, row, wantRed[i], wantRated[i])
		}
		total += rated
	}
	if total == 0 {
		t.Fatal("the demo has no rated quarter: the test proves nothing")
	}
}
