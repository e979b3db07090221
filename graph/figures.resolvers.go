package graph

import (
	"context"
	"zielwerk/db"
	"zielwerk/graph/model"
)

func (r *mutationResolver) KpiValueRecord(ctx context.Context, input model.KPIValueRecordInput) (*model.KPIValuePayload, error) {
	id, err := requiredID("KPI", "kpiId", input.KpiID)
	if err != nil {
		return kpiValuePayload(nil, err)
	}
	in := db.KPIValueInput{KPIID: id, Year: input.Year, Quarter: input.Quarter, Month: input.Month,
		Plan: change(input.Plan), Actual: change(input.Actual), Comment: change(input.Comment),
		ExpectedVersion: input.ExpectedVersion}
	return kpiValuePayload(viewerFrom(ctx).RecordKPIValue(ctx, in, correction(input.Year, input.CorrectionReason)))
}

func (r *mutationResolver) BudgetLineRecord(ctx context.Context, input model.BudgetLineRecordInput) (*model.BudgetLinePayload, error) {
	id, err := requiredID("Product", "productId", input.ProductID)
	if err != nil {
		return budgetLinePayload(nil, err)
	}
	in := db.BudgetLineInput{ProductID: id, Year: input.Year, Plan: change(input.Plan),
		Forecast: change(input.Forecast), Actual: change(input.Actual), ExpectedVersion: input.ExpectedVersion}
	return budgetLinePayload(viewerFrom(ctx).RecordBudgetLine(ctx, in, correction(input.Year, input.CorrectionReason)))
}

func (r *mutationResolver) ConsolidationMeasureRecord(ctx context.Context, input model.ConsolidationMeasureRecordInput) (*model.ConsolidationMeasurePayload, error) {
	id, err := requiredID("ConsolidationMeasure", "measureId", input.MeasureID)
	if err != nil {
		return measurePayload(nil, nil, err)
	}
	in := db.MeasureInput{MeasureID: id, Year: input.Year, Realised: change(input.Realised), Status: input.Status,
		ExpectedVersion: input.ExpectedVersion, ExpectedMeasureVersion: input.ExpectedMeasureVersion}
	return measurePayload(viewerFrom(ctx).RecordMeasure(ctx, in, correction(deref(input.Year), input.CorrectionReason)))
}

func (r *mutationResolver) FiscalYearOpen(ctx context.Context, year int, copyAgreements *bool) (*model.FiscalYearPayload, error) {
	o, ues, err := payloadOf(viewerFrom(ctx).OpenYear(ctx, year, copyAgreements != nil && *copyAgreements))
	out := &model.FiscalYearPayload{UserErrors: ues}
	if o != nil {
		out.FiscalYear, out.CopiedAgreements, out.SkippedAgreements = o.Year, o.Copied, o.Skipped
	}
	return out, err
}

func (r *mutationResolver) FiscalYearClose(ctx context.Context, year int) (*model.FiscalYearPayload, error) {
	y, ues, err := payloadOf(viewerFrom(ctx).CloseYear(ctx, year))
	return &model.FiscalYearPayload{FiscalYear: y, UserErrors: ues}, err
}

func (r *queryResolver) FiscalYearStatus(ctx context.Context) ([]*db.FiscalYear, error) {
	years, err := viewerFrom(ctx).FiscalYearList(ctx)
	return nonNil(years), err
}
