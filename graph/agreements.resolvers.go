package graph

import (
	"context"
	"zielwerk/access"
	"zielwerk/db"
	"zielwerk/graph/generated"
	"zielwerk/graph/model"
	"zielwerk/store"
)

func (r *agreementResolver) OrgUnit(ctx context.Context, obj *db.Agreement) (*db.OrgUnit, error) {
	return load(ctx, loadersFrom(ctx).OrgUnit, &obj.OrgUnitID)
}

func (r *agreementResolver) Principal(ctx context.Context, obj *db.Agreement) (*db.Person, error) {
	return load(ctx, loadersFrom(ctx).Person, &obj.PrincipalID)
}

func (r *agreementResolver) Agent(ctx context.Context, obj *db.Agreement) (*db.Person, error) {
	return load(ctx, loadersFrom(ctx).Person, &obj.AgentID)
}

func (r *agreementResolver) ViewerAccess(ctx context.Context, obj *db.Agreement) (model.AgreementAccess, error) {
	level, err := r.level(ctx, obj)
	return model.AgreementAccess(level.String()), err
}

func (r *agreementResolver) PayRule(ctx context.Context, obj *db.Agreement) (*db.PayRule, error) {
	if err := r.require(ctx, obj, access.PayResult); err != nil {
		return nil, err
	}
	return &obj.PayRule, nil
}

func (r *agreementResolver) ReturnReason(ctx context.Context, obj *db.Agreement) (*string, error) {
	if err := r.require(ctx, obj, access.Content); err != nil {
		return nil, err
	}
	return &obj.ReturnReason, nil
}

func (r *agreementResolver) Items(ctx context.Context, obj *db.Agreement) ([]*db.AgreementItem, error) {
	if err := r.require(ctx, obj, access.Content); err != nil {
		return nil, err
	}
	items, err := loadersFrom(ctx).ItemsByAgreement.Load(ctx, listKey{Parent: obj.ID})
	return nonNil(items), err
}

func (r *agreementResolver) Reviews(ctx context.Context, obj *db.Agreement) ([]*db.Review, error) {
	if err := r.require(ctx, obj, access.Content); err != nil {
		return nil, err
	}
	reviews, err := loadersFrom(ctx).ReviewsByAgreement.Load(ctx, listKey{Parent: obj.ID})
	return nonNil(reviews), err
}

func (r *agreementResolver) Assessment(ctx context.Context, obj *db.Agreement) (*db.Assessment, error) {
	if err := r.require(ctx, obj, access.PayResult); err != nil {
		return nil, err
	}
	a, err := loadersFrom(ctx).AssessmentByAgreement.Load(ctx, listKey{Parent: obj.ID})
	if err != nil || len(a) == 0 {
		return nil, err
	}
	rounded := *a[0] // the loader's copy is shared within the request
	rounded.TotalDegree = db.RoundDegree(rounded.TotalDegree)
	return &rounded, nil
}

func (r *agreementItemResolver) Goal(ctx context.Context, obj *db.AgreementItem) (*db.Goal, error) {
	return load(ctx, loadersFrom(ctx).Goal, obj.GoalID)
}

func (r *agreementItemResolver) Kpi(ctx context.Context, obj *db.AgreementItem) (*db.KPI, error) {
	return load(ctx, loadersFrom(ctx).KPI, obj.KPIID)
}

func (r *agreementItemResolver) Measure(ctx context.Context, obj *db.AgreementItem) (*db.ConsolidationMeasure, error) {
	return load(ctx, loadersFrom(ctx).Measure, obj.MeasureID)
}

func (r *assessmentResolver) AssessedBy(ctx context.Context, obj *db.Assessment) (*db.Person, error) {
	if err := r.requireByID(ctx, obj.AgreementID, access.Content); err != nil {
		return nil, err
	}
	return load(ctx, loadersFrom(ctx).Person, &obj.AssessedByID)
}

func (r *assessmentResolver) Comment(ctx context.Context, obj *db.Assessment) (*string, error) {
	if err := r.requireByID(ctx, obj.AgreementID, access.Content); err != nil {
		return nil, err
	}
	return &obj.Comment, nil
}

func (r *assessmentResolver) SelfAssessmentNote(ctx context.Context, obj *db.Assessment) (*string, error) {
	if err := r.requireByID(ctx, obj.AgreementID, access.Content); err != nil {
		return nil, err
	}
	return &obj.SelfAssessmentNote, nil
}

