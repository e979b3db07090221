package graph

import (
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"

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
