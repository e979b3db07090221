package graph

import (
	"context"
	"zielwerk/db"
	"zielwerk/graph/generated"
	"zielwerk/graph/model"
	"zielwerk/store"
)

func (r *alignmentReportResolver) UnlinkedGoals(ctx context.Context, obj *model.AlignmentReport, first *int, after *string) (*model.GoalConnection, error) {
	limit, afterID, err := model.PageArgs(first, after)
	if err != nil {
		return nil, err
	}
	p, err := viewerFrom(ctx).Goals(ctx, store.GoalFilter{Year: obj.Year, Unlinked: true}, limit, afterID)
	return goalConnection(p), err
}

func (r *goalResolver) OrgUnit(ctx context.Context, obj *db.Goal) (*db.OrgUnit, error) {
	return load(ctx, loadersFrom(ctx).OrgUnit, &obj.OrgUnitID)
}

func (r *goalResolver) Product(ctx context.Context, obj *db.Goal) (*db.Product, error) {
	return load(ctx, loadersFrom(ctx).Product, obj.ProductID)
}

func (r *goalResolver) Parent(ctx context.Context, obj *db.Goal) (*db.Goal, error) {
	return load(ctx, loadersFrom(ctx).Goal, obj.ParentGoalID)
}

func (r *goalResolver) StrategicGoal(ctx context.Context, obj *db.Goal) (*db.StrategicGoal, error) {
	return load(ctx, loadersFrom(ctx).StrategicGoal, obj.StrategicGoalID)
}

func (r *goalResolver) TracedStrategicGoal(ctx context.Context, obj *db.Goal) (*db.StrategicGoal, error) {
	return load(ctx, loadersFrom(ctx).StrategicGoal, obj.TracedStrategicGoalID)
}

// TracePath walks up one batched lookup per level; the cascade has three.
func (r *goalResolver) TracePath(ctx context.Context, obj *db.Goal) ([]*db.Goal, error) {
	path := []*db.Goal{}
	seen := map[int64]bool{obj.ID: true}
	for id := obj.ParentGoalID; id != nil && !seen[*id]; {
		g, err := load(ctx, loadersFrom(ctx).Goal, id)
		if err != nil || g == nil {
			return path, err
		}
		seen[g.ID] = true
		path = append([]*db.Goal{g}, path...)
		id = g.ParentGoalID
	}
	return path, nil
}

func (r *goalResolver) Children(ctx context.Context, obj *db.Goal, first *int, after *string) (*model.GoalConnection, error) {
	p, err := loadPage(ctx, loadersFrom(ctx).GoalsByParent, obj.ID, first, after, 0)
	return goalConnection(p), err
}

func (r *goalResolver) Kpis(ctx context.Context, obj *db.Goal, first *int, after *string) (*model.KPIConnection, error) {
	p, err := loadPage(ctx, loadersFrom(ctx).KPIsByGoal, obj.ID, first, after, 0)
	return kpiConnection(p), err
}

func (r *goalResolver) Achievement(ctx context.Context, obj *db.Goal, year int) (*db.Achievement, error) {
	return r.achievement(ctx, loadersFrom(ctx).GoalAchievement, obj.ID, year)
}

func (r *queryResolver) StrategicGoals(ctx context.Context) ([]*db.StrategicGoal, error) {
	goals, err := viewerFrom(ctx).StrategicGoals(ctx)
	return nonNil(goals), err
}

func (r *queryResolver) Goals(ctx context.Context, year *int, orgUnit *string, first *int, after *string) (*model.GoalConnection, error) {
	limit, afterID, err := model.PageArgs(first, after)
	if err != nil {
		return nil, err
	}
	y, err := r.optionalYear(ctx, year)
	if err != nil {
		return nil, err
	}
	f := store.GoalFilter{Year: y}
	if orgUnit != nil {
		if f.OrgUnitID, err = model.DecodeIDOf("OrgUnit", *orgUnit); err != nil {
			return nil, err
		}
	}
	p, err := viewerFrom(ctx).Goals(ctx, f, limit, afterID)
	return goalConnection(p), err
}

func (r *queryResolver) AlignmentReport(ctx context.Context, year int) (*model.AlignmentReport, error) {
	if err := r.checkYear(ctx, year); err != nil {
		return nil, err
	}
	uncovered, coverage, err := viewerFrom(ctx).Alignment(ctx, year)
	if err != nil {
		return nil, err
	}
	report := &model.AlignmentReport{Year: year, UncoveredStrategicGoals: nonNil(uncovered), Coverage: []*model.DezernatCoverage{}}
	for _, c := range coverage {
		ratio := 1.0
		if c.Goals > 0 {
			ratio = float64(c.LinkedGoals) / float64(c.Goals)
		}
		report.Coverage = append(report.Coverage, &model.DezernatCoverage{OrgUnit: c.Dezernat, Goals: c.Goals,
			LinkedGoals: c.LinkedGoals, Ratio: ratio, StrategicGoalsCovered: c.StrategicGoalsCovered})
	}
	return report, nil
}

func (r *strategicGoalResolver) Goals(ctx context.Context, obj *db.StrategicGoal, year *int, first *int, after *string) (*model.GoalConnection, error) {
	y, err := r.optionalYear(ctx, year)
	if err != nil {
		return nil, err
	}
	p, err := loadPage(ctx, loadersFrom(ctx).GoalsByStrategic, obj.ID, first, after, y)
	return goalConnection(p), err
}

func (r *strategicGoalResolver) Achievement(ctx context.Context, obj *db.StrategicGoal, year int) (*db.Achievement, error) {
	return r.achievement(ctx, loadersFrom(ctx).StrategicGoalAchievement, obj.ID, year)
}

func (r *Resolver) AlignmentReport() generated.AlignmentReportResolver {
	return &alignmentReportResolver{r}
}

func (r *Resolver) Goal() generated.GoalResolver { return &goalResolver{r} }

func (r *Resolver) StrategicGoal() generated.StrategicGoalResolver { return &strategicGoalResolver{r} }

type (
	alignmentReportResolver struct{ *Resolver }
	goalResolver            struct{ *Resolver }
	strategicGoalResolver   struct{ *Resolver }
)
