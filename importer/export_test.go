package importer_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"zielwerk/db"
	"zielwerk/identity"
)

type download struct {
	status      int
	contentType string
	disposition string
	body        []byte
}

func get(t *testing.T, url string) download {
	t.Helper()
	res, err := http.Get(url)
	must(t, err)
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	must(t, err)
	return download{res.StatusCode, res.Header.Get("Content-Type"), res.Header.Get("Content-Disposition"), body}
}

// readCSV checks the German Excel conventions and returns the records.
func readCSV(t *testing.T, d download) [][]string {
	t.Helper()
	if d.status != 200 || !strings.HasPrefix(d.contentType, "text/csv") {
		t.Fatalf("status %d, type %q, body %q", d.status, d.contentType, d.body)
	}
	if !bytes.HasPrefix(d.body, []byte("\xEF\xBB\xBF")) {
		t.Fatal("CSV without UTF-8 BOM")
	}
	r := csv.NewReader(bytes.NewReader(d.body[3:]))
	r.Comma = ';'
	recs, err := r.ReadAll()
	must(t, err)
	return recs
}

func readXLSX(t *testing.T, d download) [][]string {
	t.Helper()
	if d.status != 200 || d.contentType != "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" {
		t.Fatalf("status %d, type %q", d.status, d.contentType)
	}
	f, err := excelize.OpenReader(bytes.NewReader(d.body))
	must(t, err)
	defer f.Close()
	rows, err := f.GetRows(f.GetSheetList()[0], excelize.Options{RawCellValue: true})
	must(t, err)
	return rows
}

func column(t *testing.T, header []string, name string) int {
	for i, h := range header {
		if h == name {
			return i
		}
	}
	t.Fatalf("no column %q in %v", name, header)
	return -1
}

func TestExportKPIsNeutralisesFormulas(t *testing.T) {
	w := newWorld(t, 0)
	evil := []string{`=HYPERLINK("http://evil.example";"klick")`, "+49 Anrufe", "-Kosten", "@SUM(A1)", "\tTab", "Fallzahl"}
	var ids []int64
	for _, name := range evil {
		k := db.KPI{Name: name, Unit: "€", Direction: db.LowerIsBetter, Kind: db.KPIInput, Frequency: db.Yearly,
			ProductID: &w.prodA.ID, GreenThreshold: 1, YellowThreshold: 0.9}
		must(t, w.gdb.Create(&k).Error)
		ids = append(ids, k.ID)
	}
	plan, actual := -5.0, -4.5
	must(t, w.gdb.Create(&db.KPIValue{KPIID: ids[0], Year: 2026, Plan: &plan, Actual: &actual, Comment: "=1+1", RecordedAt: time.Now()}).Error)
	p2, a2 := 100.0, 85.0
	must(t, w.gdb.Create(&db.KPIValue{KPIID: ids[5], Year: 2026, Plan: &p2, Actual: &a2, RecordedAt: time.Now()}).Error)
	srv := w.server(t, principal(w.nobody))

	d := get(t, srv.URL+"/api/export/kpis.csv?year=2026")
	if d.disposition != `attachment; filename=Kennzahlen_2026.csv` {
		t.Fatalf("disposition %q", d.disposition)
	}
	if !bytes.Contains(d.body, []byte("\r\n")) || !bytes.Contains(d.body[:200], []byte("kennzahl_id;kennzahl;")) {
		t.Fatalf("not a German CSV: %q", d.body[:200])
	}
	recs := readCSV(t, d)
	h := recs[0]
	name, soll, ist, comment, degree, light := column(t, h, "kennzahl"), column(t, h, "soll"), column(t, h, "ist"),
		column(t, h, "kommentar"), column(t, h, "zielerreichung_prozent"), column(t, h, "ampel")
	byName := map[string][]string{}
	for _, r := range recs[1:] {
		byName[r[name]] = r
	}
	for _, n := range evil[:5] {
		if byName["'"+n] == nil {
			t.Errorf("%q not neutralised; rows %v", n, recs)
		}
	}
	first := byName["'"+evil[0]]
	if first[soll] != "-5" || first[ist] != "-4,5" || first[comment] != "'=1+1" {
		t.Errorf("numbers must stay numbers, text is neutralised: %v", first)
	}
	if r := byName["Fallzahl"]; r == nil || r[degree] != "117,6" || r[light] != "grün" {
		t.Errorf("plain row %v", r)
	}

	// The XLSX export neutralises text cells and keeps numbers as numbers.
	d = get(t, srv.URL+"/api/export/kpis.xlsx?year=2026")
	if d.disposition != `attachment; filename=Kennzahlen_2026.xlsx` {
		t.Fatalf("disposition %q", d.disposition)
	}
	rows := readXLSX(t, d)
	found := 0
	for _, r := range rows[1:] {
		if strings.HasPrefix(r[name], "'") {
			found++
		}
		if r[name] == "'"+evil[0] && (r[soll] != "-5" || r[comment] != "'=1+1") {
			t.Errorf("xlsx row %v", r)
		}
	}
	if found != 5 {
		t.Errorf("%d neutralised names in the XLSX, want 5: %v", found, rows)
	}
	f, err := excelize.OpenReader(bytes.NewReader(d.body))
	must(t, err)
	defer f.Close()
	sheet := f.GetSheetList()[0]
	for i, r := range rows {
		if len(r) > name && r[name] == "'"+evil[0] {
			cell, _ := excelize.CoordinatesToCellName(soll+1, i+1)
			if typ, _ := f.GetCellType(sheet, cell); typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
				t.Errorf("plan written as text (%v)", typ)
			}
		}
	}

	// Bad year, anonymous.
	if d := get(t, srv.URL+"/api/export/kpis.csv?year=abc"); d.status != 400 {
		t.Errorf("bad year: %d", d.status)
	}
	if d := get(t, w.server(t, nil).URL+"/api/export/kpis.csv"); d.status != 401 || !bytes.Contains(d.body, []byte("UNAUTHENTICATED")) {
		t.Errorf("anonymous: %d %s", d.status, d.body)
	}
}

