package graph

import (
	"context"
	"zielwerk/db"
	"zielwerk/graph/generated"
	"zielwerk/graph/model"
	"zielwerk/store"
)

func (r *kPIResolver) Goal(ctx context.Context, obj *db.KPI) (*db.Goal, error) {
	return load(ctx, loadersFrom(ctx).Goal, obj.GoalID)
}

func (r *kPIResolver) Product(ctx context.Context, obj *db.KPI) (*db.Product, error) {
	return load(ctx, loadersFrom(ctx).Product, obj.ProductID)
}

func (r *kPIResolver) Values(ctx context.Context, obj *db.KPI, fromYear int, toYear int) ([]*db.KPIValue, error) {
	k, err := yearRange(fromYear, toYear)
	if err != nil {
		return nil, err
	}
	k.Parent = obj.ID
	v, err := loadersFrom(ctx).KPIValues.Load(ctx, k)
	return nonNil(v), err
}

func (r *kPIResolver) Achievement(ctx context.Context, obj *db.KPI, year int) (*db.Achievement, error) {
	return r.achievement(ctx, loadersFrom(ctx).KPIAchievement, obj.ID, year)
}

func (r *kPIValueResolver) Achievement(ctx context.Context, obj *db.KPIValue) (*db.Achievement, error) {
	kpi, err := load(ctx, loadersFrom(ctx).KPI, &obj.KPIID)
	if err != nil || kpi == nil {
		return &db.Achievement{Light: db.NoData, NoData: 1}, err
	}
	a := db.KPIAchievement(kpi, obj.Plan, obj.Actual)
	return &a, nil
}

func (r *queryResolver) Kpis(ctx context.Context, year *int, light *db.TrafficLight, orgUnit *string, goal *string, overdue *bool, first *int, after *string) (*model.KPIConnection, error) {
	limit, afterID, err := model.PageArgs(first, after)
	if err != nil {
		return nil, err
	}
	f := store.KPIFilter{Year: day(ctx, nil).Year(), Light: light, Overdue: overdue != nil && *overdue}
	if year != nil {
		if err := r.checkYear(ctx, *year); err != nil {
			return nil, err
		}
		f.Year = *year
	}
	err = ids(
		func() (err error) { f.OrgUnitID, err = optionalIDValue("OrgUnit", "orgUnit", orgUnit); return },
		func() (err error) { f.GoalID, err = optionalIDValue("Goal", "goal", goal); return })
	if err != nil {
		return nil, err
	}
	p, err := viewerFrom(ctx).KPIs(ctx, f, limit, afterID)
	return kpiConnection(p), err
}

func (r *Resolver) KPI() generated.KPIResolver { return &kPIResolver{r} }

func (r *Resolver) KPIValue() generated.KPIValueResolver { return &kPIValueResolver{r} }

type (
	kPIResolver      struct{ *Resolver }
	kPIValueResolver struct{ *Resolver }
)
