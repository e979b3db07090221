package graph_test

import (
	"fmt"
	"math"
	"strings"
	"sync"
	"testing"
	"time"

	"gorm.io/gorm"

	"zielwerk/db"
	"zielwerk/db/dbtest"
	"zielwerk/graph"
	"zielwerk/identity"
)

// lifecycleWorld: the fixture city (fiscal years 2024–2025) with the OB,
// Dezernent 0 and an Amtsleitung under Dezernat 0.
type lifecycleWorld struct {
	gdb            *gorm.DB
	ob, dez, amt   *client
	hr, stranger   *client
	dezernat, amt0 db.OrgUnit
	goal           db.Goal
	kpi            db.KPI
}

func newLifecycleWorld(t *testing.T) *lifecycleWorld {
	gdb := dbtest.Open(t)
	f := seedFixture(t, gdb, 2)
	w := &lifecycleWorld{gdb: gdb, dezernat: f.dezernate[0]}
	gdb.Where("code = ?", "A-0").First(&w.amt0)
	amtLead := db.Person{Name: "Amtsleiterin 0", Email: "a0@example.org"}
	gdb.Create(&amtLead)
	gdb.Model(&w.amt0).Update("leader_id", amtLead.ID)
	// The Dezernat's own goal: the agreements here are the OB's with Dezernat 0.
	gdb.Where("org_unit_id = ? AND level = ?", w.dezernat.ID, db.LevelDezernat).First(&w.goal)
	var amtGoal db.Goal
	gdb.Where("org_unit_id = ?", w.amt0.ID).First(&amtGoal)
	gdb.Where("goal_id = ?", amtGoal.ID).First(&w.kpi)
	as := func(personID int64, roles ...identity.Role) *client {
		c := newClient(t, gdb, graph.Options{})
		c.principal = &identity.Principal{PersonID: personID, Roles: roles}
		return c
	}
	var ob, dez db.Person
	gdb.Where("email = ?", "ob@example.org").First(&ob)
	gdb.Where("email = ?", "d0@example.org").First(&dez)
	w.ob, w.dez, w.amt = as(ob.ID, identity.RoleOB), as(dez.ID), as(amtLead.ID)
	w.hr = as(amtLead.ID+1000, identity.RoleHR)
	var d1 db.Person
	gdb.Where("email = ?", "d1@example.org").First(&d1)
	w.stranger = as(d1.ID, identity.RoleControlling)
	return w
}

const agreementFields = `agreement { id status version weightTotal totalDegree
  items { id title weightPercent budgetCompliance finalDegree budgetSuggestion { suggestedDegree } } }
  userErrors { field code key message }`

// result of one mutation: payload, top-level error code, first userError code.
type result struct {
	p        map[string]any
	code, ue string
}

func mutate(t *testing.T, c *client, name, input string, vars map[string]any) result {
	t.Helper()
	var decls []string
	for _, k := range sortedKeys(vars) {
		if strings.Contains(input, "$"+k) {
			typ := "ID!"
			if k == "v" {
				typ = "Int!"
			}
			decls = append(decls, "$"+k+": "+typ)
		}
	}
	op := "mutation"
	if len(decls) > 0 {
		op += "(" + strings.Join(decls, ", ") + ")"
	}
	r := c.do(op+` { m: `+name+`(input: `+input+`) { `+agreementFields+` } }`, vars)
	payload, _ := r.Data["m"].(map[string]any)
	ue := ""
	if payload != nil {
		if errs := payload["userErrors"].([]any); len(errs) > 0 {
			ue = get(errs[0], "code").(string)
		}
	}
	return result{payload, r.code(), ue}
}

