package graph_test

import (
	"testing"
)

// The per-item comments of the mid-year review and of the self-assessment
// are kept, shown to content readers, named in the Protokoll and left
// behind when the agreement is copied to another year.
func TestReviewAndSelfAssessmentKeepItemComments(t *testing.T) {
	w := newLifecycleWorld(t)
	a := w.obDraft(t)
	id, budget := a["id"], get(a["items"], 0, "id").(string)
	a = step(t, w.ob, "agreementItemAdd", `{agreementId: $id, expectedVersion: $v, title: "Bauakte", weightPercent: 80}`,
		map[string]any{"id": id, "v": version(a)})
	other := get(a["items"], 1, "id").(string)
	a = step(t, w.ob, "agreementItemUpdate", `{itemId: $item, expectedVersion: $v, weightPercent: 20}`,
		map[string]any{"item": budget, "v": version(a)})
	a = step(t, w.ob, "agreementPropose", `{agreementId: $id, expectedVersion: $v}`, map[string]any{"id": id, "v": version(a)})
	a = step(t, w.dez, "agreementAccept", `{agreementId: $id, expectedVersion: $v}`, map[string]any{"id": id, "v": version(a)})
	a = step(t, w.ob, "agreementAccept", `{agreementId: $id, expectedVersion: $v}`, map[string]any{"id": id, "v": version(a)})
	vars := func() map[string]any {
		return map[string]any{"id": id, "v": version(a), "budget": budget, "other": other}
	}

	a = step(t, w.ob, "agreementReviewRecord", `{agreementId: $id, expectedVersion: $v, heldOn: "2025-07-01", note: "Gespräch",
  items: [{itemId: $budget, degree: 100}, {itemId: $other, degree: 60, comment: "Vergabe verzögert"}]}`, vars())
	a = step(t, w.dez, "agreementAssess", `{agreementId: $id, expectedVersion: $v, self: true,
  items: [{itemId: $other, degree: 90, comment: "Pilot läuft im Bauamt"}]}`, vars())

	q := `query($id: ID!) { node(id: $id) { ... on Agreement { items { title interimComment selfComment assessmentComment } } } }`
	for name, c := range map[string]*client{"principal": w.ob, "agent": w.dez} {
		items := get(c.must(q, map[string]any{"id": id}), "node", "items")
		if got := get(items, 1, "interimComment"); got != "Vergabe verzögert" {
			t.Errorf("%s reads interimComment %q", name, got)
		}
		if got := get(items, 1, "selfComment"); got != "Pilot läuft im Bauamt" {
			t.Errorf("%s reads selfComment %q", name, got)
		}
		if get(items, 0, "interimComment") != "" || get(items, 0, "selfComment") != "" {
			t.Errorf("%s: the item given without comments has some: %v", name, get(items, 0))
		}
	}

	// The Protokoll names both comments in words.
	r := w.ob.must(`query($id: ID!) { auditTrail(entity: $id, first: 50) { nodes { action changes { label before after } } } }`,
		map[string]any{"id": id})
	want := map[string]string{
		"reviewRecord": "Ziel „Bauakte“: Kommentar zum Zwischenstand",
		"selfAssess":   "Ziel „Bauakte“: Kommentar zur Selbsteinschätzung",
	}
	wantAfter := map[string]string{"reviewRecord": "Vergabe verzögert", "selfAssess": "Pilot läuft im Bauamt"}
	for _, n := range get(r, "auditTrail", "nodes").([]any) {
		action, _ := get(n, "action").(string)
		for _, ch := range get(n, "changes").([]any) {
			if get(ch, "label") == want[action] && get(ch, "before") == "–" && get(ch, "after") == wantAfter[action] {
				delete(want, action)
			}
		}
	}
	for action, label := range want {
		t.Errorf("the %s event lacks the change %q", action, label)
	}

	// Next year's copy starts without them, like without the degrees.
	next := step(t, w.ob, "agreementCopyToYear", `{agreementId: $id, year: 2026}`, map[string]any{"id": id})
	for _, it := range get(w.ob.must(q, map[string]any{"id": next["id"]}), "node", "items").([]any) {
		if get(it, "interimComment") != "" || get(it, "selfComment") != "" {
			t.Errorf("the copy keeps comments: %v", it)
		}
	}
}
