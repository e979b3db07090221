package store

import (
	"context"
	"slices"
	"time"

	"gorm.io/gorm"

	"zielwerk/clock"
	"zielwerk/db"
)

// KPIFilter narrows the KPI catalogue; zero fields do not. Light and
// Overdue are judged for Year.
type KPIFilter struct {
	Year int
	// OrgUnitID: KPIs of goals or products of this unit or a unit below.
	OrgUnitID int64
	// GoalID: KPIs of this goal or a goal below it.
	GoalID  int64
	Light   *db.TrafficLight
	Overdue bool // the latest period of Year that is due (db.LastDuePeriod) has no actual
}

// KPIs pages the KPIs that match f, by id. Light and Overdue need the
// year's values: those KPIs are judged in one statement each, then paged.
func (sv *Viewer) KPIs(ctx context.Context, f KPIFilter, first int, after int64) (db.Page[db.KPI], error) {
	scope, err := sv.kpiScope(ctx, f)
	if err != nil {
		return db.Page[db.KPI]{}, err
	}
	if f.Light == nil && !f.Overdue {
		return db.List[db.KPI](ctx, sv.gdb, scope, first, after)
	}
	var all []*db.KPI
	if err := sv.db(ctx).Scopes(scope).Order("id").Find(&all).Error; err != nil {
		return db.Page[db.KPI]{}, err
	}
	ids := make([]int64, len(all))
	for i, k := range all {
		ids[i] = k.ID
	}
	keep := map[int64]bool{}
	for _, id := range ids {
		keep[id] = true
	}
	if f.Light != nil {
		a, err := db.KPIAchievements(ctx, sv.gdb, ids, f.Year)
		if err != nil {
			return db.Page[db.KPI]{}, err
		}
		for _, id := range ids {
			light := db.NoData
			if x, ok := a[id]; ok && x.Light != "" {
				light = x.Light
			}
			keep[id] = keep[id] && light == *f.Light
		}
	}
	if f.Overdue {
		overdue, err := sv.overdueKPIs(ctx, all, f.Year, clock.Today(ctx))
		if err != nil {
			return db.Page[db.KPI]{}, err
		}
		for _, id := range ids {
			keep[id] = keep[id] && overdue[id]
		}
	}
	var p db.Page[db.KPI]
	for _, k := range all {
		if !keep[k.ID] {
			continue
		}
		p.Total++
		if k.ID > after && len(p.Items) <= first {
			p.Items = append(p.Items, k)
		}
	}
	if len(p.Items) > first {
		p.Items, p.HasNext = p.Items[:first], true
	}
	return p, nil
}

// kpiScope narrows KPIs by unit (with the units below) and goal (with the
// goals below).
func (sv *Viewer) kpiScope(ctx context.Context, f KPIFilter) (db.Scope, error) {
	var units []int64
	if f.OrgUnitID != 0 {
		tree, err := sv.orgTree(ctx)
		if err != nil {
			return nil, err
		}
		units = db.Subtree(tree, f.OrgUnitID)
	}
	return func(q *gorm.DB) *gorm.DB {
		if units != nil {
			q = q.Where("goal_id IN (SELECT id FROM goals WHERE org_unit_id IN ?) OR product_id IN (SELECT id FROM products WHERE org_unit_id IN ?)",
				units, units)
		}
		if f.GoalID != 0 {
			q = q.Where(`goal_id IN (WITH RECURSIVE below(id) AS (SELECT id FROM goals WHERE id = ?
  UNION ALL SELECT g.id FROM goals g JOIN below b ON g.parent_goal_id = b.id) SELECT id FROM below)`, f.GoalID)
		}
		return q
	}, nil
}

// overdueKPIs: KPIs whose latest period of year that is due by today has
// no actual, by the tasks' own rule (db.LastDuePeriod: a period's value
// is due KPIGrace after it ended).
func (sv *Viewer) overdueKPIs(ctx context.Context, kpis []*db.KPI, year int, today time.Time) (map[int64]bool, error) {
	ids := make([]int64, len(kpis))
	for i, k := range kpis {
		ids[i] = k.ID
	}
	var values []db.KPIValue
	if err := sv.db(ctx).Where("kpi_id IN ? AND year = ? AND actual IS NOT NULL", ids, year).Find(&values).Error; err != nil {
		return nil, err
	}
	type period struct{ q, m int }
	have := map[int64][]period{}
	for _, v := range values {
		have[v.KPIID] = append(have[v.KPIID], period{v.Quarter, v.Month})
	}
	out := map[int64]bool{}
	for _, k := range kpis {
		q, m, due := db.LastDuePeriod(k.Frequency, year, today)
		out[k.ID] = due && !slices.Contains(have[k.ID], period{q, m})
	}
	return out, nil
}

// orgTree is the cached tree of units.
func (sv *Viewer) orgTree(ctx context.Context) ([]db.OrgUnit, error) {
	versions, err := sv.cacheVersions(ctx)
	if err != nil {
		return nil, err
	}
	return sv.cache.orgTree(ctx, sv.gdb, versions[db.VersionOrgTree])
}
