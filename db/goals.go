package db

import (
	"context"
	"errors"

	"gorm.io/gorm"

	"zielwerk/apperr"
)

// levelAbove is the level a goal's parent must have.
var levelAbove = map[GoalLevel]GoalLevel{LevelAmt: LevelDezernat, LevelProduct: LevelAmt}

// LinkGoal checks a goal's links before it is written and sets its traced
// strategic goal: a Dezernat goal links to a strategic goal, any other goal
// to a goal exactly one level up. A goal with no link at all is allowed (it
// is what the alignment report shows); a wrong link is refused.
func LinkGoal(ctx context.Context, tx *gorm.DB, g *Goal) error {
	g.TracedStrategicGoalID = nil
	if g.FromYear > g.ToYear {
		return apperr.BadInput("toYear", "goal.years", "Das Endjahr liegt vor dem Anfangsjahr.", "toYear is before fromYear.")
	}
	switch {
	case g.Level == LevelDezernat && g.ParentGoalID != nil:
		return apperr.BadInput("parent", "goal.level",
			"Ein Dezernatsziel wird mit einem strategischen Ziel verknüpft, nicht mit einem anderen Ziel.",
			"A Dezernat goal links to a strategic goal, not to another goal.")
	case g.Level != LevelDezernat && g.StrategicGoalID != nil:
		return apperr.BadInput("strategicGoal", "goal.level",
			"Nur Dezernatsziele werden direkt mit einem strategischen Ziel verknüpft.",
			"Only Dezernat goals link directly to a strategic goal.")
	case g.StrategicGoalID != nil:
		var n int64
		if err := tx.WithContext(ctx).Model(&StrategicGoal{}).Where("id = ?", *g.StrategicGoalID).Count(&n).Error; err != nil {
			return err
		}
		if n == 0 {
			return apperr.BadInput("strategicGoal", "goal.strategicGoalMissing", "Das strategische Ziel gibt es nicht.", "No such strategic goal.")
		}
		g.TracedStrategicGoalID = g.StrategicGoalID
	case g.ParentGoalID != nil:
		var parent Goal
		err := tx.WithContext(ctx).First(&parent, *g.ParentGoalID).Error
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return apperr.BadInput("parent", "goal.parentMissing", "Das übergeordnete Ziel gibt es nicht.", "No such parent goal.")
		}
		if err != nil {
			return err
		}
		if parent.Level != levelAbove[g.Level] {
			return apperr.BadInput("parent", "goal.level",
				"Ein Ziel der Ebene %s muss mit einem Ziel der Ebene %s verknüpft werden, nicht %s.",
				"A goal of level %s must link to a goal of level %s, not %s.", g.Level, levelAbove[g.Level], parent.Level)
		}
		g.TracedStrategicGoalID = parent.TracedStrategicGoalID
	}
	return nil
}

// AlignmentCoverage is one Dezernat's share of goals that trace upwards.
type AlignmentCoverage struct {
	Dezernat                                  *OrgUnit
	Goals, LinkedGoals, StrategicGoalsCovered int
}

// UncoveredStrategicGoals are strategic goals no goal active in year traces to.
func UncoveredStrategicGoals(ctx context.Context, gdb *gorm.DB, year int) ([]*StrategicGoal, error) {
	var out []*StrategicGoal
	err := gdb.WithContext(ctx).Where(`id NOT IN (SELECT traced_strategic_goal_id FROM goals
WHERE traced_strategic_goal_id IS NOT NULL AND from_year <= ? AND to_year >= ?)`, year, year).
		Order("number").Find(&out).Error
	return out, err
}

// Coverage counts, per Dezernat (or Fachbereich) existing in year, the goals
// of it and its units active in year and how many of them trace upwards.
func Coverage(ctx context.Context, gdb *gorm.DB, year int) ([]AlignmentCoverage, error) {
	var units []*OrgUnit
	if err := gdb.WithContext(ctx).Order("id").Find(&units).Error; err != nil {
		return nil, err
	}
	byID := map[int64]*OrgUnit{}
	for _, u := range units {
		byID[u.ID] = u
	}
	top := func(id int64) *OrgUnit { // the Dezernat or Fachbereich above (or at) a unit
		for u := byID[id]; u != nil; {
			if u.IsDezernat() {
				return u
			}
			if u.ParentID == nil {
				return nil
			}
			u = byID[*u.ParentID]
		}
		return nil
	}
	var goals []struct {
		OrgUnitID             int64
		TracedStrategicGoalID *int64
	}
	if err := gdb.WithContext(ctx).Model(&Goal{}).Scopes(ActiveInYear(year)).
		Select("org_unit_id, traced_strategic_goal_id").Scan(&goals).Error; err != nil {
		return nil, err
	}
	type acc struct {
		c   AlignmentCoverage
		sgs map[int64]bool
	}
	per := map[int64]*acc{}
	var order []int64
	for _, u := range units {
		if u.isDezernatIn(year) {
			per[u.ID] = &acc{c: AlignmentCoverage{Dezernat: u}, sgs: map[int64]bool{}}
			order = append(order, u.ID)
		}
	}
	for _, g := range goals {
		d := top(g.OrgUnitID)
		if d == nil || per[d.ID] == nil {
			continue
		}
		a := per[d.ID]
		a.c.Goals++
		if g.TracedStrategicGoalID != nil {
			a.c.LinkedGoals++
			a.sgs[*g.TracedStrategicGoalID] = true
		}
	}
	out := make([]AlignmentCoverage, 0, len(order))
	for _, id := range order {
		a := per[id]
		a.c.StrategicGoalsCovered = len(a.sgs)
		out = append(out, a.c)
	}
	return out, nil
}
