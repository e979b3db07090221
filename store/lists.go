package store

import (
	"context"
	"database/sql"
	"sort"
	"strings"
	"time"

	"gorm.io/gorm"

	"zielwerk/db"
)

// Lists of the graph's top-level fields. Master data (units, goals, KPIs,
// products, measures) is readable by every signed-in person; agreements
// go through the viewer's visibility rule.

// Side narrows agreements to the viewer's side of them.
type Side int

const (
	EitherSide  Side = iota // every visible agreement
	AsPrincipal             // the viewer is the principal (Zielgeber)
	AsAgent                 // the viewer is the agent (Zielnehmer)
)

// AgreementFilter narrows the visible agreements; zero fields do not.
type AgreementFilter struct {
	Year   int
	Status *db.AgreementStatus
	Side   Side
	// OrgUnitID narrows to the agreements of the unit and of every unit
	// below it, as the KPI filter does: a Dezernent's area is the Dezernat
	// with its Ämter.
	OrgUnitID int64
	// Search matches the agent's or principal's name or the unit's code or
	// name, without case.
	Search string
}

// agreements is the viewer's visibility rule narrowed by f; the list and
// the executive view share it.
func (sv *Viewer) agreements(ctx context.Context, f AgreementFilter) (db.Scope, error) {
	v, err := sv.Policy(ctx)
	if err != nil {
		return nil, err
	}
	var units []int64
	if f.OrgUnitID != 0 {
		tree, err := sv.orgTree(ctx)
		if err != nil {
			return nil, err
		}
		units = db.Subtree(tree, f.OrgUnitID) // the unit itself even when no longer in the tree
	}
	return func(q *gorm.DB) *gorm.DB {
		q = v.VisibleAgreements()(q)
		if f.Year != 0 {
			q = q.Where("year = ?", f.Year)
		}
		if f.Status != nil {
			q = q.Where("status = ?", *f.Status)
		}
		switch f.Side {
		case AsPrincipal:
			q = q.Where("principal_id = ?", v.PersonID)
		case AsAgent:
			q = q.Where("agent_id = ?", v.PersonID)
		}
		if units != nil {
			q = q.Where("org_unit_id IN ?", units)
		}
		if s := strings.TrimSpace(f.Search); s != "" {
			like := "%" + strings.ToLower(s) + "%"
			q = q.Where(`agent_id IN (SELECT id FROM people WHERE LOWER(name) LIKE @s) OR principal_id IN (SELECT id FROM people WHERE LOWER(name) LIKE @s)
  OR org_unit_id IN (SELECT id FROM org_units WHERE LOWER(name) LIKE @s OR LOWER(code) LIKE @s)`, sql.Named("s", like))
		}
		return q
	}, nil
}

// Agreements pages the visible agreements that match f.
func (sv *Viewer) Agreements(ctx context.Context, f AgreementFilter, first int, after int64) (db.Page[db.Agreement], error) {
	scope, err := sv.agreements(ctx, f)
	if err != nil {
		return db.Page[db.Agreement]{}, err
	}
	return db.List[db.Agreement](ctx, sv.gdb, scope, first, after)
}

// DezernatAgreements are the visible agreements the OB concludes with the
// Dezernate in year, by unit; empty for anyone who sees none of them.
func (sv *Viewer) DezernatAgreements(ctx context.Context, year int) ([]*db.Agreement, error) {
	v, err := sv.Policy(ctx)
	if err != nil || v == nil || len(v.OB) == 0 {
		return nil, err
	}
	var out []*db.Agreement
	err = sv.db(ctx).Scopes(v.VisibleAgreements()).
		Where("year = ? AND principal_id IN ?", year, v.OB).Order("org_unit_id").Find(&out).Error
	return out, err
}

// GoalFilter narrows goals; zero fields do not.
type GoalFilter struct {
	Year      int // active in that year
	OrgUnitID int64
	Unlinked  bool // tracing to no strategic goal
}

// Goals pages the goals that match f.
func (sv *Viewer) Goals(ctx context.Context, f GoalFilter, first int, after int64) (db.Page[db.Goal], error) {
	scope := func(q *gorm.DB) *gorm.DB {
		q = db.ActiveInYear(f.Year)(q)
		if f.OrgUnitID != 0 {
			q = q.Where("org_unit_id = ?", f.OrgUnitID)
		}
		if f.Unlinked {
			q = q.Where("traced_strategic_goal_id IS NULL")
		}
		return q
	}
	return db.List[db.Goal](ctx, sv.gdb, scope, first, after)
}

// StrategicGoals lists the strategic goals by number.
func (sv *Viewer) StrategicGoals(ctx context.Context) ([]*db.StrategicGoal, error) {
	var out []*db.StrategicGoal
	return out, sv.db(ctx).Order("number").Find(&out).Error
}

// Products pages the products, of one product area (1–17) unless area is 0.
func (sv *Viewer) Products(ctx context.Context, area int, first int, after int64) (db.Page[db.Product], error) {
	var scope db.Scope
	if area != 0 {
		scope = func(q *gorm.DB) *gorm.DB {
			return q.Where("group_id IN (SELECT g.id FROM product_groups g JOIN product_areas a ON a.id = g.area_id WHERE a.number = ?)", area)
		}
	}
	return db.List[db.Product](ctx, sv.gdb, scope, first, after)
}

