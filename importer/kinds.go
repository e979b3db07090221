package importer

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"zielwerk/access"
	"zielwerk/db"
	"zielwerk/store"
)

// importer checks one file of one kind.
type importer struct {
	ctx    context.Context
	imp    *store.Imports
	viewer *access.Viewer
	years  db.YearRange
	t      *table
	rep    *Report
	cols   map[string]int // canonical column name -> index
	// skipped counts rows without any value: they change nothing.
	skipped int
}

func (im *importer) errorAt(rowNum int, column, key, de, en string, args ...any) {
	im.rep.add(RowError{Row: rowNum, Column: column, Key: key,
		ReasonDe: fmt.Sprintf(de, args...), ReasonEn: fmt.Sprintf(en, args...)})
}

var headerReplacer = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss", " ", "_", "-", "_")

// normaliseHeader makes "Kennzahl-ID", " kennzahl id" and "KENNZAHL_ID"
// the same, and "Maßnahme" "massnahme".
func normaliseHeader(s string) string {
	s = strings.TrimSpace(strings.TrimPrefix(s, "\ufeff"))
	s = strings.ToLower(s)
	s = headerReplacer.Replace(s)
	return s
}

// columns maps the header to the known columns: required ones must be
// there, at least one of values, ignored ones are skipped, and anything
// else is an error.
func (im *importer) columns(required, optional, values, ignored []string) bool {
	im.cols = map[string]int{}
	known := map[string]bool{}
	for _, c := range append(append(append([]string{}, required...), optional...), values...) {
		known[c] = true
	}
	skip := map[string]bool{}
	for _, c := range ignored {
		skip[c] = true
	}
	ok := true
	for i, h := range im.t.header {
		name := normaliseHeader(h)
		switch {
		case name == "" || skip[name]:
		case !known[name]:
			im.errorAt(1, strings.TrimSpace(h), "import.unknownColumn", "Unbekannte Spalte „%s“. Erwartet: %s.",
				"Unknown column “%s”. Expected: %s.", strings.TrimSpace(h), strings.Join(append(append(append([]string{}, required...), optional...), values...), ", "))
			ok = false
		default:
			if _, dup := im.cols[name]; dup {
				im.errorAt(1, name, "import.duplicateColumn", "Die Spalte „%s“ kommt doppelt vor.", "The column “%s” occurs twice.", name)
				ok = false
			}
			im.cols[name] = i
		}
	}
	for _, c := range required {
		if _, has := im.cols[c]; !has {
			im.errorAt(1, c, "import.missingColumn", "Die Spalte „%s“ fehlt.", "The column “%s” is missing.", c)
			ok = false
		}
	}
	has := false
	for _, c := range values {
		_, found := im.cols[c]
		has = has || found
	}
	if !has {
		im.errorAt(1, "", "import.noValueColumn", "Keine Wertespalte gefunden (%s).", "No value column found (%s).", strings.Join(values, ", "))
		ok = false
	}
	if ok && len(im.t.rows) == 0 {
		im.errorAt(0, "", "import.noRows", "Die Datei enthält keine Datenzeilen.", "The file has no data rows.")
		ok = false
	}
	return ok
}

// cell returns the row's value in a column ("" when the column is absent)
// and whether the column is present.
func (im *importer) cell(r row, col string) (string, bool) {
	i, ok := im.cols[col]
	if !ok {
		return "", false
	}
	return r.cell(i), true
}

// formula reports whether a text cell would be read as a formula by a
// spreadsheet.
func formula(s string) bool {
	t := strings.TrimLeft(s, " ")
	return t != "" && strings.ContainsRune("=+-@\t\r", rune(t[0]))
}

// formulaError refuses cells that start like a formula, in any column.
func (im *importer) formulaError(r row, col, v string) bool {
	if v != "" && (v[0] == '=' || v[0] == '@') {
		im.errorAt(r.num, col, "import.formula", "Formeln sind nicht erlaubt (Wert beginnt mit „%c“).",
			"Formulas are not allowed (the value starts with “%c”).", v[0])
		return true
	}
	return false
}

