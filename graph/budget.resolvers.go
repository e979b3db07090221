package graph

import (
	"context"
	"zielwerk/apperr"
	"zielwerk/db"
	"zielwerk/graph/generated"
	"zielwerk/graph/model"
)

func (r *budgetLineResolver) Deviation(ctx context.Context, obj *db.BudgetLine) (*int64, error) {
	base := obj.ActualCents
	if base == nil {
		base = obj.ForecastCents
	}
	if base == nil {
		return nil, nil
	}
	d := *base - obj.PlanCents
	return &d, nil
}

func (r *consolidationMeasureResolver) OrgUnit(ctx context.Context, obj *db.ConsolidationMeasure) (*db.OrgUnit, error) {
	return load(ctx, loadersFrom(ctx).OrgUnit, &obj.OrgUnitID)
}

func (r *consolidationMeasureResolver) Programme(ctx context.Context, obj *db.ConsolidationMeasure) (*db.ConsolidationProgramme, error) {
	return load(ctx, loadersFrom(ctx).Programme, &obj.ProgrammeID)
}

func (r *consolidationMeasureResolver) Savings(ctx context.Context, obj *db.ConsolidationMeasure, fromYear int, toYear int) ([]*db.MeasureSaving, error) {
	k, err := yearRange(fromYear, toYear)
	if err != nil {
		return nil, err
	}
	k.Parent = obj.ID
	s, err := loadersFrom(ctx).Savings.Load(ctx, k)
	return nonNil(s), err
}

func (r *consolidationProgrammeResolver) Measures(ctx context.Context, obj *db.ConsolidationProgramme, first *int, after *string) (*model.ConsolidationMeasureConnection, error) {
	p, err := loadPage(ctx, loadersFrom(ctx).MeasuresByProgr, obj.ID, first, after, 0)
	return measureConnection(p), err
}

func (r *measureSavingResolver) RealisationRate(ctx context.Context, obj *db.MeasureSaving) (*float64, error) {
	if obj.RealisedCents == nil || obj.PlannedCents == 0 {
		return nil, nil
	}
	rate := float64(*obj.RealisedCents) / float64(obj.PlannedCents)
	return &rate, nil
}

func (r *productResolver) Group(ctx context.Context, obj *db.Product) (*db.ProductGroup, error) {
	return load(ctx, loadersFrom(ctx).ProductGroup, &obj.GroupID)
}

func (r *productResolver) OrgUnit(ctx context.Context, obj *db.Product) (*db.OrgUnit, error) {
	return load(ctx, loadersFrom(ctx).OrgUnit, &obj.OrgUnitID)
}

func (r *productResolver) BudgetLines(ctx context.Context, obj *db.Product, fromYear int, toYear int) ([]*db.BudgetLine, error) {
	k, err := yearRange(fromYear, toYear)
	if err != nil {
		return nil, err
	}
	k.Parent = obj.ID
	b, err := loadersFrom(ctx).BudgetLines.Load(ctx, k)
	return nonNil(b), err
}

func (r *productResolver) Kpis(ctx context.Context, obj *db.Product, first *int, after *string) (*model.KPIConnection, error) {
	p, err := loadPage(ctx, loadersFrom(ctx).KPIsByProduct, obj.ID, first, after, 0)
	return kpiConnection(p), err
}

func (r *productGroupResolver) Area(ctx context.Context, obj *db.ProductGroup) (*db.ProductArea, error) {
	return load(ctx, loadersFrom(ctx).ProductArea, &obj.AreaID)
}

func (r *queryResolver) Products(ctx context.Context, area *int, first *int, after *string) (*model.ProductConnection, error) {
	limit, afterID, err := model.PageArgs(first, after)
	if err != nil {
		return nil, err
	}
	n := 0
	if area != nil {
		if *area < 1 || *area > 17 {
			return nil, apperr.BadInput("area", "product.area", "Produktbereiche sind von 1 bis 17 nummeriert.",
				"Product areas are numbered 1 to 17.")
		}
		n = *area
	}
	p, err := viewerFrom(ctx).Products(ctx, n, limit, afterID)
	return productConnection(p), err
}

func (r *queryResolver) ConsolidationProgrammes(ctx context.Context) ([]*db.ConsolidationProgramme, error) {
	ps, err := viewerFrom(ctx).ConsolidationProgrammes(ctx)
	return nonNil(ps), err
}

func (r *queryResolver) ConsolidationMeasures(ctx context.Context, status *db.MeasureStatus, first *int, after *string) (*model.ConsolidationMeasureConnection, error) {
	limit, afterID, err := model.PageArgs(first, after)
	if err != nil {
		return nil, err
	}
	p, err := viewerFrom(ctx).ConsolidationMeasures(ctx, status, limit, afterID)
	return measureConnection(p), err
}

func (r *queryResolver) MeasureShortfalls(ctx context.Context, year int, first *int) ([]*model.MeasureShortfall, error) {
	limit, _, err := model.PageArgs(first, nil)
	if err != nil {
		return nil, err
	}
	if err := r.checkYear(ctx, year); err != nil {
		return nil, err
	}
	rows, err := viewerFrom(ctx).MeasureShortfalls(ctx, year, limit)
	out := make([]*model.MeasureShortfall, len(rows))
	for i, x := range rows {
		out[i] = &model.MeasureShortfall{Measure: x.Measure, Planned: x.PlannedCents, Realised: x.RealisedCents, Shortfall: x.ShortfallCents}
	}
	return out, err
}

func (r *Resolver) BudgetLine() generated.BudgetLineResolver { return &budgetLineResolver{r} }

func (r *Resolver) ConsolidationMeasure() generated.ConsolidationMeasureResolver {
	return &consolidationMeasureResolver{r}
}

func (r *Resolver) ConsolidationProgramme() generated.ConsolidationProgrammeResolver {
	return &consolidationProgrammeResolver{r}
}

func (r *Resolver) MeasureSaving() generated.MeasureSavingResolver { return &measureSavingResolver{r} }

func (r *Resolver) Product() generated.ProductResolver { return &productResolver{r} }

func (r *Resolver) ProductGroup() generated.ProductGroupResolver { return &productGroupResolver{r} }

type (
	budgetLineResolver             struct{ *Resolver }
	consolidationMeasureResolver   struct{ *Resolver }
	consolidationProgrammeResolver struct{ *Resolver }
	measureSavingResolver          struct{ *Resolver }
	productResolver                struct{ *Resolver }
	productGroupResolver           struct{ *Resolver }
)
