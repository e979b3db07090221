package graph_test

import (
	"testing"

	"zielwerk/access"
)

// checkObjectionPath: an agreement's objection (A2 has one) is there for
// PAY_RESULT and up; its reason and the assessment part only for the
// parties and the assigned commission members; status viewers get
// FORBIDDEN.
func checkObjectionPath(t *testing.T, c *client, label, id string, hasObjection bool, want access.Level) int {
	t.Helper()
	r := c.do(`query($id: ID!) { node(id: $id) { ... on Agreement { objection { objectedAt reason members { id } items { title finalDegree } assessmentComment } } } }`,
		map[string]any{"id": id})
	obj := get(r.Data, "node", "objection")
	cases := 1
	switch {
	case want < access.PayResult:
		if obj != nil || errorAt(r, "node.objection") != "FORBIDDEN" {
			t.Errorf("%s: objection %v, error %q, want FORBIDDEN", label, obj, errorAt(r, "node.objection"))
		}
	case !hasObjection:
		if obj != nil || len(r.Errors) > 0 {
			t.Errorf("%s: objection %v %+v, want none", label, obj, r.Errors)
		}
	default:
		part := want >= access.Assessment
		if obj == nil || (get(obj, "reason") != nil) != part || (get(obj, "items") != nil) != part || get(obj, "members") == nil {
			t.Errorf("%s: objection %v (assessment part: %v) %+v", label, obj, part, r.Errors)
		}
	}
	return cases
}

// checkPayQueries: the scheme for HR, ADMIN and the commission; the
// simulation and the exports for HR; statistics for HR and the
// commission; the objections each viewer may see; setting a scheme is
// HR's alone.
func checkPayQueries(t *testing.T, w *world, c *client, vname string) int {
	t.Helper()
	hr := vname == "HR"
	commission := vname == "COMMISSION_ASSIGNED" || vname == "COMMISSION_UNASSIGNED"
	allowed := map[string]bool{
		`{ payScheme(year: 2026) { stored version bands { fromDegree points } } }`: hr || commission || vname == "ADMIN",
		`{ payoutSimulation(year: 2026) { total rows { cents } } }`:                hr,
		`{ payFairness(year: 2026) { dezernate { people suppressed } } }`:          hr || commission,
		`{ payExports(year: 2026) { at } }`:                                        hr,
	}
	cases := 0
	for q, may := range allowed {
		r := c.do(q, nil)
		cases++
		if may && r.code() != "" || !may && r.code() != "FORBIDDEN" {
			t.Errorf("%s %s: may=%v, got %+v", vname, q, may, r.Errors)
		}
	}
	a2 := w.agreements["A2"]
	r := c.do(`query($y: Int!) { objections(year: $y) { id } }`, map[string]any{"y": a2.Year})
	cases++
	seesA2 := expected[vname]["A2"] >= access.PayResult
	if got := ids(r.Data["objections"]); r.code() != "" || (len(got) == 1 && got[0] == gid("Agreement", a2.ID)) != seesA2 || len(got) > 1 {
		t.Errorf("%s objections: %v %+v, want A2=%v", vname, got, r.Errors, seesA2)
	}
	before := auditEventCount(t, w.gdb)
	r = c.do(`mutation { paySchemeSet(input: {year: 2031, expectedVersion: 0, potCents: 100, partTimeProRata: true,
	  partialYearProRata: false, tvoedLob: true, beamte: true, objectionDays: 10, bands: [{fromDegree: 0, points: 0}, {fromDegree: 50, points: 1}]}) {
	  scheme { version } userErrors { key } } }`, nil)
	cases++
	if hr {
		if r.code() != "" || get(r.Data, "paySchemeSet", "scheme", "version") != float64(1) {
			t.Errorf("HR paySchemeSet: %+v %v", r.Errors, r.Data)
		}
	} else if r.code() != "FORBIDDEN" || auditEventCount(t, w.gdb) != before {
		t.Errorf("%s paySchemeSet: want FORBIDDEN and nothing written, got %+v", vname, r.Errors)
	}
	return cases
}
