package graph_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"gorm.io/gorm"

	"zielwerk/db"
	"zielwerk/db/dbtest"
	"zielwerk/demo"
	"zielwerk/graph"
	"zielwerk/identity"
)

// cascade is the demo city seen by an ADMIN client: a Dezernat with an Amt
// below it and a Dezernat goal, and an Amt of another Dezernat.
type cascade struct {
	c                       *client
	gdb                     *gorm.DB
	dezernat, amt, otherAmt db.OrgUnit
	dezGoal                 db.Goal
}

func newCascade(t *testing.T) *cascade {
	t.Helper()
	gdb := dbtest.Open(t)
	if _, err := demo.Seed(t.Context(), gdb); err != nil {
		t.Fatal(err)
	}
	w := &cascade{c: newClient(t, gdb, graph.Options{}), gdb: gdb}
	admin := person(t, gdb, "email = ?", demo.DemoAccounts()[6].Email)
	w.c.principal = &identity.Principal{PersonID: admin.ID, Name: admin.Name, Roles: []identity.Role{identity.RoleAdmin}}
	must(t, gdb.Where("level = ? AND strategic_goal_id IS NOT NULL AND from_year <= 2026 AND to_year >= 2027", db.LevelDezernat).
		Order("id").First(&w.dezGoal).Error)
	must(t, gdb.First(&w.dezernat, w.dezGoal.OrgUnitID).Error)
	must(t, gdb.Where("parent_id = ? AND kind = ?", w.dezernat.ID, db.KindAmt).Order("id").First(&w.amt).Error)
	must(t, gdb.Where("kind = ? AND parent_id <> ?", db.KindAmt, w.dezernat.ID).Order("id").First(&w.otherAmt).Error)
	return w
}

// mutate runs a payload mutation and returns its object (at key) and the
// userErrors' keys.
func (w *cascade) mutate(t *testing.T, q string, vars map[string]any, key string) (map[string]any, []string) {
	t.Helper()
	r := w.c.do(q, vars)
	if len(r.Errors) > 0 {
		t.Fatalf("%s: %+v", q, r.Errors)
	}
	var p map[string]any
	for _, v := range r.Data {
		p = v.(map[string]any)
	}
	var keys []string
	for _, ue := range p["userErrors"].([]any) {
		keys = append(keys, ue.(map[string]any)["key"].(string))
	}
	obj, _ := p[key].(map[string]any)
	return obj, keys
}

func lastEvent(t *testing.T, gdb *gorm.DB, entity string) db.AuditEvent {
	t.Helper()
	var ev db.AuditEvent
	must(t, gdb.Where("entity = ?", entity).Order("id DESC").First(&ev).Error)
	return ev
}

const goalCreate = `mutation($in: GoalCreateInput!) { r: goalCreate(input: $in) {
	goal { id version level tracedStrategicGoal { number } untracedReason } userErrors { key field message } } }`