func (im *importer) intCell(r row, col string, required bool, lo, hi int) (*int, bool) {
	v, _ := im.cell(r, col)
	if v == "" {
		if required {
			im.errorAt(r.num, col, "import.required", "Der Wert fehlt.", "The value is missing.")
			return nil, false
		}
		return nil, true
	}
	if im.formulaError(r, col, v) {
		return nil, false
	}
	if col == "quartal" && (v[0] == 'Q' || v[0] == 'q') {
		v = v[1:]
	}
	n, ok := parseInt(v, im.t.style)
	if !ok || n < int64(lo) || n > int64(hi) {
		im.errorAt(r.num, col, "import.integer", "„%s“ ist keine ganze Zahl von %d bis %d.",
			"“%s” is not a whole number from %d to %d.", v, lo, hi)
		return nil, false
	}
	i := int(n)
	return &i, true
}

// yearCell reads the fiscal year (required), a known one ±1.
func (im *importer) yearCell(r row) (*int, bool) {
	y, ok := im.intCell(r, "jahr", true, 1, 9999)
	if ok && !im.years.Contains(*y) {
		im.errorAt(r.num, "jahr", "figures.year", "Das Jahr %d liegt außerhalb der Haushaltsjahre %d–%d.",
			"The year %d lies outside the fiscal years %d–%d.", *y, im.years.From, im.years.To)
		return nil, false
	}
	return y, ok
}

func (im *importer) floatCell(r row, col string) (db.Change[float64], bool) {
	v, _ := im.cell(r, col)
	if v == "" {
		return db.Change[float64]{}, true
	}
	if im.formulaError(r, col, v) {
		return db.Change[float64]{}, false
	}
	f, ok := parseFloat(v, im.t.style)
	if !ok {
		im.errorAt(r.num, col, "import.number", "„%s“ ist keine Zahl (z. B. 1234,5).", "“%s” is not a number (e.g. 1234.5).", v)
		return db.Change[float64]{}, false
	}
	return db.To(f), true
}

func (im *importer) centsCell(r row, col string) (db.Change[int64], bool) {
	v, _ := im.cell(r, col)
	if v == "" {
		return db.Change[int64]{}, true
	}
	if im.formulaError(r, col, v) {
		return db.Change[int64]{}, false
	}
	c, ok := parseCents(v, im.t.style)
	if !ok {
		im.errorAt(r.num, col, "import.money", "„%s“ ist kein Eurobetrag mit höchstens zwei Nachkommastellen (z. B. 1.234,56).",
			"“%s” is not an amount in euros with at most two decimals (e.g. 1,234.56).", v)
		return db.Change[int64]{}, false
	}
	return db.To(c), true
}

func (im *importer) textCell(r row, col string) (db.Change[string], bool) {
	i, ok := im.cols[col]
	if !ok || i >= len(r.cells) || strings.TrimSpace(r.cells[i]) == "" {
		return db.Change[string]{}, true
	}
	v := strings.TrimRight(r.cells[i], " \r\n")
	if formula(v) {
		im.errorAt(r.num, col, "import.formulaText",
			"Text darf nicht mit =, +, -, @ oder einem Tabulator beginnen (Schutz vor Formeln in Tabellenprogrammen).",
			"Text must not start with =, +, -, @ or a tab (protection against spreadsheet formulas).")
		return db.Change[string]{}, false
	}
	return db.To(v), true
}

// inputErrors reports the db layer's validation errors of a row in the
// file's column names.
func (im *importer) inputErrors(r row, errs db.InputErrors, columnOf map[string]string) {
	for _, e := range errs {
		col := columnOf[e.Field]
		if col == "" {
			col = e.Field
		}
		im.rep.add(RowError{Row: r.num, Column: col, Key: e.Key, ReasonDe: e.De, ReasonEn: e.En})
	}
}

func (im *importer) permitted(unit int64) bool { return im.viewer.CanRecordFigures(unit) }

// errRowErrors rolls the import back after row errors found while
// applying it.
var errRowErrors = errors.New("import: row errors")

// forbiddenRows reports the rows db.RowsForbidden names (they would change
// figures the viewer may not record) and turns it into errRowErrors.
func (im *importer) forbiddenRows(err error, rows []row, col string, what func(i int) string) error {
	var rf *db.RowsForbidden
	if !errors.As(err, &rf) {
		return err
	}
	for _, i := range rf.Rows {
		im.errorAt(rows[i].num, col, "import.forbidden", "Sie dürfen für %s keine Werte erfassen.",
			"You may not record figures for %s.", what(i))
	}
	return errRowErrors
}

