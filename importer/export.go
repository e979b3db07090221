package importer

// Exports for spreadsheets:
//
//	GET /api/export/status.csv|.xlsx?year=2027  agreement status overview
//	GET /api/export/kpis.csv|.xlsx?year=2026    KPI table of a year
//
// The status overview holds the agreements the viewer may see at all
// (access.Viewer.VisibleAgreements), status fields only: unit, agent,
// principal, year, status and dates — never content. Without year it holds
// every year. The KPI table holds every KPI (readable by all staff) with
// its yearly plan, actual, degree of achievement and light; its columns
// kennzahl_id, jahr, soll, ist and kommentar are the import's, so it can be
// filled in and imported again, and its version column (the value's
// version, empty without a value) lets that import refuse values changed
// in the meantime.
//
// CSV is UTF-8 with BOM, ";"-separated, CRLF, decimal comma and dates as
// 27.11.2026, so that German Excel opens it as is. Text cells starting with
// =, +, -, @, tab or carriage return get a leading ' (formula injection);
// numbers are written as numbers. Files come as attachments with a German
// file name.

import (
	"bytes"
	"context"
	"encoding/csv"
	"log/slog"
	"math"
	"mime"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"zielwerk/apperr"
	"zielwerk/clock"
	"zielwerk/db"
	"zielwerk/identity"
	"zielwerk/store"
)

type format int

const (
	csvFormat format = iota
	xlsxFormat
)

// sheet is an export before it is written as CSV or XLSX. Cells are
// string, float64, int, *time.Time or nil.
type sheet struct {
	fileName string // without extension
	title    string // the XLSX sheet's name
	header   []string
	rows     [][]any
}

type exporter struct{ st *store.Store }

type builder func(ctx context.Context, sv *store.Viewer, year *int) (*sheet, error)

// Neutralise makes a text cell safe for spreadsheets: a leading =, +, -,
// @, tab or carriage return would start a formula, so it gets a ' in
// front (OWASP CSV injection).
func Neutralise(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// writeError answers with e in the GraphQL error shape (apperr.WriteHTTP).
func writeError(w http.ResponseWriter, status int, e *apperr.Error) {
	apperr.WriteHTTP(w, status, e, 0)
}

func (ex *exporter) handle(build builder, f format) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		p := identity.FromContext(r.Context())
		if p == nil {
			writeError(w, http.StatusUnauthorized, apperr.ErrUnauthenticated)
			return
		}
		var year *int
		if y := r.URL.Query().Get("year"); y != "" {
			n, err := strconv.Atoi(y)
			if err != nil || n < 1900 || n > 2200 {
				writeError(w, http.StatusBadRequest, apperr.BadInput("year", "export.year",
					"Das Jahr ist ungültig.", "The year is invalid."))
				return
			}
			year = &n
		}
		s, err := build(r.Context(), ex.st.For(p, 0), year)
		sendSheet(w, r, s, f, err)
	}
}

// sendSheet writes a sheet as a CSV or XLSX download (err: building it
// failed, 500).
func sendSheet(w http.ResponseWriter, r *http.Request, s *sheet, f format, err error) {
	var body []byte
	if err == nil {
		body, err = s.encode(f)
	}
	if e, ok := apperr.As(err); ok && e.Code == apperr.Forbidden {
		writeError(w, http.StatusForbidden, e)
		return
	}
	if e, ok := apperr.As(err); ok && e.Code == apperr.BadUserInput {
		writeError(w, http.StatusBadRequest, e)
		return
	}
	if err != nil {
		slog.ErrorContext(r.Context(), "export failed", "err", err)
		writeError(w, http.StatusInternalServerError, apperr.New(apperr.Internal, "internal",
			"Interner Fehler. Bitte versuchen Sie es später erneut.", "Internal error. Please try again later."))
		return
	}
	name, ctype := s.fileName+".csv", "text/csv; charset=utf-8"
	if f == xlsxFormat {
		name, ctype = s.fileName+".xlsx", xlsxType
	}
	h := w.Header()
	h.Set("Content-Type", ctype)
	h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Length", strconv.Itoa(len(body)))
	_, _ = w.Write(body)
}