// The cascade rule on write: a goal links to a goal of a higher level of
// its unit or a unit above, whose years overlap; a top-level goal to a
// strategic goal; a goal without a link needs a reason.
func TestGoalCreateFollowsTheCascade(t *testing.T) {
	w := newCascade(t)
	amt, other := gid("OrgUnit", w.amt.ID), gid("OrgUnit", w.otherAmt.ID)
	parent := gid("Goal", w.dezGoal.ID)
	ok, ues := w.mutate(t, goalCreate, map[string]any{"in": map[string]any{"orgUnitId": amt, "level": "AMT", "title": "Neues Amtsziel",
		"fromYear": 2026, "toYear": 2027, "parentGoalId": parent}}, "goal")
	if len(ues) > 0 || get(ok, "tracedStrategicGoal", "number") == nil {
		t.Fatalf("a linked Amt goal: %v %v", ues, ok)
	}
	ev := lastEvent(t, w.gdb, "Goal")
	if ev.Action != "add" || !strings.Contains(ev.After, `"title":"Neues Amtsziel"`) {
		t.Errorf("audit event %+v", ev)
	}
	for _, c := range []struct {
		name string
		in   map[string]any
		key  string
	}{
		{"parent of an unrelated unit", map[string]any{"orgUnitId": other, "level": "AMT", "title": "X", "fromYear": 2026, "toYear": 2026, "parentGoalId": parent}, "goal.parentUnit"},
		{"no link, no reason", map[string]any{"orgUnitId": amt, "level": "AMT", "title": "X", "fromYear": 2026, "toYear": 2026}, "goal.untraced"},
		{"years not overlapping", map[string]any{"orgUnitId": amt, "level": "AMT", "title": "X", "fromYear": 2040, "toYear": 2041, "parentGoalId": parent}, "goal.parentYears"},
		{"level does not fit the unit", map[string]any{"orgUnitId": amt, "level": "DEZERNAT", "title": "X", "fromYear": 2026, "toYear": 2026, "untracedReason": "x"}, "goal.levelUnit"},
		{"product goal without product", map[string]any{"orgUnitId": amt, "level": "PRODUCT", "title": "X", "fromYear": 2026, "toYear": 2026, "parentGoalId": parent}, "goal.productMissing"},
		{"Amt goal linked to strategy", map[string]any{"orgUnitId": amt, "level": "AMT", "title": "X", "fromYear": 2026, "toYear": 2026, "strategicGoalId": gid("StrategicGoal", *w.dezGoal.StrategicGoalID)}, "goal.level"},
		{"empty title", map[string]any{"orgUnitId": amt, "level": "AMT", "title": " ", "fromYear": 2026, "toYear": 2026, "untracedReason": "x"}, "input.required"},
	} {
		before := auditEventCount(t, w.gdb)
		_, ues := w.mutate(t, goalCreate, map[string]any{"in": c.in}, "goal")
		if len(ues) != 1 || ues[0] != c.key || auditEventCount(t, w.gdb) != before {
			t.Errorf("%s: userErrors %v, want %s and nothing written", c.name, ues, c.key)
		}
	}
	untraced, ues := w.mutate(t, goalCreate, map[string]any{"in": map[string]any{"orgUnitId": amt, "level": "AMT", "title": "Bewusst ohne Bezug",
		"fromYear": 2026, "toYear": 2026, "untracedReason": "Pflichtaufgabe ohne strategischen Bezug"}}, "goal")
	if len(ues) > 0 || untraced["tracedStrategicGoal"] != nil {
		t.Fatalf("an untraced goal with a reason: %v %v", ues, untraced)
	}
	r := w.c.must(`{ alignmentReport(year: 2026) { unlinkedGoals(first: 100) { nodes { title } } } }`, nil)
	if !strings.Contains(fmt.Sprint(r), "Bewusst ohne Bezug") {
		t.Error("the untraced goal is not in the alignment report")
	}
}

// Changing a goal's link re-traces the goals below it; a stale version is
// a CONFLICT; the audit event holds before and after.
func TestGoalUpdateRetracesAndLocks(t *testing.T) {
	w := newCascade(t)
	child, _ := w.mutate(t, goalCreate, map[string]any{"in": map[string]any{"orgUnitId": gid("OrgUnit", w.amt.ID), "level": "AMT",
		"title": "Kind", "fromYear": 2026, "toYear": 2027, "parentGoalId": gid("Goal", w.dezGoal.ID)}}, "goal")
	var other db.StrategicGoal
	must(t, w.gdb.Where("id <> ?", *w.dezGoal.StrategicGoalID).Order("number").First(&other).Error)
	upd := `mutation($id: ID!, $v: Int!, $sg: ID) { r: goalUpdate(input: {id: $id, expectedVersion: $v, strategicGoalId: $sg, title: "Neu"}) {
		goal { version title tracedStrategicGoal { number } } userErrors { key } } }`
	g, ues := w.mutate(t, upd, map[string]any{"id": gid("Goal", w.dezGoal.ID), "v": w.dezGoal.Version, "sg": gid("StrategicGoal", other.ID)}, "goal")
	if len(ues) > 0 || get(g, "tracedStrategicGoal", "number") != float64(other.Number) {
		t.Fatalf("update: %v %v", ues, g)
	}
	var below db.Goal
	must(t, w.gdb.First(&below, decodeID(t, child["id"].(string))).Error)
	if below.TracedStrategicGoalID == nil || *below.TracedStrategicGoalID != other.ID {
		t.Errorf("the goal below traces to %v, want %d", below.TracedStrategicGoalID, other.ID)
	}
	ev := lastEvent(t, w.gdb, "Goal")
	var before, after map[string]any
	_ = json.Unmarshal([]byte(ev.Before), &before)
	_ = json.Unmarshal([]byte(ev.After), &after)
	if ev.Action != "update" || before["title"] != w.dezGoal.Title || after["title"] != "Neu" || after["strategicGoalId"] != float64(other.ID) {
		t.Errorf("audit %s: %v → %v", ev.Action, before, after)
	}
	r := w.c.do(upd, map[string]any{"id": gid("Goal", w.dezGoal.ID), "v": w.dezGoal.Version, "sg": nil})
	if r.code() != "CONFLICT" {
		t.Errorf("a stale version: %+v", r.Errors)
	}
}