// exportedVersion reads the version column of the KPI export: the value's
// version when the file was exported, empty when it had none then. Without
// the column (a file made by hand) rows are not checked.
func (im *importer) exportedVersion(r row) (*int, bool) {
	if _, has := im.cols["version"]; !has {
		return nil, true
	}
	v, ok := im.intCell(r, "version", false, 1, math.MaxInt32)
	if v == nil && ok {
		v = new(int) // exported without a value
	}
	return v, ok
}

// errStaleRows rolls the import back after rows changed since the export.
var errStaleRows = errors.New("import: rows changed since the export")

// staleRows reports the rows db.RowsStale names and turns it into
// errStaleRows: the whole file is a conflict, nothing is applied.
func (im *importer) staleRows(err error, rows []row) error {
	var rs *db.RowsStale
	if !errors.As(err, &rs) {
		return err
	}
	for _, i := range rs.Rows {
		im.errorAt(rows[i].num, "version", "import.stale",
			"Der Wert wurde seit dem Export geändert. Bitte neu exportieren und die Änderungen erneut eintragen.",
			"The value was changed since the export. Please export again and re-enter your changes.")
	}
	return errStaleRows
}

func (im *importer) duplicate(r row, col string, first int) {
	im.errorAt(r.num, col, "import.duplicate", "Dieser Datensatz kommt schon in Zeile %d vor.",
		"This record already occurs in row %d.", first)
}

// kpiID reads a KPI number or a GraphQL global ID ("KPI:42", base64url).
func kpiID(v string, style numberStyle) (int64, bool) {
	if n, ok := parseInt(v, style); ok && n > 0 {
		return n, true
	}
	raw, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(v, "="))
	if err != nil {
		return 0, false
	}
	typ, num, ok := strings.Cut(string(raw), ":")
	if !ok || typ != "KPI" {
		return 0, false
	}
	n, err := strconv.ParseInt(num, 10, 64)
	return n, err == nil && n > 0
}

// exportColumns are the descriptive columns of the KPI export; an import
// ignores them.
var exportColumns = []string{"kennzahl", "einheit", "richtung", "produkt", "ziel", "organisationseinheit",
	"zielerreichung_prozent", "ampel"}

type parsedKPIRow struct {
	r  row
	in db.KPIValueInput
}

