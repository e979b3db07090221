package importer_test

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"gorm.io/gorm"

	"zielwerk/db"
	"zielwerk/db/dbtest"
	"zielwerk/identity"
	"zielwerk/importer"
	"zielwerk/store"
)

// The fictional city of Weidenbrück (testdata/onboarding), imported into
// an empty database in the order of an onboarding.
var onboardingFiles = []struct {
	kind, file string
	rows       int
}{
	{"people", "1_personen.csv", 10},
	{"org-units", "2_organisationseinheiten.csv", 7},
	{"products", "3_produkte.csv", 4},
	{"strategic-goals", "4_strategische_ziele.csv", 4},
	{"goals", "5_ziele.csv", 10},
	{"kpis", "6_kennzahlen.csv", 4},
	{"hsp-measures", "7_hsp_massnahmen.csv", 3},
}

func fixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "onboarding", name))
	must(t, err)
	return b
}

// emptyCity is an empty database with one administrator.
func emptyCity(t testing.TB) (*gorm.DB, db.Person) {
	t.Helper()
	gdb := dbtest.Open(t)
	admin := db.Person{Name: "Ada Admin", Email: "admin@weidenbrueck.de"}
	must(t, gdb.Create(&admin).Error)
	return gdb, admin
}

func serve(t testing.TB, gdb *gorm.DB, p *identity.Principal) *httptest.Server {
	h := importer.Handler(store.New(gdb), store.NewImports(gdb))
	srv := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		if p != nil {
			r = r.WithContext(identity.WithPrincipal(r.Context(), p))
		}
		h.ServeHTTP(rw, r)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func countOf(t testing.TB, gdb *gorm.DB, model any) int64 {
	t.Helper()
	var n int64
	must(t, gdb.Model(model).Count(&n).Error)
	return n
}

// onboard imports the fixture files from the kind from ("": the first)
// up to (not including) stop ("": all).
func onboard(t *testing.T, srv *httptest.Server, from, stop string) {
	t.Helper()
	started := from == ""
	for _, f := range onboardingFiles {
		started = started || f.kind == from
		if f.kind == stop {
			return
		}
		if !started {
			continue
		}
		status, rep := send(t, srv, upload{kind: f.kind, body: fixture(t, f.file)})
		if status != 200 || !rep.Applied || rep.Created != f.rows || rep.Updated != 0 || rep.Unchanged != 0 {
			t.Fatalf("%s: status %d, report %+v", f.kind, status, rep)
		}
	}
}

func TestOnboardingImportsTheFixtureCity(t *testing.T) {
	gdb, admin := emptyCity(t)
	srv := serve(t, gdb, principal(admin, identity.RoleAdmin))
	onboard(t, srv, "", "")

	var amt, dez db.OrgUnit
	must(t, gdb.Where("code = ?", "32").Take(&amt).Error)
	must(t, gdb.Where("code = ?", "II").Take(&dez).Error)
	var leader db.Person
	must(t, gdb.Where("email = ?", "sabine.krueger@weidenbrueck.de").Take(&leader).Error)
	if amt.ParentID == nil || *amt.ParentID != dez.ID || amt.Kind != db.KindAmt || dez.LeaderID == nil || *dez.LeaderID != leader.ID {
		t.Fatalf("Ordnungsamt %+v, Dezernat II %+v, leader %d", amt, dez, leader.ID)
	}
	if leader.Employment != db.EmploymentBeamte {
		t.Fatalf("employment %q", leader.Employment)
	}
	var lange db.Person
	must(t, gdb.Where("email = ?", "katrin.lange@weidenbrueck.de").Take(&lange).Error)
	if lange.PartTimeFactor != 0.5 || lange.Employment != db.EmploymentTarif {
		t.Fatalf("Katrin Lange %+v", lange)
	}
	if n := countOf(t, gdb, &db.ProductGroup{}); n != 4 {
		t.Fatalf("%d product groups, want 4 created from the file", n)
	}
	if n := countOf(t, gdb, &db.ProductArea{}); n != 3 {
		t.Fatalf("%d product areas, want 3", n)
	}
	// The product goal (first row, its parent further down) traces to
	// strategic goal 2 through the Amt and the Dezernat goal.
	var pg db.Goal
	must(t, gdb.Where("title = ?", "Kontrolldichte erhöhen").Take(&pg).Error)
	var sg db.StrategicGoal
	must(t, gdb.Where("number = ?", 2).Take(&sg).Error)
	if pg.Level != db.LevelProduct || pg.ProductID == nil || pg.ParentGoalID == nil || pg.TracedStrategicGoalID == nil || *pg.TracedStrategicGoalID != sg.ID {
		t.Fatalf("product goal %+v, strategic goal %d", pg, sg.ID)
	}
	var kpi db.KPI
	must(t, gdb.Where("code = ?", "32-01").Take(&kpi).Error)
	if kpi.GoalID == nil || *kpi.GoalID != pg.ID || kpi.Direction != db.HigherIsBetter || kpi.Frequency != db.Quarterly ||
		kpi.GreenThreshold != 1 || kpi.YellowThreshold != 0.9 {
		t.Fatalf("KPI %+v", kpi)
	}
	// One audit event per created row, plus the areas and groups.
	events := countOf(t, gdb, &db.AuditEvent{})
	// HSP: 3 measures, 5 planned savings, 1 programme.
	if want := int64(10 + 7 + 4 + 4 + 10 + 4 + 3 + 4 + 3 + 5 + 1); events != want {
		t.Fatalf("%d audit events, want %d", events, want)
	}

	// The same files again change nothing.
	for _, f := range onboardingFiles {
		status, rep := send(t, srv, upload{kind: f.kind, body: fixture(t, f.file)})
		if status != 200 || rep.Created != 0 || rep.Updated != 0 || rep.Unchanged != f.rows {
			t.Fatalf("%s again: status %d, report %+v", f.kind, status, rep)
		}
	}
	if n := countOf(t, gdb, &db.AuditEvent{}); n != events {
		t.Fatalf("%d audit events after a second import, want %d", n, events)
	}
}

func TestOnboardingDryRunWritesNothing(t *testing.T) {
	gdb, admin := emptyCity(t)
	srv := serve(t, gdb, principal(admin, identity.RoleAdmin))
	status, rep := send(t, srv, upload{kind: "people", body: fixture(t, "1_personen.csv"), dryRun: true})
	if status != 200 || rep.Applied || !rep.DryRun || rep.Created != 10 {
		t.Fatalf("status %d, report %+v", status, rep)
	}
	if n := countOf(t, gdb, &db.Person{}); n != 1 {
		t.Fatalf("%d people after a dry run", n)
	}
	onboard(t, srv, "", "org-units")
	status, rep = send(t, srv, upload{kind: "org-units", body: fixture(t, "2_organisationseinheiten.csv"), dryRun: true})
	if status != 200 || rep.Applied || rep.Created != 7 {
		t.Fatalf("status %d, report %+v", status, rep)
	}
	if n := countOf(t, gdb, &db.OrgUnit{}) + countOf(t, gdb, &db.AuditEvent{}); n != 10 {
		t.Fatalf("dry run wrote: %d units and events, want the 10 people's events", n)
	}
}

func TestOnboardingUpdatesByNaturalKey(t *testing.T) {
	gdb, admin := emptyCity(t)
	srv := serve(t, gdb, principal(admin, identity.RoleAdmin))
	onboard(t, srv, "", "products")
	file := strings.Replace(string(fixture(t, "2_organisationseinheiten.csv")), "50;Sozialamt;", "50;Amt für Soziales;", 1)
	status, rep := send(t, srv, upload{kind: "org-units", body: []byte(file)})
	if status != 200 || rep.Created != 0 || rep.Updated != 1 || rep.Unchanged != 6 {
		t.Fatalf("status %d, report %+v", status, rep)
	}
	var u db.OrgUnit
	must(t, gdb.Where("code = ?", "50").Take(&u).Error)
	var ev db.AuditEvent
	must(t, gdb.Where("entity = ? AND entity_id = ? AND action = ?", "OrgUnit", u.ID, "import.update").Take(&ev).Error)
	if u.Name != "Amt für Soziales" || u.Version != 2 || ev.Before != `{"name":"Sozialamt"}` || ev.After != `{"name":"Amt für Soziales"}` {
		t.Fatalf("unit %+v, event %+v", u, ev)
	}
	// A person's position, by e-mail address in another case.
	status, rep = send(t, srv, upload{kind: "people", body: csvOf("E-Mail;Funktion", "KATRIN.LANGE@weidenbrueck.de;Leiterin Amt für Soziales")})
	if status != 200 || rep.Updated != 1 || rep.Created != 0 {
		t.Fatalf("status %d, report %+v", status, rep)
	}
	// The day of entry into service (pay for a partial year), created and changed.
	for _, c := range []struct{ day, want string }{{"01.07.2026", "2026-07-01"}, {"2026-08-01", "2026-08-01"}} {
		status, rep = send(t, srv, upload{kind: "people", body: csvOf("E-Mail;Name;Eintritt", "neu.eingestellt@weidenbrueck.de;Nele Neu;"+c.day)})
		var p db.Person
		must(t, gdb.Where("email = ?", "neu.eingestellt@weidenbrueck.de").Take(&p).Error)
		if status != 200 || p.EnteredOn == nil || p.EnteredOn.Format(time.DateOnly) != c.want {
			t.Fatalf("entry %s: status %d, report %+v, entered %v", c.day, status, rep, p.EnteredOn)
		}
	}
}

// An XLSX workbook with date and number cells, as Excel writes them.
func TestOnboardingXLSX(t *testing.T) {
	gdb, admin := emptyCity(t)
	srv := serve(t, gdb, principal(admin, identity.RoleAdmin))
	f := excelize.NewFile()
	defer f.Close()
	sh := f.GetSheetName(0)
	from := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	to := time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC)
	for i, r := range [][]any{
		{"Kürzel", "Name", "Art", "Übergeordnet", "Gültig ab", "Gültig bis"},
		{"VV", "Verwaltungsvorstand", "VERWALTUNGSVORSTAND", nil, from, nil},
		{1, "Fachbereich 1", "Fachbereich", "VV", "01.01.2025", to},
	} {
		cell, err := excelize.CoordinatesToCellName(1, i+1)
		must(t, err)
		must(t, f.SetSheetRow(sh, cell, &r))
	}
	var buf bytes.Buffer
	must(t, f.Write(&buf))
	status, rep := send(t, srv, upload{kind: "org-units", body: buf.Bytes(), fileName: "einheiten.xlsx"})
	if status != 200 || rep.Created != 2 {
		t.Fatalf("status %d, report %+v", status, rep)
	}
	var vv, fb db.OrgUnit
	must(t, gdb.Where("code = ?", "VV").Take(&vv).Error)
	must(t, gdb.Where("code = ?", "1").Take(&fb).Error)
	if !vv.ValidFrom.Equal(from) || fb.ValidTo == nil || !fb.ValidTo.Equal(to) || fb.ParentID == nil || *fb.ParentID != vv.ID || fb.Kind != db.KindFachbereich {
		t.Fatalf("board %+v, Fachbereich %+v", vv, fb)
	}
}

