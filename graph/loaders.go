package graph

import (
	"context"
	"errors"
	"net/http"
	"sync"
	"time"

	"github.com/vikstrous/dataloadgen"
	"gorm.io/gorm"

	"zielwerk/access"
	"zielwerk/db"
	"zielwerk/identity"
)

// listKey identifies one batched list request: a parent plus the arguments
// that shape the list. Keys that differ only in Parent share one statement.
type listKey struct {
	Parent   int64
	First    int
	After    int64
	Year     int
	From, To int
	Day      string
}

type pageLoader[T any] = dataloadgen.Loader[listKey, db.Page[T]]

// Loaders batch every list and lookup of one request (DESIGN.md §3 rule 2):
// the number of statements grows with the query's depth, not with its rows.
type Loaders struct {
	OrgUnit       *dataloadgen.Loader[int64, *db.OrgUnit]
	Person        *dataloadgen.Loader[int64, *db.Person]
	StrategicGoal *dataloadgen.Loader[int64, *db.StrategicGoal]
	Goal          *dataloadgen.Loader[int64, *db.Goal]
	Product       *dataloadgen.Loader[int64, *db.Product]
	ProductGroup  *dataloadgen.Loader[int64, *db.ProductGroup]
	ProductArea   *dataloadgen.Loader[int64, *db.ProductArea]
	KPI           *dataloadgen.Loader[int64, *db.KPI]
	Programme     *dataloadgen.Loader[int64, *db.ConsolidationProgramme]
	Measure       *dataloadgen.Loader[int64, *db.ConsolidationMeasure]

	OrgUnitChildren   *dataloadgen.Loader[listKey, []*db.OrgUnit]
	GoalsByOrgUnit    *pageLoader[db.Goal]
	GoalsByParent     *pageLoader[db.Goal]
	GoalsByStrategic  *pageLoader[db.Goal]
	KPIsByGoal        *pageLoader[db.KPI]
	KPIsByProduct     *pageLoader[db.KPI]
	ProductsByOrgUnit *pageLoader[db.Product]
	MeasuresByOrgUnit *pageLoader[db.ConsolidationMeasure]
	MeasuresByProgr   *pageLoader[db.ConsolidationMeasure]

	KPIValues   *dataloadgen.Loader[listKey, []*db.KPIValue]
	BudgetLines *dataloadgen.Loader[listKey, []*db.BudgetLine]
	Savings     *dataloadgen.Loader[listKey, []*db.MeasureSaving]

	GoalAchievement          *dataloadgen.Loader[listKey, db.Achievement]
	StrategicGoalAchievement *dataloadgen.Loader[listKey, db.Achievement]
	KPIAchievement           *dataloadgen.Loader[listKey, db.Achievement]
	BudgetFigures            *dataloadgen.Loader[listKey, db.BudgetFigures]

	Agreement             *dataloadgen.Loader[int64, *db.Agreement]
	AgreementsByOrgUnit   *pageLoader[db.Agreement]
	AgreementsByPrincipal *pageLoader[db.Agreement]
	AgreementsByAgent     *pageLoader[db.Agreement]
	ItemsByAgreement      *dataloadgen.Loader[listKey, []*db.AgreementItem]
	ItemsByGoal           *pageLoader[db.AgreementItem]
	ReviewsByAgreement    *dataloadgen.Loader[listKey, []*db.Review]
	AssessmentByAgreement *dataloadgen.Loader[listKey, []*db.Assessment]

	viewerOnce sync.Once
	viewer     *access.Viewer
	viewerErr  error

	versionsOnce sync.Once
	versions     map[string]int64
	versionsErr  error

	gdb   *gorm.DB
	cache *sharedCache
}

// cacheVersions reads the version rows once per request.
func (l *Loaders) cacheVersions(ctx context.Context) (map[string]int64, error) {
	l.versionsOnce.Do(func() { l.versions, l.versionsErr = db.CacheVersions(ctx, l.gdb) })
	return l.versions, l.versionsErr
}

