package db

import (
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"

	"zielwerk/apperr"
)

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

// ImportBudgetLines upserts budget lines by (product, year) like
// ImportKPIValues; a new line needs a plan (BudgetLineInput.Validate).
func ImportBudgetLines(tx *gorm.DB, actor Actor, rows []BudgetLineInput, may func(row int) bool, write bool) (ImportCounts, error) {
	ids := make([]int64, len(rows))
	for i := range rows {
		ids[i] = rows[i].ProductID
	}
	existing, err := FindIn[BudgetLine](tx, "product_id", ids)
	if err != nil {
		return ImportCounts{}, err
	}
	return budgetLineUpsert.run(tx, actor, existing, rows, may, write)
}

type budgetLineKey struct {
	product int64
	year    int
}

var budgetLineUpsert = upsert[BudgetLineInput, BudgetLine, budgetLineKey]{
	entity: "BudgetLine", table: "budget_lines",
	cols:   []batchCol{{"plan_cents", "BIGINT"}, {"forecast_cents", "BIGINT"}, {"actual_cents", "BIGINT"}},
	inKey:  func(in *BudgetLineInput) budgetLineKey { return budgetLineKey{in.ProductID, in.Year} },
	rowKey: func(b *BudgetLine) budgetLineKey { return budgetLineKey{b.ProductID, b.Year} },
	create: func(in *BudgetLineInput, _ time.Time) (*BudgetLine, error) {
		if !in.Plan.Set || in.Plan.V == nil {
			return nil, fmt.Errorf("import: new budget line without plan")
		}
		b := &BudgetLine{ProductID: in.ProductID, Year: in.Year, Version: 1}
		in.applyTo(b)
		return b, nil
	},
	apply:  func(in *BudgetLineInput, b *BudgetLine) { in.applyTo(b) },
	diff:   budgetDiff,
	fields: budgetFields,
	vals: func(b *BudgetLine) []any {
		return []any{b.PlanCents, nullable(b.ForecastCents), nullable(b.ActualCents)}
	},
	id: func(b *BudgetLine) (int64, int) { return b.ID, b.Version },
}
