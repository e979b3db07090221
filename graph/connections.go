package graph

import (
	"context"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vikstrous/dataloadgen"

	"zielwerk/apperr"
	"zielwerk/clock"
	"zielwerk/db"
	"zielwerk/graph/model"
	"zielwerk/store"
)

// Connections are built from db pages; cursors are keyset positions (ids).

// hasID is every row type that pages by id.
type hasID interface {
	db.Goal | db.KPI | db.Product | db.OrgUnit | db.ConsolidationMeasure | db.Agreement | db.AgreementItem | db.AuditEvent | db.Person | db.OutboxMessage
}

// edgesOf makes a page's edges (cursor = the row's id) and its page info.
func edgesOf[T hasID, E any](p db.Page[T], edge func(*T, string) E) ([]E, *model.PageInfo) {
	edges := make([]E, 0, len(p.Items))
	for _, n := range p.Items {
		edges = append(edges, edge(n, model.EncodeCursor(rowID(n))))
	}
	return edges, pageInfo(p, func(n *T) int64 { return rowID(n) })
}

// rowID reads the id of any paged row.
func rowID[T hasID](n *T) int64 {
	switch v := any(n).(type) {
	case *db.Goal:
		return v.ID
	case *db.KPI:
		return v.ID
	case *db.Product:
		return v.ID
	case *db.OrgUnit:
		return v.ID
	case *db.ConsolidationMeasure:
		return v.ID
	case *db.Agreement:
		return v.ID
	case *db.AgreementItem:
		return v.ID
	case *db.AuditEvent:
		return v.ID
	case *db.Person:
		return v.ID
	}
	return 0
}

func pageInfo[T any](p db.Page[T], idOf func(*T) int64) *model.PageInfo {
	pi := &model.PageInfo{HasNextPage: p.HasNext}
	if n := len(p.Items); n > 0 {
		c := model.EncodeCursor(idOf(p.Items[n-1]))
		pi.EndCursor = &c
	}
	return pi
}

func goalConnection(p db.Page[db.Goal]) *model.GoalConnection {
	edges, info := edgesOf(p, func(n *db.Goal, c string) *model.GoalEdge { return &model.GoalEdge{Node: n, Cursor: c} })
	return &model.GoalConnection{Nodes: nonNil(p.Items), Edges: edges, PageInfo: info, TotalCount: p.Total}
}

func kpiConnection(p db.Page[db.KPI]) *model.KPIConnection {
	edges, info := edgesOf(p, func(n *db.KPI, c string) *model.KPIEdge { return &model.KPIEdge{Node: n, Cursor: c} })
	return &model.KPIConnection{Nodes: nonNil(p.Items), Edges: edges, PageInfo: info, TotalCount: p.Total}
}

func productConnection(p db.Page[db.Product]) *model.ProductConnection {
	edges, info := edgesOf(p, func(n *db.Product, c string) *model.ProductEdge { return &model.ProductEdge{Node: n, Cursor: c} })
	return &model.ProductConnection{Nodes: nonNil(p.Items), Edges: edges, PageInfo: info, TotalCount: p.Total}
}

func orgUnitConnection(p db.Page[db.OrgUnit]) *model.OrgUnitConnection {
	edges, info := edgesOf(p, func(n *db.OrgUnit, c string) *model.OrgUnitEdge { return &model.OrgUnitEdge{Node: n, Cursor: c} })
	return &model.OrgUnitConnection{Nodes: nonNil(p.Items), Edges: edges, PageInfo: info, TotalCount: p.Total}
}

func measureConnection(p db.Page[db.ConsolidationMeasure]) *model.ConsolidationMeasureConnection {
	edges, info := edgesOf(p, func(n *db.ConsolidationMeasure, c string) *model.ConsolidationMeasureEdge {
		return &model.ConsolidationMeasureEdge{Node: n, Cursor: c}
	})
	return &model.ConsolidationMeasureConnection{Nodes: nonNil(p.Items), Edges: edges, PageInfo: info, TotalCount: p.Total}
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
	years, err := viewerFrom(ctx).FiscalYears(ctx)
	if err != nil {
		return err
	}
	for _, y := range years {
		if y == year {
			return nil
		}
	}
	return db.ErrUnknownYear(year)
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

// day is asOf or the request's today (clock.Today).
func day(ctx context.Context, asOf *time.Time) time.Time {
	if asOf != nil {
		return *asOf
	}
	return clock.Today(ctx)
}

// treeDay is the day a unit's children are listed for: the field's own
// asOf, else that of the nearest field above it that has one (orgTree,
// orgUnits, children), else today. A tree asked for on a past day keeps
// that day all the way down.
func treeDay(ctx context.Context, asOf *time.Time) time.Time {
	if asOf != nil {
		return *asOf
	}
	for fc := graphql.GetFieldContext(ctx); fc != nil; fc = fc.Parent {
		if d, ok := fc.Args["asOf"].(*time.Time); ok && d != nil {
			return *d
		}
	}
	return day(ctx, nil)
}

// achievement asks an achievement loader for one object in one year.
func (r *Resolver) achievement(ctx context.Context, l *dataloadgen.Loader[listKey, db.Achievement], id int64, year int) (*db.Achievement, error) {
	if err := r.checkYear(ctx, year); err != nil {
		return nil, err
	}
	a, err := l.Load(ctx, listKey{Parent: id, Year: year})
	if a.Light == "" { // no KPI at all
		a.Light, a.Worst = db.NoData, db.NoData
	}
	return &a, err
}

func agreementConnection(p db.Page[db.Agreement]) *model.AgreementConnection {
	edges, info := edgesOf(p, func(n *db.Agreement, c string) *model.AgreementEdge { return &model.AgreementEdge{Node: n, Cursor: c} })
	return &model.AgreementConnection{Nodes: nonNil(p.Items), Edges: edges, PageInfo: info, TotalCount: p.Total}
}

func itemConnection(p db.Page[db.AgreementItem]) *model.AgreementItemConnection {
	edges, info := edgesOf(p, func(n *db.AgreementItem, c string) *model.AgreementItemEdge {
		return &model.AgreementItemEdge{Node: n, Cursor: c}
	})
	return &model.AgreementItemConnection{Nodes: nonNil(p.Items), Edges: edges, PageInfo: info, TotalCount: p.Total}
}

// english reports whether a text argument asks for English.
func english(lang *model.Language) bool { return lang != nil && *lang == model.LanguageEn }

// load fetches one object by id; a missing object is nil, not an error.
func load[T any](ctx context.Context, l *dataloadgen.Loader[int64, *T], id *int64) (*T, error) {
	return store.Load(ctx, l, id)
}
