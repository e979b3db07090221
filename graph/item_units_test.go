package graph_test

import (
	"fmt"
	"strings"
	"testing"

	"zielwerk/db"
)

// An item keeps its target unit (the linked KPI's unit wins for display),
// and degrees take one decimal, rounded on the server, 0–150, with a
// message that says what is expected. The weighted total follows.
func TestItemTargetUnitAndDecimalDegrees(t *testing.T) {
	w := newLifecycleWorld(t)
	vars := map[string]any{"unit": gid("OrgUnit", w.dezernat.ID), "agent": gid("Person", *w.dezernat.LeaderID)}
	a := mutate(t, w.ob, "agreementCreate", `{agentId: $agent, orgUnitId: $unit, year: 2025, payRule: BEAMTE_LBESG}`, vars).p["agreement"].(map[string]any)
	id := a["id"].(string)
	v := func() int { return int(a["version"].(float64)) }
	step := func(c *client, name, input string) {
		t.Helper()
		r := mutate(t, c, name, input, map[string]any{"id": id, "v": v()})
		if r.code != "" || r.ue != "" {
			t.Fatalf("%s: code %q userError %q", name, r.code, r.ue)
		}
		a = r.p["agreement"].(map[string]any)
	}
	budget := get(a["items"], 0, "id").(string)
	step(w.ob, "agreementItemUpdate", `{itemId: "`+budget+`", expectedVersion: $v, weightPercent: 30}`)
	step(w.ob, "agreementItemAdd", `{agreementId: $id, expectedVersion: $v, title: "Bearbeitungszeit", weightPercent: 40, targetValue: 30, targetUnit: DAYS}`)
	step(w.ob, "agreementItemAdd", `{agreementId: $id, expectedVersion: $v, title: "Kennzahl", weightPercent: 30, kpiId: "`+gid("KPI", w.kpi.ID)+`", targetValue: 12, targetUnit: EUR}`)

	r := w.ob.must(`query($id: ID!) { node(id: $id) { ... on Agreement { items { title targetValue targetUnit kpi { unit } } } } }`, map[string]any{"id": id})
	its := get(r, "node", "items").([]any)
	if get(its, 0, "targetUnit") != "NONE" || get(its, 1, "targetUnit") != "DAYS" || get(its, 1, "targetValue") != 30.0 {
		t.Fatalf("stored units: %v", its)
	}
	// The KPI item keeps what was sent, but its unit is the KPI's.
	if get(its, 2, "targetUnit") != "EUR" || get(its, 2, "kpi", "unit") != w.kpi.Unit {
		t.Fatalf("KPI item: %v (KPI unit %q)", its[2], w.kpi.Unit)
	}
	var stored db.AgreementItem
	must(t, w.gdb.Where("title = ?", "Bearbeitungszeit").First(&stored).Error)
	if stored.TargetUnit != db.UnitDays {
		t.Fatalf("database: %+v", stored)
	}

	// The Protokoll names a changed unit in words, German and English.
	step(w.ob, "agreementItemUpdate", `{itemId: "`+gid("AgreementItem", stored.ID)+`", expectedVersion: $v, targetUnit: COUNT}`)
	var ev db.AuditEvent
	must(t, w.gdb.Where("entity = 'Agreement' AND entity_id = ? AND action = 'edit'", decodeID(t, id)).Order("id DESC").First(&ev).Error)
	de, en := fmt.Sprint(db.AuditChanges(&ev, false)), fmt.Sprint(db.AuditChanges(&ev, true))
	if !strings.Contains(de, "Einheit des Zielwerts Tage Anzahl") || !strings.Contains(en, "Target unit days count") {
		t.Errorf("the unit in the Protokoll:\n%s\n%s", de, en)
	}

	step(w.ob, "agreementPropose", `{agreementId: $id, expectedVersion: $v}`)
	step(w.dez, "agreementAccept", `{agreementId: $id, expectedVersion: $v}`)
	step(w.ob, "agreementAccept", `{agreementId: $id, expectedVersion: $v}`)
	ids := []string{budget, get(a["items"], 1, "id").(string), get(a["items"], 2, "id").(string)}
	degrees := func(ds ...string) string {
		var parts []string
		for i, d := range ds {
			parts = append(parts, `{itemId: "`+ids[i]+`", degree: `+d+`}`)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}

	// Out of range: refused with the message that shows the expected form.
	out := w.ob.do(`mutation($id: ID!, $v: Int!) { agreementReviewRecord(input: {agreementId: $id, expectedVersion: $v, heldOn: "2025-07-01", note: "x", items: `+
		degrees("100", "150.1", "80")+`}) { userErrors { field key message } } }`, map[string]any{"id": id, "v": v()})
	ue := get(out.Data, "agreementReviewRecord", "userErrors", 0)
	if get(ue, "key") != "item.degree" || get(ue, "message") != "Bitte einen Wert zwischen 0 und 150 eingeben, z. B. 60,5." {
		t.Fatalf("degree 150.1: %+v %v", out.Data, out.Errors)
	}
	// 60.56 is kept as 60.6: one decimal, rounded by the server.
	step(w.ob, "agreementReviewRecord", `{agreementId: $id, expectedVersion: $v, heldOn: "2025-07-01", note: "Auf gutem Weg.", items: `+degrees("100", "60.56", "80")+`}`)
	must(t, w.gdb.First(&stored, stored.ID).Error)
	if stored.InterimDegree == nil || *stored.InterimDegree != 60.6 {
		t.Fatalf("interim degree stored as %v, want 60.6", stored.InterimDegree)
	}
	ev = db.AuditEvent{}
	must(t, w.gdb.Where("entity = 'Agreement' AND entity_id = ? AND action = 'reviewRecord'", decodeID(t, id)).First(&ev).Error)
	if words := fmt.Sprint(db.AuditChanges(&ev, false)); !strings.Contains(words, "„Bearbeitungszeit“: Zwischenstand – 60,6 %") {
		t.Errorf("the decimal degree in the Protokoll: %s", words)
	}
	step(w.dez, "agreementAssess", `{agreementId: $id, expectedVersion: $v, self: true, items: `+degrees("100", "90.5", "80")+`}`)
	suggestion := get(a["items"], 0, "budgetSuggestion", "suggestedDegree")
	s := "100"
	if suggestion != nil {
		s = itoa(int(suggestion.(float64)))
	}
	step(w.ob, "agreementAssess", `{agreementId: $id, expectedVersion: $v, self: false, items: `+degrees(s, "87.5", "99.9")+`}`)
	sv := 100.0
	if suggestion != nil {
		sv = suggestion.(float64)
	}
	want := db.RoundDegree((30*sv + 40*87.5 + 30*99.9) / 100)
	if a["totalDegree"] != want || get(a["items"], 1, "finalDegree") != 87.5 {
		t.Fatalf("total %v, want %v; items %v", a["totalDegree"], want, a["items"])
	}
}