// ConsolidationProgrammes lists the HSP programmes.
func (sv *Viewer) ConsolidationProgrammes(ctx context.Context) ([]*db.ConsolidationProgramme, error) {
	var out []*db.ConsolidationProgramme
	return out, sv.db(ctx).Order("id").Find(&out).Error
}

// ConsolidationMeasures pages the HSP measures, of one status unless nil.
func (sv *Viewer) ConsolidationMeasures(ctx context.Context, status *db.MeasureStatus, first int, after int64) (db.Page[db.ConsolidationMeasure], error) {
	var scope db.Scope
	if status != nil {
		scope = func(q *gorm.DB) *gorm.DB { return q.Where("status = ?", *status) }
	}
	return db.List[db.ConsolidationMeasure](ctx, sv.gdb, scope, first, after)
}

// OrgRoots lists the units without a parent that exist on day.
func (sv *Viewer) OrgRoots(ctx context.Context, day time.Time) ([]*db.OrgUnit, error) {
	var out []*db.OrgUnit
	err := sv.db(ctx).Scopes(db.ExistingOn(day)).Where("parent_id IS NULL").Order("code").Find(&out).Error
	return out, err
}

// OrgUnits pages the units that exist on day, of one kind unless nil.
func (sv *Viewer) OrgUnits(ctx context.Context, kind *db.OrgUnitKind, day time.Time, first int, after int64) (db.Page[db.OrgUnit], error) {
	return db.List[db.OrgUnit](ctx, sv.gdb, db.OrgUnitsOfKind(kind, day), first, after)
}

// AgreementList is every visible agreement that matches f, by year and
// id (for exports; the graph pages with Agreements).
func (sv *Viewer) AgreementList(ctx context.Context, f AgreementFilter) ([]*db.Agreement, error) {
	scope, err := sv.agreements(ctx, f)
	if err != nil {
		return nil, err
	}
	var out []*db.Agreement
	return out, sv.db(ctx).Scopes(scope).Order("year, id").Find(&out).Error
}

// KPITable is every KPI by id with its yearly values (no quarter or
// month) of year, by KPI id.
func (sv *Viewer) KPITable(ctx context.Context, year int) ([]*db.KPI, map[int64]*db.KPIValue, error) {
	q := sv.db(ctx)
	var kpis []*db.KPI
	if err := q.Order("id").Find(&kpis).Error; err != nil {
		return nil, nil, err
	}
	var values []*db.KPIValue
	if err := q.Where("year = ? AND quarter = 0 AND month = 0", year).Find(&values).Error; err != nil {
		return nil, nil, err
	}
	byKPI := make(map[int64]*db.KPIValue, len(values))
	for _, v := range values {
		byKPI[v.KPIID] = v
	}
	return kpis, byKPI, nil
}

// PeopleFilter narrows the directory.
type PeopleFilter struct {
	Search      string // in name or position; for who may see e-mails also in the e-mail
	IncludeLeft bool
}

// People pages the directory by f.
func (sv *Viewer) People(ctx context.Context, f PeopleFilter, first int, after int64) (db.Page[db.Person], error) {
	v, err := sv.Policy(ctx)
	if err != nil {
		return db.Page[db.Person]{}, err
	}
	scope := func(q *gorm.DB) *gorm.DB {
		if !f.IncludeLeft {
			q = q.Where("left_on IS NULL")
		}
		if s := strings.TrimSpace(f.Search); s != "" {
			like := "%" + strings.ToLower(s) + "%"
			if v.MaySeeEveryonesDetails() {
				q = q.Where("LOWER(name) LIKE ? OR LOWER(position) LIKE ? OR LOWER(email) LIKE ?", like, like, like)
			} else {
				q = q.Where("LOWER(name) LIKE ? OR LOWER(position) LIKE ?", like, like)
			}
		}
		return q
	}
	return db.List[db.Person](ctx, sv.gdb, scope, first, after)
}

// MeasureShortfall is an HSP measure's planned and realised saving of a
// year.
type MeasureShortfall struct {
	Measure        *db.ConsolidationMeasure
	PlannedCents   int64
	RealisedCents  *int64
	ShortfallCents int64
}

// MeasureShortfalls lists the measures with a planned saving in year by
// shortfall, largest first (then by number), at most first.
func (sv *Viewer) MeasureShortfalls(ctx context.Context, year, first int) ([]MeasureShortfall, error) {
	var savings []db.MeasureSaving
	if err := sv.db(ctx).Where("year = ?", year).Find(&savings).Error; err != nil {
		return nil, err
	}
	ids := make([]int64, len(savings))
	for i, s := range savings {
		ids[i] = s.MeasureID
	}
	measures, err := LoadAll(ctx, sv.Loaders.Measure, ids)
	if err != nil {
		return nil, err
	}
	out := make([]MeasureShortfall, 0, len(savings))
	for _, s := range savings {
		m := measures[s.MeasureID]
		if m == nil {
			continue
		}
		var realised int64
		if s.RealisedCents != nil {
			realised = *s.RealisedCents
		}
		out = append(out, MeasureShortfall{Measure: m, PlannedCents: s.PlannedCents, RealisedCents: s.RealisedCents,
			ShortfallCents: s.PlannedCents - realised})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].ShortfallCents != out[j].ShortfallCents {
			return out[i].ShortfallCents > out[j].ShortfallCents
		}
		return out[i].Measure.Number < out[j].Measure.Number
	})
	return out[:min(len(out), first)], nil
}
