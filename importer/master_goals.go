package importer

import (
	"fmt"

	"zielwerk/db"
	"zielwerk/store"
)

var productColumns = []column{
	{name: "produktnummer", aliases: []string{"produkt", "product", "number", "nummer"}, required: true, example: "020101"},
	{name: "name", aliases: []string{"bezeichnung"}, example: "Allgemeine Ordnungsangelegenheiten"},
	{name: "einheit", aliases: []string{"organisationseinheit", "org_unit"}, example: "32"},
	{name: "produktbereich", aliases: []string{"pb"}, example: "Sicherheit und Ordnung"},
	{name: "produktgruppe", aliases: []string{"pg"}, example: "Ordnungsangelegenheiten"},
}

var productFields = map[string]string{"number": "produktnummer", "name": "name", "orgUnitId": "einheit", "area": "produktbereich"}

func (im *importer) products() (applyFunc, error) {
	if !im.masterColumns(productColumns) {
		return nil, nil
	}
	var in []db.ProductRow
	var rows []row
	seen := firstRow{}
	for _, r := range im.t.rows {
		raw, ok := im.keyCell(r, "produktnummer")
		num := productNumber(raw)
		name, nOK := im.textCell(r, "name")
		unit, uOK := im.refCell(r, "einheit")
		area, aOK := im.refCell(r, "produktbereich")
		group, gOK := im.refCell(r, "produktgruppe")
		if !(ok && nOK && uOK && aOK && gOK) || !im.once(seen, r, "produktnummer", num) {
			continue
		}
		in = append(in, db.ProductRow{In: db.ProductInput{Number: db.To(num), Name: name}, UnitCode: unit, GroupName: group, AreaName: area})
		rows = append(rows, r)
	}
	return func(tx *store.ImportTx, write bool) (db.ImportCounts, error) {
		c, err := tx.Products(im.viewer.Actor(), in, write)
		return c, im.rowErrors(err, rows, productFields, nil)
	}, nil
}

var goalColumns = []column{
	{name: "einheit", aliases: []string{"organisationseinheit", "org_unit"}, required: true, example: "32"},
	{name: "titel", aliases: []string{"title"}, required: true, example: "Sichere Innenstadt"},
	{name: "von_jahr", aliases: []string{"ab_jahr", "from_year"}, required: true, example: "2025"},
	{name: "bis_jahr", aliases: []string{"to_year"}, example: "2027"},
	{name: "ebene", aliases: []string{"level"}, example: "Amt"},
	{name: "beschreibung", aliases: []string{"description"}, example: "Mehr Präsenz des Ordnungsdienstes in der Innenstadt."},
	{name: "strategisches_ziel", aliases: []string{"strategic_goal"}, example: ""},
	{name: "oberziel_einheit", aliases: []string{"parent_unit"}, example: "III"},
	{name: "oberziel_titel", aliases: []string{"oberziel", "parent_title"}, example: "Sicherheit und Sauberkeit"},
	{name: "oberziel_von_jahr", aliases: []string{"parent_from_year"}, example: ""},
	{name: "produkt", aliases: []string{"produktnummer", "product"}, example: ""},
	{name: "begruendung", aliases: []string{"begruendung_ohne_verknuepfung", "untraced_reason"}, example: ""},
}

var goalLevels = map[string]db.GoalLevel{
	"dezernat": db.LevelDezernat, "fachbereich": db.LevelFachbereich, "amt": db.LevelAmt, "abteilung": db.LevelAbteilung,
	"produkt": db.LevelProduct, "product": db.LevelProduct,
}

var goalFields = map[string]string{"orgUnitId": "einheit", "level": "ebene", "title": "titel", "description": "beschreibung",
	"fromYear": "von_jahr", "toYear": "bis_jahr", "parentGoalId": "oberziel_titel", "parentUnit": "oberziel_einheit",
	"strategicGoalId": "strategisches_ziel", "productId": "produkt", "untracedReason": "begruendung"}

