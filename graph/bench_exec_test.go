package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http/httptest"
	"testing"

	"zielwerk/db"
	"zielwerk/db/dbtest"
	"zielwerk/graph"
	"zielwerk/identity"
)

// executiveQuery is what a Dezernent's start page asks: their agreements
// with unit, items, each item's goal with up to ten KPIs and the year's
// values. make bench-load sends the same document over HTTP.
const executiveQuery = `query Executive($year: Int!) {
  agreements(year: $year, role: PRINCIPAL, first: 50) {
    totalCount
    nodes {
      id status version
      orgUnit { id code name }
      items {
        id position title weightPercent
        goal {
          id title
          kpis(first: 10) { nodes { id name unit values(fromYear: $year, toYear: $year) { year quarter month plan actual } } }
        }
      }
    }
  }
}`

// BenchmarkExecutiveQuery runs the executive query of the demo Dezernent
// on a city ten times the demo city, through the real handler and
// database: ZIELWERK_TEST_DB=postgres go test ./graph -run '^$' -bench Executive
func BenchmarkExecutiveQuery(b *testing.B) {
	gdb := dbtest.Open(b)
	if _, err := db.SeedScaled(b.Context(), gdb, 10); err != nil {
		b.Fatal(err)
	}
	var dez db.DemoAccount
	for _, a := range db.DemoAccounts() {
		if len(a.Roles) == 1 && a.Roles[0] == "LEADERSHIP" {
			dez = a
		}
	}
	var p db.Person
	if err := gdb.Where("email = ?", dez.Email).Take(&p).Error; err != nil {
		b.Fatal(err)
	}
	c := newClient(b, gdb, graph.Options{})
	c.principal = &identity.Principal{PersonID: p.ID, Name: p.Name, Roles: []identity.Role{identity.RoleLeadership}}
	vars := map[string]any{"year": 2026}
	data := c.must(executiveQuery, vars)
	if n := len(get(data, "agreements", "nodes").([]any)); n != 50 {
		b.Fatalf("%d agreements, want 50", n)
	}
	// The loop calls the handler directly: no network, no decoding, so
	// ns/op and allocs/op are the server's alone.
	h := graph.NewHandler(gdb, graph.Options{})
	body, _ := json.Marshal(map[string]any{"query": executiveQuery, "variables": vars})
	var size, statements int64
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		ctx, n := db.WithStatementCounter(identity.WithPrincipal(context.Background(), c.principal))
		req := httptest.NewRequestWithContext(ctx, "POST", "/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != 200 {
			b.Fatalf("status %d", rec.Code)
		}
		size, statements = int64(rec.Body.Len()), n.Load()
	}
	b.ReportMetric(float64(statements), "sql/op")
	b.ReportMetric(float64(size), "bytes/answer")
}

func TestExecutiveQueryShape(t *testing.T) {
	if testing.Short() {
		t.Skip()
	}
	gdb := dbtest.Open(t)
	if _, err := db.SeedScaled(t.Context(), gdb, 10); err != nil {
		t.Fatal(err)
	}
	var dez db.DemoAccount
	for _, a := range db.DemoAccounts() {
		if len(a.Roles) == 1 && a.Roles[0] == "LEADERSHIP" {
			dez = a
		}
	}
	var p db.Person
	gdb.Where("email = ?", dez.Email).Take(&p)
	c := newClient(t, gdb, graph.Options{})
	c.principal = &identity.Principal{PersonID: p.ID, Name: p.Name, Roles: []identity.Role{identity.RoleLeadership}}
	data := c.must(executiveQuery, map[string]any{"year": 2026})
	items, kpis, values, goals := 0, 0, 0, 0
	for _, a := range get(data, "agreements", "nodes").([]any) {
		for _, it := range a.(map[string]any)["items"].([]any) {
			items++
			g, _ := it.(map[string]any)["goal"].(map[string]any)
			if g == nil {
				continue
			}
			goals++
			for _, k := range get(g, "kpis", "nodes").([]any) {
				kpis++
				values += len(k.(map[string]any)["values"].([]any))
			}
		}
	}
	t.Logf("items %d goals %d kpis %d values %d", items, goals, kpis, values)
}
