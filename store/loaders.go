package store

import (
	"context"
	"errors"
	"time"

	"github.com/vikstrous/dataloadgen"
	"gorm.io/gorm"

	"zielwerk/access"
	"zielwerk/db"
)

// ListKey identifies one batched list request: a parent plus the arguments
// that shape the list. Keys that differ only in Parent share one statement.
type ListKey struct {
	Parent   int64
	First    int
	After    int64
	Year     int
	From, To int
	Day      string
}

// PageLoader loads one page of a list per parent.
type PageLoader[T any] = dataloadgen.Loader[ListKey, db.Page[T]]

// Loaders batch every list and lookup of one request (docs/request-flow.md):
// the number of statements grows with the query's depth, not with its rows.
// They belong to one Viewer; lists of agreements and of their rows (items,
// reviews, assessments) apply the viewer's visibility rule inside, so a
// caller that forgot to ask the policy still reads nothing it may not.
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

	OrgUnitChildren   *dataloadgen.Loader[ListKey, []*db.OrgUnit]
	GoalsByOrgUnit    *PageLoader[db.Goal]
	GoalsByParent     *PageLoader[db.Goal]
	GoalsByStrategic  *PageLoader[db.Goal]
	KPIsByGoal        *PageLoader[db.KPI]
	KPIsByProduct     *PageLoader[db.KPI]
	ProductsByOrgUnit *PageLoader[db.Product]
	MeasuresByOrgUnit *PageLoader[db.ConsolidationMeasure]
	MeasuresByProgr   *PageLoader[db.ConsolidationMeasure]

	KPIValues   *dataloadgen.Loader[ListKey, []*db.KPIValue]
	BudgetLines *dataloadgen.Loader[ListKey, []*db.BudgetLine]
	Savings     *dataloadgen.Loader[ListKey, []*db.MeasureSaving]

	GoalAchievement          *dataloadgen.Loader[ListKey, db.Achievement]
	StrategicGoalAchievement *dataloadgen.Loader[ListKey, db.Achievement]
	KPIAchievement           *dataloadgen.Loader[ListKey, db.Achievement]
	BudgetFigures            *dataloadgen.Loader[ListKey, db.BudgetFigures]

	Agreement             *dataloadgen.Loader[int64, *db.Agreement]
	AgreementsByOrgUnit   *PageLoader[db.Agreement]
	AgreementsByPrincipal *PageLoader[db.Agreement]
	AgreementsByAgent     *PageLoader[db.Agreement]
	ItemsByAgreement      *dataloadgen.Loader[ListKey, []*db.AgreementItem]
	ItemsByGoal           *PageLoader[db.AgreementItem]
	ReviewsByAgreement    *dataloadgen.Loader[ListKey, []*db.Review]
	AssessmentByAgreement *dataloadgen.Loader[ListKey, []*db.Assessment]
	RemarksByAgreement    *dataloadgen.Loader[ListKey, []*db.Remark]
	ObjectionByAgreement  *dataloadgen.Loader[ListKey, []*db.Objection]
	AssessedItems         *dataloadgen.Loader[ListKey, []*db.AgreementItem]
	ObjectionMembers      *dataloadgen.Loader[ListKey, []*db.ObjectionMember]
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
func grouped[V any](o opts, fetch func(ctx context.Context, parents []int64, args ListKey) (map[int64]V, error)) *dataloadgen.Loader[ListKey, V] {
	return dataloadgen.NewMappedLoader(func(ctx context.Context, keys []ListKey) (map[ListKey]V, error) {
		groups := map[ListKey][]int64{}
		for _, k := range keys {
			args := k
			args.Parent = 0
			groups[args] = append(groups[args], k.Parent)
		}
		out := make(map[ListKey]V, len(keys))
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
type scopeFunc func(ctx context.Context, k ListKey) (db.Scope, error)

func paged[T any](gdb *gorm.DB, o opts, parentCol string, parentOf func(*T) int64, scope scopeFunc) *PageLoader[T] {
	return grouped(o, func(ctx context.Context, parents []int64, k ListKey) (map[int64]db.Page[T], error) {
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

func series[T any](gdb *gorm.DB, o opts, parentCol string, parentOf func(*T) int64, order string) *dataloadgen.Loader[ListKey, []*T] {
	return grouped(o, func(ctx context.Context, parents []int64, k ListKey) (map[int64][]*T, error) {
		return db.YearSeries(ctx, gdb, parentCol, parentOf, parents, k.From, k.To, order)
	})
}

func achievements(gdb *gorm.DB, o opts, f func(context.Context, *gorm.DB, []int64, int) (map[int64]db.Achievement, error)) *dataloadgen.Loader[ListKey, db.Achievement] {
	return grouped(o, func(ctx context.Context, parents []int64, k ListKey) (map[int64]db.Achievement, error) {
		return f(ctx, gdb, parents, k.Year)
	})
}

func yearScope(_ context.Context, k ListKey) (db.Scope, error) { return db.ActiveInYear(k.Year), nil }

// visibleAgreements scopes agreement lists to the viewer and the year.
func (sv *Viewer) visibleAgreements(ctx context.Context, k ListKey) (db.Scope, error) {
	v, err := sv.Policy(ctx)
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
func (sv *Viewer) contentItems() scopeFunc {
	return sv.ofAgreements(func(v *access.Viewer) db.Scope { return v.ContentAgreements() })
}

// resultRows scopes assessments to agreements whose result the viewer may
// read (the parties, the OB's office, HR for pay-relevant ones).
func (sv *Viewer) resultRows() scopeFunc {
	return sv.ofAgreements(func(v *access.Viewer) db.Scope { return v.ResultAgreements() })
}

func (sv *Viewer) ofAgreements(rule func(*access.Viewer) db.Scope) scopeFunc {
	return func(ctx context.Context, k ListKey) (db.Scope, error) {
		v, err := sv.Policy(ctx)
		if err != nil {
			return nil, err
		}
		readable := sv.gdb.Model(&db.Agreement{}).Select("agreements.id").Scopes(rule(v))
		return func(q *gorm.DB) *gorm.DB { return q.Where("agreement_id IN (?)", readable) }, nil
	}
}

// listOf loads whole lists per parent, narrowed by scope: the rows of an
// agreement (items, reviews, assessment) are scoped here, in the loader,
// so a resolver that forgot to ask the policy still reads nothing it may
// not.
func listOf[T any](gdb *gorm.DB, o opts, parentCol string, parentOf func(*T) int64, scope scopeFunc, order string) *dataloadgen.Loader[ListKey, []*T] {
	return grouped(o, func(ctx context.Context, parents []int64, k ListKey) (map[int64][]*T, error) {
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

// newLoaders makes the loaders of sv; one set serves one request.
func newLoaders(sv *Viewer, wait time.Duration) *Loaders {
	if wait <= 0 {
		wait = DefaultLoaderWait
	}
	gdb := sv.gdb
	o := opts{dataloadgen.WithWait(wait)}
	l := &Loaders{
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

		OrgUnitChildren: grouped(o, func(ctx context.Context, parents []int64, k ListKey) (map[int64][]*db.OrgUnit, error) {
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
		BudgetFigures: grouped(o, func(ctx context.Context, units []int64, k ListKey) (map[int64]db.BudgetFigures, error) {
			return db.BudgetSuggestions(gdb.WithContext(ctx), units, k.Year)
		}),

		AgreementsByOrgUnit:   paged(gdb, o, "org_unit_id", func(a *db.Agreement) int64 { return a.OrgUnitID }, sv.visibleAgreements),
		AgreementsByPrincipal: paged(gdb, o, "principal_id", func(a *db.Agreement) int64 { return a.PrincipalID }, sv.visibleAgreements),
		AgreementsByAgent:     paged(gdb, o, "agent_id", func(a *db.Agreement) int64 { return a.AgentID }, sv.visibleAgreements),
		ItemsByAgreement:      listOf(gdb, o, "agreement_id", func(i *db.AgreementItem) int64 { return i.AgreementID }, sv.contentItems(), "position"),
		ItemsByGoal:           paged(gdb, o, "goal_id", func(i *db.AgreementItem) int64 { return *i.GoalID }, sv.contentItems()),
		ReviewsByAgreement:    listOf(gdb, o, "agreement_id", func(r *db.Review) int64 { return r.AgreementID }, sv.contentItems(), "held_on"),
		AssessmentByAgreement: listOf(gdb, o, "agreement_id", func(a *db.Assessment) int64 { return a.AgreementID }, sv.resultRows(), "id"),
		RemarksByAgreement:    listOf(gdb, o, "agreement_id", func(r *db.Remark) int64 { return r.AgreementID }, sv.contentItems(), "id"),
		AssessedItems:         listOf(gdb, o, "agreement_id", func(i *db.AgreementItem) int64 { return i.AgreementID }, sv.ofAgreements(func(v *access.Viewer) db.Scope { return v.AssessmentAgreements() }), "position"),
		ObjectionByAgreement:  listOf(gdb, o, "agreement_id", func(x *db.Objection) int64 { return x.AgreementID }, sv.resultRows(), "agreement_id"),
		ObjectionMembers:      listOf(gdb, o, "agreement_id", func(x *db.ObjectionMember) int64 { return x.AgreementID }, sv.resultRows(), "person_id"),
	}
	// Agreements by id go through the visibility rule like every list.
	l.Agreement = dataloadgen.NewMappedLoader(func(ctx context.Context, ids []int64) (map[int64]*db.Agreement, error) {
		v, err := sv.Policy(ctx)
		if err != nil {
			return nil, err
		}
		return db.ByIDs(ctx, gdb.Scopes(v.VisibleAgreements()), ids, func(a *db.Agreement) int64 { return a.ID })
	}, o...)
	return l
}

// Load fetches one object by id through l; a missing object is nil, not
// an error.
func Load[T any](ctx context.Context, l *dataloadgen.Loader[int64, *T], id *int64) (*T, error) {
	if id == nil {
		return nil, nil
	}
	v, err := l.Load(ctx, *id)
	if errors.Is(err, dataloadgen.ErrNotFound) {
		return nil, nil
	}
	return v, err
}

// LoadAll looks ids up through l in one batch, by id; ids without an
// object are left out.
func LoadAll[T any](ctx context.Context, l *dataloadgen.Loader[int64, *T], ids []int64) (map[int64]*T, error) {
	values, err := l.LoadAll(ctx, ids)
	var errs dataloadgen.ErrorSlice
	if err != nil && !errors.As(err, &errs) {
		return nil, err
	}
	out := make(map[int64]*T, len(ids))
	for i, id := range ids {
		if i < len(errs) && errs[i] != nil {
			if !errors.Is(errs[i], dataloadgen.ErrNotFound) {
				return nil, errs[i]
			}
			continue
		}
		out[id] = values[i]
	}
	return out, nil
}
