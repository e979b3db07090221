package graph_test

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"gorm.io/gorm"

	"zielwerk/access"
	"zielwerk/db"
	"zielwerk/db/dbtest"
	"zielwerk/demo"
	"zielwerk/graph"
	"zielwerk/graph/generated"
	"zielwerk/graph/model"
	"zielwerk/identity"
)

// The authorization matrix of issue 3, deny by default: every viewer ×
// every path to an agreement × every field group. Expectations are written
// out below, not computed by the policy under test.

type viewer struct {
	name          string
	principal     *identity.Principal // nil: anonymous or not registered
	notRegistered bool
}

// world is the seeded city with the people and agreements the matrix uses.
type world struct {
	gdb     *gorm.DB
	viewers map[string]viewer
	// A1: OB → demo Dezernent; A2: demo Dezernent → demo Amtsleitung;
	// A3: another Dezernent → another Amtsleitung, pay rule NONE.
	agreements map[string]*db.Agreement
}

func person(t *testing.T, gdb *gorm.DB, where string, args ...any) db.Person {
	t.Helper()
	var p db.Person
	if err := gdb.Where(where, args...).First(&p).Error; err != nil {
		t.Fatalf("person %s %v: %v", where, args, err)
	}
	return p
}

func seedWorld(t *testing.T) *world {
	t.Helper()
	gdb := dbtest.Open(t)
	if _, err := demo.Seed(context.Background(), gdb); err != nil {
		t.Fatal(err)
	}
	w := &world{gdb: gdb, viewers: map[string]viewer{}, agreements: map[string]*db.Agreement{}}
	acc := demo.DemoAccounts()
	as := func(name, email string, roles ...identity.Role) {
		p := person(t, gdb, "email = ?", email)
		w.viewers[name] = viewer{name: name, principal: &identity.Principal{PersonID: p.ID, Name: p.Name, Roles: roles}}
	}
	as("OB", acc[0].Email, identity.RoleOB)
	as("OB_OFFICE", acc[1].Email, identity.RoleOBOffice)
	as("DEZERNENT", acc[2].Email) // manager by the org tree only, no role
	as("DEZERNENT_LEADERSHIP", acc[2].Email, identity.RoleLeadership)
	as("AMTSLEITUNG", acc[3].Email)
	as("CONTROLLING", acc[4].Email, identity.RoleControlling)
	as("HR", acc[5].Email, identity.RoleHR)
	as("ADMIN", acc[6].Email, identity.RoleAdmin)
	as("LEADERSHIP", acc[6].Email, identity.RoleLeadership) // leads nothing, sees status by role
	w.viewers["ANONYMOUS"] = viewer{name: "ANONYMOUS"}
	w.viewers["UNREGISTERED"] = viewer{name: "UNREGISTERED", notRegistered: true}

	ob := w.viewers["OB"].principal.PersonID
	dez := w.viewers["DEZERNENT"].principal.PersonID
	amt := w.viewers["AMTSLEITUNG"].principal.PersonID
	find := func(key, where string, args ...any) {
		var a db.Agreement
		if err := gdb.Where(where, args...).Order("year, id").First(&a).Error; err != nil {
			t.Fatalf("agreement %s: %v", key, err)
		}
		w.agreements[key] = &a
	}
	find("A1", "principal_id = ? AND agent_id = ? AND status IN ?", ob, dez, []db.AgreementStatus{db.StatusAssessed, db.StatusClosed})
	find("A2", "principal_id = ? AND agent_id = ? AND pay_rule <> ? AND status IN ?", dez, amt, db.PayNone,
		[]db.AgreementStatus{db.StatusAssessed, db.StatusClosed})
	find("A3", "principal_id NOT IN ? AND agent_id NOT IN ? AND pay_rule = ?", []int64{ob, dez}, []int64{amt}, db.PayNone)

	// An unrelated manager: leads an Amt, party to none of A1–A3, not below them.
	var other db.OrgUnit
	if err := gdb.Where("kind = ? AND leader_id NOT IN ? AND id <> ? AND parent_id <> ?", db.KindAmt,
		[]int64{dez, amt, w.agreements["A3"].AgentID, w.agreements["A3"].PrincipalID},
		w.agreements["A3"].OrgUnitID, w.agreements["A3"].OrgUnitID).First(&other).Error; err != nil {
		t.Fatal(err)
	}
	p := person(t, gdb, "id = ?", *other.LeaderID)
	w.viewers["UNRELATED_MANAGER"] = viewer{name: "UNRELATED_MANAGER", principal: &identity.Principal{PersonID: p.ID, Name: p.Name}}

	// The Amtsleitung objected to A2's assessment; the case is assigned to
	// one commission member (the Controlling person, who is party to none
	// of A1–A3), not to the other (the HR person).
	if err := gdb.Create(&db.Objection{AgreementID: w.agreements["A2"].ID, Reason: "Grad zu niedrig", ObjectedAt: dayToday()}).Error; err != nil {
		t.Fatal(err)
	}
	if err := gdb.Create(&db.ObjectionMember{AgreementID: w.agreements["A2"].ID, PersonID: w.viewers["CONTROLLING"].principal.PersonID}).Error; err != nil {
		t.Fatal(err)
	}
	as("COMMISSION_ASSIGNED", acc[4].Email, identity.RolePayCommission)
	as("COMMISSION_UNASSIGNED", acc[5].Email, identity.RolePayCommission)
	return w
}

