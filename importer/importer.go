// Package importer reads a city's master data (people, org units,
// products, strategic goals, goals, KPI definitions: the onboarding) and
// its figures (KPI values, budget lines, HSP realisation) from CSV or XLSX
// files into Zielwerk, and exports the agreement status overview and the
// KPI table as CSV or XLSX.
//
// # Import
//
//	POST /api/import/{kind}?dryRun=true|false
//	GET  /api/import/{kind}/template.csv    header row and one example row
//	GET  /api/import/{kind}/template.xlsx
//
// kind: people, org-units, products, strategic-goals, goals, kpis,
// hsp-measures (the
// onboarding, see "Onboarding kinds" below), kpi-values, budget-lines,
// hsp-realisation (figures).
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
// # Onboarding kinds
//
// Import them in this order: each kind may refer to the kinds before it
// (and org units and goals to other rows of the same file, in any order).
// Every row is matched by its natural key: a new key creates the record, a
// known one updates the fields the row gives (an empty cell keeps the
// stored value; the import never clears a field or a link), a row that
// changes nothing is left alone, so a second import of the same file
// changes nothing. Each row is checked by the same rule as the GraphQL
// write (package db: orgUnitRule, goalRule, productRule, kpiRule and the
// inputs' field checks), over the stored records and the file's own rows;
// any broken rule and nothing is applied. Each created or changed record
// gets one audit event (import.create, import.update with before and
// after). Who may import: people, org-units and products
// MayMaintainOrganisation, strategic-goals MayMaintainStrategicGoals, kpis
// and hsp-measures MayMaintainKPIs / MayMaintainMeasures (for the whole
// file), goals MayMaintainGoalsOf the
// stored and the new unit of every row that changes something (a file
// with rows of other units is refused, naming the rows). Keys are marked
// with *.
//
// people:
//
//	e_mail *        e-mail address, compared in lower case
//	name            required for a new person
//	funktion        position
//	beschaeftigung  Tarif, Beamte/Beamter/Beamtin, keine (TARIF, BEAMTE,
//	                NONE); a new person: keine
//	teilzeitfaktor  0,5, 0.5 or 50 % (above 0, at most 1); new: 1
//
// org-units:
//
//	kuerzel *       the unit's code (10, 32, III)
//	name            required for a new unit
//	art             Verwaltungsvorstand, Dezernat, Fachbereich, Amt,
//	                Abteilung (or VERWALTUNGSVORSTAND, DEZERNAT, …)
//	uebergeordnet   the parent's code: a stored unit or a row of the file;
//	                the board has none, a Dezernat is below the board, a
//	                Fachbereich below the board or a Dezernat, an Amt below
//	                a Dezernat or Fachbereich, an Abteilung below an Amt or
//	                Fachbereich; no cycles
//	gueltig_ab      first day (31.12.2024, 2024-12-31 or a date cell);
//	                required for a new unit
//	gueltig_bis     the day it ends (exclusive), after gueltig_ab
//	leitung         the leader's e-mail address (a person imported before)
//
// products:
//
//	produktnummer * NKF number PB+PG+product, six to twelve digits
//	                (010101); the product group (first four digits) must
//	                exist, or it is created when produktgruppe names it, in
//	                the product area of the first two digits (created too,
//	                then named by produktbereich)
//	name            required for a new product
//	einheit         the owning unit's code; required for a new product
//	produktbereich  name of a product area to create
//	produktgruppe   name of a product group to create
//
// strategic-goals:
//
//	nummer *        1–99
//	titel           required for a new one
//	beschreibung
//
// goals (key: einheit, titel, von_jahr — there is no goal code; a goal is
// renamed in the web app, a new title in a file is a new goal):
//
//	einheit *       the unit's code
//	titel *
//	von_jahr *      first year
//	bis_jahr        last year; required for a new goal
//	ebene           Dezernat, Fachbereich, Amt, Abteilung, Produkt (the
//	                unit's kind; a product goal names its product);
//	                required for a new goal
//	beschreibung
//	strategisches_ziel  number of the strategic goal (Dezernat and
//	                Fachbereich goals)
//	oberziel_einheit, oberziel_titel, oberziel_von_jahr  the parent goal's
//	                key (the year only if the unit has several goals of
//	                that title whose years overlap the row's): a stored goal
//	                or a row of the file, of a higher level, of the unit or
//	                a unit above it, with overlapping years
//	produkt         product number (product goals)
//	begruendung     why a goal has no link upwards (it then shows in the
//	                alignment report)
//
// kpis:
//
//	code *          the city's KPI code (32-01)
//	name            required for a new KPI
//	masseinheit     unit of measurement (Anzahl, Tage, %)
//	richtung        höher ist besser/steigend, niedriger ist besser/fallend
//	                (HIGHER_IS_BETTER, LOWER_IS_BETTER); required for new
//	art             Input, Output/Leistung, Outcome/Wirkung, Effizienz,
//	                Qualität; required for new
//	frequenz        jährlich, quartalsweise, monatlich; required for new
//	gruen_ab, gelb_ab  thresholds as degree of achievement: 100 % or 1;
//	                new: 100 % and 90 %; yellow not above green
//	definition
//	produkt         product number
//	ziel_einheit, ziel_titel, ziel_von_jahr  the goal's key (the year only
//	                if the unit has several goals of that title); a KPI
//	                belongs to a goal or a product or both
//
// hsp-measures (a row is created when its measure is new, updated when the
// measure or one of its planned savings changes):
//
//	programm *      the programme's name; created when new (kind from
//	                programmart, years those the file plans savings for);
//	                a stored programme's years must hold the savings' years
//	programmart     HSP or HSK (new programme; default HSP)
//	massnahme *     measure number (HSP-001), compared without case
//	titel           required for a new measure
//	beschreibung
//	einheit         the owning unit's code; required for a new measure
//	status          as in hsp-realisation; new: geplant
//	einsparung_JJJJ planned saving of the year JJJJ in euros (one column
//	                per year: einsparung_2026, einsparung_2027, …; also
//	                geplant_JJJJ), not negative
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
	case HSPMeasures:
		apply, err = im.hspMeasures()
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
	if e, ok := apperr.As(err); ok && e.Code == apperr.BadUserInput {
		// The database refused (a closed fiscal year): nothing was applied.
		rep.fail(apperr.BadUserInput, 0, "", e.Key, e.De+" Es wurde nichts übernommen.", e.En+" Nothing was applied.")
		return rep, 422
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
