package db

// Recording figures: KPI values (plan, actual, comment per period), budget
// lines (plan, forecast, actual per product and year) and HSP realisation
// (realised saving per measure and year, the measure's status). CONTROLLING
// records them everywhere, a unit's leader for the units they lead and those
// below (access.Viewer.CanRecordFigures, passed in as a Permit).
//
// Two ways in, one set of rules:
//   - the GraphQL mutations (kpiValueRecord, budgetLineRecord,
//     consolidationMeasureRecord) record one object with optimistic locking
//     (expectedVersion) and write exactly one audit event;
//   - the file import (package importer) upserts many rows by their natural
//     key in batches and writes one audit event per changed row.
//
// Every change leaves its before and after in the audit trail, so no value
// is overwritten without a trace.

import (
	"context"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	"gorm.io/gorm"

	"zielwerk/apperr"
	"zielwerk/clock"
)

// Change is an optional change of one field: Set false leaves the stored
// value alone; Set with a nil V clears it.
type Change[T any] struct {
	Set bool
	V   *T
}

// To is a change to v.
func To[T any](v T) Change[T] { return Change[T]{Set: true, V: &v} }

// Cleared is a change to null.
func Cleared[T any]() Change[T] { return Change[T]{Set: true} }

func (c Change[T]) apply(dst **T) {
	if c.Set {
		*dst = c.V
	}
}

// Permit answers whether the actor may record figures of a unit.
type Permit func(unitID int64) bool

// InputErrors are the problems of an input the user can fix; the graph
// shows them as userErrors, the import as row errors. Each carries the
// input field at fault (year, quarter, month, plan, actual, comment,
// forecast, realised, status, expectedVersion).
type InputErrors []*apperr.Error

func (e InputErrors) Error() string {
	msgs := make([]string, len(e))
	for i, x := range e {
		msgs[i] = x.Field + ": " + x.En
	}
	return strings.Join(msgs, "; ")
}

func (e *InputErrors) add(field, key, de, en string, args ...any) {
	*e = append(*e, apperr.BadInput(field, key, de, en, args...))
}

// Limits of recorded figures.
const (
	// MaxCommentLen is the longest comment of a KPI value, in characters.
	MaxCommentLen = 2000
	// MaxCents bounds amounts (10 billion euro) far beyond any municipal
	// budget line, so that typos like an extra six zeros are caught.
	MaxCents = int64(1_000_000_000_000)
	// maxFigure bounds KPI plan and actual values.
	maxFigure = 1e15
)

// YearRange is the span of fiscal years figures may be recorded for.
type YearRange struct{ From, To int }

func (r YearRange) Contains(y int) bool { return y >= r.From && y <= r.To }

// RecordableYears is the span from one year before the first known fiscal
// year to one year after the last (FiscalYears); without any, this year ±1.
func RecordableYears(ctx context.Context, gdb *gorm.DB) (YearRange, error) {
	years, err := FiscalYears(ctx, gdb)
	if err != nil {
		return YearRange{}, err
	}
	if len(years) == 0 {
		y := clock.Now(ctx).Year()
		return YearRange{y - 1, y + 1}, nil
	}
	return YearRange{years[0] - 1, years[len(years)-1] + 1}, nil
}

func (e *InputErrors) checkYear(years YearRange, y int) {
	if !years.Contains(y) {
		e.add("year", "figures.year", "Das Jahr %d liegt außerhalb der Haushaltsjahre %d–%d.",
			"The year %d lies outside the fiscal years %d–%d.", y, years.From, years.To)
	}
}

func (e *InputErrors) checkCents(field string, c Change[int64], nonNegative bool) {
	if !c.Set || c.V == nil {
		return
	}
	switch v := *c.V; {
	case nonNegative && v < 0:
		e.add(field, "figures.negative", "Der Betrag darf nicht negativ sein.", "The amount must not be negative.")
	case v > MaxCents || v < -MaxCents:
		e.add(field, "figures.amountRange", "Der Betrag ist unplausibel groß (höchstens 10 Mrd. €).",
			"The amount is implausibly large (at most 10 billion €).")
	}
}

func (e *InputErrors) checkFigure(field string, c Change[float64]) {
	if c.Set && c.V != nil && (math.IsNaN(*c.V) || math.IsInf(*c.V, 0) || math.Abs(*c.V) > maxFigure) {
		e.add(field, "figures.valueRange", "Der Wert ist keine gültige Zahl oder unplausibel groß.",
			"The value is not a valid number or implausibly large.")
	}
}

// KPIValueInput records plan, actual and comment of a KPI for one period:
// the year (Quarter and Month nil), a quarter or a month.
type KPIValueInput struct {
	KPIID           int64
	Year            int
	Quarter, Month  *int
	Plan, Actual    Change[float64]
	Comment         Change[string]
	ExpectedVersion *int
	// ExportedVersion is, in an import, the version the value had in the
	// export the file was made from (0: there was none); nil: the file
	// does not say, and the row is not checked.
	ExportedVersion *int
}