func TestAgreementLifecycleRoleByRole(t *testing.T) {
	w := newLifecycleWorld(t)
	successes := 0
	ok := func(r result) map[string]any {
		t.Helper()
		if r.code != "" || r.ue != "" || r.p == nil {
			t.Fatalf("mutation failed: code %q userError %q payload %v", r.code, r.ue, r.p)
		}
		successes++
		return r.p["agreement"].(map[string]any)
	}
	refused := func(want string, r result) {
		t.Helper()
		if r.code != want && r.ue != want {
			t.Fatalf("want %s, got code %q userError %q payload %v", want, r.code, r.ue, r.p)
		}
	}
	unit, agent := gid("OrgUnit", w.dezernat.ID), gid("Person", *w.dezernat.LeaderID)
	create := `{agentId: $agent, orgUnitId: $unit, year: 2025, payRule: BEAMTE_LBESG}`

	// Only the leader of the unit above may create; the Dezernent leads Dezernat 0, not the board.
	refused("FORBIDDEN", mutate(t, w.dez, "agreementCreate", create, map[string]any{"unit": unit, "agent": agent}))
	a := ok(mutate(t, w.ob, "agreementCreate", create, map[string]any{"unit": unit, "agent": agent}))
	refused("BAD_USER_INPUT", mutate(t, w.ob, "agreementCreate", create, map[string]any{"unit": unit, "agent": agent})) // exists
	id := a["id"].(string)
	items := a["items"].([]any)
	if len(items) != 1 || get(items[0], "budgetCompliance") != true || a["status"] != "DRAFT" {
		t.Fatalf("an OB–Dezernat draft starts with the budget-compliance item: %v", a)
	}
	budgetItem := get(items[0], "id").(string)
	v := func() int { return int(a["version"].(float64)) }

	add := `{agreementId: $id, expectedVersion: $v, title: "Digitale Bauakte einführen", weightPercent: 70, goalId: $goal}`
	refused("FORBIDDEN", mutate(t, w.dez, "agreementItemAdd", add, map[string]any{"id": id, "v": v(), "goal": gid("Goal", w.goal.ID)}))
	refused("BAD_USER_INPUT", mutate(t, w.ob, "agreementItemAdd",
		`{agreementId: $id, expectedVersion: $v, title: "KPI ohne Zielwert", weightPercent: 10, kpiId: $kpi}`,
		map[string]any{"id": id, "v": v(), "kpi": gid("KPI", w.kpi.ID)}))
	a = ok(mutate(t, w.ob, "agreementItemAdd", add, map[string]any{"id": id, "v": v(), "goal": gid("Goal", w.goal.ID)}))
	refused("CONFLICT", mutate(t, w.ob, "agreementItemAdd", add, map[string]any{"id": id, "v": v() - 1, "goal": gid("Goal", w.goal.ID)}))
	refused("BAD_USER_INPUT", mutate(t, w.ob, "agreementItemRemove", `{itemId: $item, expectedVersion: $v}`,
		map[string]any{"item": budgetItem, "v": v()}))
	if a["weightTotal"] != float64(90) {
		t.Fatalf("weightTotal %v", a["weightTotal"])
	}
	refused("BAD_USER_INPUT", mutate(t, w.ob, "agreementPropose", `{agreementId: $id, expectedVersion: $v}`, map[string]any{"id": id, "v": v()}))
	// The budget-compliance item keeps its title; a client may send it unchanged.
	refused("BAD_USER_INPUT", mutate(t, w.ob, "agreementItemUpdate", `{itemId: $item, expectedVersion: $v, title: "Sparen"}`,
		map[string]any{"item": budgetItem, "v": v()}))
	a = ok(mutate(t, w.ob, "agreementItemUpdate", `{itemId: $item, expectedVersion: $v, weightPercent: 30, title: "`+db.BudgetComplianceTitle+`"}`,
		map[string]any{"item": budgetItem, "v": v()}))
	refused("FORBIDDEN", mutate(t, w.dez, "agreementPropose", `{agreementId: $id, expectedVersion: $v}`, map[string]any{"id": id, "v": v()}))
	a = ok(mutate(t, w.ob, "agreementPropose", `{agreementId: $id, expectedVersion: $v}`, map[string]any{"id": id, "v": v()}))

	// Editing stops once proposed; the agent returns it, with a reason.
	refused("BAD_USER_INPUT", mutate(t, w.ob, "agreementItemAdd", add, map[string]any{"id": id, "v": v(), "goal": gid("Goal", w.goal.ID)}))
	refused("BAD_USER_INPUT", mutate(t, w.dez, "agreementReturn", `{agreementId: $id, expectedVersion: $v, reason: "  "}`, map[string]any{"id": id, "v": v()}))
	refused("NOT_FOUND", mutate(t, w.amt, "agreementReturn", `{agreementId: $id, expectedVersion: $v, reason: "x"}`, map[string]any{"id": id, "v": v()}))
	a = ok(mutate(t, w.dez, "agreementReturn", `{agreementId: $id, expectedVersion: $v, reason: "Gewichte besprechen"}`, map[string]any{"id": id, "v": v()}))
	a = ok(mutate(t, w.ob, "agreementPropose", `{agreementId: $id, expectedVersion: $v}`, map[string]any{"id": id, "v": v()}))

	// Both sign.
	a = ok(mutate(t, w.dez, "agreementAccept", `{agreementId: $id, expectedVersion: $v}`, map[string]any{"id": id, "v": v()}))
	refused("BAD_USER_INPUT", mutate(t, w.dez, "agreementAccept", `{agreementId: $id, expectedVersion: $v}`, map[string]any{"id": id, "v": v()}))
	if a["status"] != "PROPOSED" {
		t.Fatalf("one signature is not agreement: %v", a["status"])
	}
	a = ok(mutate(t, w.ob, "agreementAccept", `{agreementId: $id, expectedVersion: $v}`, map[string]any{"id": id, "v": v()}))
	if a["status"] != "AGREED" {
		t.Fatalf("both signed: %v", a["status"])
	}

	// Mid-year review by the principal.
	degrees := func(budget, other int) string {
		return `[{itemId: "` + budgetItem + `", degree: ` + itoa(budget) + `}, {itemId: "` + get(a["items"], 1, "id").(string) + `", degree: ` + itoa(other) + `}]`
	}
	review := `{agreementId: $id, expectedVersion: $v, heldOn: "2025-07-01", note: "Auf gutem Weg.", items: ` + degrees(100, 80) + `}`
	refused("FORBIDDEN", mutate(t, w.dez, "agreementReviewRecord", review, map[string]any{"id": id, "v": v()}))
	a = ok(mutate(t, w.ob, "agreementReviewRecord", review, map[string]any{"id": id, "v": v()}))

	// Self-assessment by the agent, then the principal's assessment.
	refused("FORBIDDEN", mutate(t, w.ob, "agreementAssess", `{agreementId: $id, expectedVersion: $v, self: true, items: `+degrees(100, 90)+`}`, map[string]any{"id": id, "v": v()}))
	a = ok(mutate(t, w.dez, "agreementAssess", `{agreementId: $id, expectedVersion: $v, self: true, items: `+degrees(100, 90)+`, note: "Ziele erreicht."}`, map[string]any{"id": id, "v": v()}))
	refused("BAD_USER_INPUT", mutate(t, w.ob, "agreementAssess", `{agreementId: $id, expectedVersion: $v, self: false, items: [{itemId: "`+budgetItem+`", degree: 100}]}`, map[string]any{"id": id, "v": v()}))
	suggestion := int(get(a["items"], 0, "budgetSuggestion", "suggestedDegree").(float64))
	far := suggestion + 40
	refused("BAD_USER_INPUT", mutate(t, w.ob, "agreementAssess", `{agreementId: $id, expectedVersion: $v, self: false, items: `+degrees(far, 120)+`}`, map[string]any{"id": id, "v": v()}))
	a = ok(mutate(t, w.ob, "agreementAssess", `{agreementId: $id, expectedVersion: $v, self: false, items: `+degrees(far, 120)+`, overruleReason: "Sonderbelastung durch Hochwasser"}`, map[string]any{"id": id, "v": v()}))
	wantTotal := float64(30*far+70*120) / 100
	if a["status"] != "ASSESSED" || a["totalDegree"] != wantTotal {
		t.Fatalf("assessed: status %v total %v, want %v", a["status"], a["totalDegree"], wantTotal)
	}

	refused("FORBIDDEN", mutate(t, w.dez, "agreementClose", `{agreementId: $id, expectedVersion: $v}`, map[string]any{"id": id, "v": v()}))
	// Not before the agent acknowledged (or the period for objections is over).
	refused("BAD_USER_INPUT", mutate(t, w.ob, "agreementClose", `{agreementId: $id, expectedVersion: $v}`, map[string]any{"id": id, "v": v()}))
	refused("FORBIDDEN", mutate(t, w.ob, "agreementAcknowledge", `{agreementId: $id, expectedVersion: $v}`, map[string]any{"id": id, "v": v()}))
	a = ok(mutate(t, w.dez, "agreementAcknowledge", `{agreementId: $id, expectedVersion: $v}`, map[string]any{"id": id, "v": v()}))
	refused("BAD_USER_INPUT", mutate(t, w.dez, "agreementObject", `{agreementId: $id, expectedVersion: $v, reason: "zu spät"}`, map[string]any{"id": id, "v": v()}))
	a = ok(mutate(t, w.ob, "agreementClose", `{agreementId: $id, expectedVersion: $v}`, map[string]any{"id": id, "v": v()}))
	checkAuditInWords(t, w.ob, id)

	// HR takes the result for pay.
	r := w.hr.must(`{ payResults(year: 2025) { nodes { totalDegree points payRule person { name } } } }`, nil)
	if got := get(r, "payResults", "nodes", 0, "totalDegree"); got != wantTotal {
		t.Fatalf("HR sees total %v, want %v", got, wantTotal)
	}

	// A closed agreement cannot change by any path, and nothing is written.
	before := auditEventCount(t, w.gdb)
	item := get(a["items"], 1, "id").(string)
	vars := map[string]any{"id": id, "v": v(), "item": item, "goal": gid("Goal", w.goal.ID)}
	for _, m := range []struct{ name, input string }{
		{"agreementItemAdd", add},
		{"agreementItemUpdate", `{itemId: $item, expectedVersion: $v, weightPercent: 10}`},
		{"agreementItemRemove", `{itemId: $item, expectedVersion: $v}`},
		{"agreementPropose", `{agreementId: $id, expectedVersion: $v}`},
		{"agreementAccept", `{agreementId: $id, expectedVersion: $v}`},
		{"agreementReturn", `{agreementId: $id, expectedVersion: $v, reason: "x"}`},
		{"agreementChangeRequest", `{agreementId: $id, expectedVersion: $v, reason: "x"}`},
		{"agreementReviewRecord", review},
		{"agreementAssess", `{agreementId: $id, expectedVersion: $v, self: false, items: ` + degrees(100, 100) + `, overruleReason: "x"}`},
		{"agreementClose", `{agreementId: $id, expectedVersion: $v}`},
	} {
		for _, c := range []*client{w.ob, w.dez} {
			if r := mutate(t, c, m.name, m.input, vars); r.code == "" && r.ue == "" {
				t.Errorf("%s changed a closed agreement: %v", m.name, r.p)
			}
		}
	}
	if after := auditEventCount(t, w.gdb); after != before {
		t.Fatalf("refused mutations wrote %d audit events", after-before)
	}
	var stored db.Agreement
	w.gdb.First(&stored, decodeID(t, id))
	if stored.Status != db.StatusClosed || stored.Version != v() {
		t.Fatalf("closed agreement changed: %+v", stored)
	}

	// Next year's draft comes from a copy.
	copyA := ok(mutate(t, w.ob, "agreementCopyToYear", `{agreementId: $id, year: 2026}`, map[string]any{"id": id}))
	if copyA["status"] != "DRAFT" || len(copyA["items"].([]any)) != 2 || get(copyA["items"], 1, "finalDegree") != nil {
		t.Fatalf("copy: %v", copyA)
	}

	// Audit events == successful mutations (the fixture wrote none).
	var events int64
	w.gdb.Model(&db.AuditEvent{}).Where("entity = ?", "Agreement").Count(&events)
	if int(events) != successes {
		t.Fatalf("%d audit events for %d successful mutations", events, successes)
	}
	r = w.dez.must(`query($id: ID!) { auditTrail(entity: $id, first: 100) { totalCount nodes { action actor { name } } } }`, map[string]any{"id": id})
	if n := int(get(r, "auditTrail", "totalCount").(float64)); n != successes-1 {
		t.Fatalf("audit trail of the agreement has %d events, want %d", n, successes-1)
	}
	t.Logf("lifecycle: %d successful mutations, each with one audit event", successes)
}