// Retiring: a goal with goals below that run longer, or a strategic goal
// that is retired, cannot be linked; people and units check their input.
func TestRetireAndInputRules(t *testing.T) {
	w := newCascade(t)
	child, _ := w.mutate(t, goalCreate, map[string]any{"in": map[string]any{"orgUnitId": gid("OrgUnit", w.amt.ID), "level": "AMT",
		"title": "Kind", "fromYear": 2026, "toYear": w.dezGoal.ToYear, "parentGoalId": gid("Goal", w.dezGoal.ID)}}, "goal")
	_, ues := w.mutate(t, `mutation($id: ID!, $v: Int!, $y: Int!) { r: goalRetire(input: {id: $id, expectedVersion: $v, lastYear: $y}) { goal { toYear } userErrors { key } } }`,
		map[string]any{"id": gid("Goal", w.dezGoal.ID), "v": w.dezGoal.Version, "y": 2026}, "goal")
	if len(ues) != 1 || ues[0] != "goal.retireChildren" {
		t.Errorf("retiring a goal with a longer-running child: %v (child %v)", ues, child["id"])
	}
	sg, _ := w.mutate(t, `mutation { r: strategicGoalCreate(input: {number: 42, title: "Neues Konzernziel"}) { strategicGoal { id version } userErrors { key } } }`, nil, "strategicGoal")
	_, ues = w.mutate(t, `mutation { r: strategicGoalCreate(input: {number: 42, title: "Doppelt"}) { strategicGoal { id } userErrors { key } } }`, nil, "strategicGoal")
	if len(ues) != 1 || ues[0] != "strategicGoal.numberTaken" {
		t.Errorf("a duplicate number: %v", ues)
	}
	_, ues = w.mutate(t, `mutation($id: ID!, $v: Int!) { r: strategicGoalRetire(input: {id: $id, expectedVersion: $v}) { strategicGoal { retiredAt } userErrors { key } } }`,
		map[string]any{"id": sg["id"], "v": sg["version"]}, "strategicGoal")
	if len(ues) > 0 {
		t.Fatalf("retire: %v", ues)
	}
	_, ues = w.mutate(t, goalCreate, map[string]any{"in": map[string]any{"orgUnitId": gid("OrgUnit", w.dezernat.ID), "level": "DEZERNAT",
		"title": "An ein beendetes Ziel", "fromYear": 2026, "toYear": 2026, "strategicGoalId": sg["id"]}}, "goal")
	if len(ues) != 1 || ues[0] != "goal.strategicGoalRetired" {
		t.Errorf("linking a retired strategic goal: %v", ues)
	}
	for q, key := range map[string]string{
		`mutation { r: personCreate(input: {name: "A", email: "kein-at-zeichen"}) { person { id } userErrors { key } } }`:                                                                       "person.email",
		`mutation { r: personCreate(input: {name: "A", email: "x@y.de", partTimeFactor: 1.5}) { person { id } userErrors { key } } }`:                                                           "person.partTime",
		`mutation { r: kpiCreate(input: {name: "K", direction: HIGHER_IS_BETTER, kind: OUTPUT, frequency: YEARLY}) { kpi { id } userErrors { key } } }`:                                         "kpi.owner",
		`mutation { r: productCreate(input: {number: "999901", name: "P", orgUnitId: "` + gid("OrgUnit", w.amt.ID) + `"}) { product { id } userErrors { key } } }`:                              "product.group",
		`mutation { r: orgUnitCreate(input: {code: "X1", name: "X", kind: AMT, parentId: "` + gid("OrgUnit", w.amt.ID) + `", validFrom: "2026-01-01"}) { orgUnit { id } userErrors { key } } }`: "orgUnit.parentKind",
	} {
		if _, ues := w.mutate(t, q, nil, "x"); len(ues) != 1 || ues[0] != key {
			t.Errorf("%s: %v, want %s", q, ues, key)
		}
	}
	// A unit cannot move below its own sub-unit.
	var abt db.OrgUnit
	must(t, w.gdb.Where("kind = ? AND parent_id IS NOT NULL", db.KindAbteilung).First(&abt).Error)
	var amt db.OrgUnit
	must(t, w.gdb.First(&amt, *abt.ParentID).Error)
	_, ues = w.mutate(t, `mutation($id: ID!, $v: Int!, $p: ID) { r: orgUnitUpdate(input: {id: $id, expectedVersion: $v, kind: ABTEILUNG, parentId: $p}) { orgUnit { id } userErrors { key } } }`,
		map[string]any{"id": gid("OrgUnit", amt.ID), "v": amt.Version, "p": gid("OrgUnit", abt.ID)}, "orgUnit")
	if len(ues) != 1 || ues[0] != "orgUnit.cycle" {
		t.Errorf("a unit below its sub-unit: %v", ues)
	}
}

