package printdoc_test

import (
	"html/template"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"gorm.io/gorm"

	"zielwerk/access"
	"zielwerk/clock"
	"zielwerk/db"
	"zielwerk/db/dbtest"
	"zielwerk/demo"
	"zielwerk/graph/model"
	"zielwerk/identity"
	"zielwerk/printdoc"
	"zielwerk/store"
)

func TestPrintViewOnlyForContentAccess(t *testing.T) {
	gdb := dbtest.Open(t)
	if _, err := demo.Seed(t.Context(), gdb); err != nil {
		t.Fatal(err)
	}
	var a db.Agreement
	if err := gdb.Where("status = ? AND pay_rule <> ?", db.StatusClosed, db.PayNone).Order("id").First(&a).Error; err != nil {
		t.Fatal(err)
	}
	var agent db.Person
	gdb.First(&agent, a.AgentID)
	var hr db.Person
	gdb.Where("email = ?", demo.DemoAccounts()[5].Email).First(&hr)

	get := func(p *identity.Principal, id string) (int, string) {
		mux := http.NewServeMux()
		mux.Handle("GET /api/export/agreement/{id}", printdoc.Handler(store.New(gdb)))
		req := httptest.NewRequest("GET", "/api/export/agreement/"+id, nil)
		if p != nil {
			req = req.WithContext(identity.WithPrincipal(req.Context(), p))
		}
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, req)
		body, _ := io.ReadAll(rec.Body)
		return rec.Code, string(body)
	}
	id := model.EncodeID("Agreement", a.ID)
	code, body := get(&identity.Principal{PersonID: a.AgentID}, id)
	if code != 200 || !strings.Contains(body, agent.Name) || !strings.Contains(body, "Gesamtzielerreichung") || !strings.Contains(body, "@media print") {
		t.Fatalf("agent: %d %.300s", code, body)
	}
	// The signature block: place, date and signature of both parties.
	if _, sig, ok := strings.Cut(body, `<div class="signatures">`); !ok || strings.Count(sig[:min(len(sig), 600)], "Ort, Datum, Unterschrift") != 2 {
		t.Errorf("signature block: %.600s", sig)
	}
	var items []db.AgreementItem
	gdb.Where("agreement_id = ?", a.ID).Find(&items)
	var as db.Assessment
	gdb.Where("agreement_id = ?", a.ID).First(&as)
	code, body = get(&identity.Principal{PersonID: hr.ID, Roles: []identity.Role{identity.RoleHR}}, id)
	if code != 200 || !strings.Contains(body, agent.Name) || !strings.Contains(body, "Gesamtzielerreichung") {
		t.Fatalf("HR (result part for the personnel file): %d %.300s", code, body)
	}
	if strings.Contains(body, "Ziele und Gewichtung") || strings.Contains(body, template.HTMLEscapeString(items[0].Title)) ||
		(as.Comment != "" && strings.Contains(body, template.HTMLEscapeString(as.Comment))) {
		t.Fatalf("HR's print shows the items or the assessment's reasons: %.2000s", body)
	}
	if code, _ := get(&identity.Principal{PersonID: hr.ID, Roles: []identity.Role{identity.RoleLeadership}}, id); code != 404 {
		t.Fatalf("status-only viewer got a print: %d", code)
	}
	if code, _ := get(nil, id); code != 401 {
		t.Fatalf("anonymous: %d", code)
	}
	if code, _ := get(&identity.Principal{PersonID: a.AgentID}, "bogus"); code != 400 {
		t.Fatalf("malformed id: %d", code)
	}
}

// printAs fetches the print view of agreement id as p.
func printAs(t *testing.T, gdb *gorm.DB, p *identity.Principal, id int64) (int, string) {
	t.Helper()
	mux := http.NewServeMux()
	mux.Handle("GET /api/export/agreement/{id}", printdoc.Handler(store.New(gdb)))
	req := httptest.NewRequest("GET", "/api/export/agreement/"+model.EncodeID("Agreement", id), nil)
	req = req.WithContext(identity.WithPrincipal(req.Context(), p))
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, req)
	return rec.Code, rec.Body.String()
}