func (in *KPIValueInput) period() (q, m int) {
	if in.Quarter != nil {
		q = *in.Quarter
	}
	if in.Month != nil {
		m = *in.Month
	}
	return
}

// Validate checks the input on its own (not the KPI or the version).
func (in *KPIValueInput) Validate(years YearRange) InputErrors {
	var e InputErrors
	e.checkYear(years, in.Year)
	if in.Quarter != nil && (*in.Quarter < 1 || *in.Quarter > 4) {
		e.add("quarter", "figures.quarter", "Das Quartal muss zwischen 1 und 4 liegen.", "The quarter must be between 1 and 4.")
	}
	if in.Month != nil && (*in.Month < 1 || *in.Month > 12) {
		e.add("month", "figures.month", "Der Monat muss zwischen 1 und 12 liegen.", "The month must be between 1 and 12.")
	}
	if in.Quarter != nil && in.Month != nil {
		e.add("month", "figures.quarterAndMonth", "Bitte entweder ein Quartal oder einen Monat angeben, nicht beides.",
			"Give either a quarter or a month, not both.")
	}
	e.checkFigure("plan", in.Plan)
	e.checkFigure("actual", in.Actual)
	if in.Comment.Set && in.Comment.V != nil && utf8.RuneCountInString(*in.Comment.V) > MaxCommentLen {
		e.add("comment", "figures.commentLength", "Der Kommentar darf höchstens %d Zeichen lang sein.",
			"The comment may be at most %d characters long.", MaxCommentLen)
	}
	if !in.Plan.Set && !in.Actual.Set && !in.Comment.Set {
		e.add("actual", "figures.nothing", "Bitte Soll, Ist oder Kommentar angeben.", "Give a plan, an actual value or a comment.")
	}
	return e
}

func (in *KPIValueInput) applyTo(v *KPIValue) {
	in.Plan.apply(&v.Plan)
	in.Actual.apply(&v.Actual)
	if in.Comment.Set {
		v.Comment = ""
		if in.Comment.V != nil {
			v.Comment = *in.Comment.V
		}
	}
}

// kpiValueDiff lists the fields that differ between a and b.
func kpiValueDiff(a, b *KPIValue) (before, after map[string]any) {
	before, after = map[string]any{}, map[string]any{}
	if !eqPtr(a.Plan, b.Plan) {
		before["plan"], after["plan"] = a.Plan, b.Plan
	}
	if !eqPtr(a.Actual, b.Actual) {
		before["actual"], after["actual"] = a.Actual, b.Actual
	}
	if a.Comment != b.Comment {
		before["comment"], after["comment"] = a.Comment, b.Comment
	}
	return before, after
}

func kpiValueFields(v *KPIValue) map[string]any {
	return map[string]any{"kpiId": v.KPIID, "year": v.Year, "quarter": v.Quarter, "month": v.Month,
		"plan": v.Plan, "actual": v.Actual, "comment": v.Comment}
}

func eqPtr[T comparable](a, b *T) bool {
	return (a == nil) == (b == nil) && (a == nil || *a == *b)
}

func permitted(may Permit, units []int64) bool {
	for _, u := range units {
		if may(u) {
			return true
		}
	}
	return false
}

// KPIOwnerUnits maps each KPI to the units that own it: its product's unit
// and its goal's unit. Either one's leader may record its values. Two
// statements for any number of KPIs.
func KPIOwnerUnits(tx *gorm.DB, kpis []*KPI) (map[int64][]int64, error) {
	var productIDs, goalIDs []int64
	for _, k := range kpis {
		if k.ProductID != nil {
			productIDs = append(productIDs, *k.ProductID)
		}
		if k.GoalID != nil {
			goalIDs = append(goalIDs, *k.GoalID)
		}
	}
	productUnit, err := unitsOf[Product](tx, productIDs)
	if err != nil {
		return nil, err
	}
	goalUnit, err := unitsOf[Goal](tx, goalIDs)
	if err != nil {
		return nil, err
	}
	out := make(map[int64][]int64, len(kpis))
	for _, k := range kpis {
		var units []int64
		if k.ProductID != nil {
			if u, ok := productUnit[*k.ProductID]; ok {
				units = append(units, u)
			}
		}
		if k.GoalID != nil {
			if u, ok := goalUnit[*k.GoalID]; ok {
				units = append(units, u)
			}
		}
		out[k.ID] = units
	}
	return out, nil
}

// unitsOf maps ids of T (a table with an org_unit_id) to their unit.
func unitsOf[T any](tx *gorm.DB, ids []int64) (map[int64]int64, error) {
	out := map[int64]int64{}
	err := inChunks(dedupe(ids), func(chunk []int64) error {
		var rows []struct{ ID, OrgUnitID int64 }
		if err := tx.Model(new(T)).Select("id, org_unit_id").Where("id IN ?", chunk).Scan(&rows).Error; err != nil {
			return err
		}
		for _, r := range rows {
			out[r.ID] = r.OrgUnitID
		}
		return nil
	})
	return out, err
}

