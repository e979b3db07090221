package importer

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"zielwerk/db"
)

// column is one column of an import kind: its name (as normaliseHeader
// writes it), other accepted names, whether the header must have it, and
// the example cell of the template.
type column struct {
	name     string
	aliases  []string
	required bool
	example  string
}

// masterColumns maps the header to the kind's columns (by name or alias):
// required ones must be there, unknown ones are refused.
func (im *importer) masterColumns(cols []column) bool {
	im.cols = map[string]int{}
	canonical := map[string]string{}
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = c.name
		canonical[c.name] = c.name
		for _, a := range c.aliases {
			canonical[a] = c.name
		}
	}
	ok := true
	for i, h := range im.t.header {
		raw := normaliseHeader(h)
		if raw == "" {
			continue
		}
		name, known := canonical[raw]
		if !known {
			im.errorAt(1, strings.TrimSpace(h), "import.unknownColumn", "Unbekannte Spalte „%s“. Erwartet: %s.",
				"Unknown column “%s”. Expected: %s.", strings.TrimSpace(h), strings.Join(names, ", "))
			ok = false
			continue
		}
		if _, dup := im.cols[name]; dup {
			im.errorAt(1, name, "import.duplicateColumn", "Die Spalte „%s“ kommt doppelt vor.", "The column “%s” occurs twice.", name)
			ok = false
		}
		im.cols[name] = i
	}
	for _, c := range cols {
		if _, has := im.cols[c.name]; c.required && !has {
			im.errorAt(1, c.name, "import.missingColumn", "Die Spalte „%s“ fehlt.", "The column “%s” is missing.", c.name)
			ok = false
		}
	}
	if ok && len(im.t.rows) == 0 {
		im.errorAt(0, "", "import.noRows", "Die Datei enthält keine Datenzeilen.", "The file has no data rows.")
		ok = false
	}
	return ok
}

// keyCell reads a required key cell (no formula).
func (im *importer) keyCell(r row, col string) (string, bool) {
	v, _ := im.cell(r, col)
	if v == "" {
		im.errorAt(r.num, col, "import.required", "Der Wert fehlt.", "The value is missing.")
		return "", false
	}
	if formula(v) {
		im.errorAt(r.num, col, "import.formulaText",
			"Text darf nicht mit =, +, -, @ oder einem Tabulator beginnen (Schutz vor Formeln in Tabellenprogrammen).",
			"Text must not start with =, +, -, @ or a tab (protection against spreadsheet formulas).")
		return "", false
	}
	return v, true
}

// refCell reads an optional reference (a code, number or address): ""
// when empty.
func (im *importer) refCell(r row, col string) (string, bool) {
	c, ok := im.textCell(r, col)
	if !ok || !c.Set {
		return "", ok
	}
	return strings.TrimSpace(*c.V), true
}

// enumCell reads a value of a closed list by its German or English words.
func enumCell[T ~string](im *importer, r row, col string, words map[string]T, de, en string) (db.Change[T], bool) {
	v, _ := im.cell(r, col)
	if v == "" {
		return db.Change[T]{}, true
	}
	t, ok := words[normaliseHeader(v)]
	if !ok {
		im.rep.add(RowError{Row: r.num, Column: col, Key: "import.enum",
			ReasonDe: fmt.Sprintf("Unbekannter Wert „%s“ (%s).", v, de), ReasonEn: fmt.Sprintf("Unknown value “%s” (%s).", v, en)})
		return db.Change[T]{}, false
	}
	return db.To(t), true
}

// dateCell reads a day: 31.12.2024, 2024-12-31 or an XLSX date.
func (im *importer) dateCell(r row, col string) (db.Change[time.Time], bool) {
	v, _ := im.cell(r, col)
	if v == "" {
		return db.Change[time.Time]{}, true
	}
	for _, layout := range []string{"02.01.2006", "2.1.2006", time.DateOnly} {
		if d, err := time.Parse(layout, v); err == nil {
			return db.To(d), true
		}
	}
	if n, err := strconv.ParseFloat(v, 64); err == nil && n >= 1 && n < 2958466 { // a spreadsheet's day number
		return db.To(time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(n))), true
	}
	im.errorAt(r.num, col, "import.date", "„%s“ ist kein Datum (z. B. 01.01.2025).", "“%s” is not a date (e.g. 2025-01-01).", v)
	return db.Change[time.Time]{}, false
}

// shareCell reads a share: 0,5, 0.5 or 50 % (the % divides by 100).
func (im *importer) shareCell(r row, col string) (db.Change[float64], bool) {
	v, _ := im.cell(r, col)
	if v == "" {
		return db.Change[float64]{}, true
	}
	pct := strings.HasSuffix(v, "%")
	num := strings.TrimSpace(strings.TrimSuffix(v, "%"))
	f, ok := parseFloat(num, im.t.style)
	if !ok && im.t.style == rawXLSX {
		f, ok = parseFloat(num, german)
	}
	if !ok {
		im.errorAt(r.num, col, "import.share", "„%s“ ist kein Anteil (z. B. 0,5 oder 50 %%).", "“%s” is not a share (e.g. 0.5 or 50 %%).", v)
		return db.Change[float64]{}, false
	}
	if pct {
		f /= 100
	}
	return db.To(f), true
}

// rowErrors reports what the db layer found wrong with rows: rules
// (db.RowsInvalid) in the file's column names, and rows the viewer may not
// change (db.RowsForbidden); either rolls the import back.
func (im *importer) rowErrors(err error, rows []row, columnOf map[string]string, what func(i int) string) error {
	var ri *db.RowsInvalid
	if errors.As(err, &ri) {
		for _, e := range ri.Errors {
			col := columnOf[e.Err.Field]
			if col == "" {
				col = e.Err.Field
			}
			im.rep.add(RowError{Row: rows[e.Row].num, Column: col, Key: e.Err.Key, ReasonDe: e.Err.De, ReasonEn: e.Err.En})
		}
		return errRowErrors
	}
	var rf *db.RowsForbidden
	if errors.As(err, &rf) {
		for _, i := range rf.Rows {
			im.errorAt(rows[i].num, "", "import.forbidden", "Sie dürfen %s nicht pflegen.", "You may not maintain %s.", what(i))
		}
		return errRowErrors
	}
	return err
}

// firstRow remembers the row of each key, to refuse a key given twice.
type firstRow map[string]int

func (im *importer) once(seen firstRow, r row, col, key string) bool {
	if at, dup := seen[key]; dup {
		im.duplicate(r, col, at)
		return false
	}
	seen[key] = r.num
	return true
}
