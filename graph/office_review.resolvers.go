package graph

import (
	"context"
	"time"
	"zielwerk/access"
	"zielwerk/db"
	"zielwerk/graph/generated"
	"zielwerk/graph/model"
)

func (r *agreementResolver) OfficeReview(ctx context.Context, obj *db.Agreement) (*db.OfficeReviewState, error) {
	if err := r.require(ctx, obj, access.Content); err != nil {
		return nil, err
	}
	return &obj.OfficeReview, nil
}

func (r *agreementResolver) OfficeReviewedAt(ctx context.Context, obj *db.Agreement) (*time.Time, error) {
	if err := r.require(ctx, obj, access.Content); err != nil {
		return nil, err
	}
	return obj.OfficeReviewedAt, nil
}

func (r *agreementResolver) Remarks(ctx context.Context, obj *db.Agreement) ([]*db.Remark, error) {
	if err := r.require(ctx, obj, access.Content); err != nil {
		return nil, err
	}
	remarks, err := loadersFrom(ctx).RemarksByAgreement.Load(ctx, listKey{Parent: obj.ID})
	return nonNil(remarks), err
}

func (r *agreementResolver) ViewerCanRemark(ctx context.Context, obj *db.Agreement) (bool, error) {
	return r.can(ctx, obj, db.ActRemark)
}

func (r *agreementResolver) ViewerCanOfficeReview(ctx context.Context, obj *db.Agreement) (bool, error) {
	return r.can(ctx, obj, db.ActOfficeReview)
}

func (r *mutationResolver) AgreementRemarkAdd(ctx context.Context, input model.AgreementRemarkInput) (*model.AgreementPayload, error) {
	var id int64
	var item *int64
	err := ids(
		func() (err error) { id, err = requiredID("Agreement", "agreementId", input.AgreementID); return },
		func() (err error) { item, err = optionalID("AgreementItem", "itemId", input.ItemID); return })
	if err != nil {
		return agreementPayload(nil, err)
	}
	l, err := r.lifecycle(ctx)
	if err != nil {
		return nil, err
	}
	return agreementPayload(l.AddRemark(ctx, id, input.ExpectedVersion, item, input.Text))
}

func (r *mutationResolver) AgreementOfficeReview(ctx context.Context, input model.AgreementOfficeReviewInput) (*model.AgreementPayload, error) {
	id, err := requiredID("Agreement", "agreementId", input.AgreementID)
	if err != nil {
		return agreementPayload(nil, err)
	}
	l, err := r.lifecycle(ctx)
	if err != nil {
		return nil, err
	}
	return agreementPayload(l.SetOfficeReview(ctx, id, input.ExpectedVersion, input.State))
}

func (r *remarkResolver) ID(ctx context.Context, obj *db.Remark) (string, error) {
	return model.EncodeID("Remark", obj.ID), nil
}

func (r *remarkResolver) Author(ctx context.Context, obj *db.Remark) (*db.Person, error) {
	return load(ctx, loadersFrom(ctx).Person, &obj.AuthorID)
}

func (r *remarkResolver) Item(ctx context.Context, obj *db.Remark) (*db.AgreementItem, error) {
	if obj.ItemID == nil {
		return nil, nil
	}
	items, err := loadersFrom(ctx).ItemsByAgreement.Load(ctx, listKey{Parent: obj.AgreementID})
	for _, it := range items {
		if it.ID == *obj.ItemID {
			return it, err
		}
	}
	return nil, err
}

func (r *Resolver) Remark() generated.RemarkResolver { return &remarkResolver{r} }

type remarkResolver struct{ *Resolver }
