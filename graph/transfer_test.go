package graph_test

import (
	"testing"

	"zielwerk/db"
)

// After a leader change that did not move the agreements (a unit's leader
// set by a reorganisation or an import), the open agreements of the old
// principal are offered to ADMIN for hand-over to the successor; the
// hand-over is audited.
func TestOpenAgreementsAreOfferedToTheSuccessor(t *testing.T) {
	w := seedWorld(t)
	a2 := w.agreements["A2"]
	var unit, above db.OrgUnit
	w.gdb.First(&unit, a2.OrgUnitID)
	w.gdb.First(&above, *unit.ParentID)
	successor := db.Person{Name: "Neue Dezernentin", Email: "neu@example.org", Version: 1, Employment: db.EmploymentNone, PartTimeFactor: 1}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(w.gdb.Create(&successor).Error)
	open := db.Agreement{Year: 2029, PrincipalID: a2.PrincipalID, AgentID: a2.AgentID, OrgUnitID: a2.OrgUnitID,
		Status: db.StatusDraft, PayRule: db.PayNone, CreatedAt: testNow, UpdatedAt: testNow, Version: 1}
	must(w.gdb.Create(&open).Error)
	must(w.gdb.Model(&db.OrgUnit{}).Where("id = ?", above.ID).Update("leader_id", successor.ID).Error)

	admin := w.client(t, w.viewers["ADMIN"])
	r := admin.do(`{ principalTransfers { agreement { id status version } successor { name } } }`, nil)
	var offer any
	for _, o := range get(r.Data, "principalTransfers").([]any) {
		if get(o, "agreement", "id") == gid("Agreement", open.ID) {
			offer = o
		}
		if get(o, "agreement", "status") == "ASSESSED" || get(o, "agreement", "status") == "CLOSED" {
			t.Errorf("an assessed or closed agreement is offered: %v", o)
		}
	}
	if offer == nil || get(offer, "successor", "name") != successor.Name {
		t.Fatalf("offers: %+v %v", r.Errors, r.Data)
	}
	q := `mutation($id: ID!, $v: Int!) { r: agreementPrincipalTransfer(input: {agreementId: $id, expectedVersion: $v}) {
	  agreement { principal { name } } userErrors { code } } }`
	vars := map[string]any{"id": gid("Agreement", open.ID), "v": open.Version}
	if r := w.client(t, w.viewers["DEZERNENT"]).do(q, vars); r.code() != "FORBIDDEN" {
		t.Errorf("the old principal handed over: %+v", r.Errors)
	}
	r = admin.do(q, vars)
	if r.code() != "" || get(r.Data, "r", "agreement", "principal", "name") != successor.Name {
		t.Fatalf("hand-over: %+v %v", r.Errors, r.Data)
	}
	var ev db.AuditEvent
	must(w.gdb.Where("entity = 'Agreement' AND entity_id = ?", open.ID).Order("id DESC").First(&ev).Error)
	if ev.Action != "handOver" {
		t.Fatalf("audit: %+v", ev)
	}
	// Handed over, it is no longer offered.
	r = admin.do(`{ principalTransfers { agreement { id } } }`, nil)
	for _, o := range get(r.Data, "principalTransfers").([]any) {
		if get(o, "agreement", "id") == gid("Agreement", open.ID) {
			t.Fatalf("still offered after the hand-over")
		}
	}
}
