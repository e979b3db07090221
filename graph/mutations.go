package graph

import (
	"context"
	"strings"

	"zielwerk/apperr"
	"zielwerk/db"
	"zielwerk/graph/model"
)

// lifecycle runs agreement changes as the viewer, through the viewer's
// visibility scope.
func (r *Resolver) lifecycle(ctx context.Context) (*db.Lifecycle, error) {
	return viewerFrom(ctx).Lifecycle(ctx)
}

// userErrors turns a fixable input error into the payload's userErrors;
// anything else (FORBIDDEN, NOT_FOUND, CONFLICT, internal) stays an error.
func userErrors(err error) ([]*model.UserError, error) {
	if err == nil {
		return []*model.UserError{}, nil
	}
	e, ok := apperr.As(err)
	if !ok || e.Code != apperr.BadUserInput {
		return nil, err
	}
	ue := &model.UserError{Message: e.De, MessageEn: e.En, Code: string(e.Code), Key: e.Key}
	if e.Field != "" {
		// The db layer names nested fields with dots (items.0.degree); the
		// schema promises one path segment per step.
		ue.Field = append([]string{"input"}, strings.Split(e.Field, ".")...)
	}
	return []*model.UserError{ue}, nil
}

func agreementPayload(a *db.Agreement, err error) (*model.AgreementPayload, error) {
	ues, err := userErrors(err)
	if err != nil {
		return nil, err
	}
	return &model.AgreementPayload{Agreement: a, UserErrors: ues}, nil
}

// optionalID decodes an optional global ID of type typ for input field.
func optionalID(typ, field string, gid *string) (*int64, error) {
	if gid == nil || *gid == "" {
		return nil, nil
	}
	id, err := model.DecodeIDOf(typ, *gid)
	if e, ok := apperr.As(err); ok {
		e.Field = field
	}
	return &id, err
}

// optionalIDValue is optionalID with 0 for "not given".
func optionalIDValue(typ, field string, gid *string) (int64, error) {
	id, err := optionalID(typ, field, gid)
	if err != nil || id == nil {
		return 0, err
	}
	return *id, nil
}

func requiredID(typ, field, gid string) (int64, error) {
	id, err := optionalID(typ, field, &gid)
	if err != nil {
		return 0, err
	}
	return *id, nil
}

func itemInput(title, description *string, weight *int, goal, kpi, measure *string, target *float64, unit *db.TargetUnit) (db.ItemInput, error) {
	in := db.ItemInput{Title: title, Description: description, WeightPercent: weight, TargetValue: target, TargetUnit: unit}
	var err error
	if in.GoalID, err = optionalID("Goal", "goalId", goal); err != nil {
		return in, err
	}
	if in.KPIID, err = optionalID("KPI", "kpiId", kpi); err != nil {
		return in, err
	}
	in.MeasureID, err = optionalID("ConsolidationMeasure", "measureId", measure)
	return in, err
}

func itemDegrees(in []*model.ItemDegreeInput) ([]db.ItemDegree, error) {
	out := make([]db.ItemDegree, 0, len(in))
	for _, d := range in {
		id, err := requiredID("AgreementItem", "items.itemId", d.ItemID)
		if err != nil {
			return nil, err
		}
		c := ""
		if d.Comment != nil {
			c = *d.Comment
		}
		out = append(out, db.ItemDegree{ItemID: id, Degree: d.Degree, Comment: c})
	}
	return out, nil
}

func (r *Resolver) transition(ctx context.Context, input model.AgreementTransitionInput,
	step func(*db.Lifecycle, context.Context, int64, int) (*db.Agreement, error)) (*model.AgreementPayload, error) {
	id, err := requiredID("Agreement", "agreementId", input.AgreementID)
	if err != nil {
		return agreementPayload(nil, err)
	}
	l, err := r.lifecycle(ctx)
	if err != nil {
		return nil, err
	}
	return agreementPayload(step(l, ctx, id, input.ExpectedVersion))
}

func (r *Resolver) withReason(ctx context.Context, input model.AgreementReasonInput,
	step func(*db.Lifecycle, context.Context, int64, int, string) (*db.Agreement, error)) (*model.AgreementPayload, error) {
	id, err := requiredID("Agreement", "agreementId", input.AgreementID)
	if err != nil {
		return agreementPayload(nil, err)
	}
	l, err := r.lifecycle(ctx)
	if err != nil {
		return nil, err
	}
	return agreementPayload(step(l, ctx, id, input.ExpectedVersion, input.Reason))
}