// Viewer is the signed-in person as the access policy sees them, built
// once per request from the cached org tree.
func (l *Loaders) Viewer(ctx context.Context) (*access.Viewer, error) {
	l.viewerOnce.Do(func() {
		p := identity.FromContext(ctx)
		if p == nil {
			return
		}
		versions, err := l.cacheVersions(ctx)
		if err != nil {
			l.viewerErr = err
			return
		}
		units, err := l.cache.orgTree(ctx, l.gdb, versions[db.VersionOrgTree])
		if err != nil {
			l.viewerErr = err
			return
		}
		l.viewer = access.FromUnits(p, units, day(ctx, nil))
	})
	return l.viewer, l.viewerErr
}

// fiscalYears lists the known fiscal years, from the cache.
func (l *Loaders) fiscalYears(ctx context.Context) ([]int, error) {
	versions, err := l.cacheVersions(ctx)
	if err != nil {
		return nil, err
	}
	return l.cache.fiscalYears(ctx, l.gdb, versions[db.VersionFiscalYears])
}

// DefaultLoaderWait is how long a loader collects keys before it runs its
// batch: long enough for the resolvers of one level to ask, short enough
// not to be felt.
const DefaultLoaderWait = 5 * time.Millisecond

// opts configures every loader of one request.
type opts = []dataloadgen.Option

func byID[T any](gdb *gorm.DB, o opts, idOf func(*T) int64) *dataloadgen.Loader[int64, *T] {
	return dataloadgen.NewMappedLoader(func(ctx context.Context, ids []int64) (map[int64]*T, error) {
		return db.ByIDs(ctx, gdb, ids, idOf)
	}, o...)
}

// grouped batches keys by their arguments and asks fetch once per group.
// A parent that fetch leaves out gets V's zero value (an empty list).
func grouped[V any](o opts, fetch func(ctx context.Context, parents []int64, args listKey) (map[int64]V, error)) *dataloadgen.Loader[listKey, V] {
	return dataloadgen.NewMappedLoader(func(ctx context.Context, keys []listKey) (map[listKey]V, error) {
		groups := map[listKey][]int64{}
		for _, k := range keys {
			args := k
			args.Parent = 0
			groups[args] = append(groups[args], k.Parent)
		}
		out := make(map[listKey]V, len(keys))
		for args, parents := range groups {
			m, err := fetch(ctx, parents, args)
			if err != nil {
				return nil, err
			}
			for _, p := range parents {
				k := args
				k.Parent = p
				out[k] = m[p]
			}
		}
		return out, nil
	}, o...)
}

// scopeFunc narrows a batched list; it may depend on the request (the
// viewer) and on the list's arguments.
type scopeFunc func(ctx context.Context, k listKey) (db.Scope, error)

func paged[T any](gdb *gorm.DB, o opts, parentCol string, parentOf func(*T) int64, scope scopeFunc) *pageLoader[T] {
	return grouped(o, func(ctx context.Context, parents []int64, k listKey) (map[int64]db.Page[T], error) {
		var s db.Scope
		if scope != nil {
			var err error
			if s, err = scope(ctx, k); err != nil {
				return nil, err
			}
		}
		return db.ListByParent(ctx, gdb, parentCol, parentOf, parents, s, k.First, k.After)
	})
}

func series[T any](gdb *gorm.DB, o opts, parentCol string, parentOf func(*T) int64, order string) *dataloadgen.Loader[listKey, []*T] {
	return grouped(o, func(ctx context.Context, parents []int64, k listKey) (map[int64][]*T, error) {
		return db.YearSeries(ctx, gdb, parentCol, parentOf, parents, k.From, k.To, order)
	})
}

func achievements(gdb *gorm.DB, o opts, f func(context.Context, *gorm.DB, []int64, int) (map[int64]db.Achievement, error)) *dataloadgen.Loader[listKey, db.Achievement] {
	return grouped(o, func(ctx context.Context, parents []int64, k listKey) (map[int64]db.Achievement, error) {
		return f(ctx, gdb, parents, k.Year)
	})
}

func yearScope(_ context.Context, k listKey) (db.Scope, error) { return db.ActiveInYear(k.Year), nil }

// visibleAgreements scopes agreement lists to the viewer and the year.
func visibleAgreements(ctx context.Context, k listKey) (db.Scope, error) {
	v, err := loadersFrom(ctx).Viewer(ctx)
	if err != nil {
		return nil, err
	}
	return func(q *gorm.DB) *gorm.DB {
		q = v.VisibleAgreements()(q)
		if k.Year != 0 {
			q = q.Where("agreements.year = ?", k.Year)
		}
		return q
	}, nil
}

