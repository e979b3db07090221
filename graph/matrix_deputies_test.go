package graph_test

import (
	"slices"
	"testing"
	"time"

	"zielwerk/access"
	"zielwerk/clock"
	"zielwerk/db"
	"zielwerk/identity"
)

// Deputies in the authorization matrix: the demo Dezernent (principal of
// A2, agent of A1) names the unrelated manager deputy for two weeks. In
// the period the deputy sees A2 as its principal does and takes its
// principal's steps on the principal's behalf; never A1, the leader's own
// agreement as agent; outside the period nothing.

type deputyWorld struct {
	*world
	dez, deputy viewer
	from, to    time.Time
	open        *db.Agreement // a proposal of the Dezernent's, signed by its agent
}

func newDeputyWorld(t *testing.T) *deputyWorld {
	t.Helper()
	w := &deputyWorld{world: seedWorld(t)}
	w.dez, w.deputy = w.viewers["DEZERNENT"], w.viewers["UNRELATED_MANAGER"]
	w.from, w.to = dayToday().AddDate(0, 0, -1), dayToday().AddDate(0, 0, 13)
	a2 := w.agreements["A2"]
	signed := testNow
	w.open = &db.Agreement{Year: 2029, PrincipalID: a2.PrincipalID, AgentID: a2.AgentID, OrgUnitID: a2.OrgUnitID,
		Status: db.StatusProposed, PayRule: db.PayNone, ProposedAt: &signed, AgentSignedAt: &signed, CreatedAt: testNow, UpdatedAt: testNow, Version: 1}
	if err := w.gdb.Create(w.open).Error; err != nil {
		t.Fatal(err)
	}
	return w
}

// assign names deputy for leader as viewer by; it returns the payload.
func (w *deputyWorld) assign(t *testing.T, by viewer, leader, deputy int64) response {
	t.Helper()
	return w.client(t, by).do(`mutation($l: ID!, $d: ID!, $f: Date!, $t: Date!) {
	  r: deputyAssign(input: {leaderId: $l, deputyId: $d, from: $f, to: $t}) { deputy { id version active leader { name } deputy { name } } userErrors { code key } } }`,
		map[string]any{"l": gid("Person", leader), "d": gid("Person", deputy), "f": w.from.Format(time.DateOnly), "t": w.to.Format(time.DateOnly)})
}

// sees is the deputy's access to each agreement on day.
func (w *deputyWorld) sees(t *testing.T, v viewer, day time.Time) map[string]string {
	t.Helper()
	c := w.client(t, v)
	c.clock = clock.Fixed(day.Add(10 * time.Hour))
	out := map[string]string{}
	for name, a := range map[string]*db.Agreement{"A1": w.agreements["A1"], "A2": w.agreements["A2"], "A3": w.agreements["A3"], "OPEN": w.open} {
		r := c.do(`query($id: ID!, $y: Int!) { node(id: $id) { ... on Agreement { viewerAccess items { title } } }
		  agreements(year: $y, first: 100) { nodes { id } } }`, map[string]any{"id": gid("Agreement", a.ID), "y": a.Year})
		listed := slices.Contains(ids(get(r.Data, "agreements", "nodes")), gid("Agreement", a.ID))
		switch {
		case get(r.Data, "node") == nil && !listed:
			out[name] = "NONE"
		case get(r.Data, "node") != nil && listed:
			out[name], _ = get(r.Data, "node", "viewerAccess").(string)
		default:
			out[name] = "node and list disagree"
		}
	}
	return out
}

