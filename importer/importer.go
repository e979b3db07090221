// Package importer reads KPI values, budget lines and HSP realisation from
// CSV or XLSX files into Zielwerk, and exports the agreement status
// overview and the KPI table as CSV or XLSX.
//
// # Import
//
//	POST /api/import/{kpi-values|budget-lines|hsp-realisation}?dryRun=true|false
//
// The file comes as the multipart field "file" or as the raw body
// (Content-Type text/csv or application/vnd.openxmlformats-officedocument.
// spreadsheetml.sheet). The request must be signed in (401 otherwise) and
// carry the header X-Zielwerk-CSRF: 1 (403 otherwise; requests with an
// Authorization: Bearer token are exempt, browsers never send one on their
// own). Files are at most 10 MiB and 100 000 data rows.
//
// CSV files are UTF-8 (with or without BOM) or Windows-1252, separated by
// ";" (German Excel), "," or tab. Of an XLSX workbook the first sheet is
// read. The first non-blank row is the header; blank rows are skipped. Row
// numbers in the report are the rows as a spreadsheet shows them (header =
// 1). Column names are case-insensitive; spaces and hyphens count as "_",
// ä/ö/ü/ß as ae/oe/ue/ss.
//
// kpi-values, one row per KPI and period (key: kennzahl_id, jahr, quartal,
// monat):
//
//	kennzahl_id  the KPI's number (its database id, as shown in the KPI
//	             export); the GraphQL ID (base64 of "KPI:42") works too
//	jahr         fiscal year (a known one ±1)
//	quartal      1–4 (or Q1–Q4), empty for the year
//	monat        1–12, empty for the year or a quarter; not with quartal
//	soll         plan value
//	ist          actual value
//	kommentar    at most 2000 characters
//	version      the value's version as the KPI export wrote it (empty:
//	             there was no value then); optional
//
// budget-lines, one row per product and year:
//
//	produkt      NKF product number (010101; 10101 from a number cell is
//	             read as 010101)
//	jahr         fiscal year
//	ansatz       plan in euros (1.234,56); required for a new line
//	prognose     forecast in euros
//	ergebnis     actual result in euros
//
// hsp-realisation, one row per measure and year:
//
//	massnahme    measure number (HSP-001)
//	jahr         fiscal year
//	realisiert   realised saving in euros, not negative
//	status       geplant, in Umsetzung, umgesetzt, gefährdet, entfallen (or
//	             PLANNED, IN_PROGRESS, REALISED, AT_RISK, DROPPED); rows of
//	             one measure must agree
//
// An empty value cell leaves the stored value as it is (an import never
// clears a value; the web app does); a row without any value changes
// nothing and counts as unchanged. Amounts of budget lines may be negative
// (net results of income products), realised savings may not. The descriptive columns of the KPI
// export (kennzahl, einheit, richtung, produkt, ziel, organisationseinheit,
// zielerreichung_prozent, ampel) are ignored, so an exported KPI table can
// be filled in and imported again. Other unknown columns are refused.
//
// Text cells starting with =, +, -, @, tab or carriage return are refused
// (spreadsheet formula injection); a number such as -5 is a number.
//
// The whole file is checked first: every row's types and ranges, that the
// referenced KPI, product or measure exists, that the viewer may record for
// its unit (CONTROLLING, or the leader of the unit or a unit above), and
// that no key occurs twice. Any error and nothing is applied; the report
// lists the errors (row, column, reasonDe, reasonEn). Otherwise all rows
// are applied in one transaction as upserts by key: unchanged rows are not
// touched, so importing the same file twice changes nothing the second
// time. A file with the KPI export's version column is checked against it
// (optimistic locking): a row that would change a value changed or created
// since the export is a conflict, and the whole file applies nothing (409,
// the report names the rows). Each created or changed row gets its own audit event (action
// import.create / import.update, before and after of the changed fields),
// so an import leaves the same per-object history as the mutations.
//
// The answer is always the JSON Report: 200 when the file is fine (applied,
// or checked in a dry run), 422 with row errors, 400 when the file cannot
// be read, 413 when it is too large, 401/403 without sign-in, CSRF header
// or any right to record figures, 409 when rows changed since the export or
// during the import.
package importer

import (
	"context"
	"errors"
	"log/slog"
	"sort"

	"zielwerk/access"
	"zielwerk/apperr"
	"zielwerk/db"
	"zielwerk/store"
)

// Kind is what a file holds.
type Kind string

const (
	KPIValues      Kind = "kpi-values"
	BudgetLines    Kind = "budget-lines"
	HSPRealisation Kind = "hsp-realisation"
)

// RowError is one problem of the file: Row 0 is the file as a whole, Row 1
// the header.
type RowError struct {
	Row      int    `json:"row"`
	Column   string `json:"column"`
	Key      string `json:"key"`
	ReasonDe string `json:"reasonDe"`
	ReasonEn string `json:"reasonEn"`
}