// chunkSize bounds the bound parameters of one IN list, well below the
// limits of PostgreSQL (65535) and SQLite (32766).
const chunkSize = 1000

func inChunks[K any](keys []K, fn func([]K) error) error {
	for start := 0; start < len(keys); start += chunkSize {
		if err := fn(keys[start:min(start+chunkSize, len(keys))]); err != nil {
			return err
		}
	}
	return nil
}

func dedupe[K comparable](keys []K) []K {
	seen := make(map[K]bool, len(keys))
	out := make([]K, 0, len(keys))
	for _, k := range keys {
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

// FindIn loads the rows of T whose column col is one of keys, in chunks.
func FindIn[T any, K comparable](tx *gorm.DB, col string, keys []K) ([]*T, error) {
	var out []*T
	err := inChunks(dedupe(keys), func(chunk []K) error {
		var rows []*T
		if err := tx.Where(col+" IN ?", chunk).Find(&rows).Error; err != nil {
			return err
		}
		out = append(out, rows...)
		return nil
	})
	return out, err
}

func notFoundOr(err error) error {
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return apperr.ErrNotFound
	}
	return err
}

func isDuplicate(err error) bool {
	return errors.Is(err, gorm.ErrDuplicatedKey) ||
		(err != nil && (strings.Contains(err.Error(), "UNIQUE constraint") || strings.Contains(err.Error(), "duplicate key")))
}

// checkVersion applies the optimistic-locking rule of the record
// mutations: a new object needs no expected version (and is a CONFLICT if
// someone created it meanwhile); an existing one needs the current version.
func checkVersion(exists bool, current int, expected *int) error {
	switch {
	case exists && expected == nil:
		return apperr.ErrConflict
	case exists && *expected != current:
		return apperr.ErrConflict
	case !exists && expected != nil:
		return apperr.ErrConflict
	}
	return nil
}

func txContext(tx *gorm.DB) context.Context {
	if tx.Statement != nil && tx.Statement.Context != nil {
		return tx.Statement.Context
	}
	return context.Background()
}

// RecordKPIValue creates or updates the value of a KPI for one period, in
// tx, with one audit event. NOT_FOUND for an unknown KPI, FORBIDDEN unless
// may permits one of the KPI's owning units, InputErrors for bad input,
// CONFLICT on a stale or missing expected version. An update that changes
// nothing writes nothing.
func RecordKPIValue(tx *gorm.DB, actor Actor, may Permit, in KPIValueInput) (*KPIValue, error) {
	var kpi KPI
	if err := tx.Take(&kpi, in.KPIID).Error; err != nil {
		return nil, notFoundOr(err)
	}
	units, err := KPIOwnerUnits(tx, []*KPI{&kpi})
	if err != nil {
		return nil, err
	}
	if !permitted(may, units[kpi.ID]) {
		return nil, apperr.ErrForbidden
	}
	years, err := RecordableYears(txContext(tx), tx)
	if err != nil {
		return nil, err
	}
	if errs := in.Validate(years); len(errs) > 0 {
		return nil, errs
	}
	q, m := in.period()
	var cur KPIValue
	err = tx.Where("kpi_id = ? AND year = ? AND quarter = ? AND month = ?", kpi.ID, in.Year, q, m).Take(&cur).Error
	exists := err == nil
	if err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, err
	}
	if err := checkVersion(exists, cur.Version, in.ExpectedVersion); err != nil {
		return nil, err
	}
	now := clock.Now(tx.Statement.Context)
	if !exists {
		v := KPIValue{KPIID: kpi.ID, Year: in.Year, Quarter: q, Month: m, RecordedByID: actorRef(actor), RecordedAt: now, Version: 1}
		in.applyTo(&v)
		if err := tx.Create(&v).Error; err != nil {
			if isDuplicate(err) {
				return nil, apperr.ErrConflict
			}
			return nil, err
		}
		return &v, Audit(tx, actor, "KPIValue", v.ID, "create", nil, kpiValueFields(&v))
	}
	next := cur
	in.applyTo(&next)
	before, after := kpiValueDiff(&cur, &next)
	if len(before) == 0 {
		return &cur, nil
	}
	if err := UpdateVersioned(tx, &KPIValue{}, cur.ID, cur.Version, map[string]any{
		"plan": next.Plan, "actual": next.Actual, "comment": next.Comment,
		"recorded_by_id": actorRef(actor), "recorded_at": now,
	}); err != nil {
		return nil, err
	}
	next.Version, next.RecordedByID, next.RecordedAt = cur.Version+1, actorRef(actor), now
	return &next, Audit(tx, actor, "KPIValue", cur.ID, "update", before, after)
}