func (r *goalResolver) AgreementItems(ctx context.Context, obj *db.Goal, first *int, after *string) (*model.AgreementItemConnection, error) {
	p, err := loadPage(ctx, loadersFrom(ctx).ItemsByGoal, obj.ID, first, after, 0)
	return itemConnection(p), err
}

func (r *orgUnitResolver) Agreements(ctx context.Context, obj *db.OrgUnit, year *int, first *int, after *string) (*model.AgreementConnection, error) {
	y, err := r.optionalYear(ctx, year)
	if err != nil {
		return nil, err
	}
	p, err := loadPage(ctx, loadersFrom(ctx).AgreementsByOrgUnit, obj.ID, first, after, y)
	return agreementConnection(p), err
}

func (r *personResolver) Agreements(ctx context.Context, obj *db.Person, year *int, role *model.AgreementRole, first *int, after *string) (*model.AgreementConnection, error) {
	y, err := r.optionalYear(ctx, year)
	if err != nil {
		return nil, err
	}
	l := loadersFrom(ctx).AgreementsByAgent
	switch {
	case role != nil && *role == model.AgreementRolePrincipal:
		l = loadersFrom(ctx).AgreementsByPrincipal
	case role != nil && *role == model.AgreementRoleAny:
		return r.personAgreementsEitherSide(ctx, obj.ID, y, first, after)
	}
	p, err := loadPage(ctx, l, obj.ID, first, after, y)
	return agreementConnection(p), err
}

func (r *queryResolver) Agreements(ctx context.Context, year *int, status *db.AgreementStatus, role *model.AgreementRole, orgUnit *string, search *string, first *int, after *string) (*model.AgreementConnection, error) {
	limit, afterID, err := model.PageArgs(first, after)
	if err != nil {
		return nil, err
	}
	y, err := r.optionalYear(ctx, year)
	if err != nil {
		return nil, err
	}
	var unitID int64
	if orgUnit != nil {
		if unitID, err = model.DecodeIDOf("OrgUnit", *orgUnit); err != nil {
			return nil, err
		}
	}
	f := store.AgreementFilter{Year: y, Status: status, Side: side(role), OrgUnitID: unitID}
	if search != nil {
		f.Search = *search
	}
	p, err := viewerFrom(ctx).Agreements(ctx, f, limit, afterID)
	return agreementConnection(p), err
}

func (r *queryResolver) AgreementStatusOverview(ctx context.Context, year int, orgUnit *string) ([]*model.UnitAgreementStatus, error) {
	if err := r.checkYear(ctx, year); err != nil {
		return nil, err
	}
	var within *int64
	if orgUnit != nil {
		id, err := model.DecodeIDOf("OrgUnit", *orgUnit)
		if err != nil {
			return nil, err
		}
		within = &id
	}
	rows, err := viewerFrom(ctx).StatusOverview(ctx, year, within, day(ctx, nil))
	if err != nil {
		return nil, err
	}
	out := []*model.UnitAgreementStatus{}
	for _, row := range rows {
		u := &model.UnitAgreementStatus{OrgUnit: row.Unit, Counts: []*model.StatusCount{}}
		for _, s := range db.Statuses {
			if n := row.Counts[s]; n > 0 {
				u.Counts = append(u.Counts, &model.StatusCount{Status: s, Count: n})
				u.Total += n
			}
		}
		out = append(out, u)
	}
	return out, nil
}

func (r *queryResolver) DezernatAgreements(ctx context.Context, year int) ([]*db.Agreement, error) {
	if err := r.checkYear(ctx, year); err != nil {
		return nil, err
	}
	out, err := viewerFrom(ctx).DezernatAgreements(ctx, year)
	return nonNil(out), err
}

func (r *reviewResolver) RecordedBy(ctx context.Context, obj *db.Review) (*db.Person, error) {
	return load(ctx, loadersFrom(ctx).Person, &obj.RecordedByID)
}

func (r *Resolver) Agreement() generated.AgreementResolver { return &agreementResolver{r} }

func (r *Resolver) AgreementItem() generated.AgreementItemResolver { return &agreementItemResolver{r} }

func (r *Resolver) Assessment() generated.AssessmentResolver { return &assessmentResolver{r} }

func (r *Resolver) Review() generated.ReviewResolver { return &reviewResolver{r} }

type (
	agreementResolver     struct{ *Resolver }
	agreementItemResolver struct{ *Resolver }
	assessmentResolver    struct{ *Resolver }
	reviewResolver        struct{ *Resolver }
)
