package graph

import (
	"context"
	"time"
	"zielwerk/access"
	"zielwerk/apperr"
	"zielwerk/db"
	"zielwerk/graph/generated"
	"zielwerk/graph/model"
	"zielwerk/store"
)

func (r *agreementResolver) AcknowledgedAt(ctx context.Context, obj *db.Agreement) (*time.Time, error) {
	if err := r.require(ctx, obj, access.PayResult); err != nil {
		return nil, err
	}
	return obj.AcknowledgedAt, nil
}

func (r *agreementResolver) ObjectBy(ctx context.Context, obj *db.Agreement) (*time.Time, error) {
	if err := r.require(ctx, obj, access.PayResult); err != nil {
		return nil, err
	}
	a, err := viewerFrom(ctx).WithCase(ctx, obj)
	if err != nil || a.Case == nil {
		return nil, err
	}
	return &a.Case.ObjectBy, nil
}

func (r *agreementResolver) Objection(ctx context.Context, obj *db.Agreement) (*db.Objection, error) {
	if err := r.require(ctx, obj, access.PayResult); err != nil {
		return nil, err
	}
	return viewerFrom(ctx).Objection(ctx, obj)
}

func (r *agreementResolver) ViewerCanAcknowledge(ctx context.Context, obj *db.Agreement) (bool, error) {
	return r.can(ctx, obj, db.ActAcknowledge)
}

func (r *agreementResolver) ViewerCanObject(ctx context.Context, obj *db.Agreement) (bool, error) {
	return r.can(ctx, obj, db.ActObject)
}

func (r *agreementResolver) ViewerCanAssignObjection(ctx context.Context, obj *db.Agreement) (bool, error) {
	return r.can(ctx, obj, db.ActAssignObjection)
}

func (r *agreementResolver) ViewerCanDecideObjection(ctx context.Context, obj *db.Agreement) (bool, error) {
	return r.can(ctx, obj, db.ActDecideObjection)
}

func (r *fairnessGroupResolver) Exactly100Share(ctx context.Context, obj *store.FairnessGroup) (*float64, error) {
	if obj.Suppressed {
		return nil, nil
	}
	return &obj.Exactly100, nil
}

func (r *mutationResolver) PaySchemeSet(ctx context.Context, input model.PaySchemeSetInput) (*model.PaySchemePayload, error) {
	in := db.PaySchemeInput{Year: input.Year, ExpectedVersion: input.ExpectedVersion, PotCents: input.PotCents,
		PaySumCents: input.PaySumCents, PotShareBasisPoints: input.PotShareBasisPoints, PartTimeProRata: input.PartTimeProRata,
		PartialYearProRata: input.PartialYearProRata, TVoeDLOB: input.TvoedLob, Beamte: input.Beamte,
		AgreementBy: input.AgreementBy, ReviewBy: input.ReviewBy, AssessmentBy: input.AssessmentBy, ObjectionDays: input.ObjectionDays}
	for _, b := range input.Bands {
		in.Bands = append(in.Bands, db.PayBand{FromDegree: b.FromDegree, Points: b.Points})
	}
	s, ues, err := payloadOf(viewerFrom(ctx).SetPayScheme(ctx, in))
	return &model.PaySchemePayload{Scheme: s, UserErrors: ues}, err
}

func (r *mutationResolver) AgreementAcknowledge(ctx context.Context, input model.AgreementTransitionInput) (*model.AgreementPayload, error) {
	return r.transition(ctx, input, (*db.Lifecycle).Acknowledge)
}

func (r *mutationResolver) AgreementObject(ctx context.Context, input model.AgreementReasonInput) (*model.AgreementPayload, error) {
	return r.withReason(ctx, input, (*db.Lifecycle).Object)
}

func (r *mutationResolver) ObjectionAssign(ctx context.Context, input model.ObjectionAssignInput) (*model.AgreementPayload, error) {
	id, err := requiredID("Agreement", "agreementId", input.AgreementID)
	if err != nil {
		return agreementPayload(nil, err)
	}
	members := make([]int64, 0, len(input.MemberIds))
	for _, m := range input.MemberIds {
		p, err := requiredID("Person", "memberIds", m)
		if err != nil {
			return agreementPayload(nil, err)
		}
		members = append(members, p)
	}
	l, err := r.lifecycle(ctx)
	if err != nil {
		return nil, err
	}
	return agreementPayload(l.AssignObjection(ctx, id, input.ExpectedVersion, members))
}

func (r *mutationResolver) ObjectionDecide(ctx context.Context, input model.ObjectionDecideInput) (*model.AgreementPayload, error) {
	id, err := requiredID("Agreement", "agreementId", input.AgreementID)
	if err != nil {
		return agreementPayload(nil, err)
	}
	ds, err := itemDegrees(input.Items)
	if err != nil {
		return agreementPayload(nil, err)
	}
	if (input.Decision == model.CommissionDecisionChanged) != (len(ds) > 0) {
		return agreementPayload(nil, apperr.BadInput("items", "objection.items",
			"Geänderte Grade gehören zur Entscheidung „geändert“, und nur zu ihr.",
			"Changed degrees belong to the decision CHANGED, and only to it."))
	}
	l, err := r.lifecycle(ctx)
	if err != nil {
		return nil, err
	}
	return agreementPayload(l.DecideObjection(ctx, id, input.ExpectedVersion, db.DecideInput{Changed: ds, Reason: input.Reason}))
}