// BudgetLineInput records plan (Ansatz), forecast (Prognose) and actual
// (Ergebnis) of a product for a year, in cents. A new line needs a plan.
// Amounts are net results and may be negative (income products).
type BudgetLineInput struct {
	ProductID        int64
	Year             int
	Plan             Change[int64]
	Forecast, Actual Change[int64]
	ExpectedVersion  *int
}

// Validate checks the input on its own; isNew says whether the line does
// not exist yet (then a plan is required).
func (in *BudgetLineInput) Validate(years YearRange, isNew bool) InputErrors {
	var e InputErrors
	e.checkYear(years, in.Year)
	if in.Plan.Set && in.Plan.V == nil || isNew && !in.Plan.Set {
		e.add("plan", "figures.planRequired", "Der Ansatz (Plan) ist anzugeben.", "The plan amount is required.")
	}
	e.checkCents("plan", in.Plan, false)
	e.checkCents("forecast", in.Forecast, false)
	e.checkCents("actual", in.Actual, false)
	if !in.Plan.Set && !in.Forecast.Set && !in.Actual.Set {
		e.add("actual", "figures.nothing", "Bitte Ansatz, Prognose oder Ergebnis angeben.", "Give a plan, a forecast or an actual amount.")
	}
	return e
}

func (in *BudgetLineInput) applyTo(b *BudgetLine) {
	if in.Plan.Set && in.Plan.V != nil {
		b.PlanCents = *in.Plan.V
	}
	in.Forecast.apply(&b.ForecastCents)
	in.Actual.apply(&b.ActualCents)
}

func budgetDiff(a, b *BudgetLine) (before, after map[string]any) {
	before, after = map[string]any{}, map[string]any{}
	if a.PlanCents != b.PlanCents {
		before["planCents"], after["planCents"] = a.PlanCents, b.PlanCents
	}
	if !eqPtr(a.ForecastCents, b.ForecastCents) {
		before["forecastCents"], after["forecastCents"] = a.ForecastCents, b.ForecastCents
	}
	if !eqPtr(a.ActualCents, b.ActualCents) {
		before["actualCents"], after["actualCents"] = a.ActualCents, b.ActualCents
	}
	return before, after
}

func budgetFields(b *BudgetLine) map[string]any {
	return map[string]any{"productId": b.ProductID, "year": b.Year, "planCents": b.PlanCents,
		"forecastCents": b.ForecastCents, "actualCents": b.ActualCents}
}

// RecordBudgetLine creates or updates the budget line of a product for a
// year, like RecordKPIValue.
func RecordBudgetLine(tx *gorm.DB, actor Actor, may Permit, in BudgetLineInput) (*BudgetLine, error) {
	var p Product
	if err := tx.Take(&p, in.ProductID).Error; err != nil {
		return nil, notFoundOr(err)
	}
	if !may(p.OrgUnitID) {
		return nil, apperr.ErrForbidden
	}
	years, err := RecordableYears(txContext(tx), tx)
	if err != nil {
		return nil, err
	}
	var cur BudgetLine
	err = tx.Where("product_id = ? AND year = ?", p.ID, in.Year).Take(&cur).Error
	exists := err == nil
	if err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, err
	}
	if errs := in.Validate(years, !exists); len(errs) > 0 {
		return nil, errs
	}
	if err := checkVersion(exists, cur.Version, in.ExpectedVersion); err != nil {
		return nil, err
	}
	if !exists {
		b := BudgetLine{ProductID: p.ID, Year: in.Year, Version: 1}
		in.applyTo(&b)
		if err := tx.Create(&b).Error; err != nil {
			if isDuplicate(err) {
				return nil, apperr.ErrConflict
			}
			return nil, err
		}
		return &b, Audit(tx, actor, "BudgetLine", b.ID, "create", nil, budgetFields(&b))
	}
	next := cur
	in.applyTo(&next)
	before, after := budgetDiff(&cur, &next)
	if len(before) == 0 {
		return &cur, nil
	}
	if err := UpdateVersioned(tx, &BudgetLine{}, cur.ID, cur.Version, map[string]any{
		"plan_cents": next.PlanCents, "forecast_cents": next.ForecastCents, "actual_cents": next.ActualCents,
	}); err != nil {
		return nil, err
	}
	next.Version = cur.Version + 1
	return &next, Audit(tx, actor, "BudgetLine", cur.ID, "update", before, after)
}

// MeasureInput records the realised saving of an HSP measure in a year
// and/or the measure's status. ExpectedVersion is the version of the
// year's saving (MeasureSaving), ExpectedMeasureVersion that of the
// measure; each is needed when that part changes. A saving recorded for a
// year without a planned saving is created with a planned saving of 0.
type MeasureInput struct {
	MeasureID              int64
	Year                   *int
	Realised               Change[int64]
	Status                 *MeasureStatus
	ExpectedVersion        *int
	ExpectedMeasureVersion *int
}

