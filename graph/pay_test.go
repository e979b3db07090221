package graph_test

import (
	"bytes"
	"encoding/csv"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"
	"time"

	"zielwerk/db"
	"zielwerk/graph"
	"zielwerk/identity"
	"zielwerk/importer"
	"zielwerk/store"
)

// The scheme of the issue: 1 point below 80 %, 2 from 80, 3 from 95, 4
// from 105, 5 from 120; a pot of 100,000.00 €.
const issueScheme = `{year: 2026, expectedVersion: $v, potCents: 10000000, partTimeProRata: true, partialYearProRata: true,
  tvoedLob: true, beamte: false, objectionDays: 14,
  bands: [{fromDegree: 0, points: 1}, {fromDegree: 80, points: 2}, {fromDegree: 95, points: 3}, {fromDegree: 105, points: 4}, {fromDegree: 120, points: 5}]}`

const payoutQuery = `{ payoutSimulation(year: 2026) { pot total totalWeightedPoints pointValueCents pending openObjections
  rows { agreement { id payRule } person { id } state totalDegree points factor weightedPoints cents objectionOpen }
  byPayRule { payRule people cents } byDezernat { dezernat { name } people cents } distribution { points people } } }`

func payoutRows(t *testing.T, c *client) (map[string]any, map[string]map[string]any) {
	t.Helper()
	p := c.must(payoutQuery, nil)["payoutSimulation"]
	rows := map[string]map[string]any{}
	for _, r := range get(p, "rows").([]any) {
		rows[get(r, "agreement", "id").(string)] = r.(map[string]any)
	}
	return p.(map[string]any), rows
}

func sumCents(rows map[string]map[string]any) int64 {
	var n int64
	for _, r := range rows {
		n += int64(r["cents"].(float64))
	}
	return n
}

func hrClient(t *testing.T, w *world) *client {
	c := w.client(t, w.viewers["HR"])
	return c
}

func setIssueScheme(t *testing.T, c *client) {
	t.Helper()
	var v float64
	v = get(c.must(`{ payScheme(year: 2026) { version } }`, nil), "payScheme", "version").(float64)
	r := c.must(`mutation($v: Int!) { paySchemeSet(input: `+issueScheme+`) { scheme { version pot } userErrors { field message } } }`,
		map[string]any{"v": int(v)})
	if ues := get(r, "paySchemeSet", "userErrors").([]any); len(ues) > 0 {
		t.Fatalf("paySchemeSet: %v", ues)
	}
	if get(r, "paySchemeSet", "scheme", "pot") != float64(10_000_000) {
		t.Fatalf("pot %v", get(r, "paySchemeSet", "scheme", "pot"))
	}
}