func TestConcurrentWritesOneWins(t *testing.T) {
	w := newLifecycleWorld(t)
	unit, agent := gid("OrgUnit", w.dezernat.ID), gid("Person", *w.dezernat.LeaderID)
	res := mutate(t, w.ob, "agreementCreate", `{agentId: $agent, orgUnitId: $unit, year: 2025, payRule: NONE}`,
		map[string]any{"unit": unit, "agent": agent})
	if res.code != "" || res.ue != "" {
		t.Fatal(res.code, res.ue)
	}
	a := res.p["agreement"].(map[string]any)
	var wg sync.WaitGroup
	results := make([]string, 2)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := mutate(t, w.ob, "agreementItemAdd",
				`{agreementId: $id, expectedVersion: $v, title: "Parallel", weightPercent: 10}`,
				map[string]any{"id": a["id"], "v": a["version"]})
			results[i] = r.code + r.ue
		}()
	}
	wg.Wait()
	wins, conflicts := 0, 0
	for _, r := range results {
		switch r {
		case "":
			wins++
		case "CONFLICT":
			conflicts++
		}
	}
	if wins != 1 || conflicts != 1 {
		t.Fatalf("two writes at one version: %v; want exactly one win and one CONFLICT", results)
	}
	var n int64
	w.gdb.Model(&db.AgreementItem{}).Where("agreement_id = ? AND title = ?", decodeID(t, a["id"].(string)), "Parallel").Count(&n)
	if n != 1 {
		t.Fatalf("%d items written, want 1", n)
	}
}

