package importer

import (
	"strconv"
	"strings"

	"zielwerk/db"
	"zielwerk/store"
)

// The onboarding kinds: org units, people, strategic goals (this file);
// products, goals, KPI definitions (master_goals.go).

const (
	OrgUnits       Kind = "org-units"
	People         Kind = "people"
	Products       Kind = "products"
	StrategicGoals Kind = "strategic-goals"
	Goals          Kind = "goals"
	KPIs           Kind = "kpis"
)

type applyFunc = func(tx *store.ImportTx, write bool) (db.ImportCounts, error)

var orgUnitColumns = []column{
	{name: "kuerzel", aliases: []string{"code"}, required: true, example: "32"},
	{name: "name", aliases: []string{"bezeichnung"}, example: "Ordnungsamt"},
	{name: "art", aliases: []string{"kind"}, example: "Amt"},
	{name: "uebergeordnet", aliases: []string{"uebergeordnete_einheit", "parent", "parent_code"}, example: "III"},
	{name: "gueltig_ab", aliases: []string{"valid_from"}, example: "01.01.2025"},
	{name: "gueltig_bis", aliases: []string{"valid_to"}, example: ""},
	{name: "leitung", aliases: []string{"leitung_e_mail", "leader_email"}, example: "petra.hoffmann@beispielstadt.de"},
}

var orgUnitKinds = map[string]db.OrgUnitKind{
	"verwaltungsvorstand": db.KindBoard, "vv": db.KindBoard, "board": db.KindBoard,
	"dezernat": db.KindDezernat, "fachbereich": db.KindFachbereich, "fb": db.KindFachbereich,
	"amt": db.KindAmt, "abteilung": db.KindAbteilung, "abt": db.KindAbteilung,
}

var orgUnitFields = map[string]string{"code": "kuerzel", "name": "name", "kind": "art", "parentId": "uebergeordnet",
	"leaderId": "leitung", "validFrom": "gueltig_ab", "validTo": "gueltig_bis"}

func (im *importer) orgUnits() (applyFunc, error) {
	if !im.masterColumns(orgUnitColumns) {
		return nil, nil
	}
	var in []db.OrgUnitRow
	var rows []row
	seen := firstRow{}
	for _, r := range im.t.rows {
		code, ok := im.keyCell(r, "kuerzel")
		name, nOK := im.textCell(r, "name")
		kind, kOK := enumCell(im, r, "art", orgUnitKinds, "Verwaltungsvorstand, Dezernat, Fachbereich, Amt, Abteilung",
			"VERWALTUNGSVORSTAND, DEZERNAT, FACHBEREICH, AMT, ABTEILUNG")
		parent, pOK := im.refCell(r, "uebergeordnet")
		from, fOK := im.dateCell(r, "gueltig_ab")
		to, tOK := im.dateCell(r, "gueltig_bis")
		leader, lOK := im.refCell(r, "leitung")
		if !(ok && nOK && kOK && pOK && fOK && tOK && lOK) || !im.once(seen, r, "kuerzel", code) {
			continue
		}
		in = append(in, db.OrgUnitRow{Code: code, ParentCode: parent, LeaderEmail: leader,
			In: db.OrgUnitInput{Code: db.To(code), Name: name, Kind: kind, ValidFrom: from, ValidTo: to}})
		rows = append(rows, r)
	}
	return func(tx *store.ImportTx, write bool) (db.ImportCounts, error) {
		c, err := tx.OrgUnits(im.viewer.Actor(), in, write)
		return c, im.rowErrors(err, rows, orgUnitFields, nil)
	}, nil
}

var personColumns = []column{
	{name: "name", example: "Petra Hoffmann"},
	{name: "e_mail", aliases: []string{"email", "mail"}, required: true, example: "petra.hoffmann@beispielstadt.de"},
	{name: "funktion", aliases: []string{"position", "stelle"}, example: "Amtsleiterin"},
	{name: "beschaeftigung", aliases: []string{"employment", "beschaeftigungsart"}, example: "Beamte"},
	{name: "teilzeitfaktor", aliases: []string{"part_time_factor", "teilzeit"}, example: "0,8"},
	{name: "eintritt", aliases: []string{"entered_on", "eintrittsdatum"}, example: "01.07.2026"},
}