func TestPayoutUnderTheSchemeAddsUpToThePot(t *testing.T) {
	w := seedWorld(t)
	hr := hrClient(t, w)
	setIssueScheme(t, hr)

	p, rows := payoutRows(t, hr)
	if p["pot"] != float64(10_000_000) || p["total"] != float64(10_000_000) || sumCents(rows) != 10_000_000 {
		t.Fatalf("pot %v total %v rows sum %d, want exactly 10,000,000 cents", p["pot"], p["total"], sumCents(rows))
	}
	if groups := get(p, "byDezernat").([]any); len(groups) == 0 || get(groups[0], "dezernat", "name") == "" {
		t.Fatalf("sums per Dezernat without their names: %v", groups)
	}
	included := 0
	band := func(d float64) int {
		switch {
		case d >= 120:
			return 5
		case d >= 105:
			return 4
		case d >= 95:
			return 3
		case d >= 80:
			return 2
		}
		return 1
	}
	var some map[string]any
	for id, r := range rows {
		switch r["state"] {
		case "INCLUDED":
			included++
			if int(r["points"].(float64)) != band(r["totalDegree"].(float64)) {
				t.Errorf("%s: %v %% gives %v points", id, r["totalDegree"], r["points"])
			}
			if get(r, "agreement", "payRule") != "TVOED_LOB" {
				t.Errorf("%s: pay rule %v included although the scheme takes TVöD only", id, get(r, "agreement", "payRule"))
			}
			some = r
		case "EXCLUDED":
			if r["cents"] != float64(0) || get(r, "agreement", "payRule") != "BEAMTE_LBESG" {
				t.Errorf("%s excluded: %v", id, r)
			}
		}
	}
	if included < 3 {
		t.Fatalf("only %d agreements included", included)
	}

	// A person with pay rule NONE gets nothing: their assessed agreement
	// is not in the payout at all.
	var none db.Agreement
	if err := w.gdb.Where("year = 2026 AND pay_rule = ? AND status IN ?", db.PayNone,
		[]db.AgreementStatus{db.StatusAssessed, db.StatusClosed}).First(&none).Error; err == nil {
		if _, in := rows[gid("Agreement", none.ID)]; in {
			t.Fatalf("agreement %d with pay rule NONE is in the payout", none.ID)
		}
	} else {
		must(t, w.gdb.Model(&db.Agreement{}).Where("id = ?", decodeID(t, get(some, "agreement", "id").(string))).
			Update("pay_rule", db.PayNone).Error)
		_, after := payoutRows(t, hr)
		if _, in := after[get(some, "agreement", "id").(string)]; in || sumCents(after) != 10_000_000 {
			t.Fatalf("pay rule NONE: still in the payout (%v) or the pot is off (%d)", in, sumCents(after))
		}
		must(t, w.gdb.Model(&db.Agreement{}).Where("id = ?", decodeID(t, get(some, "agreement", "id").(string))).
			Update("pay_rule", db.PayTVoeDLOB).Error)
	}

	// Part-time 0.5 halves the points.
	agent := decodeID(t, get(some, "person", "id").(string))
	points := some["points"].(float64)
	must(t, w.gdb.Model(&db.Person{}).Where("id = ?", agent).Update("part_time_factor", 0.5).Error)
	_, rows = payoutRows(t, hr)
	half := rows[get(some, "agreement", "id").(string)]
	if half["factor"] != 0.5 || half["weightedPoints"] != points/2 || sumCents(rows) != 10_000_000 {
		t.Fatalf("part-time 0.5: factor %v weighted %v (points %v), sum %d", half["factor"], half["weightedPoints"], points, sumCents(rows))
	}
	if half["cents"].(float64) >= some["cents"].(float64) {
		t.Fatalf("half the points but not less money: %v → %v", some["cents"], half["cents"])
	}
	// Entered in July: six of twelve months.
	must(t, w.gdb.Model(&db.Person{}).Where("id = ?", agent).Updates(map[string]any{"part_time_factor": 1,
		"entered_on": time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC)}).Error)
	_, rows = payoutRows(t, hr)
	if r := rows[get(some, "agreement", "id").(string)]; r["factor"] != 0.5 {
		t.Fatalf("six months in service: factor %v", r["factor"])
	}
}

func TestPaySchemeInputIsChecked(t *testing.T) {
	w := seedWorld(t)
	hr := hrClient(t, w)
	bad := `{year: 2026, expectedVersion: 1, potCents: 100, paySumCents: 5, potShareBasisPoints: 200, partTimeProRata: true,
	  partialYearProRata: true, tvoedLob: true, beamte: false, objectionDays: 0, agreementBy: "2026-10-01", reviewBy: "2026-09-30",
	  bands: [{fromDegree: 10, points: 3}, {fromDegree: 5, points: 1}]}`
	r := hr.must(`mutation { paySchemeSet(input: `+bad+`) { scheme { version } userErrors { field key } } }`, nil)
	var keys []string
	for _, ue := range get(r, "paySchemeSet", "userErrors").([]any) {
		keys = append(keys, get(ue, "key").(string))
	}
	for _, want := range []string{"payScheme.potTwice", "payScheme.objectionDays", "payScheme.firstBand", "payScheme.bandOrder",
		"payScheme.bandPointsOrder", "payScheme.deadlineOrder"} {
		if !slices.Contains(keys, want) {
			t.Errorf("no %s in %v", want, keys)
		}
	}
	// A stale version is a conflict; nothing changed.
	r2 := hr.do(`mutation { paySchemeSet(input: `+replaceVersion(issueScheme, "7")+`) { userErrors { code } } }`, nil)
	if r2.code() != "CONFLICT" {
		t.Fatalf("stale version: %+v", r2)
	}
}

