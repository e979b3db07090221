package graph

import (
	"context"
	"zielwerk/access"
	"zielwerk/apperr"
	"zielwerk/db"
	"zielwerk/graph/generated"
	"zielwerk/graph/model"
	"zielwerk/identity"
)

func (r *meResolver) Person(ctx context.Context, obj *access.Viewer) (*db.Person, error) {
	p, err := load(ctx, loadersFrom(ctx).Person, &obj.PersonID)
	if err == nil && p == nil {
		return nil, apperr.ErrNotRegistered
	}
	return p, err
}

func (r *meResolver) Roles(ctx context.Context, obj *access.Viewer) ([]model.Role, error) {
	roles := []model.Role{}
	for _, role := range obj.Roles {
		roles = append(roles, model.Role(role))
	}
	return roles, nil
}

func (r *meResolver) LedUnits(ctx context.Context, obj *access.Viewer) ([]*db.OrgUnit, error) {
	units, err := loadersFrom(ctx).OrgUnit.LoadAll(ctx, obj.LedUnits)
	return nonNil(units), err
}

func (r *meResolver) ViewerCanSeeStatusOverview(ctx context.Context, obj *access.Viewer) (bool, error) {
	return obj.CanSeeStatusOverview(), nil
}

func (r *meResolver) ViewerCanReviewDezernatAgreements(ctx context.Context, obj *access.Viewer) (bool, error) {
	return obj.CanReviewDezernatAgreements(), nil
}

func (r *meResolver) ViewerCanRecordFigures(ctx context.Context, obj *access.Viewer) (bool, error) {
	return obj.CanRecordSomeFigures(), nil
}

func (r *meResolver) ViewerCanSeePayResults(ctx context.Context, obj *access.Viewer) (bool, error) {
	return obj.CanSeePayResults(), nil
}

func (r *meResolver) ViewerCanAdminister(ctx context.Context, obj *access.Viewer) (bool, error) {
	return obj.Has(identity.RoleAdmin), nil
}

func (r *queryResolver) Me(ctx context.Context) (*access.Viewer, error) {
	return policy(ctx)
}

func (r *Resolver) Me() generated.MeResolver { return &meResolver{r} }

type meResolver struct{ *Resolver }