func (w *world) client(t *testing.T, v viewer) *client {
	c := newClient(t, w.gdb, graph.Options{})
	c.principal, c.notRegistered = v.principal, v.notRegistered
	return c
}

// expected access per viewer and agreement: the policy of DESIGN.md §4
// written out by hand.
var expected = map[string]map[string]access.Level{
	"OB":                   {"A1": access.Content, "A2": access.Status, "A3": access.Status},
	"OB_OFFICE":            {"A1": access.Content, "A2": access.None, "A3": access.None},
	"DEZERNENT":            {"A1": access.Content, "A2": access.Content, "A3": access.None},
	"DEZERNENT_LEADERSHIP": {"A1": access.Content, "A2": access.Content, "A3": access.Status},
	"AMTSLEITUNG":          {"A1": access.None, "A2": access.Content, "A3": access.None},
	"UNRELATED_MANAGER":    {"A1": access.None, "A2": access.None, "A3": access.None},
	"LEADERSHIP":           {"A1": access.Status, "A2": access.Status, "A3": access.Status},
	"CONTROLLING":          {"A1": access.None, "A2": access.None, "A3": access.None},
	"HR":                   {"A1": access.PayResult, "A2": access.PayResult, "A3": access.None},
	"ADMIN":                {"A1": access.None, "A2": access.None, "A3": access.None},
	// A PAY_COMMISSION member sees the assessment part of the cases
	// assigned to them, and nothing else.
	"COMMISSION_ASSIGNED":   {"A1": access.None, "A2": access.Assessment, "A3": access.None},
	"COMMISSION_UNASSIGNED": {"A1": access.None, "A2": access.None, "A3": access.None},
}

func gid(typ string, id int64) string { return model.EncodeID(typ, id) }

func errorAt(r response, path string) string {
	for _, e := range r.Errors {
		var parts []string
		for _, p := range e.Path {
			parts = append(parts, fmt.Sprint(p))
		}
		if strings.Join(parts, ".") == path {
			c, _ := e.Extensions["code"].(string)
			return c
		}
	}
	return ""
}

func ids(v any) []string {
	var out []string
	if v == nil {
		return out
	}
	for _, n := range v.([]any) {
		out = append(out, get(n, "id").(string))
	}
	return out
}