func TestDeputiesInTheMatrix(t *testing.T) {
	w := newDeputyWorld(t)
	dez, dep := w.dez.principal.PersonID, w.deputy.principal.PersonID

	// Who may name a deputy: the leader themself and ADMIN.
	for _, by := range []string{"AMTSLEITUNG", "CONTROLLING", "HR", "UNRELATED_MANAGER"} {
		if r := w.assign(t, w.viewers[by], dez, dep); r.code() != "FORBIDDEN" {
			t.Errorf("%s named a deputy for the Dezernent: %+v %v", by, r.Errors, r.Data)
		}
	}
	before := w.sees(t, w.deputy, dayToday())
	r := w.assign(t, w.dez, dez, dep)
	if r.code() != "" || get(r.Data, "r", "deputy", "active") != true {
		t.Fatalf("deputyAssign: %+v %v", r.Errors, r.Data)
	}

	want := map[string]string{"A1": "NONE", "A2": "CONTENT", "A3": "NONE", "OPEN": "CONTENT"}
	if got := w.sees(t, w.deputy, dayToday()); !equalMaps(got, want) {
		t.Errorf("deputy in the period sees %v, want %v (before: %v)", got, want, before)
	}
	// The row rule and the SQL scope agree for the deputy on every agreement.
	pv, err := access.Load(t.Context(), w.gdb, w.deputy.principal, dayToday())
	if err != nil || len(pv.Represents) != 1 {
		t.Fatalf("deputy's policy: %+v %v", pv, err)
	}
	var all []*db.Agreement
	w.gdb.Find(&all)
	var visible, content []int64
	w.gdb.Model(&db.Agreement{}).Scopes(pv.VisibleAgreements()).Pluck("id", &visible)
	w.gdb.Model(&db.Agreement{}).Scopes(pv.ContentAgreements()).Pluck("id", &content)
	for _, a := range all {
		l := pv.AgreementLevel(a)
		if slices.Contains(visible, a.ID) != (l >= access.Status) || slices.Contains(content, a.ID) != (l == access.Content) {
			t.Errorf("deputy, agreement %d: level %s, visible scope %v, content scope %v", a.ID, l, slices.Contains(visible, a.ID), slices.Contains(content, a.ID))
		}
	}
	none := map[string]string{"A1": "NONE", "A2": "NONE", "A3": "NONE", "OPEN": "NONE"}
	for _, day := range []time.Time{w.from.AddDate(0, 0, -1), w.to.AddDate(0, 0, 1)} {
		if got := w.sees(t, w.deputy, day); !equalMaps(got, none) {
			t.Errorf("deputy on %s, outside the period, sees %v", day.Format(time.DateOnly), got)
		}
	}

	// The deputy's tasks include the leader's step on the open proposal, for the leader.
	r = w.client(t, w.deputy).do(`{ myTasks { kind due agreement { id } onBehalfOf { name } } }`, nil)
	if r.code() != "" {
		t.Fatalf("myTasks: %+v", r.Errors)
	}
	var signOpen bool
	for _, task := range get(r.Data, "myTasks").([]any) {
		if get(task, "onBehalfOf") == nil || get(task, "agreement") == nil {
			continue
		}
		id := get(task, "agreement", "id")
		signOpen = signOpen || id == gid("Agreement", w.open.ID) && get(task, "kind") == "SIGN"
		if id == gid("Agreement", w.agreements["A1"].ID) || get(task, "onBehalfOf", "name") != w.dez.principal.Name {
			t.Errorf("deputy's task for the leader on an agreement the leader is not principal of: %v", task)
		}
	}
	if !signOpen {
		t.Errorf("the deputy lacks the leader's signature of the open proposal: %v", r.Data)
	}

	// Outside the period the deputy's step finds nothing.
	late := w.client(t, w.deputy)
	late.clock = clock.Fixed(w.to.AddDate(0, 0, 1).Add(10 * time.Hour))
	accept := `mutation($id: ID!, $v: Int!) { r: agreementAccept(input: {agreementId: $id, expectedVersion: $v}) {
	  agreement { status version auditTrail(first: 1) { nodes { action actor { name } onBehalfOf { name } } } } userErrors { code } } }`
	vars := map[string]any{"id": gid("Agreement", w.open.ID), "v": w.open.Version}
	if r := late.do(accept, vars); r.code() != "NOT_FOUND" {
		t.Errorf("deputy after the period: %q, want NOT_FOUND", r.code())
	}
	// The agreement says whom the deputy stands in for; the leader's own is not for them.
	r = w.client(t, w.deputy).do(`query($id: ID!) { node(id: $id) { ... on Agreement { viewerOnBehalfOf { name } } } }`,
		map[string]any{"id": gid("Agreement", w.open.ID)})
	if get(r.Data, "node", "viewerOnBehalfOf") == nil || get(r.Data, "node", "viewerOnBehalfOf", "name") != w.dez.principal.Name {
		t.Errorf("viewerOnBehalfOf for the deputy: %+v %v", r.Errors, r.Data)
	}
	r = w.client(t, w.dez).do(`query($id: ID!) { node(id: $id) { ... on Agreement { viewerOnBehalfOf { name } } } }`,
		map[string]any{"id": gid("Agreement", w.open.ID)})
	if get(r.Data, "node", "viewerOnBehalfOf") != nil {
		t.Errorf("viewerOnBehalfOf for the principal themself: %v", r.Data)
	}
	// In the period the deputy signs for the principal, on their behalf.
	r = w.client(t, w.deputy).do(accept, vars)
	ev := get(r.Data, "r", "agreement", "auditTrail", "nodes").([]any)
	if r.code() != "" || get(r.Data, "r", "agreement", "status") != "AGREED" || len(ev) != 1 ||
		get(ev[0], "onBehalfOf", "name") != w.dez.principal.Name || get(ev[0], "actor", "name") != w.deputy.principal.Name {
		t.Fatalf("deputy's signature: %+v %v", r.Errors, r.Data)
	}
	var stored db.AuditEvent
	if err := w.gdb.Where("entity = 'Agreement' AND entity_id = ?", w.open.ID).Order("id DESC").First(&stored).Error; err != nil ||
		stored.OnBehalfOfID == nil || *stored.OnBehalfOfID != dez || stored.ActorID == nil || *stored.ActorID != dep {
		t.Fatalf("audit event: %+v %v", stored, err)
	}
	// Copying to another year stays with the principal.
	r = w.client(t, w.deputy).do(`mutation($id: ID!) { r: agreementCopyToYear(input: {agreementId: $id, year: 2030}) { userErrors { code } } }`,
		map[string]any{"id": gid("Agreement", w.open.ID)})
	if r.code() != "FORBIDDEN" {
		t.Errorf("deputy copied the leader's agreement: %+v", r.Errors)
	}

	// The deputy lists the deputy row; a stranger does not.
	r = w.client(t, w.deputy).do(`{ deputies { leader { name } deputy { name } active } }`, nil)
	if n := len(get(r.Data, "deputies").([]any)); n != 1 {
		t.Errorf("the deputy lists %d deputies", n)
	}
	r = w.client(t, w.viewers["CONTROLLING"]).do(`{ deputies { id } }`, nil)
	if n := len(get(r.Data, "deputies").([]any)); n != 0 || r.code() != "" {
		t.Errorf("CONTROLLING lists %d deputies: %+v", n, r.Errors)
	}
	if n := len(get(w.client(t, w.viewers["ADMIN"]).do(`{ deputies { id } }`, nil).Data, "deputies").([]any)); n != 1 {
		t.Errorf("ADMIN lists %d deputies", n)
	}

	// Ended, the deputy sees nothing from the same day.
	id := get(w.client(t, w.dez).do(`{ deputies { id version } }`, nil).Data, "deputies").([]any)[0]
	r = w.client(t, w.dez).do(`mutation($id: ID!, $v: Int!) { r: deputyEnd(input: {deputyId: $id, expectedVersion: $v}) { deputy { active endedOn } userErrors { code } } }`,
		map[string]any{"id": get(id, "id"), "v": get(id, "version")})
	if r.code() != "" || get(r.Data, "r", "deputy", "active") != false {
		t.Fatalf("deputyEnd: %+v %v", r.Errors, r.Data)
	}
	if got := w.sees(t, w.deputy, dayToday()); !equalMaps(got, none) {
		t.Errorf("ended deputy sees %v", got)
	}
}