// MeasureStatuses lists the statuses of an HSP measure.
var MeasureStatuses = []MeasureStatus{MeasurePlanned, MeasureInProgress, MeasureRealised, MeasureAtRisk, MeasureDropped}

// Validate checks the input on its own.
func (in *MeasureInput) Validate(years YearRange) InputErrors {
	var e InputErrors
	if in.Realised.Set {
		if in.Year == nil {
			e.add("year", "figures.yearRequired", "Bitte das Jahr der Einsparung angeben.", "Give the year of the saving.")
		} else {
			e.checkYear(years, *in.Year)
		}
		e.checkCents("realised", in.Realised, true)
	}
	if in.Status != nil && !containsStatus(*in.Status) {
		e.add("status", "figures.status", "Unbekannter Status.", "Unknown status.")
	}
	if !in.Realised.Set && in.Status == nil {
		e.add("realised", "figures.nothing", "Bitte eine realisierte Einsparung oder einen Status angeben.",
			"Give a realised saving or a status.")
	}
	return e
}

func containsStatus(s MeasureStatus) bool {
	for _, x := range MeasureStatuses {
		if x == s {
			return true
		}
	}
	return false
}

// RecordMeasure records realisation and/or status of a measure in tx with
// one audit event on the measure holding the changed fields (status, and
// year with realised). It returns the measure and, if a year was given,
// that year's saving.
func RecordMeasure(tx *gorm.DB, actor Actor, may Permit, in MeasureInput) (*ConsolidationMeasure, *MeasureSaving, error) {
	var m ConsolidationMeasure
	if err := tx.Take(&m, in.MeasureID).Error; err != nil {
		return nil, nil, notFoundOr(err)
	}
	if !may(m.OrgUnitID) {
		return nil, nil, apperr.ErrForbidden
	}
	years, err := RecordableYears(txContext(tx), tx)
	if err != nil {
		return nil, nil, err
	}
	if errs := in.Validate(years); len(errs) > 0 {
		return nil, nil, errs
	}
	var saving *MeasureSaving
	exists := false
	if in.Year != nil {
		var cur MeasureSaving
		err := tx.Where("measure_id = ? AND year = ?", m.ID, *in.Year).Take(&cur).Error
		if err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
			return nil, nil, err
		}
		if err == nil {
			saving, exists = &cur, true
		}
	}
	if in.Status != nil {
		if in.ExpectedMeasureVersion == nil || *in.ExpectedMeasureVersion != m.Version {
			return nil, nil, apperr.ErrConflict
		}
	}
	if in.Realised.Set {
		cur := 0
		if exists {
			cur = saving.Version
		}
		if err := checkVersion(exists, cur, in.ExpectedVersion); err != nil {
			return nil, nil, err
		}
	}
	before, after := map[string]any{}, map[string]any{}
	if in.Status != nil && *in.Status != m.Status {
		before["status"], after["status"] = m.Status, *in.Status
		if err := UpdateVersioned(tx, &ConsolidationMeasure{}, m.ID, m.Version, map[string]any{"status": *in.Status}); err != nil {
			return nil, nil, err
		}
		m.Status, m.Version = *in.Status, m.Version+1
	}
	if in.Realised.Set {
		switch {
		case !exists:
			s := MeasureSaving{MeasureID: m.ID, Year: *in.Year, RealisedCents: in.Realised.V, Version: 1}
			if err := tx.Create(&s).Error; err != nil {
				if isDuplicate(err) {
					return nil, nil, apperr.ErrConflict
				}
				return nil, nil, err
			}
			saving = &s
			before["year"], after["year"] = s.Year, s.Year
			before["realisedCents"], after["realisedCents"] = nil, s.RealisedCents
			after["plannedCents"] = s.PlannedCents
		case !eqPtr(saving.RealisedCents, in.Realised.V):
			if err := UpdateVersioned(tx, &MeasureSaving{}, saving.ID, saving.Version,
				map[string]any{"realised_cents": in.Realised.V}); err != nil {
				return nil, nil, err
			}
			before["year"], after["year"] = saving.Year, saving.Year
			before["realisedCents"], after["realisedCents"] = saving.RealisedCents, in.Realised.V
			saving.RealisedCents, saving.Version = in.Realised.V, saving.Version+1
		}
	}
	if len(after) == 0 {
		return &m, saving, nil
	}
	return &m, saving, Audit(tx, actor, "ConsolidationMeasure", m.ID, "update", before, after)
}

// ImportCounts says what an import did (or, in a dry run, would do).
type ImportCounts struct {
	Created, Updated, Unchanged int
}

// batchSize is the number of rows per INSERT or UPDATE statement.
const batchSize = 500

// batchCol is one column a batched update sets per row.
type batchCol struct{ name, sqlType string }