// A leaver keeps their history; their open agreements are listed (status
// only) for reassignment.
func TestPersonLeaveListsOpenAgreements(t *testing.T) {
	w := newCascade(t)
	var a db.Agreement
	must(t, w.gdb.Where("status <> ?", db.StatusClosed).Order("id").First(&a).Error)
	var agent db.Person
	must(t, w.gdb.First(&agent, a.AgentID).Error)
	r := w.c.must(`mutation($id: ID!, $v: Int!) { personLeave(input: {id: $id, expectedVersion: $v, day: "2026-12-31"}) {
		person { leftOn email } openAgreements { year status asPrincipal orgUnit { name } } userErrors { key } } }`,
		map[string]any{"id": gid("Person", agent.ID), "v": agent.Version})
	open := get(r, "personLeave", "openAgreements").([]any)
	if get(r, "personLeave", "person", "leftOn") != "2026-12-31" || len(open) == 0 {
		t.Fatalf("leave: %v", r)
	}
	var n int64
	w.gdb.Model(&db.Agreement{}).Where("(agent_id = ? OR principal_id = ?) AND status <> ?", agent.ID, agent.ID, db.StatusClosed).Count(&n)
	if int64(len(open)) != n {
		t.Errorf("%d open agreements listed, %d in the database", len(open), n)
	}
	if ev := lastEvent(t, w.gdb, "Person"); ev.Action != "leave" || !strings.Contains(ev.After, "2026-12-31") {
		t.Errorf("audit %+v", ev)
	}
}