func TestExportKPIsRoundTrip(t *testing.T) {
	w := newWorld(t, 3)
	srv := w.server(t, principal(w.controller, identity.RoleControlling))
	plan := 10.0
	must(t, w.gdb.Create(&db.KPIValue{KPIID: w.kpis[1].ID, Year: 2026, Plan: &plan, RecordedAt: time.Now()}).Error)
	recs := readCSV(t, get(t, srv.URL+"/api/export/kpis.csv?year=2026"))
	id, ist := column(t, recs[0], "kennzahl_id"), column(t, recs[0], "ist")
	for _, r := range recs[1:] {
		if r[id] == fmt.Sprint(w.kpis[1].ID) {
			r[ist] = "12,5"
		}
	}
	var buf bytes.Buffer
	buf.WriteString("\xEF\xBB\xBF")
	cw := csv.NewWriter(&buf)
	cw.Comma = ';'
	must(t, cw.WriteAll(recs))
	status, rep := send(t, srv, upload{kind: "kpi-values", body: buf.Bytes()})
	if status != 200 || rep.Updated != 1 || rep.Created != 0 || rep.Unchanged != len(recs)-2 {
		t.Fatalf("re-import of the export: %d %+v", status, rep)
	}
	var v db.KPIValue
	must(t, w.gdb.Where("kpi_id = ?", w.kpis[1].ID).Take(&v).Error)
	if *v.Actual != 12.5 || *v.Plan != 10 {
		t.Fatalf("value %+v", v)
	}
}