// batchRow is one row of a batched update: its id, the version it must
// still have, and one value per column.
type batchRow struct {
	id      int64
	version int
	vals    []any
}

// updateBatch updates many rows in few statements: the new values come as
// a VALUES list joined on id (UPDATE … FROM, PostgreSQL and SQLite ≥ 3.33
// alike), and a row is only touched while it still has the version it was
// read with. CONFLICT if any row changed meanwhile.
func updateBatch(tx *gorm.DB, table string, cols []batchCol, shared map[string]any, rows []batchRow) error {
	sharedCols := make([]string, 0, len(shared))
	for c := range shared {
		sharedCols = append(sharedCols, c)
	}
	sort.Strings(sharedCols)
	var tuple strings.Builder
	tuple.WriteString("(CAST(? AS BIGINT), CAST(? AS INTEGER)")
	for _, c := range cols {
		tuple.WriteString(", CAST(? AS " + c.sqlType + ")")
	}
	tuple.WriteString(")")
	var head strings.Builder
	head.WriteString("WITH zw_v(zw_id, zw_version")
	for i := range cols {
		fmt.Fprintf(&head, ", zw_c%d", i)
	}
	head.WriteString(") AS (VALUES ")
	var tail strings.Builder
	tail.WriteString(") UPDATE " + table + " SET ")
	for i, c := range cols {
		fmt.Fprintf(&tail, "%s = zw_v.zw_c%d, ", c.name, i)
	}
	for _, c := range sharedCols {
		tail.WriteString(c + " = ?, ")
	}
	tail.WriteString("version = " + table + ".version + 1 FROM zw_v WHERE " + table + ".id = zw_v.zw_id AND " +
		table + ".version = zw_v.zw_version")
	for start := 0; start < len(rows); start += batchSize {
		chunk := rows[start:min(start+batchSize, len(rows))]
		var sb strings.Builder
		sb.WriteString(head.String())
		args := make([]any, 0, len(chunk)*(2+len(cols))+len(shared))
		for i, r := range chunk {
			if i > 0 {
				sb.WriteString(", ")
			}
			sb.WriteString(tuple.String())
			args = append(append(args, r.id, r.version), r.vals...)
		}
		sb.WriteString(tail.String())
		for _, c := range sharedCols {
			args = append(args, shared[c])
		}
		res := tx.Exec(sb.String(), args...)
		if res.Error != nil {
			return res.Error
		}
		if res.RowsAffected != int64(len(chunk)) {
			return apperr.ErrConflict
		}
	}
	return nil
}

func nullable[T any](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}

func createBatch[T any](tx *gorm.DB, rows []*T) error {
	if len(rows) == 0 {
		return nil
	}
	if err := tx.CreateInBatches(rows, batchSize).Error; err != nil {
		if isDuplicate(err) {
			return apperr.ErrConflict
		}
		return err
	}
	return nil
}

func createEvents(tx *gorm.DB, events []AuditEvent) error {
	if len(events) == 0 {
		return nil
	}
	return tx.CreateInBatches(events, batchSize).Error
}

var errDuplicateRow = errors.New("import: the same key occurs twice")

// RowsForbidden lists the rows of an import (indexes into its input) that
// would create or change figures the actor may not record. Rows that
// change nothing need no permission, so an exported table with other
// units' figures can be filled in and imported again.
type RowsForbidden struct{ Rows []int }

func (e *RowsForbidden) Error() string {
	return fmt.Sprintf("import: %d rows change figures the actor may not record", len(e.Rows))
}

// RowsStale lists the rows of an import (indexes into its input) that
// would overwrite a value changed since the export the file was made from.
type RowsStale struct{ Rows []int }

func (e *RowsStale) Error() string {
	return fmt.Sprintf("import: %d rows were changed since the export", len(e.Rows))
}

// staleSinceExport is the import's optimistic lock: a row that would
// change a value is stale when the value's version is no longer the one
// exported (or the value was created since). Rows that change nothing are
// never stale, so importing one file twice still changes nothing.
func staleSinceExport(exists bool, current int, exported *int) bool {
	if exported == nil {
		return false
	}
	if !exists {
		return *exported != 0
	}
	return current != *exported
}