// A new leader takes over the old leader's agreements as principal that
// are not assessed yet; assessed and closed ones stay; each move is
// audited and reads in German.
func TestLeaderAssignMovesOpenAgreements(t *testing.T) {
	w := newCascade(t)
	old := *w.dezernat.LeaderID
	below := w.gdb.Model(&db.OrgUnit{}).Select("id").Where("parent_id = ?", w.dezernat.ID)
	var open, done int64
	w.gdb.Model(&db.Agreement{}).Where("principal_id = ? AND org_unit_id IN (?) AND status IN ?", old, below,
		[]db.AgreementStatus{db.StatusDraft, db.StatusProposed, db.StatusAgreed, db.StatusReviewed}).Count(&open)
	w.gdb.Model(&db.Agreement{}).Where("principal_id = ? AND org_unit_id IN (?) AND status IN ?", old, below,
		[]db.AgreementStatus{db.StatusAssessed, db.StatusClosed}).Count(&done)
	if open == 0 {
		t.Fatal("the demo Dezernent has no open agreements as principal")
	}
	successor := db.Person{Name: "Nina Nachfolgerin", Email: "nina@stadt.example", Employment: db.EmploymentBeamte, PartTimeFactor: 1, Version: 1}
	must(t, w.gdb.Create(&successor).Error)
	q := `mutation($u: ID!, $v: Int!, $p: ID!, $d: Date!) { r: leaderAssign(input: {orgUnitId: $u, expectedVersion: $v, leaderId: $p, from: $d}) {
		orgUnit { leader { name } version } movedAgreements keptAgreements userErrors { key } } }`
	vars := map[string]any{"u": gid("OrgUnit", w.dezernat.ID), "v": w.dezernat.Version, "p": gid("Person", successor.ID), "d": "2026-12-24"}
	if _, ues := w.mutate(t, q, vars, "orgUnit"); len(ues) != 1 || ues[0] != "leader.day" {
		t.Errorf("a day after today: %v", ues)
	}
	vars["d"] = "2026-10-01"
	r := w.c.must(q, vars)
	if get(r, "r", "movedAgreements") != float64(open) || get(r, "r", "keptAgreements") != float64(done) ||
		get(r, "r", "orgUnit", "leader", "name") != "Nina Nachfolgerin" {
		t.Fatalf("leaderAssign: %v (want %d moved, %d kept)", r, open, done)
	}
	var n int64
	w.gdb.Model(&db.Agreement{}).Where("principal_id = ? AND org_unit_id IN (?)", successor.ID, below).Count(&n)
	if n != open {
		t.Errorf("%d agreements with the successor, want %d", n, open)
	}
	ev := lastEvent(t, w.gdb, "Agreement")
	if ev.Action != "principalChange" || db.AuditAction(ev.Action, false) != "Zielgeber/in gewechselt (neue Leitung)" {
		t.Errorf("audit: %+v", ev)
	}
	changes := db.AuditChanges(&ev, false)
	if !strings.Contains(fmt.Sprint(changes), "Nina Nachfolgerin") || !strings.Contains(fmt.Sprint(changes), "Zielgeber/in") {
		t.Errorf("the change in words: %+v", changes)
	}
	if r := w.c.do(q, vars); r.code() != "CONFLICT" {
		t.Errorf("a stale version: %+v", r.Errors)
	}
}