// A deputy who is the agent of one of the leader's agreements stays its
// agent: they sign for themself, never for the principal.
func TestADeputyNeverSignsTheirOwnAgreementAsPrincipal(t *testing.T) {
	w := newDeputyWorld(t)
	amt := w.viewers["AMTSLEITUNG"]
	w.open.AgentSignedAt = nil
	if err := w.gdb.Model(w.open).Update("agent_signed_at", nil).Error; err != nil {
		t.Fatal(err)
	}
	admin := w.viewers["ADMIN"]
	if r := w.assign(t, admin, w.dez.principal.PersonID, amt.principal.PersonID); r.code() != "" || len(get(r.Data, "r", "userErrors").([]any)) > 0 {
		t.Fatalf("ADMIN names the deputy: %+v %v", r.Errors, r.Data)
	}
	r := w.client(t, amt).do(`mutation($id: ID!, $v: Int!) { r: agreementAccept(input: {agreementId: $id, expectedVersion: $v}) { agreement { status } userErrors { code } } }`,
		map[string]any{"id": gid("Agreement", w.open.ID), "v": w.open.Version})
	if r.code() != "" || get(r.Data, "r", "agreement", "status") != "PROPOSED" {
		t.Fatalf("the agent's signature: %+v %v", r.Errors, r.Data)
	}
	var a db.Agreement
	w.gdb.First(&a, w.open.ID)
	if a.PrincipalSignedAt != nil || a.AgentSignedAt == nil {
		t.Fatalf("signatures: principal %v, agent %v", a.PrincipalSignedAt, a.AgentSignedAt)
	}
	var ev db.AuditEvent
	w.gdb.Where("entity = 'Agreement' AND entity_id = ?", a.ID).Order("id DESC").First(&ev)
	if ev.OnBehalfOfID != nil {
		t.Fatalf("the agent's own signature recorded on behalf of %d", *ev.OnBehalfOfID)
	}
}