// obDraft starts the OB's 2025 draft with Dezernat 0 (the budget-compliance
// item comes with it) and returns its payload's agreement.
func (w *lifecycleWorld) obDraft(t *testing.T) map[string]any {
	t.Helper()
	r := mutate(t, w.ob, "agreementCreate", `{agentId: $agent, orgUnitId: $unit, year: 2025, payRule: BEAMTE_LBESG}`,
		map[string]any{"unit": gid("OrgUnit", w.dezernat.ID), "agent": gid("Person", *w.dezernat.LeaderID)})
	if r.code != "" || r.ue != "" {
		t.Fatalf("create: %s %s", r.code, r.ue)
	}
	return r.p["agreement"].(map[string]any)
}

// step runs a mutation that must succeed and returns its agreement.
func step(t *testing.T, c *client, name, input string, vars map[string]any) map[string]any {
	t.Helper()
	r := mutate(t, c, name, input, vars)
	if r.code != "" || r.ue != "" {
		t.Fatalf("%s: code %q userError %q", name, r.code, r.ue)
	}
	return r.p["agreement"].(map[string]any)
}

func version(a map[string]any) int { return int(a["version"].(float64)) }

func TestItemWeightsArePositive(t *testing.T) {
	w := newLifecycleWorld(t)
	a := w.obDraft(t)
	budget := get(a["items"], 0, "id").(string)
	if r := mutate(t, w.ob, "agreementItemUpdate", `{itemId: $item, expectedVersion: $v, weightPercent: 0}`,
		map[string]any{"item": budget, "v": version(a)}); r.ue != "BAD_USER_INPUT" {
		t.Fatalf("budget-compliance item set to 0 %%: code %q userError %q", r.code, r.ue)
	}
	if r := mutate(t, w.ob, "agreementItemAdd", `{agreementId: $id, expectedVersion: $v, title: "Nebenbei", weightPercent: 0}`,
		map[string]any{"id": a["id"], "v": version(a)}); r.ue != "BAD_USER_INPUT" {
		t.Fatalf("item added with 0 %%: code %q userError %q", r.code, r.ue)
	}
}

