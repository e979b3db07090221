package printdoc_test

import (
	"html/template"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"zielwerk/db"
	"zielwerk/db/dbtest"
	"zielwerk/demo"
	"zielwerk/graph/model"
	"zielwerk/identity"
	"zielwerk/printdoc"
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
		mux.Handle("GET /api/export/agreement/{id}", printdoc.Handler(gdb))
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
