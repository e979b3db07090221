package graph

import (
	"context"
	"zielwerk/db"
	"zielwerk/graph/generated"
	"zielwerk/graph/model"
)

func (r *mutationResolver) AgreementCreate(ctx context.Context, input model.AgreementCreateInput) (*model.AgreementPayload, error) {
	agent, err := requiredID("Person", "agentId", input.AgentID)
	if err != nil {
		return agreementPayload(nil, err)
	}
	unit, err := requiredID("OrgUnit", "orgUnitId", input.OrgUnitID)
	if err != nil {
		return agreementPayload(nil, err)
	}
	l, err := r.lifecycle(ctx)
	if err != nil {
		return nil, err
	}
	return agreementPayload(l.Create(ctx, db.CreateInput{AgentID: agent, OrgUnitID: unit, Year: input.Year, PayRule: input.PayRule}))
}

func (r *mutationResolver) AgreementItemAdd(ctx context.Context, input model.AgreementItemAddInput) (*model.AgreementPayload, error) {
	id, err := requiredID("Agreement", "agreementId", input.AgreementID)
	if err != nil {
		return agreementPayload(nil, err)
	}
	in, err := itemInput(&input.Title, input.Description, &input.WeightPercent, input.GoalID, input.KpiID, input.MeasureID, input.TargetValue, input.TargetUnit)
	if err != nil {
		return agreementPayload(nil, err)
	}
	l, err := r.lifecycle(ctx)
	if err != nil {
		return nil, err
	}
	return agreementPayload(l.AddItem(ctx, id, input.ExpectedVersion, in))
}

func (r *mutationResolver) AgreementItemUpdate(ctx context.Context, input model.AgreementItemUpdateInput) (*model.AgreementPayload, error) {
	id, err := requiredID("AgreementItem", "itemId", input.ItemID)
	if err != nil {
		return agreementPayload(nil, err)
	}
	in, err := itemInput(input.Title, input.Description, input.WeightPercent, input.GoalID, input.KpiID, input.MeasureID, input.TargetValue, input.TargetUnit)
	if err != nil {
		return agreementPayload(nil, err)
	}
	l, err := r.lifecycle(ctx)
	if err != nil {
		return nil, err
	}
	return agreementPayload(l.UpdateItem(ctx, id, input.ExpectedVersion, in))
}

func (r *mutationResolver) AgreementItemRemove(ctx context.Context, input model.AgreementItemRemoveInput) (*model.AgreementPayload, error) {
	id, err := requiredID("AgreementItem", "itemId", input.ItemID)
	if err != nil {
		return agreementPayload(nil, err)
	}
	l, err := r.lifecycle(ctx)
	if err != nil {
		return nil, err
	}
	return agreementPayload(l.RemoveItem(ctx, id, input.ExpectedVersion))
}

func (r *mutationResolver) AgreementPropose(ctx context.Context, input model.AgreementTransitionInput) (*model.AgreementPayload, error) {
	return r.transition(ctx, input, (*db.Lifecycle).Propose)
}

func (r *mutationResolver) AgreementAccept(ctx context.Context, input model.AgreementTransitionInput) (*model.AgreementPayload, error) {
	return r.transition(ctx, input, (*db.Lifecycle).Accept)
}

func (r *mutationResolver) AgreementReturn(ctx context.Context, input model.AgreementReasonInput) (*model.AgreementPayload, error) {
	return r.withReason(ctx, input, (*db.Lifecycle).Return)
}

func (r *mutationResolver) AgreementChangeRequest(ctx context.Context, input model.AgreementReasonInput) (*model.AgreementPayload, error) {
	return r.withReason(ctx, input, (*db.Lifecycle).ChangeRequest)
}

func (r *mutationResolver) AgreementReviewRecord(ctx context.Context, input model.AgreementReviewRecordInput) (*model.AgreementPayload, error) {
	id, err := requiredID("Agreement", "agreementId", input.AgreementID)
	if err != nil {
		return agreementPayload(nil, err)
	}
	ds, err := itemDegrees(input.Items)
	if err != nil {
		return agreementPayload(nil, err)
	}
	l, err := r.lifecycle(ctx)
	if err != nil {
		return nil, err
	}
	return agreementPayload(l.RecordReview(ctx, id, input.ExpectedVersion, db.ReviewInput{HeldOn: input.HeldOn, Note: input.Note, Items: ds}))
}

func (r *mutationResolver) AgreementAssess(ctx context.Context, input model.AgreementAssessInput) (*model.AgreementPayload, error) {
	id, err := requiredID("Agreement", "agreementId", input.AgreementID)
	if err != nil {
		return agreementPayload(nil, err)
	}
	ds, err := itemDegrees(input.Items)
	if err != nil {
		return agreementPayload(nil, err)
	}
	l, err := r.lifecycle(ctx)
	if err != nil {
		return nil, err
	}
	in := db.AssessInput{Self: input.Self, Items: ds}
	if input.Note != nil {
		in.Note = *input.Note
	}
	if input.OverruleReason != nil {
		in.OverruleReason = *input.OverruleReason
	}
	return agreementPayload(l.Assess(ctx, id, input.ExpectedVersion, in))
}

func (r *mutationResolver) AgreementClose(ctx context.Context, input model.AgreementTransitionInput) (*model.AgreementPayload, error) {
	return r.transition(ctx, input, (*db.Lifecycle).Close)
}

func (r *mutationResolver) AgreementCopyToYear(ctx context.Context, input model.AgreementCopyToYearInput) (*model.AgreementPayload, error) {
	id, err := requiredID("Agreement", "agreementId", input.AgreementID)
	if err != nil {
		return agreementPayload(nil, err)
	}
	l, err := r.lifecycle(ctx)
	if err != nil {
		return nil, err
	}
	return agreementPayload(l.CopyToYear(ctx, id, input.Year))
}

func (r *Resolver) Mutation() generated.MutationResolver { return &mutationResolver{r} }

type mutationResolver struct{ *Resolver }
