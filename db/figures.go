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
	"math"
	"strings"

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
