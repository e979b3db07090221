package graph

import (
	"cmp"
	"context"
	"slices"

	"gorm.io/gorm"

	"zielwerk/access"
	"zielwerk/apperr"
	"zielwerk/db"
	"zielwerk/graph/model"
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

// can reports whether the viewer may take a lifecycle action now.
func (r *Resolver) can(ctx context.Context, a *db.Agreement, action db.Action) (bool, error) {
	v, err := loadersFrom(ctx).Viewer(ctx)
	if err != nil || v == nil {
		return false, err
	}
	return v.MayChange(action, a) == nil, nil
}

// owningUnit is the unit whose leader owns a KPI, product or measure.
func (r *Resolver) owningUnit(ctx context.Context, typ string, id int64) (int64, error) {
	l := loadersFrom(ctx)
	switch typ {
	case "Product":
		if p, err := load(ctx, l.Product, &id); err != nil || p != nil {
			return orZero(p, func(p *db.Product) int64 { return p.OrgUnitID }), err
		}
	case "ConsolidationMeasure":
		if m, err := load(ctx, l.Measure, &id); err != nil || m != nil {
			return orZero(m, func(m *db.ConsolidationMeasure) int64 { return m.OrgUnitID }), err
		}
	case "KPI":
		k, err := load(ctx, l.KPI, &id)
		if err != nil || k == nil {
			break
		}
		if k.ProductID != nil {
			return r.owningUnit(ctx, "Product", *k.ProductID)
		}
		if g, err := load(ctx, l.Goal, k.GoalID); err != nil || g != nil {
			return orZero(g, func(g *db.Goal) int64 { return g.OrgUnitID }), err
		}
	}
	return 0, apperr.ErrNotFound
}

func orZero[T any](v *T, f func(*T) int64) int64 {
	if v == nil {
		return 0
	}
	return f(v)
}

func (r *Resolver) auditTrail(ctx context.Context, entity string, id int64, first *int, after *string) (*model.AuditEventConnection, error) {
	limit, before, err := model.PageArgs(first, after)
	if err != nil {
		return nil, err
	}
	p, err := db.AuditTrail(ctx, r.DB, entity, id, limit, before)
	edges, info := edgesOf(p, func(n *db.AuditEvent, c string) *model.AuditEventEdge {
		return &model.AuditEventEdge{Node: n, Cursor: c}
	})
	return &model.AuditEventConnection{Nodes: nonNil(p.Items), Edges: edges, PageInfo: info, TotalCount: p.Total}, err
}

func (r *Resolver) points() db.PointScale {
	if r.Points != nil {
		return r.Points
	}
	return db.DefaultPointScale
}

// agreementArgs are the filters of the agreements list.
type agreementArgs struct {
	Year      int // 0: every year
	Status    *db.AgreementStatus
	Role      *model.AgreementRole // PRINCIPAL or AGENT: the viewer's side
	OrgUnitID int64
}

// agreementFilter is the viewer's visibility rule narrowed by the list's
// filters; the graph's list and the hot view share it.
func agreementFilter(v *access.Viewer, a agreementArgs) db.Scope {
	return func(q *gorm.DB) *gorm.DB {
		q = v.VisibleAgreements()(q)
		if a.Year != 0 {
			q = q.Where("year = ?", a.Year)
		}
		if a.Status != nil {
			q = q.Where("status = ?", *a.Status)
		}
		if a.Role != nil && *a.Role == model.AgreementRolePrincipal {
			q = q.Where("principal_id = ?", v.PersonID)
		}
		if a.Role != nil && *a.Role == model.AgreementRoleAgent {
			q = q.Where("agent_id = ?", v.PersonID)
		}
		if a.OrgUnitID != 0 {
			q = q.Where("org_unit_id = ?", a.OrgUnitID)
		}
		return q
	}
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