func replaceVersion(s, v string) string {
	return string(bytes.Replace([]byte(s), []byte("$v"), []byte(v), 1))
}

// payrollCSV downloads the payroll export as p and returns its rows by
// agreement person id column.
func payrollCSV(t *testing.T, w *world, p *identity.Principal) [][]string {
	t.Helper()
	h := importer.Handler(store.New(w.gdb), store.NewImports(w.gdb))
	srv := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		h.ServeHTTP(rw, r.WithContext(identity.WithPrincipal(r.Context(), p)))
	}))
	defer srv.Close()
	res, err := http.Get(srv.URL + "/api/export/pay.csv?year=2026")
	must(t, err)
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode != 200 {
		t.Fatalf("pay.csv: %d %s", res.StatusCode, body)
	}
	rd := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(body, []byte("\xEF\xBB\xBF"))))
	rd.Comma = ';'
	recs, err := rd.ReadAll()
	must(t, err)
	return recs
}

func TestObjectionPath(t *testing.T) {
	w := seedWorld(t)
	hr := hrClient(t, w)
	setIssueScheme(t, hr)

	// A 2026 TVöD agreement assessed yesterday.
	var a db.Agreement
	must(t, w.gdb.Where("year = 2026 AND status = ? AND pay_rule = ? AND id NOT IN (SELECT agreement_id FROM agreement_objections)",
		db.StatusAssessed, db.PayTVoeDLOB).Order("id").First(&a).Error)
	must(t, w.gdb.Model(&db.Assessment{}).Where("agreement_id = ?", a.ID).Update("assessed_at", testNow.Add(-24*time.Hour)).Error)
	id := gid("Agreement", a.ID)
	party := func(pid int64) *client {
		c := newClient(t, w.gdb, graph.Options{})
		c.principal = &identity.Principal{PersonID: pid, Name: "party"}
		return c
	}
	agent, principal := party(a.AgentID), party(a.PrincipalID)
	// A member of the commission who leads nothing and is party to nothing.
	m := db.Person{Name: "Kim Kommission", Email: "kim.kommission@example.org"}
	must(t, w.gdb.Create(&m).Error)
	member := newClient(t, w.gdb, graph.Options{})
	member.principal = &identity.Principal{PersonID: m.ID, Name: m.Name, Roles: []identity.Role{identity.RolePayCommission}}
	memberID := m.ID
	version := func() int {
		var x db.Agreement
		must(t, w.gdb.First(&x, a.ID).Error)
		return x.Version
	}
	vars := func() map[string]any { return map[string]any{"id": id, "v": version()} }
	okStep := func(r result) {
		t.Helper()
		if r.code != "" || r.ue != "" || r.p == nil {
			t.Fatalf("step failed: %q %q %v", r.code, r.ue, r.p)
		}
	}
	refused := func(want string, r result) {
		t.Helper()
		if r.code != want && r.ue != want {
			t.Fatalf("want %s, got %q %q %v", want, r.code, r.ue, r.p)
		}
	}
	hasTask := func(c *client, kind string) bool {
		t.Helper()
		for _, x := range get(c.must(`{ myTasks { kind agreement { id } } }`, nil), "myTasks").([]any) {
			if get(x, "kind") == kind && get(x, "agreement", "id") == id {
				return true
			}
		}
		return false
	}
	if !hasTask(agent, "ACKNOWLEDGE") || hasTask(principal, "CLOSE") {
		t.Fatal("within the period the agent should acknowledge, and the principal not close yet")
	}
	_, before := payoutRows(t, hr)
	first := payrollCSV(t, w, w.viewers["HR"].principal)

	// Before the case is assigned the commission member sees nothing.
	if n := member.must(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": id})["node"]; n != nil {
		t.Fatalf("unassigned commission member sees the agreement: %v", n)
	}
	refused("FORBIDDEN", mutate(t, principal, "agreementObject", `{agreementId: $id, expectedVersion: $v, reason: "x"}`, vars()))
	refused("BAD_USER_INPUT", mutate(t, agent, "agreementObject", `{agreementId: $id, expectedVersion: $v, reason: "  "}`, vars()))
	okStep(mutate(t, agent, "agreementObject", `{agreementId: $id, expectedVersion: $v, reason: "Ziel 2 war wegen der Stellenbesetzung nicht erreichbar."}`, vars()))
	refused("BAD_USER_INPUT", mutate(t, agent, "agreementAcknowledge", `{agreementId: $id, expectedVersion: $v}`, vars()))
	refused("BAD_USER_INPUT", mutate(t, principal, "agreementClose", `{agreementId: $id, expectedVersion: $v}`, vars()))
	if hasTask(agent, "ACKNOWLEDGE") || !hasTask(hr, "OBJECTION_ASSIGN") {
		t.Fatal("after the objection HR should assign it, and the agent have nothing to acknowledge")
	}

	// HR assigns the case; not to a party, not as anyone else.
	assign := `{agreementId: $id, expectedVersion: $v, memberIds: [$m]}`
	av := func(m int64) map[string]any { x := vars(); x["m"] = gid("Person", m); return x }
	refused("BAD_USER_INPUT", mutate(t, hr, "objectionAssign", assign, av(a.AgentID)))
	refused("FORBIDDEN", mutate(t, agent, "objectionAssign", assign, av(memberID)))
	okStep(lean(hr, "objectionAssign", "$id: ID!, $v: Int!, $m: ID!", assign, av(memberID)))

	if hasTask(hr, "OBJECTION_ASSIGN") || !hasTask(member, "OBJECTION_DECIDE") {
		t.Fatal("once assigned the member decides, and HR has nothing left to assign")
	}

	// HR sees that there is an objection and who decides, not what it says.
	r := hr.must(`query($id: ID!) { node(id: $id) { ... on Agreement { objection { objectedAt reason decision members { id } items { title } } } } }`,
		map[string]any{"id": id})
	if get(r, "node", "objection", "objectedAt") == nil || get(r, "node", "objection", "reason") != nil ||
		get(r, "node", "objection", "items") != nil || get(r, "node", "objection", "members", 0, "id") != gid("Person", memberID) {
		t.Fatalf("HR's view of the objection: %v", r)
	}

	// The assigned member sees the assessment part only.
	mr := member.do(`query($id: ID!) { node(id: $id) { ... on Agreement { viewerAccess viewerCanDecideObjection items { title } remarks { text }
	  objection { reason items { id title weightPercent finalDegree } assessmentComment } } } objections(year: 2026) { id } }`,
		map[string]any{"id": id})
	node := mr.Data["node"]
	if get(node, "viewerAccess") != "ASSESSMENT" || get(node, "viewerCanDecideObjection") != true || get(node, "items") != nil ||
		errorAt(mr, "node.items") != "FORBIDDEN" || get(node, "remarks") != nil || get(node, "objection", "reason") == nil ||
		len(get(node, "objection", "items").([]any)) == 0 || !slices.Contains(ids(mr.Data["objections"]), id) {
		t.Fatalf("commission member's view: %+v %v", mr.Errors, mr.Data)
	}
	item := get(node, "objection", "items", 0)
	oldDegree := get(item, "finalDegree").(float64)
	newDegree := oldDegree + 30
	if newDegree > 150 {
		newDegree = oldDegree - 30
	}

	// The member decides: one degree changes, with a reason.
	decide := `{agreementId: $id, expectedVersion: $v, decision: CHANGED, reason: "Die Stellenvakanz war nicht zu vertreten.", items: [{itemId: $item, degree: ` + itoa(int(newDegree)) + `}]}`
	dv := func() map[string]any { x := vars(); x["item"] = get(item, "id"); return x }
	refused("FORBIDDEN", mutate(t, principal, "objectionDecide", decide, dv()))
	okStep(lean(member, "objectionDecide", "$id: ID!, $v: Int!, $item: ID!", decide, dv()))
	refused("BAD_USER_INPUT", lean(member, "objectionDecide", "$id: ID!, $v: Int!, $item: ID!", decide, dv()))

	// The amount changes in the simulation and in the export.
	_, after := payoutRows(t, hr)
	if after[id]["totalDegree"] == before[id]["totalDegree"] || sumCents(after) != 10_000_000 {
		t.Fatalf("decision not in the simulation: degree %v → %v, sum %d", before[id]["totalDegree"], after[id]["totalDegree"], sumCents(after))
	}
	second := payrollCSV(t, w, w.viewers["HR"].principal)
	col := func(recs [][]string, name string) int { return slices.Index(recs[0], name) }
	rowOf := func(recs [][]string) []string {
		for _, rec := range recs[1:] {
			if rec[col(recs, "Person_ID")] == itoa(int(a.AgentID)) {
				return rec
			}
		}
		t.Fatalf("agent %d not in the export %v", a.AgentID, recs)
		return nil
	}
	r1, r2 := rowOf(first), rowOf(second)
	if r1[col(first, "Änderung")] != "" || r2[col(second, "Betrag_Cent")] == r1[col(first, "Betrag_Cent")] ||
		r2[col(second, "Änderung")] != "geändert" || r2[col(second, "Vorher_Cent")] != r1[col(first, "Betrag_Cent")] {
		t.Fatalf("export before %v, after %v", r1, r2)
	}
	var exports int64
	w.gdb.Model(&db.PayExport{}).Where("year = 2026").Count(&exports)
	if exports != 2 {
		t.Fatalf("%d recorded exports, want 2", exports)
	}

	// Decided: the principal closes; the trail shows each step.
	if hasTask(member, "OBJECTION_DECIDE") || !hasTask(principal, "CLOSE") {
		t.Fatal("decided: the principal closes, the member has nothing left")
	}
	okStep(mutate(t, principal, "agreementClose", `{agreementId: $id, expectedVersion: $v}`, vars()))
	trail := principal.must(`query($id: ID!) { auditTrail(entity: $id, first: 20) { nodes { action changes { label after } } } }`, map[string]any{"id": id})
	var actions, labels []string
	for _, n := range get(trail, "auditTrail", "nodes").([]any) {
		actions = append(actions, get(n, "action").(string))
		for _, c := range get(n, "changes").([]any) {
			labels = append(labels, get(c, "label").(string)+"="+get(c, "after").(string))
		}
	}
	for _, want := range []string{"object", "objectionAssign", "objectionDecide", "close"} {
		if !slices.Contains(actions, want) {
			t.Errorf("audit trail %v lacks %s", actions, want)
		}
	}
	if !slices.Contains(labels, "Entscheidung der Kommission=Grade geändert") {
		t.Errorf("the decision is not in words: %v", labels)
	}
}