func (im *importer) goals() (applyFunc, error) {
	if !im.masterColumns(goalColumns) {
		return nil, nil
	}
	var in []db.GoalRow
	var rows []row
	var units []string
	seen := firstRow{}
	for _, r := range im.t.rows {
		unit, ok := im.keyCell(r, "einheit")
		title, tOK := im.keyCell(r, "titel")
		from, fOK := im.intCell(r, "von_jahr", true, 1, 9999)
		to, toOK := im.intCell(r, "bis_jahr", false, 1, 9999)
		level, lOK := enumCell(im, r, "ebene", goalLevels, "Dezernat, Fachbereich, Amt, Abteilung, Produkt",
			"DEZERNAT, FACHBEREICH, AMT, ABTEILUNG, PRODUCT")
		desc, dOK := im.textCell(r, "beschreibung")
		sg, sOK := im.intCell(r, "strategisches_ziel", false, 1, 99)
		pUnit, puOK := im.refCell(r, "oberziel_einheit")
		pTitle, ptOK := im.refCell(r, "oberziel_titel")
		pFrom, pfOK := im.intCell(r, "oberziel_von_jahr", false, 1, 9999)
		prod, prOK := im.refCell(r, "produkt")
		reason, rOK := im.textCell(r, "begruendung")
		if !(ok && tOK && fOK && toOK && lOK && dOK && sOK && puOK && ptOK && pfOK && prOK && rOK) {
			continue
		}
		if (pUnit == "") != (pTitle == "") {
			im.errorAt(r.num, "oberziel_titel", "import.parentRef", "Das übergeordnete Ziel braucht Einheit und Titel.",
				"The parent goal needs unit and title.")
			continue
		}
		if !im.once(seen, r, "titel", fmt.Sprintf("%s\x00%s\x00%d", unit, title, *from)) {
			continue
		}
		g := db.GoalRow{UnitCode: unit, StrategicNumber: sg, In: db.GoalInput{Level: level, Title: db.To(title), Description: desc,
			FromYear: db.To(*from), UntracedReason: reason}}
		if to != nil {
			g.In.ToYear = db.To(*to)
		}
		if prod != "" {
			g.ProductNumber = productNumber(prod)
		}
		if pUnit != "" {
			g.Parent = &db.GoalRef{UnitCode: pUnit, Title: pTitle, FromYear: pFrom}
		}
		in = append(in, g)
		rows = append(rows, r)
		units = append(units, unit)
	}
	return func(tx *store.ImportTx, write bool) (db.ImportCounts, error) {
		c, err := tx.Goals(im.viewer.Actor(), in, im.viewer.MayMaintainGoalsOf, write)
		return c, im.rowErrors(err, rows, goalFields, func(i int) string { return "die Ziele der Einheit " + units[i] })
	}, nil
}

var kpiColumns = []column{
	{name: "code", aliases: []string{"kennzahl", "kennzahl_code", "nummer"}, required: true, example: "32-01"},
	{name: "name", aliases: []string{"bezeichnung"}, example: "Kontrollgänge in der Innenstadt"},
	{name: "masseinheit", aliases: []string{"unit"}, example: "Anzahl"},
	{name: "richtung", aliases: []string{"direction"}, example: "höher ist besser"},
	{name: "art", aliases: []string{"kind"}, example: "Output"},
	{name: "frequenz", aliases: []string{"aktualisierung", "frequency"}, example: "quartalsweise"},
	{name: "gruen_ab", aliases: []string{"green_threshold"}, example: "100 %"},
	{name: "gelb_ab", aliases: []string{"yellow_threshold"}, example: "90 %"},
	{name: "definition", example: "Kontrollgänge des Ordnungsdienstes laut Dienstplan"},
	{name: "produkt", aliases: []string{"produktnummer", "product"}, example: "020101"},
	{name: "ziel_einheit", aliases: []string{"goal_unit"}, example: "32"},
	{name: "ziel_titel", aliases: []string{"ziel", "goal_title"}, example: "Sichere Innenstadt"},
	{name: "ziel_von_jahr", aliases: []string{"goal_from_year"}, example: "2025"},
}