// maxReportedErrors bounds the errors listed in a report; ErrorCount has
// them all.
const maxReportedErrors = 1000

// Report is the answer to an import.
type Report struct {
	Applied    bool       `json:"applied"`
	DryRun     bool       `json:"dryRun"`
	Rows       int        `json:"rows"`
	Created    int        `json:"created"`
	Updated    int        `json:"updated"`
	Unchanged  int        `json:"unchanged"`
	Errors     []RowError `json:"errors"`
	ErrorCount int        `json:"errorCount"`
	// Code is set when the import failed: BAD_USER_INPUT, UNAUTHENTICATED,
	// FORBIDDEN, CONFLICT or INTERNAL_SERVER_ERROR.
	Code string `json:"code,omitempty"`
}

func (r *Report) fail(code apperr.Code, row int, column, key, de, en string) {
	r.Code = string(code)
	r.add(RowError{Row: row, Column: column, Key: key, ReasonDe: de, ReasonEn: en})
}

func (r *Report) add(e RowError) {
	r.ErrorCount++
	if len(r.Errors) < maxReportedErrors {
		r.Errors = append(r.Errors, e)
	}
}

// Import checks a file and, unless dryRun or any row is wrong, applies it
// in one transaction. It is what the HTTP handler runs; the status is the
// HTTP status of the report.
func Import(ctx context.Context, imp *store.Imports, v *access.Viewer, kind Kind, data []byte, xlsxHint, dryRun bool) (Report, int) {
	rep := Report{DryRun: dryRun, Errors: []RowError{}}
	t, err := readTable(data, xlsxHint)
	if err != nil {
		fe, ok := err.(*fileError)
		if !ok {
			fe = errXLSX
		}
		rep.fail(apperr.BadUserInput, 0, "", fe.key, fe.de, fe.en)
		return rep, 400
	}
	rep.Rows = len(t.rows)
	years, err := imp.RecordableYears(ctx)
	if err != nil {
		return internal(ctx, rep, err)
	}
	im := &importer{ctx: ctx, imp: imp, viewer: v, years: years, t: t, rep: &rep}
	var apply func(tx *store.ImportTx, write bool) (db.ImportCounts, error)
	switch kind {
	case KPIValues:
		apply, err = im.kpiValues()
	case BudgetLines:
		apply, err = im.budgetLines()
	case HSPRealisation:
		apply, err = im.measures()
	case OrgUnits:
		apply, err = im.orgUnits()
	case People:
		apply, err = im.people()
	case Products:
		apply, err = im.products()
	case StrategicGoals:
		apply, err = im.strategicGoals()
	case Goals:
		apply, err = im.goals()
	case KPIs:
		apply, err = im.kpiDefinitions()
	default:
		rep.fail(apperr.NotFound, 0, "", "import.kind", "Unbekannte Importart.", "Unknown kind of import.")
		return rep, 404
	}
	if err != nil {
		return internal(ctx, rep, err)
	}
	if rep.ErrorCount > 0 {
		rep.Code = string(apperr.BadUserInput)
		sortErrors(rep.Errors)
		return rep, 422
	}
	var counts db.ImportCounts
	err = imp.Apply(ctx, func(tx *store.ImportTx) error {
		var err error
		counts, err = apply(tx, !dryRun)
		return err
	})
	if errors.Is(err, errRowErrors) {
		rep.Code = string(apperr.BadUserInput)
		sortErrors(rep.Errors)
		return rep, 422
	}
	if errors.Is(err, errStaleRows) {
		rep.Code = string(apperr.Conflict)
		sortErrors(rep.Errors)
		return rep, 409
	}
	if e, ok := apperr.As(err); ok && e.Code == apperr.Conflict {
		rep.fail(apperr.Conflict, 0, "", "import.conflict",
			"Daten wurden während des Imports geändert. Es wurde nichts übernommen; bitte erneut importieren.",
			"Data changed during the import. Nothing was applied; please import again.")
		return rep, 409
	}
	if err != nil {
		return internal(ctx, rep, err)
	}
	rep.Created, rep.Updated, rep.Unchanged = counts.Created, counts.Updated, counts.Unchanged+im.skipped
	rep.Applied = !dryRun
	return rep, 200
}

func internal(ctx context.Context, rep Report, err error) (Report, int) {
	slog.ErrorContext(ctx, "import failed", "err", err)
	rep.fail(apperr.Internal, 0, "", "internal", "Interner Fehler. Es wurde nichts übernommen.",
		"Internal error. Nothing was applied.")
	return rep, 500
}

// sortErrors orders errors by row, keeping the order within a row.
func sortErrors(errs []RowError) {
	sort.SliceStable(errs, func(i, j int) bool { return errs[i].Row < errs[j].Row })
}