// ImportKPIValues upserts KPI values by their key (KPI, year, quarter,
// month) in batches; the rows must be validated and unique by key. may(i)
// says whether the actor may record row i's figures; a row that would
// change anything without it makes the import fail with RowsForbidden
// before anything is written. A field left unset keeps the stored value. Each created or changed
// value gets one audit event (action import.create / import.update);
// unchanged values are not touched, so importing the same file twice
// changes nothing the second time. With write false nothing is written
// and the counts say what would happen.
func ImportKPIValues(tx *gorm.DB, actor Actor, rows []KPIValueInput, may func(row int) bool, write bool) (ImportCounts, error) {
	type key struct {
		kpi     int64
		y, q, m int
	}
	var c ImportCounts
	kpiIDs := make([]int64, len(rows))
	for i := range rows {
		kpiIDs[i] = rows[i].KPIID
	}
	existing, err := FindIn[KPIValue](tx, "kpi_id", kpiIDs)
	if err != nil {
		return c, err
	}
	byKey := make(map[key]*KPIValue, len(existing))
	for _, v := range existing {
		byKey[key{v.KPIID, v.Year, v.Quarter, v.Month}] = v
	}
	now := clock.Now(tx.Statement.Context)
	seen := make(map[key]bool, len(rows))
	var creates []*KPIValue
	var updates []batchRow
	var events []AuditEvent
	var forbidden, stale []int
	for i := range rows {
		in := &rows[i]
		q, m := in.period()
		k := key{in.KPIID, in.Year, q, m}
		if seen[k] {
			return c, errDuplicateRow
		}
		seen[k] = true
		cur, ok := byKey[k]
		if !ok {
			if !may(i) {
				forbidden = append(forbidden, i)
				continue
			}
			if staleSinceExport(false, 0, in.ExportedVersion) {
				stale = append(stale, i)
				continue
			}
			v := &KPIValue{KPIID: in.KPIID, Year: in.Year, Quarter: q, Month: m, RecordedByID: actorRef(actor), RecordedAt: now, Version: 1}
			in.applyTo(v)
			creates = append(creates, v)
			continue
		}
		next := *cur
		in.applyTo(&next)
		before, after := kpiValueDiff(cur, &next)
		if len(before) == 0 {
			c.Unchanged++
			continue
		}
		if !may(i) {
			forbidden = append(forbidden, i)
			continue
		}
		if staleSinceExport(true, cur.Version, in.ExportedVersion) {
			stale = append(stale, i)
			continue
		}
		updates = append(updates, batchRow{cur.ID, cur.Version, []any{nullable(next.Plan), nullable(next.Actual), next.Comment}})
		events = append(events, auditEvent(actor, "KPIValue", cur.ID, "import.update", before, after, now))
	}
	if len(forbidden) > 0 {
		return c, &RowsForbidden{forbidden}
	}
	if len(stale) > 0 {
		return c, &RowsStale{stale}
	}
	c.Created, c.Updated = len(creates), len(updates)
	if !write {
		return c, nil
	}
	if err := createBatch(tx, creates); err != nil {
		return c, err
	}
	for _, v := range creates {
		events = append(events, auditEvent(actor, "KPIValue", v.ID, "import.create", nil, kpiValueFields(v), now))
	}
	if err := updateBatch(tx, "kpi_values",
		[]batchCol{{"plan", "DOUBLE PRECISION"}, {"actual", "DOUBLE PRECISION"}, {"comment", "TEXT"}},
		map[string]any{"recorded_by_id": nullable(actorRef(actor)), "recorded_at": now}, updates); err != nil {
		return c, err
	}
	return c, createEvents(tx, events)
}

// ImportBudgetLines upserts budget lines by (product, year) like
// ImportKPIValues; a new line needs a plan (BudgetLineInput.Validate).
func ImportBudgetLines(tx *gorm.DB, actor Actor, rows []BudgetLineInput, may func(row int) bool, write bool) (ImportCounts, error) {
	type key struct {
		product int64
		year    int
	}
	var c ImportCounts
	ids := make([]int64, len(rows))
	for i := range rows {
		ids[i] = rows[i].ProductID
	}
	existing, err := FindIn[BudgetLine](tx, "product_id", ids)
	if err != nil {
		return c, err
	}
	byKey := make(map[key]*BudgetLine, len(existing))
	for _, b := range existing {
		byKey[key{b.ProductID, b.Year}] = b
	}
	now := clock.Now(tx.Statement.Context)
	seen := make(map[key]bool, len(rows))
	var creates []*BudgetLine
	var updates []batchRow
	var events []AuditEvent
	var forbidden []int
	for i := range rows {
		in := &rows[i]
		k := key{in.ProductID, in.Year}
		if seen[k] {
			return c, errDuplicateRow
		}
		seen[k] = true
		cur, ok := byKey[k]
		if !ok {
			if !may(i) {
				forbidden = append(forbidden, i)
				continue
			}
			if !in.Plan.Set || in.Plan.V == nil {
				return c, fmt.Errorf("import: new budget line without plan")
			}
			b := &BudgetLine{ProductID: in.ProductID, Year: in.Year, Version: 1}
			in.applyTo(b)
			creates = append(creates, b)
			continue
		}
		next := *cur
		in.applyTo(&next)
		before, after := budgetDiff(cur, &next)
		if len(before) == 0 {
			c.Unchanged++
			continue
		}
		if !may(i) {
			forbidden = append(forbidden, i)
			continue
		}
		updates = append(updates, batchRow{cur.ID, cur.Version, []any{next.PlanCents, nullable(next.ForecastCents), nullable(next.ActualCents)}})
		events = append(events, auditEvent(actor, "BudgetLine", cur.ID, "import.update", before, after, now))
	}
	if len(forbidden) > 0 {
		return c, &RowsForbidden{forbidden}
	}
	c.Created, c.Updated = len(creates), len(updates)
	if !write {
		return c, nil
	}
	if err := createBatch(tx, creates); err != nil {
		return c, err
	}
	for _, b := range creates {
		events = append(events, auditEvent(actor, "BudgetLine", b.ID, "import.create", nil, budgetFields(b), now))
	}
	if err := updateBatch(tx, "budget_lines",
		[]batchCol{{"plan_cents", "BIGINT"}, {"forecast_cents", "BIGINT"}, {"actual_cents", "BIGINT"}}, nil, updates); err != nil {
		return c, err
	}
	return c, createEvents(tx, events)
}

