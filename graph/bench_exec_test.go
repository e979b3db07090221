package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http/httptest"
	"testing"

	"zielwerk/db"
	"zielwerk/db/dbtest"
	"zielwerk/demo"
	"zielwerk/graph"
	"zielwerk/identity"
	"zielwerk/store"
)

// BenchmarkExecutiveQuery runs the executive query of the demo Dezernent
// on a city ten times the demo city, through the real handler and
// database: ZIELWERK_TEST_DB=postgres go test ./graph -run '^$' -bench Executive
func BenchmarkExecutiveQuery(b *testing.B) {
	b.Run("hot", func(b *testing.B) { benchmarkExecutive(b, graph.Options{}) })
	b.Run("graph", func(b *testing.B) { benchmarkExecutive(b, graph.Options{NoHotViews: true}) })
}

func benchmarkExecutive(b *testing.B, opts graph.Options) {
	gdb := dbtest.Open(b)
	if _, err := demo.SeedScaled(b.Context(), gdb, 10); err != nil {
		b.Fatal(err)
	}
	var dez demo.DemoAccount
	for _, a := range demo.DemoAccounts() {
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
	data := c.must(graph.ExecutiveDocument, vars)
	if n := len(get(data, "agreements", "nodes").([]any)); n != 50 {
		b.Fatalf("%d agreements, want 50", n)
	}
	// The loop calls the handler directly: no network, no decoding, so
	// ns/op and allocs/op are the server's alone.
	h := graph.NewHandler(store.New(gdb), opts)
	body, _ := json.Marshal(map[string]any{"query": graph.ExecutiveDocument, "variables": vars})
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
