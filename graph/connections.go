package graph

import (
	"context"
	"time"

	"github.com/vikstrous/dataloadgen"

	"zielwerk/apperr"
	"zielwerk/db"
	"zielwerk/graph/model"
)

// Connections are built from db pages; cursors are keyset positions (ids).

func pageInfo[T any](p db.Page[T], idOf func(*T) int64) *model.PageInfo {
	pi := &model.PageInfo{HasNextPage: p.HasNext}
	if n := len(p.Items); n > 0 {
		c := model.EncodeCursor(idOf(p.Items[n-1]))
		pi.EndCursor = &c
	}
	return pi
}

func goalConnection(p db.Page[db.Goal]) *model.GoalConnection {
	c := &model.GoalConnection{Nodes: nonNil(p.Items), TotalCount: p.Total, Edges: []*model.GoalEdge{},
		PageInfo: pageInfo(p, func(g *db.Goal) int64 { return g.ID })}
	for _, n := range p.Items {
		c.Edges = append(c.Edges, &model.GoalEdge{Node: n, Cursor: model.EncodeCursor(n.ID)})
	}
	return c
}

func kpiConnection(p db.Page[db.KPI]) *model.KPIConnection {
	c := &model.KPIConnection{Nodes: nonNil(p.Items), TotalCount: p.Total, Edges: []*model.KPIEdge{},
		PageInfo: pageInfo(p, func(k *db.KPI) int64 { return k.ID })}
	for _, n := range p.Items {
		c.Edges = append(c.Edges, &model.KPIEdge{Node: n, Cursor: model.EncodeCursor(n.ID)})
	}
	return c
}

func productConnection(p db.Page[db.Product]) *model.ProductConnection {
	c := &model.ProductConnection{Nodes: nonNil(p.Items), TotalCount: p.Total, Edges: []*model.ProductEdge{},
		PageInfo: pageInfo(p, func(x *db.Product) int64 { return x.ID })}
	for _, n := range p.Items {
		c.Edges = append(c.Edges, &model.ProductEdge{Node: n, Cursor: model.EncodeCursor(n.ID)})
	}
	return c
}

func orgUnitConnection(p db.Page[db.OrgUnit]) *model.OrgUnitConnection {
	c := &model.OrgUnitConnection{Nodes: nonNil(p.Items), TotalCount: p.Total, Edges: []*model.OrgUnitEdge{},
		PageInfo: pageInfo(p, func(x *db.OrgUnit) int64 { return x.ID })}
	for _, n := range p.Items {
		c.Edges = append(c.Edges, &model.OrgUnitEdge{Node: n, Cursor: model.EncodeCursor(n.ID)})
	}
	return c
}

func measureConnection(p db.Page[db.ConsolidationMeasure]) *model.ConsolidationMeasureConnection {
	c := &model.ConsolidationMeasureConnection{Nodes: nonNil(p.Items), TotalCount: p.Total,
		Edges:    []*model.ConsolidationMeasureEdge{},
		PageInfo: pageInfo(p, func(x *db.ConsolidationMeasure) int64 { return x.ID })}
	for _, n := range p.Items {
		c.Edges = append(c.Edges, &model.ConsolidationMeasureEdge{Node: n, Cursor: model.EncodeCursor(n.ID)})
	}
	return c
}

func nonNil[T any](s []*T) []*T {
	if s == nil {
		return []*T{}
	}
	return s
}

// loadPage asks a page loader for one parent's page.
func loadPage[T any](ctx context.Context, l *pageLoader[T], parent int64, first *int, after *string, year int) (db.Page[T], error) {
	limit, afterID, err := model.PageArgs(first, after)
	if err != nil {
		return db.Page[T]{}, err
	}
	return l.Load(ctx, listKey{Parent: parent, First: limit, After: afterID, Year: year})
}

// checkYear refuses a fiscal year Zielwerk holds no data for.
func (r *Resolver) checkYear(ctx context.Context, year int) error {
	years, err := loadersFrom(ctx).fiscalYears(ctx)
	if err != nil {
		return err
	}
	for _, y := range years {
		if y == year {
			return nil
		}
	}
	return apperr.BadInput("year", "year.unknown", "Für das Haushaltsjahr %d gibt es keine Daten.",
		"There is no data for fiscal year %d.", year)
}

// optionalYear checks year when given and returns 0 for "any year".
func (r *Resolver) optionalYear(ctx context.Context, year *int) (int, error) {
	if year == nil {
		return 0, nil
	}
	return *year, r.checkYear(ctx, *year)
}

// yearRange checks a from–to range of at most 20 years.
func yearRange(from, to int) (listKey, error) {
	if from > to || to-from >= 20 {
		return listKey{}, apperr.BadInput("toYear", "year.range",
			"Der Zeitraum muss vorwärts laufen und darf höchstens 20 Jahre umfassen.",
			"The range must run forward and span at most 20 years.")
	}
	return listKey{From: from, To: to}, nil
}

// day is asOf or today (UTC), as a date string for loader keys.
func day(asOf *time.Time) time.Time {
	if asOf != nil {
		return *asOf
	}
	now := time.Now().UTC()
	return time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
}

func nonZero(n int) *int {
	if n == 0 {
		return nil
	}
	return &n
}

// achievement asks an achievement loader for one object in one year.
func (r *Resolver) achievement(ctx context.Context, l *dataloadgen.Loader[listKey, db.Achievement], id int64, year int) (*db.Achievement, error) {
	if err := r.checkYear(ctx, year); err != nil {
		return nil, err
	}
	a, err := l.Load(ctx, listKey{Parent: id, Year: year})
	if a.Light == "" { // no KPI at all
		a.Light = db.NoData
	}
	return &a, err
}

func agreementConnection(p db.Page[db.Agreement]) *model.AgreementConnection {
	c := &model.AgreementConnection{Nodes: nonNil(p.Items), TotalCount: p.Total, Edges: []*model.AgreementEdge{},
		PageInfo: pageInfo(p, func(x *db.Agreement) int64 { return x.ID })}
	for _, n := range p.Items {
		c.Edges = append(c.Edges, &model.AgreementEdge{Node: n, Cursor: model.EncodeCursor(n.ID)})
	}
	return c
}

func itemConnection(p db.Page[db.AgreementItem]) *model.AgreementItemConnection {
	c := &model.AgreementItemConnection{Nodes: nonNil(p.Items), TotalCount: p.Total, Edges: []*model.AgreementItemEdge{},
		PageInfo: pageInfo(p, func(x *db.AgreementItem) int64 { return x.ID })}
	for _, n := range p.Items {
		c.Edges = append(c.Edges, &model.AgreementItemEdge{Node: n, Cursor: model.EncodeCursor(n.ID)})
	}
	return c
}