func (im *importer) kpiValues() (func(*store.ImportTx, bool) (db.ImportCounts, error), error) {
	if !im.columns([]string{"kennzahl_id", "jahr"}, []string{"quartal", "monat", "version"}, []string{"soll", "ist", "kommentar"}, exportColumns) {
		return nil, nil
	}
	var parsed []parsedKPIRow
	for _, r := range im.t.rows {
		ok := true
		idText, _ := im.cell(r, "kennzahl_id")
		id, idOK := kpiID(idText, im.t.style)
		if idText == "" {
			im.errorAt(r.num, "kennzahl_id", "import.required", "Der Wert fehlt.", "The value is missing.")
			ok = false
		} else if !im.formulaError(r, "kennzahl_id", idText) && !idOK {
			im.errorAt(r.num, "kennzahl_id", "import.kpiId", "„%s“ ist keine Kennzahl-Nummer.", "“%s” is not a KPI number.", idText)
			ok = false
		} else if !idOK {
			ok = false
		}
		year, yOK := im.yearCell(r)
		q, qOK := im.intCell(r, "quartal", false, 1, 4)
		m, mOK := im.intCell(r, "monat", false, 1, 12)
		plan, pOK := im.floatCell(r, "soll")
		actual, aOK := im.floatCell(r, "ist")
		comment, cOK := im.textCell(r, "kommentar")
		exported, vOK := im.exportedVersion(r)
		if !(ok && yOK && qOK && mOK && pOK && aOK && cOK && vOK) {
			continue
		}
		if !plan.Set && !actual.Set && !comment.Set {
			im.skipped++ // nothing to record, e.g. an exported row left empty
			continue
		}
		parsed = append(parsed, parsedKPIRow{r, db.KPIValueInput{KPIID: id, Year: *year, Quarter: q, Month: m,
			Plan: plan, Actual: actual, Comment: comment, ExportedVersion: exported}})
	}
	ids := make([]int64, len(parsed))
	for i, p := range parsed {
		ids[i] = p.in.KPIID
	}
	_, owners, err := im.imp.KPIs(im.ctx, ids)
	if err != nil {
		return nil, err
	}
	type key struct {
		id      int64
		y, q, m int
	}
	first := map[key]int{}
	columnOf := map[string]string{"year": "jahr", "quarter": "quartal", "month": "monat", "plan": "soll", "actual": "ist", "comment": "kommentar"}
	inputs := make([]db.KPIValueInput, 0, len(parsed))
	var rows []row
	var unitsOf [][]int64
	for _, p := range parsed {
		units, exists := owners[p.in.KPIID]
		if !exists {
			im.errorAt(p.r.num, "kennzahl_id", "import.kpiUnknown", "Die Kennzahl %d gibt es nicht.", "There is no KPI %d.", p.in.KPIID)
			continue
		}
		if errs := p.in.Validate(im.years); len(errs) > 0 {
			im.inputErrors(p.r, errs, columnOf)
			continue
		}
		k := key{p.in.KPIID, p.in.Year, deref(p.in.Quarter), deref(p.in.Month)}
		if at, dup := first[k]; dup {
			im.duplicate(p.r, "kennzahl_id", at)
			continue
		}
		first[k] = p.r.num
		inputs = append(inputs, p.in)
		rows, unitsOf = append(rows, p.r), append(unitsOf, units)
	}
	return func(tx *store.ImportTx, write bool) (db.ImportCounts, error) {
		c, err := tx.KPIValues(im.viewer.Actor(), inputs, func(i int) bool { return im.anyPermitted(unitsOf[i]) }, write)
		return c, im.staleRows(im.forbiddenRows(err, rows, "kennzahl_id", func(i int) string { return fmt.Sprintf("Kennzahl %d", inputs[i].KPIID) }), rows)
	}, nil
}

func (im *importer) anyPermitted(units []int64) bool {
	for _, u := range units {
		if im.permitted(u) {
			return true
		}
	}
	return false
}

func deref(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}

// productNumber normalises a product number; a number cell loses the
// leading zero (10101), which comes back here.
func productNumber(v string) string {
	v = strings.ReplaceAll(strings.TrimSpace(v), " ", "")
	if strings.HasSuffix(v, ".0") {
		v = strings.TrimSuffix(v, ".0")
	}
	digits := v != ""
	for _, c := range v {
		digits = digits && c >= '0' && c <= '9'
	}
	if digits && len(v) < 6 {
		v = strings.Repeat("0", 6-len(v)) + v
	}
	return v
}

type parsedBudgetRow struct {
	r  row
	in db.BudgetLineInput
}