var directions = map[string]db.KPIDirection{
	"hoeher_ist_besser": db.HigherIsBetter, "steigend": db.HigherIsBetter, "hoch": db.HigherIsBetter, "higher_is_better": db.HigherIsBetter,
	"niedriger_ist_besser": db.LowerIsBetter, "fallend": db.LowerIsBetter, "niedrig": db.LowerIsBetter, "lower_is_better": db.LowerIsBetter,
}

var kpiKinds = map[string]db.KPIKind{
	"input": db.KPIInput, "output": db.KPIOutput, "leistung": db.KPIOutput, "outcome": db.KPIOutcome, "wirkung": db.KPIOutcome,
	"effizienz": db.KPIEfficiency, "efficiency": db.KPIEfficiency, "qualitaet": db.KPIQuality, "quality": db.KPIQuality,
}

var frequencies = map[string]db.UpdateFrequency{
	"jaehrlich": db.Yearly, "yearly": db.Yearly, "quartalsweise": db.Quarterly, "vierteljaehrlich": db.Quarterly,
	"quarterly": db.Quarterly, "monatlich": db.Monthly, "monthly": db.Monthly,
}

var kpiFields = map[string]string{"code": "code", "name": "name", "unit": "masseinheit", "direction": "richtung", "kind": "art",
	"frequency": "frequenz", "definition": "definition", "goalId": "ziel_titel", "goalUnit": "ziel_einheit", "productId": "produkt",
	"greenThreshold": "gruen_ab", "yellowThreshold": "gelb_ab"}

func (im *importer) kpiDefinitions() (applyFunc, error) {
	if !im.masterColumns(kpiColumns) {
		return nil, nil
	}
	var in []db.KPIRow
	var rows []row
	seen := firstRow{}
	for _, r := range im.t.rows {
		code, ok := im.keyCell(r, "code")
		name, nOK := im.textCell(r, "name")
		unit, uOK := im.textCell(r, "masseinheit")
		dir, dOK := enumCell(im, r, "richtung", directions, "höher ist besser, niedriger ist besser", "HIGHER_IS_BETTER, LOWER_IS_BETTER")
		kind, kOK := enumCell(im, r, "art", kpiKinds, "Input, Output, Outcome, Effizienz, Qualität", "INPUT, OUTPUT, OUTCOME, EFFICIENCY, QUALITY")
		freq, fOK := enumCell(im, r, "frequenz", frequencies, "jährlich, quartalsweise, monatlich", "YEARLY, QUARTERLY, MONTHLY")
		green, gOK := im.shareCell(r, "gruen_ab")
		yellow, yOK := im.shareCell(r, "gelb_ab")
		def, deOK := im.textCell(r, "definition")
		prod, pOK := im.refCell(r, "produkt")
		gUnit, guOK := im.refCell(r, "ziel_einheit")
		gTitle, gtOK := im.refCell(r, "ziel_titel")
		gFrom, gfOK := im.intCell(r, "ziel_von_jahr", false, 1, 9999)
		if !(ok && nOK && uOK && dOK && kOK && fOK && gOK && yOK && deOK && pOK && guOK && gtOK && gfOK) {
			continue
		}
		if (gUnit == "") != (gTitle == "") {
			im.errorAt(r.num, "ziel_titel", "import.goalRef", "Das Ziel braucht Einheit und Titel.", "The goal needs unit and title.")
			continue
		}
		if !im.once(seen, r, "code", code) {
			continue
		}
		k := db.KPIRow{Code: code, In: db.KPIDefinitionInput{Name: name, Unit: unit, Direction: dir, Kind: kind, Frequency: freq,
			Definition: def, GreenThreshold: green, YellowThreshold: yellow}}
		if prod != "" {
			k.ProductNumber = productNumber(prod)
		}
		if gUnit != "" {
			k.Goal = &db.GoalRef{UnitCode: gUnit, Title: gTitle, FromYear: gFrom}
		}
		in = append(in, k)
		rows = append(rows, r)
	}
	return func(tx *store.ImportTx, write bool) (db.ImportCounts, error) {
		c, err := tx.KPIs(im.viewer.Actor(), in, write)
		return c, im.rowErrors(err, rows, kpiFields, nil)
	}, nil
}