func TestOnboardingHSPMeasures(t *testing.T) {
	gdb, admin := emptyCity(t)
	srv := serve(t, gdb, principal(admin, identity.RoleAdmin, identity.RoleControlling))
	onboard(t, srv, "", "")
	var prog db.ConsolidationProgramme
	must(t, gdb.Take(&prog).Error)
	var m db.ConsolidationMeasure
	must(t, gdb.Where("number = ?", "HSP-002").Take(&m).Error)
	var hauptamt db.OrgUnit
	must(t, gdb.Where("code = ?", "10").Take(&hauptamt).Error)
	var s db.MeasureSaving
	must(t, gdb.Where("measure_id = ? AND year = ?", m.ID, 2027).Take(&s).Error)
	if prog.Kind != db.HSP || prog.FromYear != 2026 || prog.ToYear != 2027 || m.ProgrammeID != prog.ID || m.OrgUnitID != hauptamt.ID ||
		m.Status != db.MeasureInProgress || s.PlannedCents != 30_000_50 {
		t.Fatalf("programme %+v, measure %+v, saving %+v", prog, m, s)
	}
	// A changed planned saving updates its row, audited.
	file := strings.Replace(string(fixture(t, "7_hsp_massnahmen.csv")), ";;12.500", ";5.000;12.500", 1)
	status, rep := send(t, srv, upload{kind: "hsp-measures", body: []byte(file)})
	if status != 200 || rep.Updated != 1 || rep.Unchanged != 2 {
		t.Fatalf("status %d, report %+v", status, rep)
	}
	// The realisation import finds the measures (and their planned savings).
	status, rep = send(t, srv, upload{kind: "hsp-realisation", body: csvOf("Maßnahme;Jahr;Realisiert", "HSP-001;2026;20.000")})
	if status != 200 || rep.Updated != 1 {
		t.Fatalf("realisation: status %d, report %+v", status, rep)
	}
	// A year outside a stored programme.
	status, rep = send(t, srv, upload{kind: "hsp-measures", body: csvOf("Programm;Maßnahme;Einsparung 2035", "HSP Weidenbrück 2026–2030;HSP-001;1.000")})
	if status != 422 || rep.Errors[0].Key != "measure.year" || rep.Errors[0].Row != 2 {
		t.Fatalf("year outside: status %d, report %+v", status, rep)
	}
}

