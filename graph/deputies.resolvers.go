package graph

import (
	"context"
	"time"
	"zielwerk/clock"
	"zielwerk/db"
	"zielwerk/graph/generated"
	"zielwerk/graph/model"
)

func (r *agreementResolver) ViewerOnBehalfOf(ctx context.Context, obj *db.Agreement) (*db.Person, error) {
	v, err := policy(ctx)
	if err != nil || v == nil {
		return nil, err
	}
	id := v.OnBehalfOf(obj)
	if id == 0 {
		return nil, nil
	}
	return load(ctx, loadersFrom(ctx).Person, &id)
}

func (r *auditEventResolver) OnBehalfOf(ctx context.Context, obj *db.AuditEvent) (*db.Person, error) {
	return load(ctx, loadersFrom(ctx).Person, obj.OnBehalfOfID)
}

func (r *deputyResolver) ID(ctx context.Context, obj *db.Deputy) (string, error) {
	return model.EncodeID("Deputy", obj.ID), nil
}

func (r *deputyResolver) Leader(ctx context.Context, obj *db.Deputy) (*db.Person, error) {
	return load(ctx, loadersFrom(ctx).Person, &obj.LeaderID)
}

func (r *deputyResolver) Deputy(ctx context.Context, obj *db.Deputy) (*db.Person, error) {
	return load(ctx, loadersFrom(ctx).Person, &obj.DeputyID)
}

func (r *deputyResolver) From(ctx context.Context, obj *db.Deputy) (*time.Time, error) {
	return &obj.ValidFrom, nil
}

func (r *deputyResolver) To(ctx context.Context, obj *db.Deputy) (*time.Time, error) {
	return &obj.ValidTo, nil
}

func (r *deputyResolver) Active(ctx context.Context, obj *db.Deputy) (bool, error) {
	return obj.ActiveOn(clock.Today(ctx)), nil
}

func (r *mutationResolver) DeputyAssign(ctx context.Context, input model.DeputyAssignInput) (*model.DeputyPayload, error) {
	in := db.DeputyInput{From: input.From, To: input.To}
	err := ids(
		func() (err error) { in.LeaderID, err = requiredID("Person", "leaderId", input.LeaderID); return },
		func() (err error) { in.DeputyID, err = requiredID("Person", "deputyId", input.DeputyID); return })
	if err != nil {
		return &model.DeputyPayload{UserErrors: mustUserErrors(err)}, nil
	}
	d, ues, err := payloadOf(viewerFrom(ctx).AssignDeputy(ctx, in))
	return &model.DeputyPayload{Deputy: d, UserErrors: ues}, err
}

func (r *mutationResolver) DeputyEnd(ctx context.Context, input model.DeputyEndInput) (*model.DeputyPayload, error) {
	id, err := requiredID("Deputy", "deputyId", input.DeputyID)
	if err != nil {
		return &model.DeputyPayload{UserErrors: mustUserErrors(err)}, nil
	}
	d, ues, err := payloadOf(viewerFrom(ctx).EndDeputy(ctx, id, input.ExpectedVersion))
	return &model.DeputyPayload{Deputy: d, UserErrors: ues}, err
}

func (r *mutationResolver) AgreementPrincipalTransfer(ctx context.Context, input model.AgreementPrincipalTransferInput) (*model.AgreementPayload, error) {
	id, err := requiredID("Agreement", "agreementId", input.AgreementID)
	if err != nil {
		return &model.AgreementPayload{UserErrors: mustUserErrors(err)}, nil
	}
	a, ues, err := payloadOf(viewerFrom(ctx).TransferPrincipal(ctx, id, input.ExpectedVersion))
	return &model.AgreementPayload{Agreement: a, UserErrors: ues}, err
}

func (r *principalTransferOfferResolver) Successor(ctx context.Context, obj *db.TransferOffer) (*db.Person, error) {
	return load(ctx, loadersFrom(ctx).Person, &obj.SuccessorID)
}

func (r *queryResolver) Deputies(ctx context.Context) ([]*db.Deputy, error) {
	ds, err := viewerFrom(ctx).Deputies(ctx)
	return nonNil(ds), err
}

func (r *queryResolver) PrincipalTransfers(ctx context.Context) ([]*db.TransferOffer, error) {
	offers, err := viewerFrom(ctx).TransferOffers(ctx)
	out := make([]*db.TransferOffer, len(offers))
	for i := range offers {
		out[i] = &offers[i]
	}
	return out, err
}

func (r *Resolver) Deputy() generated.DeputyResolver { return &deputyResolver{r} }

func (r *Resolver) PrincipalTransferOffer() generated.PrincipalTransferOfferResolver {
	return &principalTransferOfferResolver{r}
}

type (
	deputyResolver                 struct{ *Resolver }
	principalTransferOfferResolver struct{ *Resolver }
)