var employments = map[string]db.Employment{
	"tarif": db.EmploymentTarif, "tarifbeschaeftigt": db.EmploymentTarif, "tarifbeschaeftigte": db.EmploymentTarif, "tvoed": db.EmploymentTarif,
	"beamte": db.EmploymentBeamte, "beamter": db.EmploymentBeamte, "beamtin": db.EmploymentBeamte, "verbeamtet": db.EmploymentBeamte,
	"keine": db.EmploymentNone, "kein": db.EmploymentNone, "none": db.EmploymentNone, "ohne": db.EmploymentNone,
}

var personFields = map[string]string{"name": "name", "email": "e_mail", "position": "funktion", "employment": "beschaeftigung",
	"partTimeFactor": "teilzeitfaktor", "enteredOn": "eintritt"}

func (im *importer) people() (applyFunc, error) {
	if !im.masterColumns(personColumns) {
		return nil, nil
	}
	var in []db.PersonRow
	var rows []row
	seen := firstRow{}
	for _, r := range im.t.rows {
		email, ok := im.keyCell(r, "e_mail")
		email = strings.ToLower(email)
		name, nOK := im.textCell(r, "name")
		position, pOK := im.textCell(r, "funktion")
		employment, eOK := enumCell(im, r, "beschaeftigung", employments, "Tarif, Beamte, keine", "TARIF, BEAMTE, NONE")
		factor, fOK := im.shareCell(r, "teilzeitfaktor")
		entered, dOK := im.dateCell(r, "eintritt")
		if !(ok && nOK && pOK && eOK && fOK && dOK) || !im.once(seen, r, "e_mail", email) {
			continue
		}
		in = append(in, db.PersonRow{Email: email, In: db.PersonInput{Name: name, Email: db.To(email), Position: position,
			Employment: employment, PartTimeFactor: factor, EnteredOn: entered}})
		rows = append(rows, r)
	}
	return func(tx *store.ImportTx, write bool) (db.ImportCounts, error) {
		c, err := tx.People(im.viewer.Actor(), in, write)
		return c, im.rowErrors(err, rows, personFields, nil)
	}, nil
}

var strategicGoalColumns = []column{
	{name: "nummer", aliases: []string{"number", "nr"}, required: true, example: "1"},
	{name: "titel", aliases: []string{"title"}, example: "Klimaneutrale Stadt bis 2035"},
	{name: "beschreibung", aliases: []string{"description"}, example: "Die Stadt senkt ihre CO₂-Emissionen jedes Jahr."},
}

var strategicGoalFields = map[string]string{"number": "nummer", "title": "titel", "description": "beschreibung"}

func (im *importer) strategicGoals() (applyFunc, error) {
	if !im.masterColumns(strategicGoalColumns) {
		return nil, nil
	}
	var in []db.StrategicGoalRow
	var rows []row
	seen := firstRow{}
	for _, r := range im.t.rows {
		n, ok := im.intCell(r, "nummer", true, 1, 99)
		title, tOK := im.textCell(r, "titel")
		desc, dOK := im.textCell(r, "beschreibung")
		if !(ok && tOK && dOK) || !im.once(seen, r, "nummer", strconv.Itoa(*n)) {
			continue
		}
		in = append(in, db.StrategicGoalRow{Number: *n, In: db.StrategicGoalInput{Number: db.To(*n), Title: title, Description: desc}})
		rows = append(rows, r)
	}
	return func(tx *store.ImportTx, write bool) (db.ImportCounts, error) {
		c, err := tx.StrategicGoals(im.viewer.Actor(), in, write)
		return c, im.rowErrors(err, rows, strategicGoalFields, nil)
	}, nil
}
