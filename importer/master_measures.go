package importer

import (
	"regexp"
	"strconv"
	"strings"

	"zielwerk/db"
	"zielwerk/store"
)

// HSPMeasures are the measures of a Haushaltssanierungsplan with their
// planned savings per year (their realisation is HSPRealisation).
const HSPMeasures Kind = "hsp-measures"

var hspMeasureColumns = []column{
	{name: "programm", aliases: []string{"programme"}, required: true, example: "HSP 2025–2030"},
	{name: "programmart", aliases: []string{"programme_kind"}, example: "HSP"},
	{name: "massnahme", aliases: []string{"nummer", "measure"}, required: true, example: "HSP-001"},
	{name: "titel", aliases: []string{"title"}, example: "Gebühren kostendeckend kalkulieren"},
	{name: "beschreibung", aliases: []string{"description"}},
	{name: "einheit", aliases: []string{"organisationseinheit", "org_unit"}, example: "20"},
	{name: "status", example: "geplant"},
	{name: "einsparung_2026", example: "50.000"},
	{name: "einsparung_2027", example: "75.000"},
}

// savingColumn is a planned saving's column: einsparung_2026 (or
// geplant_2026, planned_2026).
var savingColumn = regexp.MustCompile(`^(einsparung|geplant|planned)_(\d{4})$`)

var programmeKinds = map[string]db.ProgrammeKind{"hsp": db.HSP, "haushaltssanierungsplan": db.HSP, "hsk": db.HSK,
	"haushaltssicherungskonzept": db.HSK}

var hspMeasureFields = map[string]string{"number": "massnahme", "title": "titel", "description": "beschreibung",
	"orgUnitId": "einheit", "status": "status", "planned": "einsparung"}

func (im *importer) hspMeasures() (applyFunc, error) {
	cols := hspMeasureColumns[:7:7]
	years := map[string]int{}
	for _, h := range im.t.header {
		if m := savingColumn.FindStringSubmatch(normaliseHeader(h)); m != nil {
			y, _ := strconv.Atoi(m[2])
			years[m[0]] = y
			cols = append(cols, column{name: m[0]})
		}
	}
	if !im.masterColumns(cols) {
		return nil, nil
	}
	var in []db.MeasureRow
	var rows []row
	seen := firstRow{}
	for _, r := range im.t.rows {
		prog, ok := im.keyCell(r, "programm")
		kind, kOK := enumCell(im, r, "programmart", programmeKinds, "HSP, HSK", "HSP, HSK")
		num, nOK := im.keyCell(r, "massnahme")
		title, tOK := im.textCell(r, "titel")
		desc, dOK := im.textCell(r, "beschreibung")
		unit, uOK := im.refCell(r, "einheit")
		var status db.Change[db.MeasureStatus]
		sOK := true
		if s, _ := im.cell(r, "status"); s != "" {
			st, known := statusNames[normaliseHeader(s)]
			if !known {
				im.errorAt(r.num, "status", "import.status",
					"Unbekannter Status „%s“ (geplant, in Umsetzung, umgesetzt, gefährdet, entfallen).",
					"Unknown status “%s” (PLANNED, IN_PROGRESS, REALISED, AT_RISK, DROPPED).", s)
				sOK = false
			}
			status = db.To(st)
		}
		planned := map[int]int64{}
		pOK := true
		for col, y := range years {
			c, ok := im.centsCell(r, col)
			if ok && c.Set && *c.V < 0 {
				im.errorAt(r.num, col, "import.negative", "Eine geplante Einsparung ist nicht negativ.", "A planned saving is not negative.")
				ok = false
			}
			pOK = pOK && ok
			if ok && c.Set {
				planned[y] = *c.V
			}
		}
		if !(ok && kOK && nOK && tOK && dOK && uOK && sOK && pOK) || !im.once(seen, r, "massnahme", strings.ToUpper(num)) {
			continue
		}
		pk := db.HSP
		if kind.Set {
			pk = *kind.V
		}
		in = append(in, db.MeasureRow{Programme: prog, ProgrammeKind: pk, UnitCode: unit, Planned: planned,
			In: db.ConsolidationMeasureInput{Number: db.To(num), Title: title, Description: desc, Status: status}})
		rows = append(rows, r)
	}
	return func(tx *store.ImportTx, write bool) (db.ImportCounts, error) {
		c, err := tx.ConsolidationMeasures(im.viewer.Actor(), in, write)
		return c, im.rowErrors(err, rows, hspMeasureFields, nil)
	}, nil
}