// lean runs a mutation as c selecting only what every actor may read of
// the agreement (HR and the commission may not read items).
func lean(c *client, name, decls, input string, vars map[string]any) result {
	r := c.do(`mutation(`+decls+`) { m: `+name+`(input: `+input+`) { agreement { id status } userErrors { code } } }`, vars)
	payload, _ := r.Data["m"].(map[string]any)
	ue := ""
	if payload != nil {
		if errs := payload["userErrors"].([]any); len(errs) > 0 {
			ue = get(errs[0], "code").(string)
		}
	}
	return result{payload, r.code(), ue}
}

func TestObjectionPeriodEnds(t *testing.T) {
	w := seedWorld(t)
	var a db.Agreement
	must(t, w.gdb.Where("year = 2026 AND status = ? AND pay_rule = ? AND id NOT IN (SELECT agreement_id FROM agreement_objections)",
		db.StatusAssessed, db.PayTVoeDLOB).Order("id").First(&a).Error)
	// Assessed 15 days ago: the two weeks are over.
	must(t, w.gdb.Model(&db.Assessment{}).Where("agreement_id = ?", a.ID).Update("assessed_at", testNow.Add(-15*24*time.Hour)).Error)
	agent := newClient(t, w.gdb, graph.Options{})
	agent.principal = &identity.Principal{PersonID: a.AgentID, Name: "agent"}
	principal := newClient(t, w.gdb, graph.Options{})
	principal.principal = &identity.Principal{PersonID: a.PrincipalID, Name: "principal"}
	vars := map[string]any{"id": gid("Agreement", a.ID), "v": a.Version}
	r := agent.must(`query($id: ID!) { node(id: $id) { ... on Agreement { objectBy viewerCanObject viewerCanAcknowledge } } }`,
		map[string]any{"id": vars["id"]})
	if get(r, "node", "viewerCanObject") != false || get(r, "node", "viewerCanAcknowledge") != true {
		t.Fatalf("after the period: %v", r)
	}
	if res := mutate(t, agent, "agreementObject", `{agreementId: $id, expectedVersion: $v, reason: "zu spät"}`, vars); res.ue != "BAD_USER_INPUT" {
		t.Fatalf("late objection: %+v", res)
	}
	if res := mutate(t, principal, "agreementClose", `{agreementId: $id, expectedVersion: $v}`, vars); res.code != "" || res.ue != "" {
		t.Fatalf("close after the period: %+v", res)
	}
}

