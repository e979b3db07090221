package graph_test

import (
	"fmt"
	"strings"
	"testing"

	"zielwerk/db"
)

// The office review: the OB's office remarks on an item of a proposed
// Dezernat agreement and sets "Rückfrage"; the Dezernent sees the remark
// and the state, the OB sees the state before signing, a stranger gets
// nothing; only the parties and the office may remark, only the office
// may set the state; the task and the Protokoll follow.
func TestOfficeReviewOfADezernatAgreement(t *testing.T) {
	w := seedWorld(t)
	ob, dez := w.viewers["OB"].principal.PersonID, w.viewers["DEZERNENT"].principal.PersonID
	var a db.Agreement
	must(t, w.gdb.Where("principal_id = ? AND agent_id = ? AND status IN ?", ob, dez,
		[]db.AgreementStatus{db.StatusDraft, db.StatusProposed}).Order("year, id").First(&a).Error)
	if a.Status == db.StatusDraft {
		must(t, w.gdb.Model(&db.Agreement{}).Where("id = ?", a.ID).Update("status", db.StatusProposed).Error)
		a.Status = db.StatusProposed
	}
	var item db.AgreementItem
	must(t, w.gdb.Where("agreement_id = ?", a.ID).Order("position").First(&item).Error)
	id := gid("Agreement", a.ID)
	office := w.client(t, w.viewers["OB_OFFICE"])

	reviewTask := func() bool {
		for _, task := range get(office.must(`{ myTasks { kind agreement { id } } }`, nil), "myTasks").([]any) {
			if get(task, "kind") == "OFFICE_REVIEW" && get(task, "agreement", "id") == id {
				return true
			}
		}
		return false
	}
	if !reviewTask() {
		t.Error("the office has no review task for the proposed agreement")
	}
	version := func() int {
		var v int
		w.gdb.Model(&db.Agreement{}).Where("id = ?", a.ID).Pluck("version", &v)
		return v
	}
	remark := `mutation($id: ID!, $v: Int!, $item: ID, $t: String!) { r: agreementRemarkAdd(input: {agreementId: $id, expectedVersion: $v, itemId: $item, text: $t}) { userErrors { key } agreement { version } } }`
	review := `mutation($id: ID!, $v: Int!, $s: OfficeReviewState!) { r: agreementOfficeReview(input: {agreementId: $id, expectedVersion: $v, state: $s}) { userErrors { key } agreement { officeReview } } }`

	// A query without any remark is refused; with one it is recorded.
	if r := office.must(review, map[string]any{"id": id, "v": version(), "s": "QUERY"}); !strings.Contains(fmt.Sprint(r), "officeReview.noRemark") {
		t.Errorf("a query without remarks: %v", r)
	}
	r := office.must(remark, map[string]any{"id": id, "v": version(), "item": gid("AgreementItem", item.ID), "t": "Bitte die Gewichtung begründen."})
	if len(get(r, "r", "userErrors").([]any)) > 0 {
		t.Fatalf("office remark: %v", r)
	}
	r = office.must(review, map[string]any{"id": id, "v": version(), "s": "QUERY"})
	if get(r, "r", "agreement", "officeReview") != "QUERY" {
		t.Fatalf("office review: %v", r)
	}
	if reviewTask() {
		t.Error("the reviewed agreement is still a task")
	}
	// Who may remark and review, as the lifecycle table says.
	for _, vname := range sortedKeys(w.viewers) {
		v := w.viewers[vname]
		if v.principal == nil {
			continue
		}
		c := w.client(t, v)
		party := v.principal.PersonID == ob || v.principal.PersonID == dez
		rr := c.do(remark, map[string]any{"id": id, "v": version(), "t": "Anmerkung von " + vname})
		mayRemark := party || vname == "OB_OFFICE"
		if ok := rr.code() == "" && len(get(rr.Data, "r", "userErrors").([]any)) == 0; ok != mayRemark {
			t.Errorf("%s remarks: %v (want %v): %+v %v", vname, ok, mayRemark, rr.Errors, rr.Data)
		}
		rv := c.do(review, map[string]any{"id": id, "v": version(), "s": "CHECKED"})
		if ok := rv.code() == ""; ok != (vname == "OB_OFFICE") {
			t.Errorf("%s sets the review state: %v: %+v", vname, ok, rv.Errors)
		}
		seen := c.do(`query($id: ID!) { node(id: $id) { ... on Agreement { officeReview remarks { text item { title } author { name } } } } }`, map[string]any{"id": id})
		sees := seen.code() == "" && get(seen.Data, "node") != nil && get(seen.Data, "node", "remarks") != nil
		if sees != mayRemark {
			t.Errorf("%s sees the remarks: %v (want %v): %+v %v", vname, sees, mayRemark, seen.Errors, seen.Data)
		}
		if vname == "DEZERNENT" && !strings.Contains(fmt.Sprint(seen.Data), "Bitte die Gewichtung begründen.") {
			t.Errorf("the Dezernent does not see the office's remark: %v", seen.Data)
		}
	}
	// The Protokoll says it in words.
	var ev db.AuditEvent
	must(t, w.gdb.Where("entity = 'Agreement' AND entity_id = ? AND action = 'remark'", a.ID).Order("id").First(&ev).Error)
	if words := fmt.Sprint(db.AuditChanges(&ev, false)); !strings.Contains(words, "Anmerkung zu „"+item.Title+"“") || !strings.Contains(words, "Bitte die Gewichtung begründen.") {
		t.Errorf("the remark in the Protokoll: %s", words)
	}
}