func (r *objectionResolver) Reason(ctx context.Context, obj *db.Objection) (*string, error) {
	return r.assessmentPart(ctx, obj, obj.Reason)
}

func (r *objectionResolver) Decision(ctx context.Context, obj *db.Objection) (*model.CommissionDecision, error) {
	if obj.Decision == db.ObjectionUndecided {
		return nil, nil
	}
	d := model.CommissionDecision(obj.Decision)
	return &d, nil
}

func (r *objectionResolver) DecisionReason(ctx context.Context, obj *db.Objection) (*string, error) {
	if obj.Decision == db.ObjectionUndecided {
		return nil, nil
	}
	return r.assessmentPart(ctx, obj, obj.DecisionReason)
}

func (r *objectionResolver) Members(ctx context.Context, obj *db.Objection) ([]*db.Person, error) {
	a, err := load(ctx, loadersFrom(ctx).Agreement, &obj.AgreementID)
	if err != nil || a == nil {
		return []*db.Person{}, err
	}
	ms, err := viewerFrom(ctx).ObjectionMembers(ctx, a)
	return nonNil(ms), err
}

func (r *objectionResolver) Items(ctx context.Context, obj *db.Objection) ([]*db.AgreementItem, error) {
	if ok, err := r.mayReadAssessment(ctx, obj); !ok || err != nil {
		return nil, err
	}
	items, err := loadersFrom(ctx).AssessedItems.Load(ctx, listKey{Parent: obj.AgreementID})
	return nonNil(items), err
}

func (r *objectionResolver) AssessmentComment(ctx context.Context, obj *db.Objection) (*string, error) {
	if ok, err := r.mayReadAssessment(ctx, obj); !ok || err != nil {
		return nil, err
	}
	as, err := loadersFrom(ctx).AssessmentByAgreement.Load(ctx, listKey{Parent: obj.AgreementID})
	if err != nil || len(as) == 0 {
		return nil, err
	}
	return &as[0].Comment, nil
}

func (r *payExportResolver) ID(ctx context.Context, obj *db.PayExport) (string, error) {
	return model.EncodeID("PayExport", obj.ID), nil
}

func (r *payExportResolver) By(ctx context.Context, obj *db.PayExport) (*db.Person, error) {
	return load(ctx, loadersFrom(ctx).Person, &obj.ByID)
}

func (r *payExportResolver) Rows(ctx context.Context, obj *db.PayExport) (int, error) {
	return obj.RowCount()
}

func (r *paySchemeResolver) Stored(ctx context.Context, obj *db.PayScheme) (bool, error) {
	return obj.Version > 0, nil
}

func (r *paySchemeResolver) Pot(ctx context.Context, obj *db.PayScheme) (int64, error) {
	return obj.Pot(), nil
}

func (r *payoutResolver) ByDezernat(ctx context.Context, obj *db.Payout) ([]*store.PayoutGroup, error) {
	g, err := viewerFrom(ctx).PayoutByDezernat(ctx, obj)
	return nonNil(g), err
}

func (r *payoutResolver) ByPayRule(ctx context.Context, obj *db.Payout) ([]*store.PayoutGroup, error) {
	return nonNil(store.PayoutByPayRule(obj)), nil
}

func (r *payoutResolver) Distribution(ctx context.Context, obj *db.Payout) ([]*store.PointsCount, error) {
	return nonNil(store.PayoutDistribution(obj)), nil
}

func (r *payoutResolver) Pending(ctx context.Context, obj *db.Payout) (int, error) {
	return obj.Count(func(x *db.PayoutRow) bool { return x.State == db.PayoutPending }), nil
}

func (r *payoutResolver) OpenObjections(ctx context.Context, obj *db.Payout) (int, error) {
	return obj.Count(func(x *db.PayoutRow) bool { return x.ObjectionOpen }), nil
}

func (r *queryResolver) PayScheme(ctx context.Context, year int) (*db.PayScheme, error) {
	s, _, err := viewerFrom(ctx).PayScheme(ctx, year)
	return s, err
}

func (r *queryResolver) PayoutSimulation(ctx context.Context, year int) (*db.Payout, error) {
	return viewerFrom(ctx).PayoutSimulation(ctx, year)
}

func (r *queryResolver) PayFairness(ctx context.Context, year int) (*store.PayFairness, error) {
	return viewerFrom(ctx).PayFairness(ctx, year)
}

func (r *queryResolver) PayExports(ctx context.Context, year int) ([]*db.PayExport, error) {
	e, err := viewerFrom(ctx).PayExports(ctx, year)
	return nonNil(e), err
}

func (r *queryResolver) Objections(ctx context.Context, year int) ([]*db.Agreement, error) {
	a, err := viewerFrom(ctx).Objections(ctx, year)
	return nonNil(a), err
}

func (r *Resolver) FairnessGroup() generated.FairnessGroupResolver { return &fairnessGroupResolver{r} }

func (r *Resolver) Objection() generated.ObjectionResolver { return &objectionResolver{r} }

func (r *Resolver) PayExport() generated.PayExportResolver { return &payExportResolver{r} }

func (r *Resolver) PayScheme() generated.PaySchemeResolver { return &paySchemeResolver{r} }

func (r *Resolver) Payout() generated.PayoutResolver { return &payoutResolver{r} }

type (
	fairnessGroupResolver struct{ *Resolver }
	objectionResolver     struct{ *Resolver }
	payExportResolver     struct{ *Resolver }
	paySchemeResolver     struct{ *Resolver }
	payoutResolver        struct{ *Resolver }
)
