package graph

import (
	"context"
	"zielwerk/access"
	"zielwerk/clock"
	"zielwerk/db"
	"zielwerk/graph/generated"
	"zielwerk/graph/model"
)

func (r *meResolver) RemindersOptOut(ctx context.Context, obj *access.Viewer) (bool, error) {
	return viewerFrom(ctx).RemindersOptOut(ctx)
}

func (r *mutationResolver) RemindersSet(ctx context.Context, input model.RemindersSetInput) (*model.RemindersSetPayload, error) {
	_, ues, err := payloadOf(viewerFrom(ctx).SetRemindersOptOut(ctx, input.OptOut))
	out := &model.RemindersSetPayload{UserErrors: ues}
	if err == nil && len(ues) == 0 {
		out.Me, err = viewerFrom(ctx).Policy(ctx)
	}
	return out, err
}

func (r *outboxMessageResolver) ID(ctx context.Context, obj *db.OutboxMessage) (string, error) {
	return model.EncodeID("OutboxMessage", obj.ID), nil
}

func (r *outboxMessageResolver) To(ctx context.Context, obj *db.OutboxMessage) (string, error) {
	return obj.ToAddress, nil
}

func (r *outboxMessageResolver) Recipient(ctx context.Context, obj *db.OutboxMessage) (*db.Person, error) {
	return load(ctx, loadersFrom(ctx).Person, obj.RecipientID)
}

func (r *queryResolver) Outbox(ctx context.Context, status *db.MailStatus, first *int, after *string) (*model.OutboxMessageConnection, error) {
	limit, before, err := model.PageArgs(first, after)
	if err != nil {
		return nil, err
	}
	var s db.MailStatus
	if status != nil {
		s = *status
	}
	p, err := viewerFrom(ctx).Outbox(ctx, s, limit, before)
	edges, info := edgesOf(p, func(n *db.OutboxMessage, c string) *model.OutboxMessageEdge {
		return &model.OutboxMessageEdge{Node: n, Cursor: c}
	})
	return &model.OutboxMessageConnection{Nodes: nonNil(p.Items), Edges: edges, PageInfo: info, TotalCount: p.Total}, err
}

func (r *taskResolver) Overdue(ctx context.Context, obj *db.Task) (bool, error) {
	return clock.Today(ctx).After(obj.Due), nil
}

func (r *taskResolver) OnBehalfOf(ctx context.Context, obj *db.Task) (*db.Person, error) {
	return load(ctx, loadersFrom(ctx).Person, obj.OnBehalfOf)
}

func (r *Resolver) OutboxMessage() generated.OutboxMessageResolver { return &outboxMessageResolver{r} }

type outboxMessageResolver struct{ *Resolver }