// ImportMeasures records realised savings by (measure, year) and measure
// statuses. Every row needs a year; rows of one measure must agree on its
// status. A row counts as created when it creates a saving, as updated
// when it changes a saving or the measure's status; each such row gets one
// audit event on the measure with the changed fields.
func ImportMeasures(tx *gorm.DB, actor Actor, rows []MeasureInput, may func(row int) bool, write bool) (ImportCounts, error) {
	type key struct {
		measure int64
		year    int
	}
	var c ImportCounts
	ids := make([]int64, len(rows))
	for i := range rows {
		ids[i] = rows[i].MeasureID
	}
	measures, err := FindIn[ConsolidationMeasure](tx, "id", ids)
	if err != nil {
		return c, err
	}
	measureByID := make(map[int64]*ConsolidationMeasure, len(measures))
	for _, m := range measures {
		measureByID[m.ID] = m
	}
	existing, err := FindIn[MeasureSaving](tx, "measure_id", ids)
	if err != nil {
		return c, err
	}
	byKey := make(map[key]*MeasureSaving, len(existing))
	for _, s := range existing {
		byKey[key{s.MeasureID, s.Year}] = s
	}
	now := clock.Now(tx.Statement.Context)
	seen := make(map[key]bool, len(rows))
	newStatus := map[int64]MeasureStatus{}
	var statusRows []batchRow
	var creates []*MeasureSaving
	var updates []batchRow
	var events []AuditEvent
	var forbidden []int
	for i := range rows {
		in := &rows[i]
		m := measureByID[in.MeasureID]
		if m == nil || in.Year == nil {
			return c, fmt.Errorf("import: unknown measure %d or no year", in.MeasureID)
		}
		k := key{in.MeasureID, *in.Year}
		if seen[k] {
			return c, errDuplicateRow
		}
		seen[k] = true
		before, after := map[string]any{}, map[string]any{}
		if in.Status != nil {
			if s, done := newStatus[m.ID]; done {
				if s != *in.Status {
					return c, fmt.Errorf("import: contradicting statuses of measure %d", m.ID)
				}
			} else if *in.Status != m.Status {
				newStatus[m.ID] = *in.Status
				before["status"], after["status"] = m.Status, *in.Status
				statusRows = append(statusRows, batchRow{m.ID, m.Version, []any{string(*in.Status)}})
			}
		}
		created := false
		if in.Realised.Set {
			cur, ok := byKey[k]
			switch {
			case !ok:
				s := &MeasureSaving{MeasureID: m.ID, Year: *in.Year, RealisedCents: in.Realised.V, Version: 1}
				creates = append(creates, s)
				created = true
				before["year"], after["year"] = s.Year, s.Year
				before["realisedCents"], after["realisedCents"] = nil, s.RealisedCents
				after["plannedCents"] = int64(0)
			case !eqPtr(cur.RealisedCents, in.Realised.V):
				updates = append(updates, batchRow{cur.ID, cur.Version, []any{nullable(in.Realised.V)}})
				before["year"], after["year"] = cur.Year, cur.Year
				before["realisedCents"], after["realisedCents"] = cur.RealisedCents, in.Realised.V
			}
		}
		switch {
		case len(after) == 0:
			c.Unchanged++
			continue
		case !may(i):
			forbidden = append(forbidden, i)
			continue
		case created:
			c.Created++
		default:
			c.Updated++
		}
		events = append(events, auditEvent(actor, "ConsolidationMeasure", m.ID, "import.update", before, after, now))
	}
	if len(forbidden) > 0 {
		return c, &RowsForbidden{forbidden}
	}
	if !write {
		return c, nil
	}
	if err := createBatch(tx, creates); err != nil {
		return c, err
	}
	if err := updateBatch(tx, "measure_savings", []batchCol{{"realised_cents", "BIGINT"}}, nil, updates); err != nil {
		return c, err
	}
	if err := updateBatch(tx, "consolidation_measures", []batchCol{{"status", "TEXT"}}, nil, statusRows); err != nil {
		return c, err
	}
	return c, createEvents(tx, events)
}
