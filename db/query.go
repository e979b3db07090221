package db

import (
	"context"
	"time"

	"gorm.io/gorm"

	"zielwerk/apperr"
)

// Page is one page of a list in keyset order (ascending id).
type Page[T any] struct {
	Items   []*T
	HasNext bool
	Total   int
}

// Scope narrows a query (a filter, or later the visibility rule).
type Scope = func(*gorm.DB) *gorm.DB

func noScope(q *gorm.DB) *gorm.DB { return q }

// List returns one page of T after the row with id after, plus the total
// count of rows in scope.
func List[T any](ctx context.Context, gdb *gorm.DB, scope Scope, first int, after int64) (Page[T], error) {
	if scope == nil {
		scope = noScope
	}
	var p Page[T]
	var total int64
	if err := gdb.WithContext(ctx).Model(new(T)).Scopes(scope).Count(&total).Error; err != nil {
		return p, err
	}
	if err := findAll(gdb.WithContext(ctx).Scopes(scope).Where("id > ?", after).Order("id").Limit(first+1), &p.Items); err != nil {
		return p, err
	}
	p.Total = int(total)
	p.HasNext = len(p.Items) > first
	if p.HasNext {
		p.Items = p.Items[:first]
	}
	return p, nil
}

// ListByParent returns one page per parent in two statements however many
// parents there are: a window function cuts each parent's rows to first+1,
// and one grouped count gives the totals. parentOf reads the parent column.
func ListByParent[T any](ctx context.Context, gdb *gorm.DB, parentCol string, parentOf func(*T) int64,
	parents []int64, scope Scope, first int, after int64) (map[int64]Page[T], error) {
	if scope == nil {
		scope = noScope
	}
	q := gdb.WithContext(ctx)
	var counts []struct {
		Parent int64
		N      int
	}
	if err := q.Model(new(T)).Scopes(scope).Select(parentCol+" AS parent, COUNT(*) AS n").
		Where(parentCol+" IN ?", parents).Group(parentCol).Scan(&counts).Error; err != nil {
		return nil, err
	}
	ranked := q.Model(new(T)).Scopes(scope).
		Select("*, ROW_NUMBER() OVER (PARTITION BY "+parentCol+" ORDER BY id) AS zw_rank").
		Where(parentCol+" IN ?", parents).Where("id > ?", after)
	var rows []*T
	if err := findAll(q.Table("(?) AS ranked", ranked).Where("zw_rank <= ?", first+1).
		Order(parentCol+", id"), &rows); err != nil {
		return nil, err
	}
	out := make(map[int64]Page[T], len(parents))
	for _, c := range counts {
		out[c.Parent] = Page[T]{Total: c.N}
	}
	for _, r := range rows {
		p := out[parentOf(r)]
		if len(p.Items) == first {
			p.HasNext = true
		} else {
			p.Items = append(p.Items, r)
		}
		out[parentOf(r)] = p
	}
	return out, nil
}

// ByIDs loads rows of T by primary key, keyed by id.
func ByIDs[T any](ctx context.Context, gdb *gorm.DB, ids []int64, idOf func(*T) int64) (map[int64]*T, error) {
	if len(ids) == 0 {
		return map[int64]*T{}, nil
	}
	var rows []*T
	if err := findAll(gdb.WithContext(ctx).Where("id IN ?", ids), &rows); err != nil {
		return nil, err
	}
	out := make(map[int64]*T, len(rows))
	for _, r := range rows {
		out[idOf(r)] = r
	}
	return out, nil
}

// YearSeries loads the rows of T whose parent is in parents and whose year
// lies in [from, to], ordered by year; e.g. budget lines per product.
func YearSeries[T any](ctx context.Context, gdb *gorm.DB, parentCol string, parentOf func(*T) int64,
	parents []int64, from, to int, order string) (map[int64][]*T, error) {
	var rows []*T
	if err := findAll(gdb.WithContext(ctx).Where(parentCol+" IN ? AND year BETWEEN ? AND ?", parents, from, to).
		Order(parentCol+", "+order), &rows); err != nil {
		return nil, err
	}
	out := make(map[int64][]*T, len(parents))
	for _, r := range rows {
		out[parentOf(r)] = append(out[parentOf(r)], r)
	}
	return out, nil
}

// ListOf loads the rows of T whose parent is in parents, ordered by parent
// and order; e.g. the items of agreements.
// scope (nil: none) narrows the rows, e.g. to agreements the viewer may read.
func ListOf[T any](ctx context.Context, gdb *gorm.DB, parentCol string, parents []int64, scope Scope, order string) ([]*T, error) {
	if scope == nil {
		scope = noScope
	}
	var rows []*T
	err := findAll(gdb.WithContext(ctx).Scopes(scope).Where(parentCol+" IN ?", parents).Order(parentCol+", "+order), &rows)
	return rows, err
}

// ActiveInYear keeps goals whose year range includes year (0 = all).
func ActiveInYear(year int) Scope {
	return func(q *gorm.DB) *gorm.DB {
		if year == 0 {
			return q
		}
		return q.Where("from_year <= ? AND to_year >= ?", year, year)
	}
}

// ExistingOn keeps org units that exist on day.
func ExistingOn(day time.Time) Scope {
	return func(q *gorm.DB) *gorm.DB {
		return q.Where("valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)", day, day)
	}
}

// FiscalYears lists the years that have budget lines or agreements.
func FiscalYears(ctx context.Context, gdb *gorm.DB) ([]int, error) {
	var years []int
	err := gdb.WithContext(ctx).Raw(
		"SELECT year FROM budget_lines UNION SELECT year FROM agreements UNION SELECT year FROM fiscal_years ORDER BY year").Scan(&years).Error
	return years, err
}

// ErrUnknownYear refuses a fiscal year Zielwerk holds no data for.
func ErrUnknownYear(year int) error {
	return apperr.BadInput("year", "year.unknown", "Für das Haushaltsjahr %d gibt es keine Daten.",
		"There is no data for fiscal year %d.", year)
}

// yearDay is 1 January of a fiscal year, UTC.
func yearDay(year int) time.Time { return time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC) }

// OrgUnitsOfKind keeps units existing on day, of one kind if given.
func OrgUnitsOfKind(kind *OrgUnitKind, day time.Time) Scope {
	return func(q *gorm.DB) *gorm.DB {
		q = ExistingOn(day)(q)
		if kind != nil {
			q = q.Where("kind = ?", *kind)
		}
		return q
	}
}
