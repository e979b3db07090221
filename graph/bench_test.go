package graph_test

import (
	"testing"

	"zielwerk/db/dbtest"
	"zielwerk/graph"
)

// BenchmarkNestedCascade measures the nested cascade query (goals →
// children → KPIs with values and achievements) over 50 parents, through
// the real handler and database: go test -bench Cascade ./graph/
func BenchmarkNestedCascade(b *testing.B) {
	gdb := dbtest.Open(b)
	seedFixture(b, gdb, 50)
	c := newClient(b, gdb, graph.Options{})
	b.ResetTimer()
	for b.Loop() {
		c.must(cascadeQuery, map[string]any{"first": 50})
	}
}
