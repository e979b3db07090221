package db

import (
	"errors"
	"slices"

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

// goalUnitKind is the kind of unit whose goals have each level; product
// goals belong to the unit that owns the product.
var goalUnitKind = map[GoalLevel]OrgUnitKind{
	LevelDezernat: KindDezernat, LevelFachbereich: KindFachbereich, LevelAmt: KindAmt, LevelAbteilung: KindAbteilung,
}

// goalRank orders the levels from the top of the cascade.
var goalRank = map[GoalLevel]int{LevelDezernat: 1, LevelFachbereich: 1, LevelAmt: 2, LevelAbteilung: 3, LevelProduct: 4}

// checkGoal is the cascade's rule on write:
//   - a goal's level fits its unit (a Dezernat goal in a Dezernat …; a
//     product goal names a product its unit owns);
//   - a top-level goal (Dezernat, Fachbereich) links to a strategic goal
//     that is not retired, any other goal to a parent goal of a higher
//     level that belongs to its unit or to a unit above it, and whose years
//     overlap its own;
//   - a goal without a link needs a reason (it shows in the alignment
//     report).
//
// It sets the traced strategic goal.
func checkGoal(tx *gorm.DB, cur, g *Goal) error {
	if _, ok := goalRank[g.Level]; !ok {
		return apperr.BadInput("level", "goal.levelUnknown", "Unbekannte Zielebene.", "Unknown goal level.")
	}
	if g.FromYear < 2000 || g.ToYear > 2100 || g.FromYear > g.ToYear {
		return apperr.BadInput("toYear", "goal.years", "Die Jahre müssen vorwärts laufen (2000–2100).", "The years must run forward (2000–2100).")
	}
	var unit OrgUnit
	if err := tx.Take(&unit, g.OrgUnitID).Error; err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return apperr.BadInput("orgUnitId", "goal.unitMissing", "Die Organisationseinheit gibt es nicht.", "No such org unit.")
		}
		return err
	}
	if kind, ok := goalUnitKind[g.Level]; ok && unit.Kind != kind {
		return apperr.BadInput("level", "goal.levelUnit", "Ein Ziel der Ebene %s gehört zu einer Einheit der Art %s, „%s“ ist %s.",
			"A goal of level %s belongs to a unit of kind %s; “%s” is %s.", g.Level, kind, unit.Name, unit.Kind)
	}
	if g.ProductID != nil {
		var p Product
		if err := tx.Take(&p, *g.ProductID).Error; err != nil || p.OrgUnitID != g.OrgUnitID {
			if err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
				return err
			}
			return apperr.BadInput("productId", "goal.product", "Das Produkt gehört nicht zur Einheit des Ziels.", "The product does not belong to the goal's unit.")
		}
	} else if g.Level == LevelProduct {
		return apperr.BadInput("productId", "goal.productMissing", "Ein Produktziel nennt sein Produkt.", "A product goal names its product.")
	}
	top := goalRank[g.Level] == 1
	g.TracedStrategicGoalID = nil
	switch {
	case top && g.ParentGoalID != nil:
		return apperr.BadInput("parentGoalId", "goal.topParent",
			"Ein Dezernats- oder Fachbereichsziel wird mit einem strategischen Ziel verknüpft, nicht mit einem anderen Ziel.",
			"A Dezernat or Fachbereich goal links to a strategic goal, not to another goal.")
	case !top && g.StrategicGoalID != nil:
		return apperr.BadInput("strategicGoalId", "goal.level",
			"Nur Dezernats- und Fachbereichsziele werden direkt mit einem strategischen Ziel verknüpft.",
			"Only Dezernat and Fachbereich goals link directly to a strategic goal.")
	case g.StrategicGoalID != nil:
		var sg StrategicGoal
		if err := tx.Take(&sg, *g.StrategicGoalID).Error; err != nil {
			if errors.Is(err, gorm.ErrRecordNotFound) {
				return apperr.BadInput("strategicGoalId", "goal.strategicGoalMissing", "Das strategische Ziel gibt es nicht.", "No such strategic goal.")
			}
			return err
		}
		linkChanged := cur == nil || !eqPtr(cur.StrategicGoalID, g.StrategicGoalID)
		if sg.RetiredAt != nil && linkChanged {
			return apperr.BadInput("strategicGoalId", "goal.strategicGoalRetired",
				"Das strategische Ziel „%s“ ist beendet.", "The strategic goal “%s” is retired.", sg.Title)
		}
		g.TracedStrategicGoalID = &sg.ID
	case g.ParentGoalID != nil:
		if err := checkParentGoal(tx, g); err != nil {
			return err
		}
	}
	if g.TracedStrategicGoalID == nil && g.ParentGoalID == nil && trimmed(g.UntracedReason) == "" {
		return apperr.BadInput("untracedReason", "goal.untraced",
			"Ein Ziel ohne Verknüpfung nach oben braucht eine Begründung.", "A goal without a link upwards needs a reason.")
	}
	return nil
}

func checkParentGoal(tx *gorm.DB, g *Goal) error {
	var parent Goal
	if err := tx.Take(&parent, *g.ParentGoalID).Error; err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return apperr.BadInput("parentGoalId", "goal.parentMissing", "Das übergeordnete Ziel gibt es nicht.", "No such parent goal.")
		}
		return err
	}
	if parent.ID == g.ID || goalRank[parent.Level] >= goalRank[g.Level] {
		return apperr.BadInput("parentGoalId", "goal.parentLevel",
			"Das übergeordnete Ziel muss auf einer höheren Ebene liegen (%s ist nicht über %s).",
			"The parent goal must be on a higher level (%s is not above %s).", parent.Level, g.Level)
	}
	var units []OrgUnit
	if err := tx.Select("id, parent_id").Find(&units).Error; err != nil {
		return err
	}
	if !slices.Contains(ancestors(units, g.OrgUnitID), parent.OrgUnitID) {
		return apperr.BadInput("parentGoalId", "goal.parentUnit",
			"Das übergeordnete Ziel „%s“ gehört nicht zur Einheit des Ziels oder einer Einheit darüber.",
			"The parent goal “%s” belongs neither to the goal's unit nor to a unit above it.", parent.Title)
	}
	if parent.FromYear > g.ToYear || g.FromYear > parent.ToYear {
		return apperr.BadInput("parentGoalId", "goal.parentYears",
			"Das übergeordnete Ziel „%s“ gilt %d–%d und überschneidet sich nicht mit %d–%d.",
			"The parent goal “%s” runs %d–%d, which does not overlap %d–%d.", parent.Title, parent.FromYear, parent.ToYear, g.FromYear, g.ToYear)
	}
	g.TracedStrategicGoalID = parent.TracedStrategicGoalID
	return nil
}

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
	var e InputErrors
	e.required("orgUnitId", in.OrgUnitID.Set && in.OrgUnitID.V != nil)
	e.required("level", in.Level.Set && in.Level.V != nil)
	e.required("title", in.Title.Set)
	e.required("fromYear", in.FromYear.Set && in.FromYear.V != nil)
	e.required("toYear", in.ToYear.Set && in.ToYear.V != nil)
	g := Goal{Version: 1}
	return goals.create(tx, actor, may, &g, inputErrors(e, in.applyTo(&g)))
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