func TestUserErrorFieldIsOneSegmentPerStep(t *testing.T) {
	w := newLifecycleWorld(t)
	a := w.obDraft(t)
	id, budget := a["id"], get(a["items"], 0, "id").(string)
	a = step(t, w.ob, "agreementItemAdd", `{agreementId: $id, expectedVersion: $v, title: "Bauakte", weightPercent: 80}`,
		map[string]any{"id": id, "v": version(a)})
	a = step(t, w.ob, "agreementItemUpdate", `{itemId: $item, expectedVersion: $v, weightPercent: 20}`,
		map[string]any{"item": budget, "v": version(a)})
	a = step(t, w.ob, "agreementPropose", `{agreementId: $id, expectedVersion: $v}`, map[string]any{"id": id, "v": version(a)})
	a = step(t, w.dez, "agreementAccept", `{agreementId: $id, expectedVersion: $v}`, map[string]any{"id": id, "v": version(a)})
	a = step(t, w.ob, "agreementAccept", `{agreementId: $id, expectedVersion: $v}`, map[string]any{"id": id, "v": version(a)})
	r := w.ob.must(`mutation($id: ID!, $v: Int!, $item: ID!) { agreementReviewRecord(input: {agreementId: $id, expectedVersion: $v,
  heldOn: "2025-07-01", note: "x", items: [{itemId: $item, degree: 200}]}) { userErrors { field } } }`,
		map[string]any{"id": id, "v": version(a), "item": budget})
	field := fmt.Sprint(get(r, "agreementReviewRecord", "userErrors", 0, "field"))
	if field != "[input items 0 degree]" {
		t.Fatalf("field path %s, want [input items 0 degree]", field)
	}
}