func (im *importer) budgetLines() (func(*store.ImportTx, bool) (db.ImportCounts, error), error) {
	if !im.columns([]string{"produkt", "jahr"}, nil, []string{"ansatz", "prognose", "ergebnis"},
		[]string{"bezeichnung", "produktname", "name"}) {
		return nil, nil
	}
	var parsed []parsedBudgetRow
	numbers := map[int]string{}
	for _, r := range im.t.rows {
		num, _ := im.cell(r, "produkt")
		ok := num != ""
		if !ok {
			im.errorAt(r.num, "produkt", "import.required", "Der Wert fehlt.", "The value is missing.")
		} else if im.formulaError(r, "produkt", num) {
			ok = false
		}
		year, yOK := im.yearCell(r)
		plan, pOK := im.centsCell(r, "ansatz")
		forecast, fOK := im.centsCell(r, "prognose")
		actual, aOK := im.centsCell(r, "ergebnis")
		if !(ok && yOK && pOK && fOK && aOK) {
			continue
		}
		if !plan.Set && !forecast.Set && !actual.Set {
			im.skipped++
			continue
		}
		numbers[r.num] = productNumber(num)
		parsed = append(parsed, parsedBudgetRow{r, db.BudgetLineInput{Year: *year, Plan: plan, Forecast: forecast, Actual: actual}})
	}
	nums := make([]string, 0, len(numbers))
	for _, n := range numbers {
		nums = append(nums, n)
	}
	products, lines, err := im.imp.ProductsByNumber(im.ctx, nums)
	if err != nil {
		return nil, err
	}
	byNumber := make(map[string]*db.Product, len(products))
	for _, p := range products {
		byNumber[p.Number] = p
	}
	type key struct {
		product int64
		year    int
	}
	exists := make(map[key]bool, len(lines))
	for _, l := range lines {
		exists[key{l.ProductID, l.Year}] = true
	}
	first := map[key]int{}
	columnOf := map[string]string{"year": "jahr", "plan": "ansatz", "forecast": "prognose", "actual": "ergebnis"}
	inputs := make([]db.BudgetLineInput, 0, len(parsed))
	var rows []row
	var units []int64
	var names []string
	for _, p := range parsed {
		prod := byNumber[numbers[p.r.num]]
		if prod == nil {
			im.errorAt(p.r.num, "produkt", "import.productUnknown", "Das Produkt %s gibt es nicht.", "There is no product %s.", numbers[p.r.num])
			continue
		}
		p.in.ProductID = prod.ID
		k := key{prod.ID, p.in.Year}
		if errs := p.in.Validate(im.years, !exists[k]); len(errs) > 0 {
			im.inputErrors(p.r, errs, columnOf)
			continue
		}
		if at, dup := first[k]; dup {
			im.duplicate(p.r, "produkt", at)
			continue
		}
		first[k] = p.r.num
		inputs = append(inputs, p.in)
		rows, units = append(rows, p.r), append(units, prod.OrgUnitID)
		names = append(names, prod.Number)
	}
	return func(tx *store.ImportTx, write bool) (db.ImportCounts, error) {
		c, err := tx.BudgetLines(im.viewer.Actor(), inputs, func(i int) bool { return im.permitted(units[i]) }, write)
		return c, im.forbiddenRows(err, rows, "produkt", func(i int) string { return "Produkt " + names[i] })
	}, nil
}

// statusNames maps German and English status words to the status.
var statusNames = map[string]db.MeasureStatus{
	"planned": db.MeasurePlanned, "geplant": db.MeasurePlanned,
	"in_progress": db.MeasureInProgress, "in_umsetzung": db.MeasureInProgress, "laufend": db.MeasureInProgress,
	"realised": db.MeasureRealised, "realized": db.MeasureRealised, "umgesetzt": db.MeasureRealised, "realisiert": db.MeasureRealised,
	"at_risk": db.MeasureAtRisk, "gefaehrdet": db.MeasureAtRisk,
	"dropped": db.MeasureDropped, "entfallen": db.MeasureDropped, "aufgegeben": db.MeasureDropped,
}

type parsedMeasureRow struct {
	r      row
	number string
	in     db.MeasureInput
}