// A stored unit moves below a unit the same file creates, from a new day.
func TestOnboardingMovesAStoredUnitBelowANewOne(t *testing.T) {
	gdb, admin := emptyCity(t)
	srv := serve(t, gdb, principal(admin, identity.RoleAdmin))
	onboard(t, srv, "", "products")
	file := csvOf("Kürzel;Name;Art;Übergeordnet;Gültig ab",
		"50;Sozialamt;Amt;FB3;01.07.2025",
		"FB3;Fachbereich Soziales;Fachbereich;VV;01.07.2025")
	status, rep := send(t, srv, upload{kind: "org-units", body: file})
	if status != 200 || rep.Created != 1 || rep.Updated != 1 {
		t.Fatalf("status %d, report %+v", status, rep)
	}
	day := time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)
	var fb, amt db.OrgUnit
	must(t, gdb.Where("code = ?", "FB3").Take(&fb).Error)
	must(t, gdb.Where("code = ? AND valid_from <= ? AND valid_from >= ?", "50", day, day).Take(&amt).Error)
	if amt.ParentID == nil || *amt.ParentID != fb.ID || !amt.ValidFrom.Equal(day) || amt.Version != 2 {
		t.Fatalf("Sozialamt %+v, Fachbereich %d", amt, fb.ID)
	}
	if status, rep := send(t, srv, upload{kind: "org-units", body: file}); status != 200 || rep.Unchanged != 2 {
		t.Fatalf("again: status %d, report %+v", status, rep)
	}
}

