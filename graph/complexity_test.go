package graph

import (
	"context"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/complexity"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
	"github.com/vektah/gqlparser/v2/validator"

	"zielwerk/graph/generated"
)

// TestEveryListHasACost walks the schema and fails for each list or
// connection field that setComplexity gives no cost: such a field counts
// as one whatever it returns, which is how agreements → principal →
// agreements(first: 100) once cost nothing and grew to 9.6 GB. The fields
// of a connection (edges, nodes) are exempt: the field that returns the
// connection multiplies its whole selection by first.
func TestEveryListHasACost(t *testing.T) {
	var root generated.ComplexityRoot
	setComplexity(&root)
	schema := generated.NewExecutableSchema(generated.Config{Resolvers: &Resolver{}}).Schema()
	rv := reflect.ValueOf(root)

	var missing []string
	checked := 0
	for _, typ := range schema.Types {
		if typ.Kind != ast.Object || strings.HasPrefix(typ.Name, "__") || strings.HasSuffix(typ.Name, "Connection") {
			continue
		}
		for _, f := range typ.Fields {
			if strings.HasPrefix(f.Name, "__") || !costly(f.Type) {
				continue
			}
			checked++
			obj := rv.FieldByName(typ.Name)
			if !obj.IsValid() {
				missing = append(missing, typ.Name+"."+f.Name+" (type not in ComplexityRoot)")
				continue
			}
			fn := obj.FieldByNameFunc(func(n string) bool { return strings.EqualFold(n, f.Name) })
			if !fn.IsValid() || fn.IsNil() {
				missing = append(missing, typ.Name+"."+f.Name)
			}
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("list and connection fields without a cost in setComplexity:\n  %s", strings.Join(missing, "\n  "))
	}
	if checked < 40 {
		t.Fatalf("checked only %d fields; is the schema walked?", checked)
	}
}

// costly: a list, or a connection (which holds lists).
func costly(t *ast.Type) bool {
	return t.Elem != nil || strings.HasSuffix(t.NamedType, "Connection")
}

// TestAgreementPathsCost: every way to a list of agreements, items, pay
// results or audit events costs at least its entries, the paths that cost
// nothing when agreements → principal → agreements(first: 100) nested five
// deep ran past 120 s.
func TestAgreementPathsCost(t *testing.T) {
	var cfg generated.Config
	cfg.Resolvers = &Resolver{}
	setComplexity(&cfg.Complexity)
	es := generated.NewExecutableSchema(cfg)
	cost := func(q string) int {
		t.Helper()
		doc, err := parser.ParseQuery(&ast.Source{Input: q})
		if err != nil {
			t.Fatal(err)
		}
		if errs := validator.ValidateWithRules(es.Schema(), doc, validationRules()); len(errs) > 0 {
			t.Fatal(errs)
		}
		return complexity.Calculate(context.Background(), es, doc.Operations[0], nil)
	}
	atLeast := map[string]int{
		`{ agreements(first: 100) { nodes { id } } }`:                                    100,
		`{ orgUnits(first: 1) { nodes { agreements(first: 100) { nodes { id } } } } }`:   100,
		`{ me { person { agreements(first: 100) { nodes { id } } } } }`:                  100,
		`{ goals(first: 1) { nodes { agreementItems(first: 100) { nodes { id } } } } }`:  100,
		`{ payResults(year: 2025, first: 100) { nodes { year } } }`:                      100,
		`{ auditTrail(entity: "x", first: 100) { nodes { at } } }`:                       100,
		`{ agreements(first: 1) { nodes { auditTrail(first: 100) { nodes { at } } } } }`: 100,
		`{ agreements(first: 1) { nodes { items { id } reviews { note } } } }`:           2 * fewEntries,
		`{ myTasks { kind } }`:                                                               manyEntries,
		`{ dezernatAgreements(year: 2025) { id } }`:                                          fewEntries,
		`{ agreementStatusOverview(year: 2025) { total counts { count } } }`:                 manyEntries * fewEntries,
		`{ me { ledUnits { id } roles } }`:                                                   2 * fewEntries,
		`{ agreements { nodes { principal { agreements(first: 100) { nodes { id } } } } } }`: 20 * 100,
		`{ agreements(first: 100) { nodes { principal { agreements(first: 100) { nodes { principal {
		   agreements(first: 100) { nodes { id } } } } } } } } }`: 1_000_000,
	}
	for q, want := range atLeast {
		if got := cost(q); got < want {
			t.Errorf("cost %d, want at least %d: %s", got, want, q)
		}
	}
	// Far past any page: a first of a million costs like 100, and costs
	// multiplied down a deep query stop at maxCost instead of overflowing.
	if got := cost(`{ kpis(first: 1000000) { totalCount } }`); got != cost(`{ kpis(first: 100) { totalCount } }`) {
		t.Errorf("first: 1000000 costs %d", got)
	}
	deep := "id"
	for range 11 {
		deep = "agreements(first: 100) { nodes { principal { " + deep + " } } }"
	}
	if got := cost("{ me { person { " + deep + " } } }"); got < maxCost || got > 2*maxCost {
		t.Errorf("eleven levels of agreements cost %d", got)
	}
}