// covered names every query and mutation field and the test that covers it.
var covered = map[string]string{
	"Query.node": "matrix", "Query.agreements": "matrix", "Query.agreementStatusOverview": "matrix",
	"Query.dezernatAgreements": "matrix", "Query.me": "matrix", "Query.auditTrail": "matrix",
	"Query.payResults": "matrix", "Query.myTasks": "matrix",
	"Query.fiscalYears": "public", "Query.strategicGoals": "public", "Query.goals": "public",
	"Query.alignmentReport": "public", "Query.orgTree": "public", "Query.orgUnits": "public",
	"Query.kpis": "public", "Query.products": "public", "Query.consolidationProgrammes": "public",
	"Query.consolidationMeasures": "public", "Query.budgetComplianceByDezernat": "public",
	"Mutation.agreementCreate": "mutations", "Mutation.agreementItemAdd": "mutations",
	"Mutation.agreementItemUpdate": "mutations", "Mutation.agreementItemRemove": "mutations",
	"Mutation.agreementPropose": "mutations", "Mutation.agreementAccept": "mutations",
	"Mutation.agreementReturn": "mutations", "Mutation.agreementChangeRequest": "mutations",
	"Mutation.agreementReviewRecord": "mutations", "Mutation.agreementAssess": "mutations",
	"Mutation.agreementClose": "mutations", "Mutation.agreementCopyToYear": "mutations",
	"Mutation.agreementRemarkAdd": "officereview", "Mutation.agreementOfficeReview": "officereview",
	"Mutation.kpiValueRecord": "matrix", "Mutation.budgetLineRecord": "matrix",
	"Mutation.consolidationMeasureRecord": "matrix",
	"Mutation.strategicGoalCreate":        "matrix", "Mutation.strategicGoalUpdate": "matrix", "Mutation.strategicGoalRetire": "matrix",
	"Mutation.goalCreate": "matrix", "Mutation.goalUpdate": "matrix", "Mutation.goalRetire": "matrix",
	"Mutation.kpiCreate": "matrix", "Mutation.kpiUpdate": "matrix", "Mutation.kpiRetire": "matrix",
	"Mutation.orgUnitCreate": "matrix", "Mutation.orgUnitUpdate": "matrix",
	"Mutation.personCreate": "matrix", "Mutation.personUpdate": "matrix", "Mutation.personLeave": "matrix",
	"Query.people": "matrix", "Query.riskOverview": "risks", "Query.redKpiTrend": "risks", "Query.roleMapping": "matrix", "Query.fiscalYearStatus": "public", "Query.measureShortfalls": "public",
	"Mutation.fiscalYearOpen": "fiscalyears", "Mutation.fiscalYearClose": "fiscalyears",
	"Mutation.leaderAssign": "matrix", "Mutation.consolidationMeasureCreate": "matrix", "Mutation.consolidationMeasureUpdate": "matrix", "Mutation.orgUnitReorganise": "matrix",
	"Mutation.productCreate": "matrix", "Mutation.productUpdate": "matrix",
	"Query.payScheme": "matrix", "Query.payoutSimulation": "matrix", "Query.payFairness": "matrix",
	"Query.payExports": "matrix", "Query.objections": "matrix", "Mutation.paySchemeSet": "matrix",
	"Mutation.agreementAcknowledge": "pay", "Mutation.agreementObject": "pay",
	"Mutation.objectionAssign": "pay", "Mutation.objectionDecide": "pay",
	"Query.deputies": "deputies", "Mutation.deputyAssign": "deputies", "Mutation.deputyEnd": "deputies",
	"Query.outbox": "notifications", "Query.principalTransfers": "notifications", "Mutation.remindersSet": "notifications",
	"Mutation.agreementPrincipalTransfer": "transfers",
}

// mayRecordFigures: who may record KPI values, budget figures and HSP
// realisation of the demo Amt — CONTROLLING, and whoever leads it or a unit
// above it.
var mayRecordFigures = map[string]bool{
	"OB": true, "DEZERNENT": true, "DEZERNENT_LEADERSHIP": true, "AMTSLEITUNG": true, "CONTROLLING": true,
}