func TestImportOfAnExportRefusesValuesChangedSince(t *testing.T) {
	w := newWorld(t, 3)
	srv := w.server(t, principal(w.controller, identity.RoleControlling))
	plan := 10.0
	must(t, w.gdb.Create(&db.KPIValue{KPIID: w.kpis[1].ID, Year: 2026, Plan: &plan, RecordedAt: time.Now(), Version: 1}).Error)
	recs := readCSV(t, get(t, srv.URL+"/api/export/kpis.csv?year=2026"))
	id, ist := column(t, recs[0], "kennzahl_id"), column(t, recs[0], "ist")
	rowOf := map[int64]int{}
	for i, r := range recs[1:] {
		for _, k := range w.kpis {
			if r[id] == fmt.Sprint(k.ID) {
				rowOf[k.ID] = i + 2 // the header is row 1
				r[ist] = "12,5"
			}
		}
	}
	var buf bytes.Buffer
	cw := csv.NewWriter(&buf)
	cw.Comma = ';'
	must(t, cw.WriteAll(recs))
	// Since the export: someone changed the value of KPI 1 and recorded
	// one for KPI 2.
	must(t, w.gdb.Exec("UPDATE kpi_values SET actual = 5, version = version + 1 WHERE kpi_id = ?", w.kpis[1].ID).Error)
	must(t, w.gdb.Create(&db.KPIValue{KPIID: w.kpis[2].ID, Year: 2026, Plan: &plan, RecordedAt: time.Now(), Version: 1}).Error)
	events := w.count(t, &db.AuditEvent{})

	status, rep := send(t, srv, upload{kind: "kpi-values", body: buf.Bytes()})
	if status != 409 || rep.Applied || rep.Code != "CONFLICT" || rep.ErrorCount != 2 {
		t.Fatalf("import over changed values: %d %+v", status, rep)
	}
	if rep.Errors[0].Row != rowOf[w.kpis[1].ID] || rep.Errors[1].Row != rowOf[w.kpis[2].ID] || rep.Errors[0].Key != "import.stale" {
		t.Fatalf("stale rows reported as %+v, want rows %d and %d", rep.Errors, rowOf[w.kpis[1].ID], rowOf[w.kpis[2].ID])
	}
	var n int64
	must(t, w.gdb.Model(&db.KPIValue{}).Where("actual = 12.5").Count(&n).Error)
	if n != 0 || w.count(t, &db.AuditEvent{}) != events {
		t.Fatalf("a conflicting file applied %d values", n)
	}
	// A fresh export of the same edits goes in.
	recs = readCSV(t, get(t, srv.URL+"/api/export/kpis.csv?year=2026"))
	for _, r := range recs[1:] {
		r[ist] = "12,5"
	}
	buf.Reset()
	cw = csv.NewWriter(&buf)
	cw.Comma = ';'
	must(t, cw.WriteAll(recs))
	if status, rep := send(t, srv, upload{kind: "kpi-values", body: buf.Bytes()}); status != 200 || !rep.Applied {
		t.Fatalf("import of a fresh export: %d %+v", status, rep)
	}
}