// Two Ämter merge into a new one: the dry run's plan changes nothing, the
// application moves what the plan said and nothing else, and the org tree
// before and after the day differs as planned.
func TestOrgUnitReorganiseMergesAsPlanned(t *testing.T) {
	w := newCascade(t)
	var amts []db.OrgUnit
	must(t, w.gdb.Where("parent_id = ? AND kind = ?", w.dezernat.ID, db.KindAmt).Order("id").Limit(2).Find(&amts).Error)
	if len(amts) < 2 {
		t.Fatal("the demo Dezernat needs two Ämter")
	}
	a, b := amts[0], amts[1]
	count := func(model any, where string, args ...any) int64 {
		var n int64
		must(t, w.gdb.Model(model).Where(where, args...).Count(&n).Error)
		return n
	}
	goalsRunning := count(&db.Goal{}, "org_unit_id IN ? AND to_year >= 2027", []int64{a.ID, b.ID})
	goalsPast := count(&db.Goal{}, "org_unit_id IN ? AND to_year < 2027", []int64{a.ID, b.ID})
	products := count(&db.Product{}, "org_unit_id IN ?", []int64{a.ID, b.ID})
	measures := count(&db.ConsolidationMeasure{}, "org_unit_id IN ?", []int64{a.ID, b.ID})
	subUnits := count(&db.OrgUnit{}, "parent_id IN ? AND valid_to IS NULL", []int64{a.ID, b.ID})
	otherGoals := count(&db.Goal{}, "org_unit_id NOT IN ?", []int64{a.ID, b.ID})
	everything := []string{"GOALS", "PRODUCTS", "MEASURES", "OPEN_AGREEMENTS", "SUB_UNITS"}
	in := map[string]any{"on": "2027-01-01", "dissolve": []string{gid("OrgUnit", a.ID), gid("OrgUnit", b.ID)},
		"create": []map[string]any{{"key": "neu", "code": "NEU-1", "name": "Amt für Bürgerdienste", "kind": "AMT", "parentId": gid("OrgUnit", w.dezernat.ID)}},
		"moves":  []map[string]any{{"fromId": gid("OrgUnit", a.ID), "toKey": "neu", "what": everything}, {"fromId": gid("OrgUnit", b.ID), "toKey": "neu", "what": everything}},
		"dryRun": true}
	q := `mutation($in: OrgUnitReorganiseInput!) { r: orgUnitReorganise(input: $in) { applied steps { text count } userErrors { key message } } }`
	before := auditEventCount(t, w.gdb)
	dry := w.c.must(q, map[string]any{"in": in})
	steps := fmt.Sprint(get(dry, "r", "steps"))
	if get(dry, "r", "applied") != false || len(get(dry, "r", "userErrors").([]any)) > 0 || !strings.Contains(steps, "Neue Einheit NEU-1") ||
		!strings.Contains(steps, "endet am 31.12.2026") {
		t.Fatalf("dry run: %v", dry)
	}
	if auditEventCount(t, w.gdb) != before || count(&db.OrgUnit{}, "code = ?", "NEU-1") != 0 {
		t.Fatal("the dry run wrote something")
	}
	in["dryRun"] = false
	done := w.c.must(q, map[string]any{"in": in})
	if get(done, "r", "applied") != true || fmt.Sprint(get(done, "r", "steps")) != steps {
		t.Fatalf("applied plan differs from the dry run:\n%v\n%v", steps, get(done, "r", "steps"))
	}
	var neu db.OrgUnit
	must(t, w.gdb.Where("code = ?", "NEU-1").Take(&neu).Error)
	if got := count(&db.Goal{}, "org_unit_id = ?", neu.ID); got != goalsRunning {
		t.Errorf("%d goals moved, want %d", got, goalsRunning)
	}
	if got := count(&db.Goal{}, "org_unit_id IN ? AND to_year < 2027", []int64{a.ID, b.ID}); got != goalsPast {
		t.Errorf("past goals: %d stay, want %d", got, goalsPast)
	}
	if got := count(&db.Product{}, "org_unit_id = ?", neu.ID); got != products {
		t.Errorf("%d products moved, want %d", got, products)
	}
	if got := count(&db.ConsolidationMeasure{}, "org_unit_id = ?", neu.ID); got != measures {
		t.Errorf("%d measures moved, want %d", got, measures)
	}
	if got := count(&db.OrgUnit{}, "parent_id = ?", neu.ID); got != subUnits {
		t.Errorf("%d sub-units moved, want %d", got, subUnits)
	}
	if got := count(&db.Goal{}, "org_unit_id NOT IN ? AND org_unit_id <> ?", []int64{a.ID, b.ID}, neu.ID); got != otherGoals {
		t.Errorf("other units' goals changed: %d, want %d", got, otherGoals)
	}
	tree := func(day string) string {
		r := w.c.must(`query($d: Date) { orgTree(asOf: $d) { children { children { code } } } }`, map[string]any{"d": day})
		return fmt.Sprint(r)
	}
	beforeDay, onDay := tree("2026-12-31"), tree("2027-01-01")
	if !strings.Contains(beforeDay, a.Code) || strings.Contains(beforeDay, "NEU-1") {
		t.Errorf("the tree on 31.12.2026 shows the old units only: %s", beforeDay)
	}
	if strings.Contains(onDay, a.Code) || strings.Contains(onDay, b.Code) || !strings.Contains(onDay, "NEU-1") {
		t.Errorf("the tree on 1.1.2027 shows the new unit only: %s", onDay)
	}
	// Dissolving a unit without moving what it holds is refused, nothing applied.
	var c db.OrgUnit
	must(t, w.gdb.Where("parent_id = ? AND kind = ? AND id NOT IN ?", w.dezernat.ID, db.KindAmt, []int64{a.ID, b.ID}).
		Where("id IN (SELECT org_unit_id FROM goals WHERE to_year >= 2027)").First(&c).Error)
	r := w.c.must(q, map[string]any{"in": map[string]any{"on": "2027-01-01", "dissolve": []string{gid("OrgUnit", c.ID)},
		"create": []any{}, "moves": []any{}, "dryRun": false}})
	if get(r, "r", "applied") != false || !strings.Contains(fmt.Sprint(get(r, "r", "userErrors")), "reorg.leftBehind") ||
		count(&db.OrgUnit{}, "id = ? AND valid_to IS NULL", c.ID) != 1 {
		t.Errorf("dissolving a unit that keeps goals: %v", r)
	}
}

