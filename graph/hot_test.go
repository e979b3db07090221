package graph_test

import (
	"reflect"
	"strings"
	"testing"

	"zielwerk/db"
	"zielwerk/db/dbtest"
	"zielwerk/demo"
	"zielwerk/graph"
	"zielwerk/identity"
)

// The hot view answers exactly what the graph answers, for every demo
// viewer and every year with data (and one without), on a city twice the
// demo city; and in one statement on PostgreSQL.
func TestHotViewAnswersLikeTheGraph(t *testing.T) {
	gdb := dbtest.Open(t)
	if _, err := demo.SeedScaled(t.Context(), gdb, 2); err != nil {
		t.Fatal(err)
	}
	hot := newClient(t, gdb, graph.Options{})
	slow := newClient(t, gdb, graph.Options{NoHotViews: true})
	compared := 0
	for _, acc := range demo.DemoAccounts() {
		var p db.Person
		if err := gdb.Where("email = ?", acc.Email).Take(&p).Error; err != nil {
			t.Fatal(err)
		}
		roles := make([]identity.Role, len(acc.Roles))
		for i, r := range acc.Roles {
			roles[i] = identity.Role(r)
		}
		principal := &identity.Principal{PersonID: p.ID, Name: p.Name, Roles: roles}
		hot.principal, slow.principal = principal, principal
		for _, year := range []int{2025, 2026, 2027, 2031} {
			vars := map[string]any{"year": year}
			want := slow.do(graph.ExecutiveDocument, vars)
			got := hot.do(graph.ExecutiveDocument, vars)
			if !reflect.DeepEqual(got.Data, want.Data) || !reflect.DeepEqual(got.Errors, want.Errors) {
				t.Fatalf("%s, %d: the hot view answers\n%+v %+v\nthe graph\n%+v %+v", acc.Label, year, got.Data, got.Errors, want.Data, want.Errors)
			}
			if want.Data != nil && want.Data["agreements"] != nil {
				if n, _ := get(want.Data, "agreements", "totalCount").(float64); n > 0 {
					compared++
				}
			}
			if year == 2026 && dbtest.Backend() == "postgres" && len(got.Errors) == 0 {
				// session-less test client: the cache versions (the org tree
				// and the years are cached), then the view itself; a member
				// of the pay commission also reads the cases assigned to them
				want := 2
				if principal.Has(identity.RolePayCommission) {
					want = 3
				}
				if s := hot.statements.Load(); s != int64(want) {
					t.Errorf("%s: the hot view ran %d statements, want %d", acc.Label, s, want)
				}
			}
		}
	}
	if compared < 4 {
		t.Fatalf("only %d non-empty answers compared", compared)
	}
	// Another document, even one that differs only by a field, is not hot.
	hot.principal = &identity.Principal{PersonID: 1, Roles: []identity.Role{identity.RoleLeadership}}
	other := strings.Replace(graph.ExecutiveDocument, "id status version", "id status version year", 1)
	if r := hot.do(other, map[string]any{"year": 2026}); len(r.Errors) > 0 {
		t.Fatalf("a near-hot document: %+v", r.Errors)
	}
}

func TestCompactJSON(t *testing.T) {
	in := `{"a" : [1, 2], "b" : "x \" , y\\", "c" : {"d" : null}}`
	want := `{"a":[1,2],"b":"x \" , y\\","c":{"d":null}}`
	if got := string(graph.CompactJSON(nil, []byte(in))); got != want {
		t.Fatalf("got %s", got)
	}
}