// The print for the parties ends with the Protokoll: when, who, what and
// each change, in German words and Berlin time; never a field name or a
// role code. HR's result part has none of it.
func TestPrintViewShowsTheProtokoll(t *testing.T) {
	gdb := dbtest.Open(t)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	at := time.Date(2026, 3, 2, 9, 5, 0, 0, time.UTC) // 10:05 in Berlin (CET)
	ob := db.Person{Name: "Olga Oberhaupt", Email: "ob@example.org"}
	agent := db.Person{Name: "Dieter Dezernent", Email: "d@example.org"}
	hr := db.Person{Name: "Hanna Personal", Email: "hr@example.org"}
	for _, p := range []*db.Person{&ob, &agent, &hr} {
		must(gdb.Create(p).Error)
	}
	board := db.OrgUnit{Code: "VV", Name: "Vorstand", Kind: db.KindBoard, LeaderID: &ob.ID, ValidFrom: at}
	must(gdb.Create(&board).Error)
	dez := db.OrgUnit{Code: "D1", Name: "Dezernat I", Kind: db.KindDezernat, ParentID: &board.ID, LeaderID: &agent.ID, ValidFrom: at}
	must(gdb.Create(&dez).Error)
	a := db.Agreement{Year: 2026, PrincipalID: ob.ID, AgentID: agent.ID, OrgUnitID: dez.ID, Status: db.StatusDraft,
		PayRule: db.PayBeamte, CreatedAt: at, UpdatedAt: at, Version: 1}
	must(gdb.Create(&a).Error)
	item := db.AgreementItem{AgreementID: a.ID, Position: 1, Title: "Eins", WeightPercent: 100, Version: 1}
	must(gdb.Create(&item).Error)

	ctx := clock.With(t.Context(), clock.Fixed(at))
	v, err := access.Load(ctx, gdb, &identity.Principal{PersonID: ob.ID, Roles: []identity.Role{identity.RoleOB, identity.RoleLeadership}}, at)
	must(err)
	l := &db.Lifecycle{DB: gdb, Actor: v.Actor(), Visible: v.VisibleAgreements(), May: v}
	sixty, forty, title := 60, 40, "Digitale Bauakte"
	thirty, days := 30.0, db.UnitDays
	_, err = l.UpdateItem(ctx, item.ID, 1, db.ItemInput{WeightPercent: &sixty, TargetValue: &thirty, TargetUnit: &days})
	must(err)
	_, err = l.AddItem(ctx, a.ID, 2, db.ItemInput{Title: &title, WeightPercent: &forty})
	must(err)
	_, err = l.Propose(ctx, a.ID, 3)
	must(err)

	code, body := printAs(t, gdb, &identity.Principal{PersonID: agent.ID}, a.ID)
	if code != 200 {
		t.Fatalf("agent: %d %.300s", code, body)
	}
	// The target with the item's stored unit (no KPI linked).
	if !strings.Contains(body, "Zielwert 30 Tage") {
		t.Errorf("the print lacks the target with its unit: %.3000s", body)
	}
	_, protokoll, found := strings.Cut(body, "<h2>Protokoll</h2>")
	if !found {
		t.Fatalf("the print has no Protokoll: %.3000s", body)
	}
	for _, want := range []string{
		"02.03.2026, 10:05 Uhr", "Olga Oberhaupt (Oberbürgermeister/in, Verwaltungsvorstand)",
		"Ziele bearbeitet", "Ziel „Eins“: Gewichtung: 100 % → 60 %", "Ziel „Eins“: Einheit des Zielwerts: – → Tage", "Ziel „Eins“: Zielwert: – → 30", "Ziel „Digitale Bauakte“ hinzugefügt: – → Gewichtung 40 %",
		"Zur Unterschrift vorgelegt", "Status: Entwurf → Vorgelegt",
	} {
		if !strings.Contains(protokoll, want) {
			t.Errorf("the Protokoll lacks %q:\n%s", want, protokoll)
		}
	}
	for _, internal := range []string{"weightPercent", "agentSigned", "principalSigned", "LEADERSHIP", "proposedAt", "DRAFT", ">edit<", ">propose<"} {
		if strings.Contains(body, internal) {
			t.Errorf("the print shows the internal name %q", internal)
		}
	}

	code, body = printAs(t, gdb, &identity.Principal{PersonID: hr.ID, Roles: []identity.Role{identity.RoleHR}}, a.ID)
	if code != 200 || strings.Contains(body, "Protokoll") || strings.Contains(body, "Ziele bearbeitet") {
		t.Fatalf("HR's result part shows the Protokoll: %d %.3000s", code, body)
	}
}