func (im *importer) measures() (func(*store.ImportTx, bool) (db.ImportCounts, error), error) {
	if !im.columns([]string{"massnahme", "jahr"}, nil, []string{"realisiert", "status"}, []string{"titel", "bezeichnung"}) {
		return nil, nil
	}
	var parsed []parsedMeasureRow
	for _, r := range im.t.rows {
		num, _ := im.cell(r, "massnahme")
		ok := num != ""
		if !ok {
			im.errorAt(r.num, "massnahme", "import.required", "Der Wert fehlt.", "The value is missing.")
		} else if im.formulaError(r, "massnahme", num) {
			ok = false
		}
		year, yOK := im.yearCell(r)
		realised, rOK := im.centsCell(r, "realisiert")
		var status *db.MeasureStatus
		if s, _ := im.cell(r, "status"); s != "" {
			st, known := statusNames[normaliseHeader(s)]
			if !known {
				im.errorAt(r.num, "status", "import.status",
					"Unbekannter Status „%s“ (geplant, in Umsetzung, umgesetzt, gefährdet, entfallen).",
					"Unknown status “%s” (PLANNED, IN_PROGRESS, REALISED, AT_RISK, DROPPED).", s)
				ok = false
			}
			status = &st
		}
		if !(ok && yOK && rOK) {
			continue
		}
		if !realised.Set && status == nil {
			im.skipped++
			continue
		}
		parsed = append(parsed, parsedMeasureRow{r, strings.ToUpper(num),
			db.MeasureInput{Year: year, Realised: realised, Status: status}})
	}
	nums := make([]string, len(parsed))
	for i, p := range parsed {
		nums[i] = p.number
	}
	measures, err := im.imp.MeasuresByNumber(im.ctx, nums)
	if err != nil {
		return nil, err
	}
	byNumber := make(map[string]*db.ConsolidationMeasure, len(measures))
	for _, m := range measures {
		byNumber[strings.ToUpper(m.Number)] = m
	}
	type key struct {
		measure int64
		year    int
	}
	first := map[key]int{}
	statusOf := map[int64]db.MeasureStatus{}
	statusRow := map[int64]int{}
	columnOf := map[string]string{"year": "jahr", "realised": "realisiert", "status": "status"}
	inputs := make([]db.MeasureInput, 0, len(parsed))
	var rows []row
	var units []int64
	var names []string
	for _, p := range parsed {
		m := byNumber[p.number]
		if m == nil {
			im.errorAt(p.r.num, "massnahme", "import.measureUnknown", "Die Maßnahme %s gibt es nicht.", "There is no measure %s.", p.number)
			continue
		}
		p.in.MeasureID = m.ID
		if errs := p.in.Validate(im.years); len(errs) > 0 {
			im.inputErrors(p.r, errs, columnOf)
			continue
		}
		k := key{m.ID, *p.in.Year}
		if at, dup := first[k]; dup {
			im.duplicate(p.r, "massnahme", at)
			continue
		}
		first[k] = p.r.num
		if p.in.Status != nil {
			if s, seen := statusOf[m.ID]; seen && s != *p.in.Status {
				im.errorAt(p.r.num, "status", "import.statusContradicts",
					"Der Status widerspricht dem Status der Maßnahme in Zeile %d.",
					"The status contradicts the measure's status in row %d.", statusRow[m.ID])
				continue
			}
			statusOf[m.ID], statusRow[m.ID] = *p.in.Status, p.r.num
		}
		inputs = append(inputs, p.in)
		rows, units = append(rows, p.r), append(units, m.OrgUnitID)
		names = append(names, m.Number)
	}
	return func(tx *store.ImportTx, write bool) (db.ImportCounts, error) {
		c, err := tx.Measures(im.viewer.Actor(), inputs, func(i int) bool { return im.permitted(units[i]) }, write)
		return c, im.forbiddenRows(err, rows, "massnahme", func(i int) string { return "Maßnahme " + names[i] })
	}, nil
}

// mayImport reports whether the viewer may import a kind at all (the
// rules of access/; goals are checked again per row), and if not, why.
func mayImport(v *access.Viewer, kind Kind) (bool, string, string) {
	switch kind {
	case OrgUnits, People, Products:
		return v.MayMaintainOrganisation(), "Nur die Administration pflegt Organisation, Personen und Produkte.",
			"Only administrators maintain the organisation, people and products."
	case StrategicGoals:
		return v.MayMaintainStrategicGoals(), "Nur die Administration pflegt die strategischen Ziele.",
			"Only administrators maintain the strategic goals."
	case Goals:
		return v.MayMaintainSomeGoals(), "Sie dürfen keine Ziele pflegen.", "You may not maintain goals."
	case KPIs:
		return v.MayMaintainKPIs(), "Nur Administration und Controlling pflegen Kennzahlen.",
			"Only administrators and controlling maintain KPIs."
	case HSPMeasures:
		return v.MayMaintainMeasures(), "Nur Administration und Controlling pflegen HSP-Maßnahmen.",
			"Only administrators and controlling maintain HSP measures."
	}
	return v.CanRecordSomeFigures(), "Sie dürfen keine Kennzahlen, Haushaltszahlen oder HSP-Werte erfassen.",
		"You may not record KPI values, budget figures or HSP realisation."
}

// kinds are the kinds of import, in the order of an onboarding.
var kinds = []Kind{People, OrgUnits, Products, StrategicGoals, Goals, KPIs, HSPMeasures, KPIValues, BudgetLines, HSPRealisation}

var kindList = func() string {
	s := make([]string, len(kinds))
	for i, k := range kinds {
		s[i] = string(k)
	}
	return strings.Join(s, ", ")
}()

func (k Kind) known() bool { return slices.Contains(kinds, k) }