// The objections list with what the viewer may do on each row costs the
// same statements for one objection as for all of them.
func TestObjectionListStatementsDoNotGrowWithRows(t *testing.T) {
	w := seedWorld(t)
	c := newClient(t, w.gdb, graph.Options{LoaderWait: 50 * time.Millisecond})
	c.principal = w.viewers["HR"].principal
	q := `{ objections(year: 2026) { id objectBy viewerCanAssignObjection viewerCanDecideObjection viewerCanClose
	  objection { decision members { name } } agent { name } orgUnit { name } } }`
	count := func() (int, int64) {
		best := int64(0)
		n := 0
		for range 3 {
			r := c.do(q, nil)
			n = len(get(r.Data, "objections").([]any))
			if s := c.statements.Load(); best == 0 || s < best {
				best = s
			}
		}
		return n, best
	}
	// Objections on every assessed 2026 agreement but the first.
	var ags []db.Agreement
	must(t, w.gdb.Where("year = 2026 AND status = ? AND pay_rule <> ? AND id NOT IN (SELECT agreement_id FROM agreement_objections)",
		db.StatusAssessed, db.PayNone).Order("id").Find(&ags).Error)
	if len(ags) < 3 {
		t.Fatalf("only %d assessed agreements", len(ags))
	}
	n1, one := count()
	for _, a := range ags {
		must(t, w.gdb.Create(&db.Objection{AgreementID: a.ID, Reason: "zu niedrig", ObjectedAt: testNow}).Error)
	}
	n2, many := count()
	t.Logf("SQL statements for the objections list: %d objections = %d, %d = %d", n1, one, n2, many)
	if n2 <= n1 || many != one {
		t.Fatalf("statements grew with rows: %d rows %d, %d rows %d", n1, one, n2, many)
	}
}
