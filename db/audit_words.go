package db

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// AuditChange is one changed field of an audit event in words a person
// reads: no field names, no codes.
type AuditChange struct {
	Label, Before, After string
}

// Words of the audit trail, German and English. The keys are the record's
// fields (audit_record.go) and the trail's actions.
var (
	auditActionWords = map[string][2]string{
		"create":          {"Entwurf angelegt", "Draft created"},
		"edit":            {"Ziele bearbeitet", "Targets edited"},
		"propose":         {"Zur Unterschrift vorgelegt", "Proposed for signature"},
		"accept":          {"Unterschrieben", "Signed"},
		"return":          {"Zurückgegeben", "Returned"},
		"changeRequest":   {"Änderung verlangt", "Change requested"},
		"reviewRecord":    {"Zwischengespräch erfasst", "Mid-year review recorded"},
		"selfAssess":      {"Selbsteinschätzung abgegeben", "Self-assessment given"},
		"assess":          {"Bewertet", "Assessed"},
		"close":           {"Abgeschlossen", "Closed"},
		"copyFrom":        {"Aus einer anderen Vereinbarung übernommen", "Copied from another agreement"},
		"update":          {"Geändert", "Changed"},
		"remark":          {"Anmerkung geschrieben", "Remark written"},
		"officeReview":    {"Prüfung durch das Büro OB", "Reviewed by the mayor's office"},
		"add":             {"Angelegt", "Created"},
		"retire":          {"Beendet", "Retired"},
		"leave":           {"Ausgeschieden", "Left"},
		"leaderAssign":    {"Leitung gewechselt", "Leader changed"},
		"reorganise":      {"Umorganisation", "Reorganisation"},
		"open":            {"Haushaltsjahr eröffnet", "Fiscal year opened"},
		"correction":      {"Korrektur eines abgeschlossenen Jahres", "Correction of a closed year"},
		"unitChange":      {"Organisationseinheit gewechselt (Umorganisation)", "Org unit changed (reorganisation)"},
		"principalChange": {"Zielgeber/in gewechselt (neue Leitung)", "Principal changed (new leader)"},
		"acknowledge":     {"Beurteilung bestätigt", "Assessment acknowledged"},
		"object":          {"Einspruch erhoben", "Objection raised"},
		"objectionAssign": {"Einspruch der Kommission zugewiesen", "Objection assigned to the commission"},
		"objectionDecide": {"Einspruch entschieden", "Objection decided"},
		"export":          {"An die Entgeltabrechnung übergeben", "Handed to payroll"},
		"deputyAssign":    {"Vertretung benannt", "Deputy named"},
		"deputyEnd":       {"Vertretung beendet", "Deputy ended"},
		"handOver":        {"An die Nachfolge übergeben", "Handed over to the successor"},
	}
	auditFieldWords = map[string][2]string{
		"status": {"Status", "Status"}, "payRule": {"Vergütungsregel", "Pay rule"},
		"principalSigned":    {"Unterschrift der Zielgeberin / des Zielgebers", "Principal's signature"},
		"agentSigned":        {"Unterschrift der Zielnehmerin / des Zielnehmers", "Agent's signature"},
		"returnReason":       {"Begründung der Rückgabe", "Reason for return"},
		"selfAssessmentNote": {"Notiz zur Selbsteinschätzung", "Self-assessment note"},
		"source":             {"Übernommen aus Vereinbarung", "Copied from agreement"},
		"totalDegree":        {"Gesamtzielerreichung", "Total degree of achievement"},
		"comment":            {"Kommentar zur Bewertung", "Assessment comment"},
		"position":           {"Position", "Position"}, "title": {"Titel", "Title"},
		"description": {"Beschreibung", "Description"}, "weightPercent": {"Gewichtung", "Weight"},
		"goalId": {"Ziel", "Goal"}, "kpiId": {"Kennzahl", "KPI"}, "measureId": {"HSP-Maßnahme", "HSP measure"},
		"targetValue": {"Zielwert", "Target value"}, "targetUnit": {"Einheit des Zielwerts", "Target unit"}, "budgetCompliance": {"Haushaltseinhaltung", "Budget compliance"},
		"interimDegree": {"Zwischenstand", "Interim degree"}, "selfDegree": {"Selbsteinschätzung", "Self-assessed degree"},
		"finalDegree": {"Zielerreichung", "Degree of achievement"}, "assessmentComment": {"Kommentar", "Comment"},
		"interimComment": {"Kommentar zum Zwischenstand", "Comment on the interim degree"},
		"selfComment":    {"Kommentar zur Selbsteinschätzung", "Comment on the self-assessment"},
		"heldOn":         {"Datum", "Date"}, "note": {"Notiz", "Note"},
		"plan": {"Plan", "Plan"}, "actual": {"Ist", "Actual"}, "planCents": {"Plan", "Plan"},
		"forecastCents": {"Prognose", "Forecast"}, "actualCents": {"Ist", "Actual"},
		"code": {"Kürzel", "Code"}, "name": {"Name", "Name"}, "kind": {"Art", "Kind"}, "level": {"Ebene", "Level"},
		"fromYear": {"Ab Jahr", "From year"}, "toYear": {"Bis Jahr", "To year"}, "number": {"Nummer", "Number"},
		"parentGoalId": {"Übergeordnetes Ziel", "Parent goal"}, "strategicGoalId": {"Strategisches Ziel", "Strategic goal"},
		"productId": {"Produkt", "Product"}, "orgUnitId": {"Organisationseinheit", "Org unit"},
		"parentId": {"Übergeordnete Einheit", "Parent unit"}, "leaderId": {"Leitung", "Leader"},
		"validFrom": {"Gültig ab", "Valid from"}, "validTo": {"Gültig bis", "Valid to"},
		"untracedReason": {"Begründung ohne Bezug", "Reason for no link"}, "unit": {"Einheit", "Unit"},
		"direction": {"Richtung", "Direction"}, "frequency": {"Erhebung", "Frequency"}, "definition": {"Definition", "Definition"},
		"greenThreshold": {"Schwelle grün", "Green threshold"}, "yellowThreshold": {"Schwelle gelb", "Yellow threshold"},
		"retiredAt": {"Beendet am", "Retired on"}, "email": {"E-Mail", "E-mail"}, "employment": {"Beschäftigung", "Employment"},
		"partTimeFactor": {"Teilzeitfaktor", "Part-time factor"}, "leftOn": {"Ausgeschieden am", "Left on"}, "enteredOn": {"Eintritt am", "Entered on"},
		"reason": {"Begründung", "Reason"}, "year": {"Jahr", "Year"},
		"acknowledged": {"Beurteilung bestätigt", "Assessment acknowledged"}, "objection": {"Einspruch", "Objection"},
		"decision": {"Entscheidung der Kommission", "Commission's decision"}, "decisionReason": {"Begründung der Entscheidung", "Reason for the decision"},
		"potCents": {"Topf (Cent)", "Pot (cents)"}, "paySumCents": {"Entgeltsumme (Cent)", "Pay sum (cents)"},
		"potShareBasisPoints": {"Anteil an der Entgeltsumme (0,01 %)", "Share of the pay sum (0.01 %)"},
		"partTimeProRata":     {"Teilzeit anteilig", "Part-time pro rata"}, "partialYearProRata": {"Unterjährig anteilig", "Partial year pro rata"},
		"tvoedLob": {"TVöD-LOB nimmt teil", "TVöD LOB takes part"}, "beamte": {"Beamtinnen und Beamte nehmen teil", "Civil servants take part"},
		"agreementBy": {"Abschluss bis", "Agreements by"}, "reviewBy": {"Halbjahresgespräch bis", "Mid-year review by"},
		"assessmentBy": {"Beurteilung bis", "Assessment by"}, "objectionDays": {"Einspruchsfrist (Tage)", "Objection period (days)"},
		"bands": {"Stufen", "Bands"}, "format": {"Format", "Format"}, "rows": {"Zeilen", "Rows"},
		"totalCents": {"Summe (Cent)", "Total (cents)"}, "changed": {"Geänderte Zeilen", "Changed rows"},
		"principal": {"Zielgeber/in", "Principal"}, "officeReview": {"Prüfung Büro OB", "Mayor's office review"}, "orgUnit": {"Organisationseinheit", "Org unit"}, "from": {"Gültig ab", "Effective from"},
		"deputy": {"Vertretung", "Deputy"}, "to": {"Gültig bis", "Valid to"}, "endedOn": {"Beendet ab", "Ended from"},
		"remindersOptOut": {"Erinnerungen abbestellt", "Reminders turned off"},
	}
	auditStatusWords = map[string][2]string{
		"DRAFT": {"Entwurf", "Draft"}, "PROPOSED": {"Vorgelegt", "Proposed"}, "AGREED": {"Vereinbart", "Agreed"},
		"REVIEWED": {"Zwischengespräch geführt", "Reviewed"}, "ASSESSED": {"Bewertet", "Assessed"},
		"CLOSED":       {"Abgeschlossen", "Closed"},
		"TVOED_LOB":    {"TVöD § 18 (leistungsorientierte Bezahlung)", "TVöD § 18 (performance pay)"},
		"BEAMTE_LBESG": {"Beamtinnen und Beamte (LBesG NRW)", "Civil servants (LBesG NRW)"},
		"NONE":         {"keine", "none"},
		"CHECKED":      {"geprüft", "checked"},
		"QUERY":        {"Rückfrage", "query"},
		"KEPT":         {"Beurteilung bleibt", "assessment kept"},
		"CHANGED":      {"Grade geändert", "degrees changed"},
	}
	roleWords = map[string][2]string{
		"OB": {"Oberbürgermeister/in", "Mayor"}, "OB_OFFICE": {"Büro OB", "Mayor's office"},
		"LEADERSHIP": {"Verwaltungsvorstand", "Executive board"}, "CONTROLLING": {"Controlling", "Controlling"},
		"HR": {"Personal", "HR"}, "ADMIN": {"Administration", "Administration"},
		"PAY_COMMISSION": {"Paritätische Kommission", "Joint pay commission"},
	}
)

