package db

import (
	"gorm.io/gorm"

	"zielwerk/apperr"
)

// GoalInput creates or changes a goal of the cascade.
type GoalInput struct {
	OrgUnitID       Change[int64]
	Level           Change[GoalLevel]
	Title           Change[string]
	Description     Change[string]
	FromYear        Change[int]
	ToYear          Change[int]
	ParentGoalID    Change[int64]
	StrategicGoalID Change[int64]
	ProductID       Change[int64]
	// UntracedReason is required for a goal without any link upwards.
	UntracedReason Change[string]
}

func (in GoalInput) applyTo(g *Goal) error {
	var e InputErrors
	if in.OrgUnitID.Set && in.OrgUnitID.V != nil {
		g.OrgUnitID = *in.OrgUnitID.V
	}
	if in.Level.Set && in.Level.V != nil {
		g.Level = *in.Level.V
	}
	e.text("title", in.Title, 500, &g.Title)
	e.optionalText("description", in.Description, 10000, &g.Description)
	if in.FromYear.Set && in.FromYear.V != nil {
		g.FromYear = *in.FromYear.V
	}
	if in.ToYear.Set && in.ToYear.V != nil {
		g.ToYear = *in.ToYear.V
	}
	in.ParentGoalID.apply(&g.ParentGoalID)
	in.StrategicGoalID.apply(&g.StrategicGoalID)
	in.ProductID.apply(&g.ProductID)
	e.optionalText("untracedReason", in.UntracedReason, 2000, &g.UntracedReason)
	return e.err()
}

// checkGoal is the cascade's rule (goalRule) over the database.
func checkGoal(tx *gorm.DB, cur, g *Goal) error { return goalRule(dbLookup{tx}, cur, g) }

var goals = record[Goal]{
	entity:  "Goal",
	id:      func(g *Goal) int64 { return g.ID },
	version: func(g *Goal) int { return g.Version },
	fields: func(g *Goal) map[string]any {
		return map[string]any{"orgUnitId": g.OrgUnitID, "level": g.Level, "title": g.Title, "description": g.Description,
			"fromYear": g.FromYear, "toYear": g.ToYear, "parentGoalId": g.ParentGoalID, "strategicGoalId": g.StrategicGoalID,
			"productId": g.ProductID, "untracedReason": g.UntracedReason}
	},
	columns: func(g *Goal) map[string]any {
		return map[string]any{"org_unit_id": g.OrgUnitID, "level": g.Level, "title": g.Title, "description": g.Description,
			"from_year": g.FromYear, "to_year": g.ToYear, "parent_goal_id": g.ParentGoalID, "strategic_goal_id": g.StrategicGoalID,
			"product_id": g.ProductID, "untraced_reason": g.UntracedReason, "traced_strategic_goal_id": g.TracedStrategicGoalID}
	},
	check: checkGoal,
}

// CreateGoal adds a goal: unit, level, title and years are required.
func CreateGoal(tx *gorm.DB, actor Actor, may May[Goal], in GoalInput) (*Goal, error) {
	g := Goal{Version: 1}
	return goals.create(tx, actor, may, &g, inputErrors(in.missing(), in.applyTo(&g)))
}

// missing reports the fields a new goal needs.
func (in GoalInput) missing() InputErrors {
	var e InputErrors
	e.required("orgUnitId", in.OrgUnitID.Set && in.OrgUnitID.V != nil)
	e.required("level", in.Level.Set && in.Level.V != nil)
	e.required("title", in.Title.Set)
	e.required("fromYear", in.FromYear.Set && in.FromYear.V != nil)
	e.required("toYear", in.ToYear.Set && in.ToYear.V != nil)
	return e
}

// UpdateGoal changes a goal; a changed link re-traces the goals below.
func UpdateGoal(tx *gorm.DB, actor Actor, may May[Goal], id int64, expectedVersion int, in GoalInput) (*Goal, error) {
	g, err := goals.update(tx, actor, may, id, expectedVersion, "update", func(g *Goal) error { return in.applyTo(g) })
	if err != nil {
		return nil, err
	}
	return g, retraceBelow(tx, g)
}

// RetireGoal ends a goal after lastYear: it stays in the history and in the
// agreements of earlier years. Goals below it that run longer, and
// agreements of later years that pursue it, must be changed first.
func RetireGoal(tx *gorm.DB, actor Actor, may May[Goal], id int64, expectedVersion, lastYear int) (*Goal, error) {
	return goals.update(tx, actor, may, id, expectedVersion, "retire", func(g *Goal) error {
		if lastYear < g.FromYear || lastYear >= g.ToYear {
			return apperr.BadInput("lastYear", "goal.retireYear", "Das letzte Jahr muss zwischen %d und %d liegen.",
				"The last year must lie between %d and %d.", g.FromYear, g.ToYear-1)
		}
		var below, items int64
		if err := tx.Model(&Goal{}).Where("parent_goal_id = ? AND to_year > ?", g.ID, lastYear).Count(&below).Error; err != nil {
			return err
		}
		if below > 0 {
			return apperr.BadInput("lastYear", "goal.retireChildren", "%d Ziele darunter laufen über %d hinaus.",
				"%d goals below run beyond %d.", below, lastYear)
		}
		if err := tx.Model(&AgreementItem{}).Joins("JOIN agreements a ON a.id = agreement_items.agreement_id").
			Where("agreement_items.goal_id = ? AND a.year > ?", g.ID, lastYear).Count(&items).Error; err != nil {
			return err
		}
		if items > 0 {
			return apperr.BadInput("lastYear", "goal.retireItems", "%d Zielvereinbarungen nach %d verfolgen dieses Ziel.",
				"%d agreements after %d pursue this goal.", items, lastYear)
		}
		g.ToYear = lastYear
		return nil
	})
}

// retraceBelow sets the traced strategic goal of every goal below g from
// its parent's (derived data: no version bump, no audit event).
func retraceBelow(tx *gorm.DB, g *Goal) error {
	parents := []*Goal{g}
	for len(parents) > 0 {
		var next []*Goal
		for _, p := range parents {
			var children []*Goal
			if err := tx.Where("parent_goal_id = ?", p.ID).Find(&children).Error; err != nil {
				return err
			}
			for _, c := range children {
				if !eqPtr(c.TracedStrategicGoalID, p.TracedStrategicGoalID) {
					c.TracedStrategicGoalID = p.TracedStrategicGoalID
					if err := tx.Model(&Goal{}).Where("id = ?", c.ID).Update("traced_strategic_goal_id", c.TracedStrategicGoalID).Error; err != nil {
						return err
					}
				}
				next = append(next, c)
			}
		}
		parents = next
	}
	return nil
}