// contentItems scopes rows of an agreement (items, reviews) to agreements
// whose content the viewer may read.
func contentItems(gdb *gorm.DB) scopeFunc {
	return ofAgreements(gdb, func(v *access.Viewer) db.Scope { return v.ContentAgreements() })
}

// resultRows scopes assessments to agreements whose result the viewer may
// read (the parties, the OB's office, HR for pay-relevant ones).
func resultRows(gdb *gorm.DB) scopeFunc {
	return ofAgreements(gdb, func(v *access.Viewer) db.Scope { return v.ResultAgreements() })
}

func ofAgreements(gdb *gorm.DB, rule func(*access.Viewer) db.Scope) scopeFunc {
	return func(ctx context.Context, k listKey) (db.Scope, error) {
		v, err := loadersFrom(ctx).Viewer(ctx)
		if err != nil {
			return nil, err
		}
		readable := gdb.Model(&db.Agreement{}).Select("agreements.id").Scopes(rule(v))
		return func(q *gorm.DB) *gorm.DB { return q.Where("agreement_id IN (?)", readable) }, nil
	}
}

// listOf loads whole lists per parent, narrowed by scope: the rows of an
// agreement (items, reviews, assessment) are scoped here, in the loader,
// so a resolver that forgot to ask the policy still reads nothing it may
// not.
func listOf[T any](gdb *gorm.DB, o opts, parentCol string, parentOf func(*T) int64, scope scopeFunc, order string) *dataloadgen.Loader[listKey, []*T] {
	return grouped(o, func(ctx context.Context, parents []int64, k listKey) (map[int64][]*T, error) {
		s, err := scope(ctx, k)
		if err != nil {
			return nil, err
		}
		rows, err := db.ListOf[T](ctx, gdb, parentCol, parents, s, order)
		out := map[int64][]*T{}
		for _, r := range rows {
			out[parentOf(r)] = append(out[parentOf(r)], r)
		}
		return out, err
	})
}