// The outbox and the hand-over offers are ADMIN's; reminders are each
// person's own.
func TestNotificationFieldsInTheMatrix(t *testing.T) {
	w := seedWorld(t)
	for _, vname := range sortedKeys(w.viewers) {
		v := w.viewers[vname]
		if v.principal == nil {
			continue
		}
		c := w.client(t, v)
		admin := slices.Contains(v.principal.Roles, identity.RoleAdmin)
		for _, q := range []string{`{ outbox(first: 5) { totalCount nodes { to subject } } }`, `{ principalTransfers { agreement { id } successor { name } } }`} {
			r := c.do(q, nil)
			if admin != (r.code() == "") || !admin && r.code() != "FORBIDDEN" {
				t.Errorf("%s %s: %+v", vname, q, r.Errors)
			}
		}
		r := c.do(`mutation { r: remindersSet(input: {optOut: true}) { me { remindersOptOut } userErrors { code } } }`, nil)
		if r.code() != "" || get(r.Data, "r", "me", "remindersOptOut") != true {
			t.Errorf("%s remindersSet: %+v %v", vname, r.Errors, r.Data)
		}
		var out bool
		w.gdb.Model(&db.Person{}).Where("id = ?", v.principal.PersonID).Pluck("reminders_opt_out", &out)
		if !out {
			t.Errorf("%s: the opt-out was not stored", vname)
		}
		w.gdb.Model(&db.Person{}).Where("id = ?", v.principal.PersonID).Update("reminders_opt_out", false)
	}
	r := w.client(t, w.viewers["ADMIN"]).do(`{ me { remindersOptOut } myTasks { kind due } }`, nil)
	if r.code() != "" {
		t.Fatalf("me: %+v", r.Errors)
	}
}

func equalMaps(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}
