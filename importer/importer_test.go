package importer_test

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"
	"gorm.io/gorm"

	"zielwerk/db"
	"zielwerk/db/dbtest"
	"zielwerk/identity"
	"zielwerk/importer"
	"zielwerk/store"
)

// world is a small city: a board, a Dezernat with Amt A, Amt B directly
// under the board; product 010101 and nKPIs KPIs of Amt A, product 010102
// and one KPI of Amt B; HSP-001 of Amt A, HSP-002 of Amt B; budget lines
// making 2025–2026 the fiscal years (recordable: 2024–2027).
type world struct {
	gdb                                        *gorm.DB
	controller, leaderA, leaderB, nobody, dezL db.Person
	amtA, amtB, dez                            db.OrgUnit
	prodA, prodB                               db.Product
	kpis                                       []db.KPI // of Amt A
	kpiB                                       db.KPI
	hspA, hspB                                 db.ConsolidationMeasure
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func newWorld(t testing.TB, nKPIs int) *world {
	t.Helper()
	w := &world{gdb: dbtest.Open(t)}
	g := w.gdb
	from := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	for i, p := range []*db.Person{&w.controller, &w.leaderA, &w.leaderB, &w.nobody, &w.dezL} {
		*p = db.Person{Name: fmt.Sprintf("Person %d", i), Email: fmt.Sprintf("p%d@example.org", i)}
		must(t, g.Create(p).Error)
	}
	board := db.OrgUnit{Code: "VV", Name: "Verwaltungsvorstand", Kind: db.KindBoard, ValidFrom: from}
	must(t, g.Create(&board).Error)
	w.dez = db.OrgUnit{Code: "D1", Name: "Dezernat I", Kind: db.KindDezernat, ParentID: &board.ID, LeaderID: &w.dezL.ID, ValidFrom: from}
	must(t, g.Create(&w.dez).Error)
	w.amtA = db.OrgUnit{Code: "A10", Name: "Amt A", Kind: db.KindAmt, ParentID: &w.dez.ID, LeaderID: &w.leaderA.ID, ValidFrom: from}
	must(t, g.Create(&w.amtA).Error)
	w.amtB = db.OrgUnit{Code: "A20", Name: "Amt B", Kind: db.KindAmt, ParentID: &board.ID, LeaderID: &w.leaderB.ID, ValidFrom: from}
	must(t, g.Create(&w.amtB).Error)
	area := db.ProductArea{Number: 1, Name: "Innere Verwaltung"}
	must(t, g.Create(&area).Error)
	group := db.ProductGroup{AreaID: area.ID, Number: "0101", Name: "Verwaltungssteuerung"}
	must(t, g.Create(&group).Error)
	w.prodA = db.Product{GroupID: group.ID, Number: "010101", Name: "Steuerung", OrgUnitID: w.amtA.ID}
	must(t, g.Create(&w.prodA).Error)
	w.prodB = db.Product{GroupID: group.ID, Number: "010102", Name: "Statistik", OrgUnitID: w.amtB.ID}
	must(t, g.Create(&w.prodB).Error)
	for _, y := range []int{2025, 2026} {
		must(t, g.Create(&db.BudgetLine{ProductID: w.prodA.ID, Year: y, PlanCents: 100_000_00}).Error)
	}
	w.kpis = make([]db.KPI, nKPIs)
	for i := range w.kpis {
		w.kpis[i] = db.KPI{Name: fmt.Sprintf("Kennzahl %d", i), Unit: "Fälle", Direction: db.HigherIsBetter, Kind: db.KPIOutput,
			Frequency: db.Quarterly, ProductID: &w.prodA.ID, GreenThreshold: 1, YellowThreshold: 0.9}
	}
	if nKPIs > 0 {
		must(t, g.CreateInBatches(&w.kpis, 500).Error)
	}
	w.kpiB = db.KPI{Name: "Kennzahl B", Unit: "%", Direction: db.HigherIsBetter, Kind: db.KPIOutcome,
		Frequency: db.Yearly, ProductID: &w.prodB.ID, GreenThreshold: 1, YellowThreshold: 0.9}
	must(t, g.Create(&w.kpiB).Error)
	prog := db.ConsolidationProgramme{Kind: db.HSP, Name: "HSP", FromYear: 2012, ToYear: 2030}
	must(t, g.Create(&prog).Error)
	w.hspA = db.ConsolidationMeasure{ProgrammeID: prog.ID, Number: "HSP-001", Title: "Gebühren", OrgUnitID: w.amtA.ID, Status: db.MeasurePlanned}
	must(t, g.Create(&w.hspA).Error)
	w.hspB = db.ConsolidationMeasure{ProgrammeID: prog.ID, Number: "HSP-002", Title: "Energie", OrgUnitID: w.amtB.ID, Status: db.MeasureInProgress}
	must(t, g.Create(&w.hspB).Error)
	must(t, g.Create(&db.MeasureSaving{MeasureID: w.hspA.ID, Year: 2026, PlannedCents: 10_000_00}).Error)
	return w
}

// server serves importer.Routes as person p (nil: anonymous).
func (w *world) server(t testing.TB, p *identity.Principal) *httptest.Server {
	h := importer.Handler(store.New(w.gdb), store.NewImports(w.gdb))
	srv := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		if p != nil {
			r = r.WithContext(identity.WithPrincipal(r.Context(), p))
		}
		h.ServeHTTP(rw, r)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func principal(p db.Person, roles ...identity.Role) *identity.Principal {
	return &identity.Principal{PersonID: p.ID, Name: p.Name, Roles: roles}
}

type upload struct {
	kind        string
	body        []byte
	contentType string // "" = multipart with field file
	fileName    string
	dryRun      bool
	noCSRF      bool
}

func send(t testing.TB, srv *httptest.Server, u upload) (int, importer.Report) {
	t.Helper()
	body, ct := u.body, u.contentType
	if ct == "" {
		var buf bytes.Buffer
		mw := multipart.NewWriter(&buf)
		name := u.fileName
		if name == "" {
			name = "daten.csv"
		}
		fw, err := mw.CreateFormFile("file", name)
		must(t, err)
		_, _ = fw.Write(u.body)
		must(t, mw.Close())
		body, ct = buf.Bytes(), mw.FormDataContentType()
	}
	req, err := http.NewRequest(http.MethodPost, fmt.Sprintf("%s/api/import/%s?dryRun=%v", srv.URL, u.kind, u.dryRun), bytes.NewReader(body))
	must(t, err)
	req.Header.Set("Content-Type", ct)
	if !u.noCSRF {
		req.Header.Set("X-Zielwerk-CSRF", "1")
	}
	res, err := http.DefaultClient.Do(req)
	must(t, err)
	defer res.Body.Close()
	var rep importer.Report
	raw, _ := io.ReadAll(res.Body)
	if err := json.Unmarshal(raw, &rep); err != nil {
		t.Fatalf("status %d, body %q: %v", res.StatusCode, raw, err)
	}
	return res.StatusCode, rep
}

func csvOf(lines ...string) []byte { return []byte(strings.Join(lines, "\r\n") + "\r\n") }

// kpiFile is a German CSV with one row per KPI of Amt A and quarter of 2026.
func (w *world) kpiFile(nKPIs int, edit func(i int, cells []string)) []byte {
	lines := []string{"Kennzahl_ID;Jahr;Quartal;Monat;Soll;Ist;Kommentar"}
	for i := 0; i < nKPIs*4; i++ {
		k := w.kpis[i/4]
		cells := []string{fmt.Sprint(k.ID), "2026", fmt.Sprint(i%4 + 1), "", "1.000,5", fmt.Sprintf("%d,25", 900+i%7), "Quartalswert"}
		if edit != nil {
			edit(i, cells)
		}
		lines = append(lines, strings.Join(cells, ";"))
	}
	return csvOf(lines...)
}

func (w *world) count(t testing.TB, model any) int64 {
	t.Helper()
	var n int64
	must(t, w.gdb.Model(model).Count(&n).Error)
	return n
}

func TestImportKPIValuesAllOrNothing(t *testing.T) {
	w := newWorld(t, 250)
	srv := w.server(t, principal(w.controller, identity.RoleControlling))

	// One bad row among a thousand: nothing applied, the report names it.
	bad := w.kpiFile(250, func(i int, c []string) {
		if i == 499 {
			c[5] = "zwölf"
		}
	})
	status, rep := send(t, srv, upload{kind: "kpi-values", body: bad})
	if status != 422 || rep.Applied || rep.Rows != 1000 || rep.ErrorCount != 1 || rep.Code != "BAD_USER_INPUT" {
		t.Fatalf("status %d, report %+v", status, rep)
	}
	if e := rep.Errors[0]; e.Row != 501 || e.Column != "ist" || !strings.Contains(e.ReasonDe, "zwölf") || e.ReasonEn == "" {
		t.Fatalf("error %+v", e)
	}
	if n := w.count(t, &db.KPIValue{}); n != 0 {
		t.Fatalf("%d values written by a refused file", n)
	}
	if n := w.count(t, &db.AuditEvent{}); n != 0 {
		t.Fatalf("%d audit events by a refused file", n)
	}

	// A dry run of the fixed file says what would happen and writes nothing.
	good := w.kpiFile(250, nil)
	status, rep = send(t, srv, upload{kind: "kpi-values", body: good, dryRun: true})
	if status != 200 || rep.Applied || !rep.DryRun || rep.Created != 1000 || w.count(t, &db.KPIValue{}) != 0 {
		t.Fatalf("dry run: status %d, report %+v", status, rep)
	}

	// The fixed file is applied in full, one audit event per row.
	status, rep = send(t, srv, upload{kind: "kpi-values", body: good})
	if status != 200 || !rep.Applied || rep.Created != 1000 || rep.Updated != 0 || rep.ErrorCount != 0 {
		t.Fatalf("status %d, report %+v", status, rep)
	}
	if n := w.count(t, &db.KPIValue{}); n != 1000 {
		t.Fatalf("%d values, want 1000", n)
	}
	if n := w.count(t, &db.AuditEvent{}); n != 1000 {
		t.Fatalf("%d audit events, want 1000", n)
	}
	var v db.KPIValue
	must(t, w.gdb.Where("kpi_id = ? AND quarter = 2", w.kpis[0].ID).Take(&v).Error)
	if *v.Plan != 1000.5 || *v.Actual != 901.25 || v.Comment != "Quartalswert" || *v.RecordedByID != w.controller.ID || v.Version != 1 {
		t.Fatalf("value %+v", v)
	}

	// The same file again changes nothing.
	status, rep = send(t, srv, upload{kind: "kpi-values", body: good})
	if status != 200 || rep.Created != 0 || rep.Updated != 0 || rep.Unchanged != 1000 {
		t.Fatalf("second run: status %d, report %+v", status, rep)
	}
	if w.count(t, &db.KPIValue{}) != 1000 || w.count(t, &db.AuditEvent{}) != 1000 {
		t.Fatal("second run doubled something")
	}

	// Three changed actuals and an empty cell (keeps the stored plan).
	changed := w.kpiFile(250, func(i int, c []string) {
		if i < 3 {
			c[5] = "1.234,5"
		}
		c[4] = ""
	})
	status, rep = send(t, srv, upload{kind: "kpi-values", body: changed})
	if status != 200 || rep.Updated != 3 || rep.Unchanged != 997 {
		t.Fatalf("update: status %d, report %+v", status, rep)
	}
	v = db.KPIValue{}
	must(t, w.gdb.Where("kpi_id = ? AND quarter = 1", w.kpis[0].ID).Take(&v).Error)
	if *v.Actual != 1234.5 || *v.Plan != 1000.5 || v.Version != 2 {
		t.Fatalf("updated value %+v", v)
	}
	var ev db.AuditEvent
	must(t, w.gdb.Where("entity = 'KPIValue' AND entity_id = ? AND action = 'import.update'", v.ID).First(&ev).Error)
	if ev.Before != `{"actual":900.25}` || ev.After != `{"actual":1234.5}` || *ev.ActorID != w.controller.ID {
		t.Fatalf("audit %+v", ev)
	}
	if n := w.count(t, &db.AuditEvent{}); n != 1003 {
		t.Fatalf("%d audit events, want 1003", n)
	}
}

func TestImportRowValidation(t *testing.T) {
	w := newWorld(t, 3)
	srv := w.server(t, principal(w.controller, identity.RoleControlling))
	id := func(i int) string { return fmt.Sprint(w.kpis[i].ID) }
	file := csvOf(
		"kennzahl_id;jahr;quartal;monat;soll;ist;kommentar",
		id(0)+";2026;;;10;-5;ok",                      // row 2: fine, -5 is a number
		id(1)+";2031;5;;10;1;",                        // row 3: year and quarter out of range
		id(2)+";2026;1;3;;1;",                         // row 4: quarter and month
		"999999;2026;;;1;1;",                          // row 5: no such KPI
		id(0)+";2026;;;1;1;=HYPERLINK(\"x\")",         // row 6: formula in text (and duplicate key)
		id(1)+";2026;;;=1+1;1;",                       // row 7: formula in a number
		id(2)+";2026;;;1;1;@SUM(A1)",                  // row 8: @ in text
		id(2)+";2026;;;1;1;-kein Wert",                // row 9: - in text
		id(1)+";2026;2;;1e5;1;",                       // row 10: not a German number
		";2026;;;1;1;",                                // row 11: no KPI
		id(1)+";2026;3;;;;"+strings.Repeat("x", 2001), // row 12: comment too long
		id(0)+";2026;;;1;2;ok",                        // row 13: duplicate of row 2
	)
	status, rep := send(t, srv, upload{kind: "kpi-values", body: file})
	if status != 422 || rep.Applied {
		t.Fatalf("status %d, report %+v", status, rep)
	}
	got := map[string]bool{}
	for _, e := range rep.Errors {
		got[fmt.Sprintf("%d/%s", e.Row, e.Column)] = true
		if e.ReasonDe == "" || e.ReasonEn == "" || e.Key == "" {
			t.Errorf("error without reason %+v", e)
		}
	}
	for _, want := range []string{"3/jahr", "3/quartal", "4/monat", "5/kennzahl_id", "6/kommentar", "7/soll",
		"8/kommentar", "9/kommentar", "10/soll", "11/kennzahl_id", "12/kommentar", "13/kennzahl_id"} {
		if !got[want] {
			t.Errorf("no error at %s; got %v", want, got)
		}
	}
	if got["2/ist"] || got["2/kennzahl_id"] {
		t.Errorf("row 2 is fine: %v", got)
	}
	for i := 1; i < len(rep.Errors); i++ {
		if rep.Errors[i].Row < rep.Errors[i-1].Row {
			t.Fatalf("errors not in row order: %+v", rep.Errors)
		}
	}
	if w.count(t, &db.KPIValue{}) != 0 || w.count(t, &db.AuditEvent{}) != 0 {
		t.Fatal("refused file wrote")
	}

	// Header problems: unknown and missing columns.
	status, rep = send(t, srv, upload{kind: "kpi-values", body: csvOf("kennzahl;jahre;ist", "1;2026;1")})
	if status != 422 || rep.ErrorCount < 2 || rep.Errors[0].Row != 1 {
		t.Fatalf("header: status %d, report %+v", status, rep)
	}
}

func TestImportPermissionsPerRow(t *testing.T) {
	w := newWorld(t, 1)
	// CONTROLLING records a value of Amt B's KPI first.
	srv := w.server(t, principal(w.controller, identity.RoleControlling))
	if status, rep := send(t, srv, upload{kind: "kpi-values",
		body: csvOf("kennzahl_id;jahr;ist", fmt.Sprintf("%d;2026;7", w.kpiB.ID))}); status != 200 || rep.Created != 1 {
		t.Fatalf("controller: %d %+v", status, rep)
	}
	// Amt A's leader may change their KPI; Amt B's row is fine while it
	// changes nothing (an exported table re-imported), refused once it does.
	srv = w.server(t, principal(w.leaderA))
	same := csvOf("kennzahl_id;jahr;ist", fmt.Sprintf("%d;2026;3", w.kpis[0].ID), fmt.Sprintf("%d;2026;7", w.kpiB.ID))
	if status, rep := send(t, srv, upload{kind: "kpi-values", body: same}); status != 200 || rep.Created != 1 || rep.Unchanged != 1 {
		t.Fatalf("leader, B unchanged: %d %+v", status, rep)
	}
	changed := csvOf("kennzahl_id;jahr;ist", fmt.Sprintf("%d;2026;4", w.kpis[0].ID), fmt.Sprintf("%d;2026;8", w.kpiB.ID))
	status, rep := send(t, srv, upload{kind: "kpi-values", body: changed})
	if status != 422 || rep.Applied || len(rep.Errors) != 1 || rep.Errors[0].Row != 3 || rep.Errors[0].Key != "import.forbidden" {
		t.Fatalf("leader, B changed: %d %+v", status, rep)
	}
	var v db.KPIValue
	must(t, w.gdb.Where("kpi_id = ?", w.kpis[0].ID).Take(&v).Error)
	if *v.Actual != 3 {
		t.Fatalf("refused file changed row 2: %+v", v)
	}
	// The Dezernat's leader may record for Amt A below it.
	srv = w.server(t, principal(w.dezL))
	if status, rep := send(t, srv, upload{kind: "kpi-values", body: csvOf("kennzahl_id;jahr;ist", fmt.Sprintf("%d;2026;5", w.kpis[0].ID))}); status != 200 || rep.Updated != 1 {
		t.Fatalf("dezernat leader: %d %+v", status, rep)
	}
}

func TestImportRequestChecks(t *testing.T) {
	w := newWorld(t, 1)
	file := csvOf("kennzahl_id;jahr;ist", fmt.Sprintf("%d;2026;1", w.kpis[0].ID))
	anon := w.server(t, nil)
	if status, rep := send(t, anon, upload{kind: "kpi-values", body: file}); status != 401 || rep.Code != "UNAUTHENTICATED" {
		t.Fatalf("anonymous: %d %+v", status, rep)
	}
	srv := w.server(t, principal(w.controller, identity.RoleControlling))
	if status, rep := send(t, srv, upload{kind: "kpi-values", body: file, noCSRF: true}); status != 403 || rep.Code != "FORBIDDEN" {
		t.Fatalf("no CSRF header: %d %+v", status, rep)
	}
	if status, _ := send(t, srv, upload{kind: "agreements", body: file}); status != 404 {
		t.Fatalf("unknown kind: %d", status)
	}
	nobody := w.server(t, principal(w.nobody, identity.RoleHR))
	if status, rep := send(t, nobody, upload{kind: "kpi-values", body: file}); status != 403 || rep.Code != "FORBIDDEN" {
		t.Fatalf("no right to record: %d %+v", status, rep)
	}
	// Raw body instead of multipart.
	if status, rep := send(t, srv, upload{kind: "kpi-values", body: file, contentType: "text/csv"}); status != 200 || rep.Created != 1 {
		t.Fatalf("raw body: %d %+v", status, rep)
	}
	// Empty and oversized bodies.
	if status, _ := send(t, srv, upload{kind: "kpi-values", body: nil, contentType: "text/csv"}); status != 400 {
		t.Fatalf("empty body: %d", status)
	}
	big := bytes.Repeat([]byte("x"), importer.MaxFileBytes+1)
	if status, rep := send(t, srv, upload{kind: "kpi-values", body: big}); status != 413 || rep.Errors[0].Key != "import.tooLarge" {
		t.Fatalf("oversized: %d %+v", status, rep)
	}
	if w.count(t, &db.KPIValue{}) != 1 || w.count(t, &db.AuditEvent{}) != 1 {
		t.Fatal("refused requests wrote")
	}
}

// zipBomb is an XLSX-looking zip whose sheet inflates to size bytes. With
// lie set, the headers declare a tiny size instead.
func zipBomb(t testing.TB, size int, lie bool) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	f, err := zw.Create("[Content_Types].xml")
	must(t, err)
	_, _ = f.Write([]byte(`<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`))
	chunk := bytes.Repeat([]byte(" "), 1<<20)
	if !lie {
		f, err = zw.CreateHeader(&zip.FileHeader{Name: "xl/worksheets/sheet1.xml", Method: zip.Deflate})
		must(t, err)
		for written := 0; written < size; written += len(chunk) {
			_, _ = f.Write(chunk)
		}
	} else {
		var comp bytes.Buffer
		fw, _ := flate.NewWriter(&comp, flate.BestCompression)
		for written := 0; written < size; written += len(chunk) {
			_, _ = fw.Write(chunk)
		}
		must(t, fw.Close())
		f, err = zw.CreateRaw(&zip.FileHeader{Name: "xl/worksheets/sheet1.xml", Method: zip.Deflate,
			CompressedSize64: uint64(comp.Len()), UncompressedSize64: 1000, CRC32: 0})
		must(t, err)
		_, _ = f.Write(comp.Bytes())
	}
	must(t, zw.Close())
	return buf.Bytes()
}

func TestImportHostileFiles(t *testing.T) {
	w := newWorld(t, 1)
	srv := w.server(t, principal(w.controller, identity.RoleControlling))
	id := fmt.Sprint(w.kpis[0].ID)
	utf16 := []byte{0xFF, 0xFE}
	for _, c := range "kennzahl_id;jahr;ist\r\n" + id + ";2026;1\r\n" {
		utf16 = append(utf16, byte(c), 0)
	}
	var many strings.Builder
	many.WriteString("kennzahl_id;jahr;ist\n")
	for i := 0; i <= importer.MaxRows; i++ {
		many.WriteString(id + ";2026;1\n")
	}
	for name, c := range map[string]struct {
		u       upload
		status  int
		key     string
		column  string
		reasonn string
	}{
		"invalid encoding":  {upload{body: []byte("kennzahl_id;jahr;ist;kommentar\r\n" + id + ";2026;1;Gr\x81\x8d\r\n")}, 400, "import.encoding", "", ""},
		"utf-8 BOM, broken": {upload{body: []byte("\xEF\xBB\xBFkennzahl_id;jahr;ist;kommentar\r\n" + id + ";2026;1;Gr\xfc\xdfe\r\n")}, 400, "import.encoding", "", ""},
		"utf-16":            {upload{body: utf16}, 400, "import.encodingUTF16", "", ""},
		"binary":            {upload{body: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")}, 400, "import.encoding", "", ""},
		"old xls":           {upload{body: []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest"), fileName: "a.xls"}, 400, "import.xls", "", ""},
		"not a zip":         {upload{body: []byte("hello"), fileName: "a.xlsx"}, 400, "import.xlsxInvalid", "", ""},
		"zip bomb":          {upload{body: zipBomb(t, 300<<20, false), fileName: "a.xlsx"}, 400, "import.xlsxTooLarge", "", ""},
		"lying zip bomb":    {upload{body: zipBomb(t, 300<<20, true), fileName: "a.xlsx"}, 400, "import.xlsxInvalid", "", ""},
		"100 001 rows":      {upload{body: []byte(many.String())}, 400, "import.tooManyRows", "", ""},
		"formula text":      {upload{body: csvOf("kennzahl_id;jahr;ist;kommentar", id+";2026;1;+cmd|' /C calc'!A0")}, 422, "import.formulaText", "kommentar", ""},
		"formula number":    {upload{body: csvOf("kennzahl_id;jahr;ist", id+";2026;=SUM(1;2)")}, 422, "import.formula", "", ""},
		"header only":       {upload{body: csvOf("kennzahl_id;jahr;ist")}, 422, "import.noRows", "", ""},
	} {
		t.Run(name, func(t *testing.T) {
			c.u.kind = "kpi-values"
			status, rep := send(t, srv, c.u)
			if status != c.status || rep.Applied || len(rep.Errors) == 0 || rep.Errors[0].Key != c.key || rep.Errors[0].ReasonDe == "" {
				t.Fatalf("status %d, report %+v", status, rep)
			}
			if c.column != "" && rep.Errors[0].Column != c.column {
				t.Fatalf("column %q, want %q", rep.Errors[0].Column, c.column)
			}
		})
	}
	if w.count(t, &db.KPIValue{}) != 0 || w.count(t, &db.AuditEvent{}) != 0 {
		t.Fatal("hostile files changed something")
	}
	// Windows-1252 (German Excel's "CSV (Trennzeichen-getrennt)") is fine.
	cp, err := charmap.Windows1252.NewEncoder().String("kennzahl_id;jahr;ist;kommentar\r\n" + id + ";2026;1,5;Größe übertroffen – gut\r\n")
	must(t, err)
	if status, rep := send(t, srv, upload{kind: "kpi-values", body: []byte(cp)}); status != 200 || rep.Created != 1 {
		t.Fatalf("windows-1252: %d %+v", status, rep)
	}
	var v db.KPIValue
	must(t, w.gdb.Take(&v).Error)
	if v.Comment != "Größe übertroffen – gut" || *v.Actual != 1.5 {
		t.Fatalf("windows-1252 value %+v", v)
	}
}

func xlsxFile(t testing.TB, rows [][]any) []byte {
	f := excelize.NewFile()
	defer f.Close()
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		must(t, f.SetSheetRow("Sheet1", cell, &r))
	}
	var buf bytes.Buffer
	_, err := f.WriteTo(&buf)
	must(t, err)
	return buf.Bytes()
}

func TestImportBudgetLines(t *testing.T) {
	w := newWorld(t, 0)
	srv := w.server(t, principal(w.leaderA))
	// XLSX: a number cell loses the product's leading zero; euros as numbers.
	file := xlsxFile(t, [][]any{
		{"Produkt", "Jahr", "Ansatz", "Prognose", "Ergebnis"},
		{10101, 2027, 1234567.89, nil, nil},
		{"010101", 2026, nil, "98.765,4", -12.5},
	})
	status, rep := send(t, srv, upload{kind: "budget-lines", body: file, fileName: "haushalt.xlsx"})
	if status != 200 || rep.Created != 1 || rep.Updated != 1 {
		t.Fatalf("status %d, report %+v", status, rep)
	}
	var lines []db.BudgetLine
	must(t, w.gdb.Order("year").Find(&lines).Error)
	if len(lines) != 3 || lines[2].PlanCents != 123456789 || *lines[1].ForecastCents != 9876540 || *lines[1].ActualCents != -1250 || lines[1].PlanCents != 100_000_00 {
		t.Fatalf("lines %+v", lines)
	}
	// CSV: a new line without plan, three decimals, another unit's product, unknown product.
	status, rep = send(t, srv, upload{kind: "budget-lines", body: csvOf(
		"produkt;jahr;ansatz;prognose;ergebnis",
		"010101;2024;;5;",
		"010101;2025;1,234;;",
		"010102;2026;1;;",
		"999999;2026;1;;")})
	if status != 422 || rep.ErrorCount != 3 {
		t.Fatalf("bad budget file: %d %+v", status, rep)
	}
	// The other unit's product is refused once the rest is right.
	status, rep = send(t, srv, upload{kind: "budget-lines", body: csvOf("produkt;jahr;ansatz", "010101;2024;1", "010102;2026;1")})
	if status != 422 || rep.ErrorCount != 1 || rep.Errors[0].Row != 3 || rep.Errors[0].Key != "import.forbidden" {
		t.Fatalf("foreign product: %d %+v", status, rep)
	}
	if n := w.count(t, &db.BudgetLine{}); n != 3 {
		t.Fatalf("%d lines after refused files", n)
	}
}

func TestImportHSPRealisation(t *testing.T) {
	w := newWorld(t, 0)
	srv := w.server(t, principal(w.controller, identity.RoleControlling))
	status, rep := send(t, srv, upload{kind: "hsp-realisation", body: csvOf(
		"Maßnahme;Jahr;Realisiert;Status",
		"hsp-001;2026;8.000,00 €;gefährdet",
		"HSP-001;2027;100;Gefährdet",
		"HSP-002;2026;;entfallen")})
	if status != 200 || rep.Created != 1 || rep.Updated != 2 {
		t.Fatalf("status %d, report %+v", status, rep)
	}
	var a, b db.ConsolidationMeasure
	must(t, w.gdb.Take(&a, w.hspA.ID).Error)
	must(t, w.gdb.Take(&b, w.hspB.ID).Error)
	if a.Status != db.MeasureAtRisk || a.Version != 2 || b.Status != db.MeasureDropped {
		t.Fatalf("measures %+v %+v", a, b)
	}
	var s db.MeasureSaving
	must(t, w.gdb.Where("measure_id = ? AND year = 2026", w.hspA.ID).Take(&s).Error)
	if *s.RealisedCents != 800000 || s.PlannedCents != 10_000_00 {
		t.Fatalf("saving %+v", s)
	}
	if n := w.count(t, &db.AuditEvent{}); n != 3 {
		t.Fatalf("%d audit events, want 3", n)
	}
	// Again: nothing changes.
	status, rep = send(t, srv, upload{kind: "hsp-realisation", body: csvOf(
		"massnahme;jahr;realisiert;status", "HSP-001;2026;8000;AT_RISK", "HSP-002;2026;;DROPPED")})
	if status != 200 || rep.Unchanged != 2 || w.count(t, &db.AuditEvent{}) != 3 {
		t.Fatalf("second run: %d %+v", status, rep)
	}
	// Negative, unknown status, contradicting statuses.
	status, rep = send(t, srv, upload{kind: "hsp-realisation", body: csvOf(
		"massnahme;jahr;realisiert;status", "HSP-001;2025;-1;", "HSP-001;2024;;vielleicht", "HSP-002;2025;;geplant", "HSP-002;2024;;umgesetzt")})
	if status != 422 || rep.ErrorCount != 3 {
		t.Fatalf("bad HSP file: %d %+v", status, rep)
	}
}

func TestNumberFormats(t *testing.T) {
	w := newWorld(t, 1)
	srv := w.server(t, principal(w.controller, identity.RoleControlling))
	id := fmt.Sprint(w.kpis[0].ID)
	for _, c := range []struct {
		file string
		want float64
	}{
		{"kennzahl_id;jahr;ist\n" + id + ";2026;1.234,5\n", 1234.5},
		{"kennzahl_id;jahr;ist\n" + id + ";2026;1.234\n", 1234},
		{"kennzahl_id;jahr;ist\n" + id + ";2026;-0,75\n", -0.75},
		{"kennzahl_id,jahr,ist\n" + id + ",2026,\"1,234.5\"\n", 1234.5},
		{"kennzahl_id,jahr,ist\n" + id + ",2026,1.5\n", 1.5},
		{"kennzahl_id\tjahr\tist\n" + id + "\t2026\t2,5\n", 2.5},
		{"kennzahl_id;jahr;ist\n" + base64.RawURLEncoding.EncodeToString([]byte("KPI:"+id)) + ";2026;3\n", 3},
		{"kennzahl_id;jahr;ist\n" + id + ";2026;−1 234,5\n", -1234.5},
	} {
		status, rep := send(t, srv, upload{kind: "kpi-values", body: []byte(c.file)})
		var v db.KPIValue
		must(t, w.gdb.Take(&v).Error)
		if status != 200 || *v.Actual != c.want {
			t.Errorf("%q: status %d %+v, actual %v", c.file, status, rep, *v.Actual)
		}
	}
}

// TestImportConflictWithConcurrentChange: a value changed by someone else
// between the import's read and its write fails the whole import with
// CONFLICT; nothing is applied.
func TestImportConflictWithConcurrentChange(t *testing.T) {
	w := newWorld(t, 3)
	srv := w.server(t, principal(w.controller, identity.RoleControlling))
	if status, rep := send(t, srv, upload{kind: "kpi-values", body: w.kpiFile(3, nil)}); status != 200 || rep.Created != 12 {
		t.Fatalf("first import: %d %+v", status, rep)
	}
	events := w.count(t, &db.AuditEvent{})
	// Just before the batched update runs, someone else changes a value in
	// the same transaction's view.
	bumped := false
	must(t, w.gdb.Callback().Raw().Before("gorm:raw").Register("test:concurrent", func(d *gorm.DB) {
		if !bumped && strings.HasPrefix(d.Statement.SQL.String(), "WITH zw_v") {
			bumped = true
			d.Session(&gorm.Session{NewDB: true}).Exec("UPDATE kpi_values SET actual = 1, version = version + 1 WHERE quarter = 4")
		}
	}))
	status, rep := send(t, srv, upload{kind: "kpi-values", body: w.kpiFile(3, func(i int, c []string) { c[5] = "77" })})
	if status != 409 || rep.Applied || rep.Code != "CONFLICT" || !bumped {
		t.Fatalf("status %d, report %+v", status, rep)
	}
	var n int64
	must(t, w.gdb.Model(&db.KPIValue{}).Where("actual = 77 OR version > 1").Count(&n).Error)
	if n != 0 || w.count(t, &db.AuditEvent{}) != events {
		t.Fatalf("conflicting import left %d changed values", n)
	}
}

// A closed fiscal year's figures are locked in the database: an import
// into it is refused as a whole, with the reason, not as an internal error.
func TestImportIntoAClosedYearAppliesNothing(t *testing.T) {
	w := newWorld(t, 0)
	must(t, w.gdb.Exec("INSERT INTO fiscal_years (year, status, opened_at, closed_at, version) VALUES (2026, 'CLOSED', ?, ?, 1)",
		time.Now(), time.Now()).Error)
	srv := w.server(t, principal(w.controller, identity.RoleControlling))
	before := w.count(t, &db.AuditEvent{})
	status, rep := send(t, srv, upload{kind: "hsp-realisation", body: csvOf("massnahme;jahr;realisiert", "HSP-001;2026;5000")})
	if status != 422 || rep.Applied || len(rep.Errors) == 0 || rep.Errors[0].Key != "year.closed" || w.count(t, &db.AuditEvent{}) != before {
		t.Fatalf("import into a closed year: %d %+v", status, rep)
	}
}
