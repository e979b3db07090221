package graph

import (
	"context"
	"zielwerk/graph/generated"
	"zielwerk/graph/model"
)

func (r *queryResolver) Node(ctx context.Context, id string) (model.Node, error) {
	typ, dbID, err := model.DecodeID(id)
	if err != nil {
		return nil, err
	}
	return r.nodeByType(ctx, typ, dbID)
}

func (r *queryResolver) FiscalYears(ctx context.Context) ([]int, error) {
	return viewerFrom(ctx).FiscalYears(ctx)
}

func (r *Resolver) Query() generated.QueryResolver { return &queryResolver{r} }

type queryResolver struct{ *Resolver }