func TestItemPositionsCloseUpAfterRemoval(t *testing.T) {
	w := newLifecycleWorld(t)
	a := w.obDraft(t)
	for _, title := range []string{"Zwei", "Drei", "Vier"} {
		a = step(t, w.ob, "agreementItemAdd", `{agreementId: $id, expectedVersion: $v, title: "`+title+`", weightPercent: 10}`,
			map[string]any{"id": a["id"], "v": version(a)})
	}
	a = step(t, w.ob, "agreementItemRemove", `{itemId: $item, expectedVersion: $v}`,
		map[string]any{"item": get(a["items"], 1, "id"), "v": version(a)})
	a = step(t, w.ob, "agreementItemAdd", `{agreementId: $id, expectedVersion: $v, title: "Fünf", weightPercent: 10}`,
		map[string]any{"id": a["id"], "v": version(a)})
	var positions []int
	w.gdb.Model(&db.AgreementItem{}).Where("agreement_id = ?", decodeID(t, a["id"].(string))).Order("position").Pluck("position", &positions)
	if fmt.Sprint(positions) != "[1 2 3 4]" {
		t.Fatalf("positions after a removal: %v, want [1 2 3 4]", positions)
	}
}

func TestCopyToYearKeepsToKnownYears(t *testing.T) {
	w := newLifecycleWorld(t)
	a := w.obDraft(t) // 2025; the fixture's budget years are 2024–2025
	next := step(t, w.ob, "agreementCopyToYear", `{agreementId: $id, year: 2026}`, map[string]any{"id": a["id"]})
	// 2026 now has an agreement, but no budget: it must not open 2027.
	for _, year := range []string{"2027", "2030", "2022"} {
		if r := mutate(t, w.ob, "agreementCopyToYear", `{agreementId: $id, year: `+year+`}`, map[string]any{"id": next["id"]}); r.ue != "BAD_USER_INPUT" {
			t.Fatalf("copy to %s: code %q userError %q", year, r.code, r.ue)
		}
	}
	step(t, w.ob, "agreementCopyToYear", `{agreementId: $id, year: 2024}`, map[string]any{"id": next["id"]})
}

func TestPersonAgreementsAnyRole(t *testing.T) {
	w := newLifecycleWorld(t)
	w.obDraft(t) // the Dezernent is its agent
	q := `query($id: ID!) { node(id: $id) { ... on Person { any: agreements(role: ANY) { totalCount nodes { id } }
  agent: agreements(role: AGENT) { totalCount } principal: agreements(role: PRINCIPAL) { totalCount } } } }`
	r := w.dez.must(q, map[string]any{"id": gid("Person", *w.dezernat.LeaderID)})
	if n := get(r, "node", "any", "totalCount"); n != float64(1) {
		t.Fatalf("role ANY: %v agreements, want 1", n)
	}
	r = w.ob.must(q, map[string]any{"id": gid("Person", *w.dezernat.LeaderID)})
	if get(r, "node", "any", "totalCount") != float64(1) || get(r, "node", "principal", "totalCount") != float64(0) {
		t.Fatalf("OB asking about the Dezernent: %v", r)
	}
}

