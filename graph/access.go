package graph

import (
	"cmp"
	"context"
	"slices"

	"zielwerk/access"
	"zielwerk/apperr"
	"zielwerk/db"
	"zielwerk/graph/model"
	"zielwerk/store"
)

// level asks the access policy what the viewer may read of an agreement.
func (r *Resolver) level(ctx context.Context, a *db.Agreement) (access.Level, error) {
	v, err := policy(ctx)
	if err != nil {
		return access.None, err
	}
	return v.AgreementLevel(a), nil
}

// require fails with FORBIDDEN unless the viewer may read a at level need.
func (r *Resolver) require(ctx context.Context, a *db.Agreement, need access.Level) error {
	level, err := r.level(ctx, a)
	return atLeast(level, need, err)
}

// atLeast is FORBIDDEN below need (err, if the level could not be told).
func atLeast(level, need access.Level, err error) error {
	if err == nil && level < need {
		return apperr.ErrForbidden
	}
	return err
}

// requireByID is require for objects that know only their agreement's id;
// the agreement is loaded through the visibility rule.
func (r *Resolver) requireByID(ctx context.Context, agreementID int64, need access.Level) error {
	level, err := r.levelByID(ctx, agreementID)
	return atLeast(level, need, err)
}

// can reports whether the viewer may take a lifecycle action now.
func (r *Resolver) can(ctx context.Context, a *db.Agreement, action db.Action) (bool, error) {
	v, err := policy(ctx)
	if err != nil || v == nil {
		return false, err
	}
	if a, err = viewerFrom(ctx).WithCase(ctx, a); err != nil {
		return false, err
	}
	return v.MayChange(action, a) == nil, nil
}

func (r *Resolver) auditTrail(ctx context.Context, entity string, id int64, first *int, after *string) (*model.AuditEventConnection, error) {
	limit, before, err := model.PageArgs(first, after)
	if err != nil {
		return nil, err
	}
	p, err := viewerFrom(ctx).AuditTrail(ctx, entity, id, limit, before)
	edges, info := edgesOf(p, func(n *db.AuditEvent, c string) *model.AuditEventEdge {
		return &model.AuditEventEdge{Node: n, Cursor: c}
	})
	return &model.AuditEventConnection{Nodes: nonNil(p.Items), Edges: edges, PageInfo: info, TotalCount: p.Total}, err
}

// personAgreementsEitherSide lists, as far as the viewer may see them, the
// agreements a person is principal or agent of: the two batched loaders'
// pages (same cursor and year) merged by id, so a list of people costs
// the same statements as one person. A person is never both parties of
// one agreement (a check constraint), so the totals add up.
func (r *Resolver) personAgreementsEitherSide(ctx context.Context, personID int64, year int, first *int, after *string) (*model.AgreementConnection, error) {
	limit, _, err := model.PageArgs(first, after)
	if err != nil {
		return nil, err
	}
	l := loadersFrom(ctx)
	asPrincipal, err := loadPage(ctx, l.AgreementsByPrincipal, personID, first, after, year)
	if err != nil {
		return nil, err
	}
	asAgent, err := loadPage(ctx, l.AgreementsByAgent, personID, first, after, year)
	if err != nil {
		return nil, err
	}
	items := append(append([]*db.Agreement{}, asPrincipal.Items...), asAgent.Items...)
	slices.SortFunc(items, func(x, y *db.Agreement) int { return cmp.Compare(x.ID, y.ID) })
	items = slices.CompactFunc(items, func(x, y *db.Agreement) bool { return x.ID == y.ID })
	p := db.Page[db.Agreement]{Total: asPrincipal.Total + asAgent.Total,
		HasNext: len(items) > limit || asPrincipal.HasNext || asAgent.HasNext}
	p.Items = items[:min(len(items), limit)]
	return agreementConnection(p), nil
}

// side maps the schema's agreement role to the store's side.
func side(role *model.AgreementRole) store.Side {
	switch {
	case role == nil:
		return store.EitherSide
	case *role == model.AgreementRolePrincipal:
		return store.AsPrincipal
	case *role == model.AgreementRoleAgent:
		return store.AsAgent
	}
	return store.EitherSide
}

// levelByID is level for objects that know only their agreement's id
// (None when the viewer may not see it).
func (r *Resolver) levelByID(ctx context.Context, agreementID int64) (access.Level, error) {
	a, err := load(ctx, loadersFrom(ctx).Agreement, &agreementID)
	if err != nil || a == nil {
		return access.None, err
	}
	return r.level(ctx, a)
}
