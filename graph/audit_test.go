package graph_test

import (
	"regexp"
	"strings"
	"testing"
)

// internalName catches field names (weightPercent) and codes (OB_OFFICE,
// BEAMTE_LBESG) in texts meant for people.
var internalName = regexp.MustCompile(`\b[a-z]+[A-Z][A-Za-z]*\b|\b[A-Z]+_[A-Z_]+\b`)

// checkAuditInWords reads an agreement's audit trail as a person would and
// requires every change of content in it, in German, without field names
// or role codes: an item's weight and title, the review's interim
// degrees, every item's final degree.
func checkAuditInWords(t *testing.T, c *client, agreementID string) {
	t.Helper()
	data := c.must(`query($id: ID!) { auditTrail(entity: $id, first: 50) { nodes {
		action actionText actorRoleNames changes { label before after } } } }`, map[string]any{"id": agreementID})
	found := map[string]bool{}
	for _, n := range get(data, "auditTrail", "nodes").([]any) {
		ev := n.(map[string]any)
		texts := []string{ev["actionText"].(string)}
		for _, r := range ev["actorRoleNames"].([]any) {
			texts = append(texts, r.(string))
		}
		for _, ch := range ev["changes"].([]any) {
			label, before, after := get(ch, "label").(string), get(ch, "before").(string), get(ch, "after").(string)
			texts = append(texts, label, before, after)
			switch {
			case ev["action"] == "edit" && strings.HasSuffix(label, ": Gewichtung") && after == "30 %":
				found["weight changed"] = true
			case ev["action"] == "edit" && strings.HasPrefix(label, "Ziel „Digitale Bauakte einführen“ hinzugefügt"):
				found["item added with its title"] = true
			case ev["action"] == "reviewRecord" && strings.HasSuffix(label, ": Zwischenstand") && after == "80 %":
				found["interim degree"] = true
			case ev["action"] == "assess" && strings.HasSuffix(label, ": Zielerreichung") && after == "120 %":
				found["final degree of the second item"] = true
			case ev["action"] == "assess" && strings.HasSuffix(label, ": Zielerreichung"):
				found["final degree of the budget item"] = true
			case ev["action"] == "accept" && strings.HasPrefix(label, "Unterschrift"):
				found["signature"] = true
			}
		}
		for _, s := range texts {
			if m := internalName.FindString(s); m != "" {
				t.Errorf("the Protokoll shows %q (in %q)", m, s)
			}
		}
	}
	for _, want := range []string{"weight changed", "item added with its title", "interim degree",
		"final degree of the second item", "final degree of the budget item", "signature"} {
		if !found[want] {
			t.Errorf("the Protokoll lacks: %s", want)
		}
	}
}