// Rows that leave out links keep the stored ones (and their rules hold).
func TestOnboardingPartialRowsKeepTheStoredLinks(t *testing.T) {
	gdb, admin := emptyCity(t)
	srv := serve(t, gdb, principal(admin, identity.RoleAdmin, identity.RoleControlling))
	onboard(t, srv, "", "")
	for _, c := range []struct {
		kind string
		file []byte
	}{
		{"goals", csvOf("Einheit;Titel;Von Jahr;Beschreibung", "32;Kontrolldichte erhöhen;2025;Auch am Wochenende")},
		{"kpis", csvOf("Code;Definition", "32-01;Kontrollgänge laut Dienstplan und Einsatzbericht")},
		{"products", csvOf("Produktnummer;Name", "020101;Ordnungsangelegenheiten")},
		{"org-units", csvOf("Kürzel;Name", "32;Ordnungs- und Gewerbeamt")},
	} {
		status, rep := send(t, srv, upload{kind: c.kind, body: c.file})
		if status != 200 || rep.Updated != 1 {
			t.Fatalf("%s: status %d, report %+v", c.kind, status, rep)
		}
	}
	var g db.Goal
	must(t, gdb.Where("title = ?", "Kontrolldichte erhöhen").Take(&g).Error)
	if g.ProductID == nil || g.ParentGoalID == nil || g.Description != "Auch am Wochenende" {
		t.Fatalf("goal %+v", g)
	}
}