func TestPayResultTotalIsRoundedToOneDecimal(t *testing.T) {
	w := newLifecycleWorld(t)
	now := time.Now().UTC()
	a := db.Agreement{Year: 2025, PrincipalID: *w.dezernat.LeaderID, AgentID: *w.amt0.LeaderID, OrgUnitID: w.amt0.ID,
		Status: db.StatusClosed, PayRule: db.PayTVoeDLOB, CreatedAt: now, UpdatedAt: now, Version: 1}
	w.gdb.Create(&a)
	total := math.Nextafter(88.3, 100) // 88.30000000000001, as a sum of weighted degrees can come out
	w.gdb.Create(&db.Assessment{AgreementID: a.ID, TotalDegree: total, AssessedByID: a.PrincipalID, AssessedAt: now})
	r := w.hr.must(`{ payResults(year: 2025) { nodes { totalDegree agreement { totalDegree } } } }`, nil)
	if got := get(r, "payResults", "nodes", 0, "totalDegree"); got != 88.3 {
		t.Fatalf("payResults.totalDegree %v, want 88.3", got)
	}
	if got := get(r, "payResults", "nodes", 0, "agreement", "totalDegree"); got != 88.3 {
		t.Fatalf("agreement.totalDegree %v, want 88.3", got)
	}
}

func TestItemGoalsAreRelatedTracedAndActive(t *testing.T) {
	w := newLifecycleWorld(t)
	var board, dez1 db.OrgUnit
	w.gdb.Where("code = ?", "OB").First(&board)
	w.gdb.Where("code = ?", "D-1").First(&dez1)
	goal := func(unit int64, title string, from, to int, traced bool, product *int64) int64 {
		g := db.Goal{OrgUnitID: unit, Level: db.LevelDezernat, Title: title, FromYear: from, ToYear: to, ProductID: product}
		if traced {
			g.TracedStrategicGoalID = w.goal.TracedStrategicGoalID
		}
		if err := w.gdb.Create(&g).Error; err != nil {
			t.Fatal(err)
		}
		return g.ID
	}
	var product db.Product
	w.gdb.Where("org_unit_id = ?", w.amt0.ID).First(&product)
	a := w.obDraft(t) // OB with Dezernat 0, 2025
	add := func(goalID int64) result {
		r := mutate(t, w.ob, "agreementItemAdd", `{agreementId: $id, expectedVersion: $v, title: "Ziel", weightPercent: 10, goalId: $goal}`,
			map[string]any{"id": a["id"], "v": version(a), "goal": gid("Goal", goalID)})
		if r.p != nil && r.p["agreement"] != nil {
			a = r.p["agreement"].(map[string]any)
		}
		return r
	}
	for name, g := range map[string]int64{
		"another Dezernat's goal":  goal(dez1.ID, "Fremdes Ziel", 2024, 2027, true, nil),
		"an untraced goal":         goal(w.dezernat.ID, "Ohne Bezug", 2024, 2027, false, nil),
		"a goal ended before 2025": goal(w.dezernat.ID, "Vorbei", 2022, 2024, true, nil),
		"an Amt goal below":        goal(w.amt0.ID, "Amtsziel ohne Produkt", 2024, 2027, true, nil),
	} {
		if r := add(g); r.ue != "BAD_USER_INPUT" {
			t.Errorf("%s accepted: code %q userError %q", name, r.code, r.ue)
		}
	}
	for name, g := range map[string]int64{
		"the Dezernat's goal":         w.goal.ID,
		"the board's goal":            goal(board.ID, "Stadtziel", 2024, 2027, true, nil),
		"a goal of its Amt's product": goal(w.amt0.ID, "Produktziel", 2024, 2027, true, &product.ID),
	} {
		if r := add(g); r.code != "" || r.ue != "" {
			t.Errorf("%s refused: code %q userError %q", name, r.code, r.ue)
		}
	}
	// A goal that ends with 2025 does not travel into 2026.
	if r := add(goal(w.dezernat.ID, "Nur 2025", 2025, 2025, true, nil)); r.ue != "" {
		t.Fatalf("goal of 2025: %q", r.ue)
	}
	if r := mutate(t, w.ob, "agreementCopyToYear", `{agreementId: $id, year: 2026}`, map[string]any{"id": a["id"]}); r.ue != "BAD_USER_INPUT" {
		t.Fatalf("copy with a goal of 2025 only into 2026: code %q userError %q", r.code, r.ue)
	}
}