func word(m map[string][2]string, key string, en bool) string {
	w, ok := m[key]
	if !ok {
		return key
	}
	if en {
		return w[1]
	}
	return w[0]
}

// AuditAction is an event's action in words.
func AuditAction(action string, en bool) string { return word(auditActionWords, action, en) }

// RoleNames are roles ("OB,HR") in words.
func RoleNames(roles string, en bool) []string {
	var out []string
	for _, r := range strings.Split(roles, ",") {
		if r = strings.TrimSpace(r); r != "" {
			out = append(out, word(roleWords, r, en))
		}
	}
	return out
}

// AuditChanges lists an event's changes in words: one line per changed
// field; for items and reviews one line per changed field of each, named
// by the item's title, or one line for an item added or removed.
func AuditChanges(ev *AuditEvent, en bool) []AuditChange {
	var before, after map[string]any
	_ = json.Unmarshal([]byte(ev.Before), &before)
	_ = json.Unmarshal([]byte(ev.After), &after)
	var out []AuditChange
	for _, k := range sortedKeys(union(before, after)) {
		switch k {
		case "items", "reviews", "assessment", "remarks":
			out = append(out, nestedChanges(k, before[k], after[k], en)...)
		default:
			out = append(out, AuditChange{word(auditFieldWords, k, en), value(k, before[k], en), value(k, after[k], en)})
		}
	}
	return out
}