// TestEveryRootFieldIsInTheMatrix fails when a query or mutation is added
// without a row in the authorization matrix.
func TestEveryRootFieldIsInTheMatrix(t *testing.T) {
	schema := generated.NewExecutableSchema(generated.Config{Resolvers: &graph.Resolver{}}).Schema()
	var missing []string
	for _, root := range []string{"Query", "Mutation"} {
		for _, f := range schema.Types[root].Fields {
			if strings.HasPrefix(f.Name, "__") {
				continue
			}
			if _, ok := covered[root+"."+f.Name]; !ok {
				missing = append(missing, root+"."+f.Name)
			}
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Fatalf("root fields without a row in the authorization matrix: %v", missing)
	}
}

func TestAuthorizationMatrix(t *testing.T) {
	w := seedWorld(t)
	cases := 0
	for _, vname := range sortedKeys(w.viewers) {
		v := w.viewers[vname]
		c := w.client(t, v)
		t.Run(vname, func(t *testing.T) {
			if v.principal == nil {
				want := "UNAUTHENTICATED"
				for _, q := range []string{`{ me { roles } }`, `{ agreements { totalCount } }`, `{ strategicGoals { title } }`,
					`mutation { agreementClose(input: {agreementId: "x", expectedVersion: 1}) { userErrors { code } } }`} {
					r := c.do(q, nil)
					cases++
					if r.code() != want || len(r.Data) > 0 && r.Data["me"] != nil {
						t.Errorf("%s: %+v", q, r)
					}
					if key, _ := r.Errors[0].Extensions["key"].(string); v.notRegistered != (key == "auth.notRegistered") {
						t.Errorf("%s: key %q", q, key)
					}
				}
				return
			}
			for _, aname := range []string{"A1", "A2", "A3"} {
				a := w.agreements[aname]
				want := expected[vname][aname]
				cases += checkAgreementPaths(t, w, c, vname, aname, a, want)
			}
			cases += checkRoleQueries(t, c, vname)
			cases += checkFigureMutations(t, w, c, vname)
			cases += checkMasterDataMutations(t, w, c, vname)
			cases += checkDirectoryQueries(t, w, c, vname)
			cases += checkPayQueries(t, w, c, vname)
		})
	}
	t.Logf("authorization matrix: %d cases", cases)
}

func sortedKeys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// checkAgreementPaths asserts every path to one agreement for one viewer.
func checkAgreementPaths(t *testing.T, w *world, c *client, vname, aname string, a *db.Agreement, want access.Level) int {
	t.Helper()
	id := gid("Agreement", a.ID)
	label := vname + "/" + aname
	cases := 0
	check := func(ok bool, format string, args ...any) {
		t.Helper()
		cases++
		if !ok {
			t.Errorf(label+": "+format, args...)
		}
	}

	// node(id): status fields, then each field group.
	r := c.do(`query($id: ID!) { node(id: $id) { ... on Agreement {
	  status year viewerAccess principal { name } agent { name } orgUnit { name }
	  payRule items { title weightPercent targetValue targetUnit finalDegree } reviews { note } totalDegree
	  assessment { totalDegree comment }
	  auditTrail { totalCount }
	} } }`, map[string]any{"id": id})
	node := r.Data["node"]
	if want == access.None {
		check(node == nil, "node visible: %v", node)
		check(len(r.Errors) == 0, "an invisible agreement must look missing, not forbidden: %+v", r.Errors)
	} else {
		check(node != nil && get(node, "status") == string(a.Status), "status: %v %+v", node, r.Errors)
		check(get(node, "viewerAccess") == want.String(), "viewerAccess %v, want %s", get(node, "viewerAccess"), want)
		content := want == access.Content
		pay := want >= access.PayResult
		check((get(node, "items") != nil) == content, "items %v", get(node, "items"))
		check((errorAt(r, "node.items") == "FORBIDDEN") == !content, "items error %q", errorAt(r, "node.items"))
		check((get(node, "reviews") != nil) == content, "reviews %v", get(node, "reviews"))
		check((get(node, "payRule") != nil) == pay, "payRule %v", get(node, "payRule"))
		check((errorAt(r, "node.payRule") == "FORBIDDEN") == !pay, "payRule error %q", errorAt(r, "node.payRule"))
		check((get(node, "totalDegree") != nil) == pay, "totalDegree %v", get(node, "totalDegree"))
		if pay {
			check(get(node, "assessment", "totalDegree") != nil, "assessment total hidden from %s", want)
			check((errorAt(r, "node.assessment.comment") == "FORBIDDEN") == !content, "assessment comment error %q",
				errorAt(r, "node.assessment.comment"))
		}
		check((get(node, "auditTrail") != nil) == content, "auditTrail %v", get(node, "auditTrail"))
		cases += checkObjectionPath(t, c, label, id, aname == "A2", want)
	}

	// Query.agreements and its count.
	r = c.do(`query($y: Int!) { agreements(year: $y, first: 100) { totalCount nodes { id } } }`, map[string]any{"y": a.Year})
	list := ids(get(r.Data, "agreements", "nodes"))
	check(slices.Contains(list, id) == (want >= access.Status), "agreements list contains=%v", slices.Contains(list, id))
	check(int(get(r.Data, "agreements", "totalCount").(float64)) >= len(list), "totalCount below page size")

	// OrgUnit → agreements, Person → agreements, and the status overview
	// counts only what the list shows.
	r = c.do(`query($u: ID!, $p: ID!, $p2: ID!, $y: Int!) {
	  unit: node(id: $u) { ... on OrgUnit { agreements(year: $y, first: 100) { totalCount nodes { id } } } }
	  agent: node(id: $p) { ... on Person { agreements(year: $y, role: AGENT, first: 100) { nodes { id } } } }
	  principal: node(id: $p2) { ... on Person { agreements(year: $y, role: PRINCIPAL, first: 100) { nodes { id } } } }
	  agreementStatusOverview(year: $y, orgUnit: $u) { orgUnit { id } total }
	}`, map[string]any{"u": gid("OrgUnit", a.OrgUnitID), "p": gid("Person", a.AgentID), "p2": gid("Person", a.PrincipalID), "y": a.Year})
	check(len(r.Errors) == 0, "nested paths: %+v", r.Errors)
	visible := want >= access.Status
	unitList := ids(get(r.Data, "unit", "agreements", "nodes"))
	check(slices.Contains(unitList, id) == visible, "orgUnit.agreements contains=%v", !visible)
	check(slices.Contains(ids(get(r.Data, "agent", "agreements", "nodes")), id) == visible, "person.agreements(AGENT)")
	check(slices.Contains(ids(get(r.Data, "principal", "agreements", "nodes")), id) == visible, "person.agreements(PRINCIPAL)")
	overviewTotal := 0
	for _, row := range get(r.Data, "agreementStatusOverview").([]any) {
		if get(row, "orgUnit", "id") == gid("OrgUnit", a.OrgUnitID) {
			overviewTotal = int(get(row, "total").(float64))
		}
	}
	check(overviewTotal == int(get(r.Data, "unit", "agreements", "totalCount").(float64)),
		"status overview counts %d, the list shows %v", overviewTotal, get(r.Data, "unit", "agreements", "totalCount"))

	// Goal → agreement items reaches content only.
	var item db.AgreementItem
	if err := w.gdb.Where("agreement_id = ? AND goal_id IS NOT NULL", a.ID).First(&item).Error; err == nil {
		r = c.do(`query($g: ID!) { node(id: $g) { ... on Goal { agreementItems(first: 100) { totalCount nodes { id } } } } }`,
			map[string]any{"g": gid("Goal", *item.GoalID)})
		check(slices.Contains(ids(get(r.Data, "node", "agreementItems", "nodes")), gid("AgreementItem", item.ID)) == (want == access.Content),
			"goal.agreementItems")
	}

	// Query.auditTrail: content, else FORBIDDEN, and NOT_FOUND when invisible.
	r = c.do(`query($id: ID!) { auditTrail(entity: $id) { totalCount } }`, map[string]any{"id": id})
	wantCode := map[access.Level]string{access.None: "NOT_FOUND", access.Status: "FORBIDDEN", access.PayResult: "FORBIDDEN",
		access.Assessment: "FORBIDDEN", access.Content: ""}[want]
	check(r.code() == wantCode, "auditTrail code %q, want %q", r.code(), wantCode)

	// A lifecycle mutation by a non-party writes nothing and says why.
	if want != access.Content || (a.PrincipalID != c.principal.PersonID && a.AgentID != c.principal.PersonID) {
		before := auditEventCount(t, w.gdb)
		r = c.do(`mutation($id: ID!, $v: Int!) { agreementClose(input: {agreementId: $id, expectedVersion: $v}) { userErrors { code } } }`,
			map[string]any{"id": id, "v": a.Version})
		wantCode := "FORBIDDEN"
		if want == access.None {
			wantCode = "NOT_FOUND"
		}
		check(r.code() == wantCode, "agreementClose by non-party: %q, want %q", r.code(), wantCode)
		check(auditEventCount(t, w.gdb) == before, "a refused mutation wrote an audit event")
	}
	return cases
}

func auditEventCount(t *testing.T, gdb *gorm.DB) int64 {
	var n int64
	if err := gdb.Model(&db.AuditEvent{}).Count(&n).Error; err != nil {
		t.Fatal(err)
	}
	return n
}

// checkRoleQueries covers the queries whose answer depends on the role.
func checkRoleQueries(t *testing.T, c *client, vname string) int {
	t.Helper()
	cases := 0
	r := c.do(`{ me { person { name } roles viewerCanSeePayResults } myTasks { kind } }`, nil)
	cases++
	if len(r.Errors) > 0 {
		t.Errorf("%s me/myTasks: %+v", vname, r.Errors)
	}
	r = c.do(`{ payResults(year: 2026) { totalCount nodes { totalDegree points } } }`, nil)
	cases++
	if hr := vname == "HR"; (r.code() == "") != hr || (hr && get(r.Data, "payResults", "totalCount").(float64) == 0) {
		t.Errorf("%s payResults: %+v %v", vname, r.Errors, r.Data)
	}
	r = c.do(`{ dezernatAgreements(year: 2026) { id status } }`, nil)
	cases++
	n := len(get(r.Data, "dezernatAgreements").([]any))
	switch vname {
	case "OB", "OB_OFFICE", "LEADERSHIP", "DEZERNENT_LEADERSHIP":
		if n < 5 {
			t.Errorf("%s sees %d Dezernat agreements, want all", vname, n)
		}
	case "DEZERNENT":
		if n != 1 {
			t.Errorf("DEZERNENT sees %d Dezernat agreements, want only their own", n)
		}
	case "AMTSLEITUNG", "UNRELATED_MANAGER", "CONTROLLING", "ADMIN":
		if n != 0 {
			t.Errorf("%s sees %d Dezernat agreements, want none", vname, n)
		}
	}
	for _, q := range []string{`{ fiscalYears }`, `{ strategicGoals { title } }`, `{ budgetComplianceByDezernat(year: 2026) { figures { suggestedDegree } } }`} {
		cases++
		if r := c.do(q, nil); len(r.Errors) > 0 {
			t.Errorf("%s %s: %+v", vname, q, r.Errors)
		}
	}
	return cases
}

// TestPolicyScopeMatchesRowRule keeps the SQL scope and the row-by-row rule
// of the access policy in step, for every seeded agreement and viewer.
func TestPolicyScopeMatchesRowRule(t *testing.T) {
	w := seedWorld(t)
	var all []*db.Agreement
	w.gdb.Find(&all)
	for _, vname := range sortedKeys(w.viewers) {
		p := w.viewers[vname].principal
		if p == nil {
			continue
		}
		v, err := access.Load(t.Context(), w.gdb, p, dayToday())
		if err != nil {
			t.Fatal(err)
		}
		var visible []int64
		w.gdb.Model(&db.Agreement{}).Scopes(v.VisibleAgreements()).Pluck("id", &visible)
		var content, result, assessment []int64
		w.gdb.Model(&db.Agreement{}).Scopes(v.ContentAgreements()).Pluck("id", &content)
		w.gdb.Model(&db.Agreement{}).Scopes(v.ResultAgreements()).Pluck("id", &result)
		w.gdb.Model(&db.Agreement{}).Scopes(v.AssessmentAgreements()).Pluck("id", &assessment)
		for _, a := range all {
			l := v.AgreementLevel(a)
			if slices.Contains(result, a.ID) != (l >= access.PayResult) || slices.Contains(assessment, a.ID) != (l >= access.Assessment) {
				t.Errorf("%s agreement %d: level %s, in result scope %v, in assessment scope %v",
					vname, a.ID, l, slices.Contains(result, a.ID), slices.Contains(assessment, a.ID))
			}
			if slices.Contains(visible, a.ID) != (l >= access.Status) || slices.Contains(content, a.ID) != (l == access.Content) {
				t.Errorf("%s agreement %d: level %s, in visible scope %v, in content scope %v",
					vname, a.ID, l, slices.Contains(visible, a.ID), slices.Contains(content, a.ID))
			}
		}
	}
}

// checkFigureMutations records a KPI value, a budget line and an HSP
// realisation of the demo Amt as the viewer: allowed ones succeed, the rest
// get FORBIDDEN and write nothing.
func checkFigureMutations(t *testing.T, w *world, c *client, vname string) int {
	t.Helper()
	amt := w.agreements["A2"].OrgUnitID
	var prod db.Product
	if err := w.gdb.Where("org_unit_id = ?", amt).Order("id").First(&prod).Error; err != nil {
		t.Fatal(err)
	}
	var kv db.KPIValue
	if err := w.gdb.Where("year = 2027 AND quarter = 0 AND month = 0 AND kpi_id IN (SELECT id FROM kpis WHERE product_id = ?)", prod.ID).
		First(&kv).Error; err != nil {
		t.Fatal(err)
	}
	var line db.BudgetLine
	w.gdb.Where("product_id = ? AND year = 2027", prod.ID).First(&line)
	var m db.ConsolidationMeasure
	if err := w.gdb.Where("org_unit_id = ?", amt).First(&m).Error; err != nil {
		t.Fatalf("the demo Amt needs an HSP measure: %v", err)
	}
	var saving db.MeasureSaving
	w.gdb.Where("measure_id = ? AND year = 2026", m.ID).First(&saving)

	calls := []struct{ name, q string }{
		{"kpiValueRecord", `mutation($k: ID!, $v: Int) { r: kpiValueRecord(input: {kpiId: $k, year: 2027, plan: 42, expectedVersion: $v}) { userErrors { code } } }`},
		{"budgetLineRecord", `mutation($p: ID!, $bv: Int) { r: budgetLineRecord(input: {productId: $p, year: 2027, forecast: 123456, expectedVersion: $bv}) { userErrors { code } } }`},
		{"consolidationMeasureRecord", `mutation($m: ID!, $sv: Int) { r: consolidationMeasureRecord(input: {measureId: $m, year: 2026, realised: 5000, expectedVersion: $sv}) { userErrors { code } } }`},
	}
	vars := map[string]any{"k": gid("KPI", kv.KPIID), "v": kv.Version, "p": gid("Product", prod.ID), "bv": line.Version,
		"m": gid("ConsolidationMeasure", m.ID), "sv": saving.Version}
	cases := 0
	for _, call := range calls {
		before := auditEventCount(t, w.gdb)
		r := c.do(call.q, onlyUsed(call.q, vars))
		cases++
		if mayRecordFigures[vname] {
			if r.code() != "" || len(get(r.Data, "r", "userErrors").([]any)) > 0 {
				t.Errorf("%s %s: %+v %v", vname, call.name, r.Errors, r.Data)
			}
			// The next allowed viewer writes on top of this version.
			w.gdb.Model(&db.KPIValue{}).Where("id = ?", kv.ID).Pluck("version", &kv.Version)
			w.gdb.Model(&db.BudgetLine{}).Where("id = ?", line.ID).Pluck("version", &line.Version)
			w.gdb.Model(&db.MeasureSaving{}).Where("id = ?", saving.ID).Pluck("version", &saving.Version)
			vars["v"], vars["bv"], vars["sv"] = kv.Version, line.Version, saving.Version
		} else if r.code() != "FORBIDDEN" || auditEventCount(t, w.gdb) != before {
			t.Errorf("%s %s: want FORBIDDEN and nothing written, got %+v", vname, call.name, r.Errors)
		}
	}
	// The KPI's audit trail: for those who may record its figures, and ADMIN.
	r := c.do(`query($k: ID!) { auditTrail(entity: $k) { totalCount nodes { action entity } } }`, map[string]any{"k": gid("KPI", kv.KPIID)})
	cases++
	switch {
	case vname == "ADMIN": // runs first (alphabetical): may read, nothing recorded yet
		if r.code() != "" {
			t.Errorf("ADMIN KPI audit trail: %+v", r.Errors)
		}
	case mayRecordFigures[vname]:
		if r.code() != "" || get(r.Data, "auditTrail", "totalCount").(float64) < 1 {
			t.Errorf("%s KPI audit trail: %+v %v", vname, r.Errors, r.Data)
		}
	case r.code() != "FORBIDDEN":
		t.Errorf("%s KPI audit trail: want FORBIDDEN, got %+v", vname, r.Errors)
	}
	return cases
}

// onlyUsed keeps the variables an operation declares.
func onlyUsed(q string, vars map[string]any) map[string]any {
	out := map[string]any{}
	for k, v := range vars {
		if strings.Contains(q, "$"+k+":") {
			out[k] = v
		}
	}
	return out
}

// TestAgreementListStatementsDoNotGrowWithRows: agreements with their
// items, budget suggestions, assessments and parties cost the same number
// of statements for one agreement as for forty.
func TestAgreementListStatementsDoNotGrowWithRows(t *testing.T) {
	w := seedWorld(t)
	c := newClient(t, w.gdb, graph.Options{LoaderWait: 50 * time.Millisecond})
	c.principal = w.viewers["DEZERNENT_LEADERSHIP"].principal
	c.principal.Roles = []identity.Role{identity.RoleLeadership, identity.RoleOBOffice}
	q := `query($n: Int!) { agreements(year: 2026, first: $n) { nodes {
	  principal { name } agent { name } orgUnit { name } viewerAccess totalDegree
	  items { title goal { title } budgetSuggestion { suggestedDegree } } } } }`
	counts := map[int]int64{}
	for _, n := range []int{1, 40} {
		for range 3 {
			// Status-only rows answer items with FORBIDDEN; only the count matters here.
			if r := c.do(q, map[string]any{"n": n}); len(get(r.Data, "agreements", "nodes").([]any)) != n {
				t.Fatalf("want %d agreements: %+v", n, r.Errors)
			}
			if s := c.statements.Load(); counts[n] == 0 || s < counts[n] {
				counts[n] = s
			}
		}
	}
	t.Logf("SQL statements for the agreement list: 1 agreement = %d, 40 = %d", counts[1], counts[40])
	if counts[1] != counts[40] {
		t.Fatalf("statements grew with rows: %v", counts)
	}
}