// The trail of a goal is for who may maintain it, in words.
func TestMasterDataAuditTrail(t *testing.T) {
	w := newCascade(t)
	upd := `mutation($id: ID!, $v: Int!) { r: goalUpdate(input: {id: $id, expectedVersion: $v, toYear: 2030}) { goal { id } userErrors { key } } }`
	if _, ues := w.mutate(t, upd, map[string]any{"id": gid("Goal", w.dezGoal.ID), "v": w.dezGoal.Version}, "goal"); len(ues) > 0 {
		t.Fatal(ues)
	}
	q := `query($e: ID!) { auditTrail(entity: $e) { totalCount nodes { actionText changes { label before after } } } }`
	r := w.c.must(q, map[string]any{"e": gid("Goal", w.dezGoal.ID)})
	if got := fmt.Sprint(get(r, "auditTrail", "nodes")); !strings.Contains(got, "Geändert") || !strings.Contains(got, "Bis Jahr") || !strings.Contains(got, "2030") {
		t.Errorf("the goal's trail: %s", got)
	}
	w.c.principal = &identity.Principal{PersonID: w.c.principal.PersonID, Roles: []identity.Role{identity.RoleControlling}}
	if r := w.c.do(q, map[string]any{"e": gid("Goal", w.dezGoal.ID)}); r.code() != "FORBIDDEN" {
		t.Errorf("CONTROLLING reads a goal's trail: %+v", r.Errors)
	}
}

// Every update of master data refuses a stale version with CONFLICT and
// writes nothing; a fresh one writes one event with the changed field
// before and after.
func TestMasterDataUpdatesLockAndAudit(t *testing.T) {
	w := newCascade(t)
	var sg db.StrategicGoal
	must(t, w.gdb.Order("id").First(&sg).Error)
	var k db.KPI
	must(t, w.gdb.Order("id").First(&k).Error)
	var p db.Person
	must(t, w.gdb.Order("id").First(&p).Error)
	var prod db.Product
	must(t, w.gdb.Order("id").First(&prod).Error)
	var m db.ConsolidationMeasure
	must(t, w.gdb.Order("id").First(&m).Error)
	for _, c := range []struct {
		mutation, id, field, value, entity string
		version                            int
	}{
		{"strategicGoalUpdate", gid("StrategicGoal", sg.ID), "title", "Neuer Titel", "StrategicGoal", sg.Version},
		{"goalUpdate", gid("Goal", w.dezGoal.ID), "title", "Neuer Titel", "Goal", w.dezGoal.Version},
		{"kpiUpdate", gid("KPI", k.ID), "name", "Neuer Name", "KPI", k.Version},
		{"orgUnitUpdate", gid("OrgUnit", w.amt.ID), "name", "Neuer Name", "OrgUnit", w.amt.Version},
		{"personUpdate", gid("Person", p.ID), "position", "Neue Funktion", "Person", p.Version},
		{"productUpdate", gid("Product", prod.ID), "name", "Neuer Name", "Product", prod.Version},
		{"consolidationMeasureUpdate", gid("ConsolidationMeasure", m.ID), "title", "Neuer Titel", "ConsolidationMeasure", m.Version},
	} {
		q := fmt.Sprintf(`mutation($id: ID!, $v: Int!) { r: %s(input: {id: $id, expectedVersion: $v, %s: %q}) { userErrors { key } } }`,
			c.mutation, c.field, c.value)
		before := auditEventCount(t, w.gdb)
		if r := w.c.do(q, map[string]any{"id": c.id, "v": c.version + 7}); r.code() != "CONFLICT" || auditEventCount(t, w.gdb) != before {
			t.Errorf("%s with a stale version: %+v", c.mutation, r.Errors)
		}
		if _, ues := w.mutate(t, q, map[string]any{"id": c.id, "v": c.version}, "x"); len(ues) > 0 {
			t.Errorf("%s: %v", c.mutation, ues)
			continue
		}
		ev := lastEvent(t, w.gdb, c.entity)
		if ev.Action != "update" || !strings.Contains(ev.After, c.value) || !strings.Contains(ev.Before, `"`+c.field+`"`) ||
			auditEventCount(t, w.gdb) != before+1 {
			t.Errorf("%s audit: %+v", c.mutation, ev)
		}
	}
}