// NewLoaders makes a fresh set of loaders; one set serves one request.
func NewLoaders(gdb *gorm.DB, wait time.Duration, cache *sharedCache) *Loaders {
	if wait <= 0 {
		wait = DefaultLoaderWait
	}
	o := opts{dataloadgen.WithWait(wait)}
	l := &Loaders{
		gdb:           gdb,
		cache:         cache,
		OrgUnit:       byID(gdb, o, func(u *db.OrgUnit) int64 { return u.ID }),
		Person:        byID(gdb, o, func(p *db.Person) int64 { return p.ID }),
		StrategicGoal: byID(gdb, o, func(s *db.StrategicGoal) int64 { return s.ID }),
		Goal:          byID(gdb, o, func(g *db.Goal) int64 { return g.ID }),
		Product:       byID(gdb, o, func(p *db.Product) int64 { return p.ID }),
		ProductGroup:  byID(gdb, o, func(p *db.ProductGroup) int64 { return p.ID }),
		ProductArea:   byID(gdb, o, func(p *db.ProductArea) int64 { return p.ID }),
		KPI:           byID(gdb, o, func(k *db.KPI) int64 { return k.ID }),
		Programme:     byID(gdb, o, func(p *db.ConsolidationProgramme) int64 { return p.ID }),
		Measure:       byID(gdb, o, func(m *db.ConsolidationMeasure) int64 { return m.ID }),

		OrgUnitChildren: grouped(o, func(ctx context.Context, parents []int64, k listKey) (map[int64][]*db.OrgUnit, error) {
			day, _ := time.Parse(time.DateOnly, k.Day)
			var rows []*db.OrgUnit
			err := gdb.WithContext(ctx).Scopes(db.ExistingOn(day)).Where("parent_id IN ?", parents).Order("code").Find(&rows).Error
			out := map[int64][]*db.OrgUnit{}
			for _, r := range rows {
				out[*r.ParentID] = append(out[*r.ParentID], r)
			}
			return out, err
		}),
		GoalsByOrgUnit:    paged(gdb, o, "org_unit_id", func(g *db.Goal) int64 { return g.OrgUnitID }, yearScope),
		GoalsByParent:     paged(gdb, o, "parent_goal_id", func(g *db.Goal) int64 { return *g.ParentGoalID }, nil),
		GoalsByStrategic:  paged(gdb, o, "strategic_goal_id", func(g *db.Goal) int64 { return *g.StrategicGoalID }, yearScope),
		KPIsByGoal:        paged(gdb, o, "goal_id", func(k *db.KPI) int64 { return *k.GoalID }, nil),
		KPIsByProduct:     paged(gdb, o, "product_id", func(k *db.KPI) int64 { return *k.ProductID }, nil),
		ProductsByOrgUnit: paged(gdb, o, "org_unit_id", func(p *db.Product) int64 { return p.OrgUnitID }, nil),
		MeasuresByOrgUnit: paged(gdb, o, "org_unit_id", func(m *db.ConsolidationMeasure) int64 { return m.OrgUnitID }, nil),
		MeasuresByProgr:   paged(gdb, o, "programme_id", func(m *db.ConsolidationMeasure) int64 { return m.ProgrammeID }, nil),

		KPIValues:   series(gdb, o, "kpi_id", func(v *db.KPIValue) int64 { return v.KPIID }, "year, quarter, month"),
		BudgetLines: series(gdb, o, "product_id", func(b *db.BudgetLine) int64 { return b.ProductID }, "year"),
		Savings:     series(gdb, o, "measure_id", func(s *db.MeasureSaving) int64 { return s.MeasureID }, "year"),

		GoalAchievement:          achievements(gdb, o, db.GoalAchievements),
		StrategicGoalAchievement: achievements(gdb, o, db.StrategicGoalAchievements),
		KPIAchievement:           achievements(gdb, o, db.KPIAchievements),
		BudgetFigures: grouped(o, func(ctx context.Context, units []int64, k listKey) (map[int64]db.BudgetFigures, error) {
			return db.BudgetSuggestions(gdb.WithContext(ctx), units, k.Year)
		}),

		AgreementsByOrgUnit:   paged(gdb, o, "org_unit_id", func(a *db.Agreement) int64 { return a.OrgUnitID }, visibleAgreements),
		AgreementsByPrincipal: paged(gdb, o, "principal_id", func(a *db.Agreement) int64 { return a.PrincipalID }, visibleAgreements),
		AgreementsByAgent:     paged(gdb, o, "agent_id", func(a *db.Agreement) int64 { return a.AgentID }, visibleAgreements),
		ItemsByAgreement:      listOf(gdb, o, "agreement_id", func(i *db.AgreementItem) int64 { return i.AgreementID }, contentItems(gdb), "position"),
		ItemsByGoal:           paged(gdb, o, "goal_id", func(i *db.AgreementItem) int64 { return *i.GoalID }, contentItems(gdb)),
		ReviewsByAgreement:    listOf(gdb, o, "agreement_id", func(r *db.Review) int64 { return r.AgreementID }, contentItems(gdb), "held_on"),
		AssessmentByAgreement: listOf(gdb, o, "agreement_id", func(a *db.Assessment) int64 { return a.AgreementID }, resultRows(gdb), "id"),
	}
	// Agreements by id go through the visibility rule like every list.
	l.Agreement = dataloadgen.NewMappedLoader(func(ctx context.Context, ids []int64) (map[int64]*db.Agreement, error) {
		v, err := l.Viewer(ctx)
		if err != nil {
			return nil, err
		}
		return db.ByIDs(ctx, gdb.Scopes(v.VisibleAgreements()), ids, func(a *db.Agreement) int64 { return a.ID })
	}, o...)
	return l
}

type loadersKey struct{}

// WithLoaders gives every request its own loaders (and so its own cache).
func WithLoaders(gdb *gorm.DB, wait time.Duration, next http.Handler) http.Handler {
	cache := &sharedCache{}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := context.WithValue(r.Context(), loadersKey{}, NewLoaders(gdb, wait, cache))
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func loadersFrom(ctx context.Context) *Loaders {
	if l, ok := ctx.Value(loadersKey{}).(*Loaders); ok {
		return l
	}
	panic("graph: request without loaders; wrap the handler with WithLoaders")
}

// load fetches one object by id; a missing object is nil, not an error.
func load[T any](ctx context.Context, l *dataloadgen.Loader[int64, *T], id *int64) (*T, error) {
	if id == nil {
		return nil, nil
	}
	v, err := l.Load(ctx, *id)
	if errors.Is(err, dataloadgen.ErrNotFound) {
		return nil, nil
	}
	return v, err
}