func nestedChanges(kind string, b, a any, en bool) []AuditChange {
	bm, _ := b.(map[string]any)
	am, _ := a.(map[string]any)
	if kind == "assessment" {
		return fieldChanges("", bm, am, en)
	}
	var out []AuditChange
	for _, id := range sortedKeys(union(bm, am)) {
		be, _ := bm[id].(map[string]any)
		ae, _ := am[id].(map[string]any)
		name := entryName(kind, be, ae, en)
		switch {
		case be == nil:
			out = append(out, AuditChange{name + pick(en, " hinzugefügt", " added"), "–", summary(ae, en)})
		case ae == nil:
			out = append(out, AuditChange{name + pick(en, " entfernt", " removed"), summary(be, en), "–"})
		default:
			out = append(out, fieldChanges(name+": ", be, ae, en)...)
		}
	}
	return out
}

func fieldChanges(prefix string, b, a map[string]any, en bool) []AuditChange {
	var out []AuditChange
	for _, f := range sortedKeys(union(b, a)) {
		if f == "title" && fmt.Sprint(b[f]) == fmt.Sprint(a[f]) {
			continue // kept only to name the item
		}
		out = append(out, AuditChange{prefix + word(auditFieldWords, f, en), value(f, b[f], en), value(f, a[f], en)})
	}
	return out
}