func (s *sheet) encode(f format) ([]byte, error) {
	if f == xlsxFormat {
		return s.xlsx()
	}
	return s.csv()
}

func germanNumber(f float64) string {
	return strings.Replace(strconv.FormatFloat(f, 'f', -1, 64), ".", ",", 1)
}

func (s *sheet) csv() ([]byte, error) {
	var buf bytes.Buffer
	buf.Write(utf8BOM)
	w := csv.NewWriter(&buf)
	w.Comma = ';'
	w.UseCRLF = true
	rec := make([]string, len(s.header))
	for i, h := range s.header {
		rec[i] = Neutralise(h)
	}
	if err := w.Write(rec); err != nil {
		return nil, err
	}
	for _, row := range s.rows {
		for i, c := range row {
			switch v := c.(type) {
			case nil:
				rec[i] = ""
			case string:
				rec[i] = Neutralise(v)
			case int:
				rec[i] = strconv.Itoa(v)
			case float64:
				rec[i] = germanNumber(v)
			case *time.Time:
				rec[i] = ""
				if v != nil {
					rec[i] = v.UTC().Format("02.01.2006")
				}
			}
		}
		if err := w.Write(rec); err != nil {
			return nil, err
		}
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}

func (s *sheet) xlsx() ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", s.title); err != nil {
		return nil, err
	}
	sw, err := f.NewStreamWriter(s.title)
	if err != nil {
		return nil, err
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return nil, err
	}
	head := make([]any, len(s.header))
	for i, h := range s.header {
		head[i] = excelize.Cell{StyleID: bold, Value: Neutralise(h)}
	}
	if err := sw.SetRow("A1", head); err != nil {
		return nil, err
	}
	for r, row := range s.rows {
		cells := make([]any, len(row))
		for i, c := range row {
			switch v := c.(type) {
			case string:
				cells[i] = Neutralise(v)
			case *time.Time:
				if v != nil {
					cells[i] = v.UTC().Format("02.01.2006")
				}
			default:
				cells[i] = v
			}
		}
		cell, _ := excelize.CoordinatesToCellName(1, r+2)
		if err := sw.SetRow(cell, cells); err != nil {
			return nil, err
		}
	}
	if err := sw.Flush(); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

var statusDe = map[db.AgreementStatus]string{
	db.StatusDraft: "Entwurf", db.StatusProposed: "Vorgeschlagen", db.StatusAgreed: "Vereinbart",
	db.StatusReviewed: "Zwischengespräch geführt", db.StatusAssessed: "Bewertet", db.StatusClosed: "Abgeschlossen",
}

// status is the agreement status overview the viewer may see.
func (ex *exporter) status(ctx context.Context, sv *store.Viewer, year *int) (*sheet, error) {
	name := "Zielvereinbarungen_Status"
	var f store.AgreementFilter
	if year != nil {
		f.Year = *year
		name += "_" + strconv.Itoa(*year)
	}
	ags, err := sv.AgreementList(ctx, f)
	if err != nil {
		return nil, err
	}
	var unitIDs, personIDs []int64
	for _, a := range ags {
		unitIDs = append(unitIDs, a.OrgUnitID)
		personIDs = append(personIDs, a.AgentID, a.PrincipalID)
	}
	unit, err := store.LoadAll(ctx, sv.Loaders.OrgUnit, unitIDs)
	if err != nil {
		return nil, err
	}
	persons, err := store.LoadAll(ctx, sv.Loaders.Person, personIDs)
	if err != nil {
		return nil, err
	}
	person := map[int64]string{}
	for id, p := range persons {
		person[id] = p.Name
	}
	sort.SliceStable(ags, func(i, j int) bool {
		if ags[i].Year != ags[j].Year {
			return ags[i].Year < ags[j].Year
		}
		return code(unit[ags[i].OrgUnitID]) < code(unit[ags[j].OrgUnitID])
	})
	s := &sheet{fileName: name, title: "Zielvereinbarungen", header: []string{
		"Jahr", "Organisationseinheit", "Bezeichnung", "Zielnehmer", "Zielgeber", "Status",
		"Vorgeschlagen am", "Unterzeichnet Zielgeber am", "Unterzeichnet Zielnehmer am", "Vereinbart am",
		"Abgeschlossen am", "Zuletzt geändert am"}}
	for _, a := range ags {
		u := unit[a.OrgUnitID]
		if u == nil {
			u = &db.OrgUnit{}
		}
		updated := a.UpdatedAt
		s.rows = append(s.rows, []any{a.Year, u.Code, u.Name, person[a.AgentID], person[a.PrincipalID], statusDe[a.Status],
			a.ProposedAt, a.PrincipalSignedAt, a.AgentSignedAt, a.AgreedAt, a.ClosedAt, &updated})
	}
	return s, nil
}

