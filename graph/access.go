package graph

import (
	"context"

	"zielwerk/access"
	"zielwerk/apperr"
	"zielwerk/db"
)

// level asks the access policy what the viewer may read of an agreement.
func (r *Resolver) level(ctx context.Context, a *db.Agreement) (access.Level, error) {
	v, err := loadersFrom(ctx).Viewer(ctx)
	if err != nil {
		return access.None, err
	}
	return v.AgreementLevel(a), nil
}

// require fails with FORBIDDEN unless the viewer may read a at level need.
func (r *Resolver) require(ctx context.Context, a *db.Agreement, need access.Level) error {
	level, err := r.level(ctx, a)
	if err != nil {
		return err
	}
	if level < need {
		return apperr.ErrForbidden
	}
	return nil
}

// requireByID is require for objects that know only their agreement's id;
// the agreement is loaded through the visibility rule.
func (r *Resolver) requireByID(ctx context.Context, agreementID int64, need access.Level) error {
	a, err := load(ctx, loadersFrom(ctx).Agreement, &agreementID)
	if err != nil {
		return err
	}
	return r.require(ctx, a, need)
}
