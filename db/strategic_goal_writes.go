package db

import (
	"gorm.io/gorm"

	"zielwerk/apperr"
	"zielwerk/clock"
)

// StrategicGoalInput creates or changes a strategic goal (Konzernziel).
type StrategicGoalInput struct {
	Number      Change[int]
	Title       Change[string]
	Description Change[string]
}

func (in StrategicGoalInput) applyTo(g *StrategicGoal) error {
	var e InputErrors
	if in.Number.Set {
		if in.Number.V == nil || *in.Number.V < 1 || *in.Number.V > 99 {
			e.add("number", "strategicGoal.number", "Die Nummer ist eine Zahl von 1 bis 99.", "The number is 1 to 99.")
		} else {
			g.Number = *in.Number.V
		}
	}
	e.text("title", in.Title, 500, &g.Title)
	e.optionalText("description", in.Description, 10000, &g.Description)
	return e.err()
}

var strategicGoals = record[StrategicGoal]{
	entity:  "StrategicGoal",
	id:      func(g *StrategicGoal) int64 { return g.ID },
	version: func(g *StrategicGoal) int { return g.Version },
	fields: func(g *StrategicGoal) map[string]any {
		return map[string]any{"number": g.Number, "title": g.Title, "description": g.Description, "retiredAt": g.RetiredAt}
	},
	columns: func(g *StrategicGoal) map[string]any {
		return map[string]any{"number": g.Number, "title": g.Title, "description": g.Description, "retired_at": g.RetiredAt}
	},
	check: func(_ *gorm.DB, _, _ *StrategicGoal) error { return nil },
	unique: apperr.BadInput("number", "strategicGoal.numberTaken",
		"Diese Nummer hat schon ein anderes strategisches Ziel.", "Another strategic goal has this number."),
}

// CreateStrategicGoal adds a strategic goal; number and title are required.
func CreateStrategicGoal(tx *gorm.DB, actor Actor, may May[StrategicGoal], in StrategicGoalInput) (*StrategicGoal, error) {
	g := StrategicGoal{Version: 1}
	return strategicGoals.create(tx, actor, may, &g, inputErrors(in.missing(), in.applyTo(&g)))
}

// missing reports the fields a new strategic goal needs.
func (in StrategicGoalInput) missing() InputErrors {
	var e InputErrors
	e.required("number", in.Number.Set)
	e.required("title", in.Title.Set)
	return e
}

// UpdateStrategicGoal changes the fields in.
func UpdateStrategicGoal(tx *gorm.DB, actor Actor, may May[StrategicGoal], id int64, expectedVersion int, in StrategicGoalInput) (*StrategicGoal, error) {
	return strategicGoals.update(tx, actor, may, id, expectedVersion, "update", func(g *StrategicGoal) error { return in.applyTo(g) })
}

// RetireStrategicGoal ends a strategic goal: it stays linked from its
// goals and in the history, but new goals can no longer link to it.
func RetireStrategicGoal(tx *gorm.DB, actor Actor, may May[StrategicGoal], id int64, expectedVersion int) (*StrategicGoal, error) {
	return strategicGoals.update(tx, actor, may, id, expectedVersion, "retire", func(g *StrategicGoal) error {
		if g.RetiredAt != nil {
			return apperr.BadInput("id", "strategicGoal.retired", "Das strategische Ziel ist schon beendet.", "The strategic goal is already retired.")
		}
		now := clock.Now(tx.Statement.Context).UTC()
		g.RetiredAt = &now
		return nil
	})
}
