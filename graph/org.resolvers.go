package graph

import (
	"context"
	"time"
	"zielwerk/db"
	"zielwerk/graph/generated"
	"zielwerk/graph/model"
)

func (r *orgUnitResolver) Parent(ctx context.Context, obj *db.OrgUnit) (*db.OrgUnit, error) {
	return load(ctx, loadersFrom(ctx).OrgUnit, obj.ParentID)
}

func (r *orgUnitResolver) Children(ctx context.Context, obj *db.OrgUnit, asOf *time.Time) ([]*db.OrgUnit, error) {
	units, err := loadersFrom(ctx).OrgUnitChildren.Load(ctx, listKey{Parent: obj.ID, Day: treeDay(ctx, asOf).Format(time.DateOnly)})
	return nonNil(units), err
}

func (r *orgUnitResolver) Leader(ctx context.Context, obj *db.OrgUnit) (*db.Person, error) {
	return load(ctx, loadersFrom(ctx).Person, obj.LeaderID)
}

func (r *orgUnitResolver) Products(ctx context.Context, obj *db.OrgUnit, first *int, after *string) (*model.ProductConnection, error) {
	p, err := loadPage(ctx, loadersFrom(ctx).ProductsByOrgUnit, obj.ID, first, after, 0)
	return productConnection(p), err
}

func (r *orgUnitResolver) Goals(ctx context.Context, obj *db.OrgUnit, year *int, first *int, after *string) (*model.GoalConnection, error) {
	y, err := r.optionalYear(ctx, year)
	if err != nil {
		return nil, err
	}
	p, err := loadPage(ctx, loadersFrom(ctx).GoalsByOrgUnit, obj.ID, first, after, y)
	return goalConnection(p), err
}

func (r *orgUnitResolver) ConsolidationMeasures(ctx context.Context, obj *db.OrgUnit, first *int, after *string) (*model.ConsolidationMeasureConnection, error) {
	p, err := loadPage(ctx, loadersFrom(ctx).MeasuresByOrgUnit, obj.ID, first, after, 0)
	return measureConnection(p), err
}

func (r *queryResolver) OrgTree(ctx context.Context, asOf *time.Time) ([]*db.OrgUnit, error) {
	roots, err := viewerFrom(ctx).OrgRoots(ctx, day(ctx, asOf))
	return nonNil(roots), err
}

func (r *queryResolver) OrgUnits(ctx context.Context, kind *db.OrgUnitKind, asOf *time.Time, first *int, after *string) (*model.OrgUnitConnection, error) {
	limit, afterID, err := model.PageArgs(first, after)
	if err != nil {
		return nil, err
	}
	p, err := viewerFrom(ctx).OrgUnits(ctx, kind, day(ctx, asOf), limit, afterID)
	return orgUnitConnection(p), err
}

func (r *Resolver) OrgUnit() generated.OrgUnitResolver { return &orgUnitResolver{r} }

func (r *Resolver) Person() generated.PersonResolver { return &personResolver{r} }

type (
	orgUnitResolver struct{ *Resolver }
	personResolver  struct{ *Resolver }
)