func entryName(kind string, b, a map[string]any, en bool) string {
	e := a
	if e == nil {
		e = b
	}
	if kind == "reviews" {
		return pick(en, "Zwischengespräch ", "Review ") + fmt.Sprint(e["heldOn"])
	}
	if kind == "remarks" {
		if item, ok := e["item"].(string); ok && item != "" {
			return pick(en, "Anmerkung zu „", "Remark on “") + item + pick(en, "“", "”")
		}
		return pick(en, "Anmerkung", "Remark")
	}
	return pick(en, "Ziel „", "Target “") + fmt.Sprint(e["title"]) + pick(en, "“", "”")
}

func summary(e map[string]any, en bool) string {
	var parts []string
	if text, ok := e["text"].(string); ok {
		return text
	}
	for _, f := range []string{"weightPercent", "heldOn", "note"} {
		if v, ok := e[f]; ok {
			parts = append(parts, word(auditFieldWords, f, en)+" "+value(f, v, en))
		}
	}
	return strings.Join(parts, ", ")
}

// value is a field's value in words: statuses and pay rules named, yes or
// no, percent where the field is one, German decimal commas.
func value(field string, v any, en bool) string {
	switch x := v.(type) {
	case nil:
		return "–"
	case bool:
		return pick(en, map[bool]string{true: "ja", false: "nein"}[x], map[bool]string{true: "yes", false: "no"}[x])
	case string:
		if w, ok := auditStatusWords[x]; ok && (field == "status" || field == "payRule" || field == "officeReview" || field == "decision") {
			return pick(en, w[0], w[1])
		}
		if field == "targetUnit" {
			if u := TargetUnit(x); u != UnitNone && u.Valid() {
				return u.Word(en)
			}
			return pick(en, "keine", "none")
		}
		if x == "" {
			return "–"
		}
		return x
	case float64:
		var s string
		switch {
		case strings.HasSuffix(field, "Cents"):
			s = strconv.FormatFloat(x/100, 'f', 2, 64) + " €"
		case strings.HasSuffix(field, "Id"):
			s = pick(en, "Nr. ", "No. ") + strconv.FormatFloat(x, 'f', -1, 64)
		default:
			s = strconv.FormatFloat(x, 'f', -1, 64)
		}
		if !en {
			s = strings.Replace(s, ".", ",", 1)
		}
		switch field {
		case "weightPercent", "interimDegree", "selfDegree", "finalDegree", "totalDegree":
			s += " %"
		}
		return s
	}
	b, _ := json.Marshal(v)
	return string(b)
}

func pick(en bool, de, english string) string {
	if en {
		return english
	}
	return de
}

func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