func TestExportStatusOnlyVisible(t *testing.T) {
	w := newWorld(t, 0)
	g := w.gdb
	ob := db.Person{Name: "Oberbürgermeisterin", Email: "ob@example.org"}
	must(t, g.Create(&ob).Error)
	w.nobody.Name = "=Böse(1)"
	must(t, g.Save(&w.nobody).Error)
	now := time.Now().UTC()
	agree := func(year int, principal, agent db.Person, unit db.OrgUnit, status db.AgreementStatus) {
		a := db.Agreement{Year: year, PrincipalID: principal.ID, AgentID: agent.ID, OrgUnitID: unit.ID, Status: status,
			PayRule: db.PayTVoeDLOB, CreatedAt: now, UpdatedAt: now}
		if status != db.StatusDraft {
			a.ProposedAt = &now
		}
		must(t, g.Create(&a).Error)
	}
	agree(2026, ob, w.dezL, w.dez, db.StatusAgreed)             // the viewer is the agent
	agree(2026, w.leaderA, w.nobody, w.amtA, db.StatusProposed) // below the viewer's Dezernat
	agree(2025, w.dezL, w.leaderA, w.amtA, db.StatusClosed)     // the viewer is principal, other year
	agree(2026, ob, w.leaderB, w.amtB, db.StatusDraft)          // elsewhere: invisible
	srv := w.server(t, principal(w.dezL))

	d := get(t, srv.URL+"/api/export/status.csv?year=2026")
	if d.disposition != `attachment; filename=Zielvereinbarungen_Status_2026.csv` {
		t.Fatalf("disposition %q", d.disposition)
	}
	recs := readCSV(t, d)
	h := recs[0]
	unit, agent, status, proposed := column(t, h, "Organisationseinheit"), column(t, h, "Zielnehmer"), column(t, h, "Status"), column(t, h, "Vorgeschlagen am")
	if len(recs) != 3 {
		t.Fatalf("want 2 agreements, got %v", recs)
	}
	if recs[1][unit] != "A10" || recs[1][agent] != "'=Böse(1)" || recs[1][status] != "Vorgeschlagen" || recs[1][proposed] != now.Format("02.01.2006") {
		t.Errorf("row %v", recs[1])
	}
	if recs[2][unit] != "D1" || recs[2][status] != "Vereinbart" {
		t.Errorf("row %v", recs[2])
	}
	if bytes.Contains(d.body, []byte("A20")) || bytes.Contains(d.body, []byte("Amt B")) {
		t.Errorf("invisible agreement exported: %s", d.body)
	}
	// All years, as XLSX.
	rows := readXLSX(t, get(t, srv.URL+"/api/export/status.xlsx"))
	if len(rows) != 4 || rows[1][0] != "2025" {
		t.Fatalf("xlsx rows %v", rows)
	}
	for _, r := range rows {
		if strings.Contains(strings.Join(r, ";"), "A20") {
			t.Errorf("invisible agreement in the XLSX: %v", r)
		}
	}
	// A person without any agreement sees none; anonymous sees nothing at all.
	if recs := readCSV(t, get(t, w.server(t, principal(w.leaderB)).URL+"/api/export/status.csv?year=2025")); len(recs) != 1 {
		t.Errorf("leader B sees %v", recs)
	}
	if d := get(t, w.server(t, nil).URL+"/api/export/status.xlsx"); d.status != 401 {
		t.Errorf("anonymous: %d", d.status)
	}
}

// HR exports the pay results as XLSX (and CSV): person, unit, pay rule,
// total and points; anyone else gets 403.
func TestExportPayResultsForHR(t *testing.T) {
	w := newWorld(t, 0)
	g := w.gdb
	now := time.Now().UTC()
	a := db.Agreement{Year: 2026, PrincipalID: w.dezL.ID, AgentID: w.leaderA.ID, OrgUnitID: w.amtA.ID, Status: db.StatusAssessed,
		PayRule: db.PayTVoeDLOB, CreatedAt: now, UpdatedAt: now, ProposedAt: &now, Version: 1}
	must(t, g.Create(&a).Error)
	must(t, g.Create(&db.Assessment{AgreementID: a.ID, TotalDegree: 87.5, AssessedByID: w.dezL.ID, AssessedAt: now}).Error)
	hr := w.server(t, principal(w.nobody, identity.RoleHR))
	rows := readXLSX(t, get(t, hr.URL+"/api/export/pay-results.xlsx?year=2026"))
	if len(rows) != 2 || rows[1][1] != w.leaderA.Name || rows[1][3] != "TVöD § 18 (LOB)" || !strings.HasPrefix(rows[1][4], "87.5") || rows[1][5] != "2" {
		t.Fatalf("pay results %v", rows)
	}
	if d := get(t, hr.URL+"/api/export/pay-results.csv?year=2026"); d.status != 200 || !bytes.Contains(d.body, []byte(w.leaderA.Name)) {
		t.Fatalf("CSV: %d %s", d.status, d.body)
	}
	if d := get(t, w.server(t, principal(w.dezL)).URL+"/api/export/pay-results.xlsx?year=2026"); d.status != 403 {
		t.Fatalf("a leader exports pay results: %d", d.status)
	}
}