func code(u *db.OrgUnit) string {
	if u == nil {
		return ""
	}
	return u.Code
}

var lightDe = map[db.TrafficLight]string{db.Green: "grün", db.Yellow: "gelb", db.Red: "rot", db.NoData: "keine Daten"}

// kpis is the KPI table of a year (default: this year).
func (ex *exporter) kpis(ctx context.Context, sv *store.Viewer, year *int) (*sheet, error) {
	y := clock.Now(ctx).Year()
	if year != nil {
		y = *year
	}
	kpis, value, err := sv.KPITable(ctx, y)
	if err != nil {
		return nil, err
	}
	var productIDs, goalIDs []int64
	for _, k := range kpis {
		if k.ProductID != nil {
			productIDs = append(productIDs, *k.ProductID)
		}
		if k.GoalID != nil {
			goalIDs = append(goalIDs, *k.GoalID)
		}
	}
	l := sv.Loaders
	product, err := store.LoadAll(ctx, l.Product, productIDs)
	if err != nil {
		return nil, err
	}
	goal, err := store.LoadAll(ctx, l.Goal, goalIDs)
	if err != nil {
		return nil, err
	}
	var unitIDs []int64
	for _, p := range product {
		unitIDs = append(unitIDs, p.OrgUnitID)
	}
	for _, g := range goal {
		unitIDs = append(unitIDs, g.OrgUnitID)
	}
	units, err := store.LoadAll(ctx, l.OrgUnit, unitIDs)
	if err != nil {
		return nil, err
	}
	unitName := map[int64]string{}
	for id, u := range units {
		unitName[id] = u.Name
	}
	s := &sheet{fileName: "Kennzahlen_" + strconv.Itoa(y), title: "Kennzahlen " + strconv.Itoa(y), header: []string{
		"kennzahl_id", "kennzahl", "einheit", "richtung", "produkt", "ziel", "organisationseinheit",
		"jahr", "soll", "ist", "zielerreichung_prozent", "ampel", "kommentar", "version"}}
	for _, k := range kpis {
		var prodNum, goalTitle, unit any
		if p := product[deref64(k.ProductID)]; p != nil {
			prodNum, unit = p.Number, unitName[p.OrgUnitID]
		}
		if g := goal[deref64(k.GoalID)]; g != nil {
			goalTitle = g.Title
			if unit == nil {
				unit = unitName[g.OrgUnitID]
			}
		}
		dir := "höher ist besser"
		if k.Direction == db.LowerIsBetter {
			dir = "niedriger ist besser"
		}
		var plan, actual, degree, version any
		comment := ""
		var pl, ac *float64
		if v := value[k.ID]; v != nil {
			pl, ac, comment, version = v.Plan, v.Actual, v.Comment, v.Version
			if pl != nil {
				plan = *pl
			}
			if ac != nil {
				actual = *ac
			}
		}
		a := db.KPIAchievement(k, pl, ac)
		if a.Degree != nil {
			degree = math.Round(*a.Degree*1000) / 10
		}
		s.rows = append(s.rows, []any{int(k.ID), k.Name, k.Unit, dir, prodNum, goalTitle, unit,
			y, plan, actual, degree, lightDe[a.Light], comment, version})
	}
	return s, nil
}

func deref64(p *int64) int64 {
	if p == nil {
		return 0
	}
	return *p
}