func TestBudgetFiguresSayNoDataYet(t *testing.T) {
	w := newLifecycleWorld(t)
	var product db.Product
	w.gdb.Where("org_unit_id = ?", w.amt0.ID).First(&product)
	// 2026: a plan, no actual or forecast yet; a planned saving, none realised.
	w.gdb.Create(&db.BudgetLine{ProductID: product.ID, Year: 2026, PlanCents: 500_00})
	prog := db.ConsolidationProgramme{Kind: db.HSP, Name: "HSP", FromYear: 2024, ToYear: 2030}
	w.gdb.Create(&prog)
	m := db.ConsolidationMeasure{ProgrammeID: prog.ID, Number: "HSP-1", Title: "Sparen", OrgUnitID: w.amt0.ID, Status: db.MeasurePlanned}
	w.gdb.Create(&m)
	w.gdb.Create(&db.MeasureSaving{MeasureID: m.ID, Year: 2026, PlannedCents: 100_00})

	const figures = `noData adherence hspRealisation suggestedDegree`
	r := w.ob.must(`{ budgetComplianceByDezernat(year: 2026) { orgUnit { code } figures { `+figures+` } } }`, nil)
	f := get(r, "budgetComplianceByDezernat", 0, "figures").(map[string]any)
	if f["noData"] != true || f["adherence"] != nil || f["hspRealisation"] != nil || f["suggestedDegree"] != nil {
		t.Fatalf("2026 without actuals: %v, want noData and no ratios", f)
	}
	r = w.ob.must(`{ budgetComplianceByDezernat(year: 2025) { figures { `+figures+` } } }`, nil)
	if f := get(r, "budgetComplianceByDezernat", 0, "figures").(map[string]any); f["noData"] != false || f["adherence"] == nil {
		t.Fatalf("2025 with actuals: %v", f)
	}
	// The budget item's suggestion of a 2026 draft says the same.
	a := step(t, w.ob, "agreementCreate", `{agentId: $agent, orgUnitId: $unit, year: 2026, payRule: NONE}`,
		map[string]any{"unit": gid("OrgUnit", w.dezernat.ID), "agent": gid("Person", *w.dezernat.LeaderID)})
	r = w.ob.must(`query($id: ID!) { node(id: $id) { ... on Agreement { items { budgetSuggestion { `+figures+` } } } } }`, map[string]any{"id": a["id"]})
	if s := get(r, "node", "items", 0, "budgetSuggestion").(map[string]any); s["noData"] != true || s["suggestedDegree"] != nil {
		t.Fatalf("budget item suggestion for 2026: %v", s)
	}
}

func TestNULInTextIsBadInput(t *testing.T) {
	w := newLifecycleWorld(t)
	a := w.obDraft(t)
	vars := map[string]any{"id": a["id"], "v": version(a), "text": "Bau\x00akte"}
	for name, q := range map[string]string{
		"title in a variable": `mutation($id: ID!, $v: Int!, $text: String!) { agreementItemAdd(input: {agreementId: $id, expectedVersion: $v,
  title: $text, weightPercent: 10}) { userErrors { code } } }`,
		"description in the document": `mutation($id: ID!, $v: Int!) { agreementItemAdd(input: {agreementId: $id, expectedVersion: $v,
  title: "Bauakte", description: "a\u0000b", weightPercent: 10}) { userErrors { code } } }`,
		"reason": `mutation($id: ID!, $v: Int!, $text: String!) { agreementReturn(input: {agreementId: $id, expectedVersion: $v, reason: $text}) { userErrors { code } } }`,
	} {
		r := w.ob.do(q, vars)
		if r.code() != "BAD_USER_INPUT" {
			t.Errorf("%s: code %q, errors %+v", name, r.code(), r.Errors)
			continue
		}
		if _, ok := r.Errors[0].Extensions["messageDe"]; !ok {
			t.Errorf("%s: no German message in %+v", name, r.Errors[0].Extensions)
		}
	}
	var n int64
	w.gdb.Model(&db.AgreementItem{}).Where("agreement_id = ?", decodeID(t, a["id"].(string))).Count(&n)
	if n != 1 {
		t.Fatalf("%d items after refused input, want the budget item only", n)
	}
}
