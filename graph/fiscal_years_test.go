package graph_test

import (
	"fmt"
	"strings"
	"testing"

	"zielwerk/db"
)

// Opening and closing fiscal years is for ADMIN; a closed year's figures
// and agreements are locked in the database; a correction needs ADMIN and
// a reason and is audited.
func TestFiscalYearsOpenCloseAndCorrect(t *testing.T) {
	w := seedWorld(t)
	for _, vname := range sortedKeys(w.viewers) {
		v := w.viewers[vname]
		if v.principal == nil || vname == "ADMIN" {
			continue
		}
		c := w.client(t, v)
		for _, q := range []string{`mutation { r: fiscalYearOpen(year: 2030) { userErrors { key } } }`, `mutation { r: fiscalYearClose(year: 2025) { userErrors { key } } }`} {
			if r := c.do(q, nil); r.code() != "FORBIDDEN" {
				t.Errorf("%s %s: %+v", vname, q, r.Errors)
			}
		}
	}
	admin := w.client(t, w.viewers["ADMIN"])
	r := admin.must(`mutation { r: fiscalYearOpen(year: 2030) { fiscalYear { year status } userErrors { key } } }`, nil)
	if get(r, "r", "fiscalYear", "status") != "OPEN" {
		t.Fatalf("open: %v", r)
	}
	if years := fmt.Sprint(admin.must(`{ fiscalYears }`, nil)); !strings.Contains(years, "2030") {
		t.Errorf("an opened year is a fiscal year: %s", years)
	}
	if r := admin.must(`mutation { r: fiscalYearOpen(year: 2030) { userErrors { key } } }`, nil); !strings.Contains(fmt.Sprint(r), "year.opened") {
		t.Errorf("opening twice: %v", r)
	}
	r = admin.must(`mutation { r: fiscalYearClose(year: 2025) { fiscalYear { status closedAt } userErrors { key } } }`, nil)
	if get(r, "r", "fiscalYear", "status") != "CLOSED" {
		t.Fatalf("close: %v", r)
	}

	// CONTROLLING may record figures, but not in a closed year.
	var kv db.KPIValue
	must(t, w.gdb.Where("year = 2025 AND quarter = 0 AND month = 0").Order("id").First(&kv).Error)
	record := `mutation($k: ID!, $v: Int, $why: String) { r: kpiValueRecord(input: {kpiId: $k, year: 2025, actual: 77, expectedVersion: $v, correctionReason: $why}) { kpiValue { actual } userErrors { key } } }`
	vars := map[string]any{"k": gid("KPI", kv.KPIID), "v": kv.Version}
	controlling := w.client(t, w.viewers["CONTROLLING"])
	if r := controlling.must(record, vars); !strings.Contains(fmt.Sprint(r), "year.closed") {
		t.Errorf("recording in a closed year: %v", r)
	}
	vars["why"] = "Nachbuchung"
	if r := controlling.must(record, vars); !strings.Contains(fmt.Sprint(r), "year.correctionForbidden") {
		t.Errorf("CONTROLLING correcting: %v", r)
	}
	// The database itself refuses, whatever the code path.
	if err := w.gdb.Exec("UPDATE kpi_values SET actual = 1 WHERE id = ?", kv.ID).Error; err == nil {
		t.Error("the database let a closed year's value change")
	}
	before := auditEventCount(t, w.gdb)
	r = admin.must(record, vars)
	if get(r, "r", "kpiValue", "actual") != float64(77) {
		t.Fatalf("ADMIN's correction: %v", r)
	}
	var ev db.AuditEvent
	must(t, w.gdb.Where("entity = 'FiscalYear' AND action = 'correction'").Order("id DESC").First(&ev).Error)
	if !strings.Contains(ev.After, "Nachbuchung") || auditEventCount(t, w.gdb) != before+2 {
		t.Errorf("the correction's audit: %+v, %d events", ev, auditEventCount(t, w.gdb)-before)
	}
	var left int64
	w.gdb.Table("year_corrections").Count(&left)
	if left != 0 {
		t.Errorf("%d corrections left registered after the commit", left)
	}
	// A closed year's agreements cannot change any more, nor new ones come.
	var a db.Agreement
	must(t, w.gdb.Order("year, id").First(&a).Error)
	if a.Year != 2025 {
		admin.must(fmt.Sprintf(`mutation { r: fiscalYearClose(year: %d) { userErrors { key } } }`, a.Year), nil)
	}
	if err := w.gdb.Exec("UPDATE agreements SET version = version + 1 WHERE id = ?", a.ID).Error; err == nil {
		t.Error("the database let a closed year's agreement change")
	}
	if err := w.gdb.Exec("DELETE FROM agreement_items WHERE agreement_id = ? AND 1 = 0", a.ID).Error; err != nil {
		t.Errorf("unrelated statements still run: %v", err)
	}
}

// Opening a year can copy last year's agreements as drafts: those whose
// goals run on are copied, the others counted as skipped.
func TestFiscalYearOpenCopiesAgreements(t *testing.T) {
	w := seedWorld(t)
	var want int64
	must(t, w.gdb.Model(&db.Agreement{}).Where("year = 2026 AND NOT EXISTS (SELECT 1 FROM agreements b WHERE b.year = 2027 AND b.agent_id = agreements.agent_id AND b.org_unit_id = agreements.org_unit_id)").Count(&want).Error)
	var before int64
	w.gdb.Model(&db.Agreement{}).Where("year = 2027").Count(&before)
	admin := w.client(t, w.viewers["ADMIN"])
	r := admin.must(`mutation { r: fiscalYearOpen(year: 2027, copyAgreements: true) { copiedAgreements skippedAgreements userErrors { key } } }`, nil)
	copied, skipped := get(r, "r", "copiedAgreements").(float64), get(r, "r", "skippedAgreements").(float64)
	if int64(copied+skipped) != want || copied == 0 {
		t.Fatalf("copied %v, skipped %v of %d", copied, skipped, want)
	}
	var after, drafts int64
	w.gdb.Model(&db.Agreement{}).Where("year = 2027").Count(&after)
	w.gdb.Model(&db.Agreement{}).Where("year = 2027 AND status = ? AND id IN (SELECT entity_id FROM audit_events WHERE entity = 'Agreement' AND action = 'copyFrom')", db.StatusDraft).Count(&drafts)
	if after-before != int64(copied) || drafts < int64(copied) {
		t.Errorf("%d new agreements in 2027 (%d copied drafts), want %v", after-before, drafts, copied)
	}
}
