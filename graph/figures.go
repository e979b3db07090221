package graph

import (
	"errors"

	"github.com/99designs/gqlgen/graphql"

	"zielwerk/db"
	"zielwerk/graph/model"
	"zielwerk/store"
)

// Helpers of the figure mutations (figures.resolvers.go).

// change maps an omittable input field to a db.Change: left out keeps the
// stored value, null clears it.
func change[T any](o graphql.Omittable[*T]) db.Change[T] {
	v, set := o.ValueOK()
	if !set {
		return db.Change[T]{}
	}
	return db.Change[T]{Set: true, V: v}
}

// figureUserErrors turns db.InputErrors (every problem of the input) or a
// single BAD_USER_INPUT error into userErrors; anything else stays an error.
func figureUserErrors(err error) ([]*model.UserError, error) {
	var errs db.InputErrors
	if !errors.As(err, &errs) {
		return userErrors(err)
	}
	out := make([]*model.UserError, 0, len(errs))
	for _, e := range errs {
		ues, _ := userErrors(e)
		out = append(out, ues...)
	}
	return out, nil
}

func kpiValuePayload(v *db.KPIValue, err error) (*model.KPIValuePayload, error) {
	ues, err := figureUserErrors(err)
	if err != nil {
		return nil, err
	}
	if len(ues) > 0 {
		v = nil
	}
	return &model.KPIValuePayload{KpiValue: v, UserErrors: ues}, nil
}

func budgetLinePayload(b *db.BudgetLine, err error) (*model.BudgetLinePayload, error) {
	ues, err := figureUserErrors(err)
	if err != nil {
		return nil, err
	}
	if len(ues) > 0 {
		b = nil
	}
	return &model.BudgetLinePayload{BudgetLine: b, UserErrors: ues}, nil
}

func measurePayload(m *db.ConsolidationMeasure, s *db.MeasureSaving, err error) (*model.ConsolidationMeasurePayload, error) {
	ues, err := figureUserErrors(err)
	if err != nil {
		return nil, err
	}
	if len(ues) > 0 {
		m, s = nil, nil
	}
	return &model.ConsolidationMeasurePayload{Measure: m, Saving: s, UserErrors: ues}, nil
}

// correction is the closed-year correction a figure input asks for (none
// without a reason).
func correction(year int, reason *string) store.Correction {
	if reason == nil {
		return store.Correction{}
	}
	return store.Correction{Year: year, Reason: *reason}
}

func deref(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}
