package graph

import (
	"context"

	"zielwerk/graph/model"
)

// nodeByType loads the object a global ID names; unknown types and missing
// rows are both null, so an ID reveals nothing about what exists.
func (r *Resolver) nodeByType(ctx context.Context, typ string, id int64) (model.Node, error) {
	l := loadersFrom(ctx)
	var (
		n   model.Node
		err error
	)
	switch typ {
	case "OrgUnit":
		n, err = asNode(load(ctx, l.OrgUnit, &id))
	case "Person":
		n, err = asNode(load(ctx, l.Person, &id))
	case "StrategicGoal":
		n, err = asNode(load(ctx, l.StrategicGoal, &id))
	case "Goal":
		n, err = asNode(load(ctx, l.Goal, &id))
	case "Product":
		n, err = asNode(load(ctx, l.Product, &id))
	case "KPI":
		n, err = asNode(load(ctx, l.KPI, &id))
	case "ConsolidationProgramme":
		n, err = asNode(load(ctx, l.Programme, &id))
	case "Agreement": // through the visibility rule: invisible is missing
		n, err = asNode(load(ctx, l.Agreement, &id))
	case "ConsolidationMeasure":
		n, err = asNode(load(ctx, l.Measure, &id))
	}
	return n, err
}

// asNode turns a typed nil into an untyped nil interface.
func asNode[T any](v *T, err error) (model.Node, error) {
	if v == nil || err != nil {
		return nil, err
	}
	return v, nil
}
