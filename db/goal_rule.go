package db

import (
	"slices"

	"zielwerk/apperr"
)

// goalUnitKind is the kind of unit whose goals have each level; product
// goals belong to the unit that owns the product.
var goalUnitKind = map[GoalLevel]OrgUnitKind{
	LevelDezernat: KindDezernat, LevelFachbereich: KindFachbereich, LevelAmt: KindAmt, LevelAbteilung: KindAbteilung,
}

// goalRank orders the levels from the top of the cascade.
var goalRank = map[GoalLevel]int{LevelDezernat: 1, LevelFachbereich: 1, LevelAmt: 2, LevelAbteilung: 3, LevelProduct: 4}

// goalRule is the cascade's rule on write:
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
func goalRule(l ruleLookup, cur, g *Goal) error {
	if _, ok := goalRank[g.Level]; !ok {
		return apperr.BadInput("level", "goal.levelUnknown", "Unbekannte Zielebene.", "Unknown goal level.")
	}
	if g.FromYear < 2000 || g.ToYear > 2100 || g.FromYear > g.ToYear {
		return apperr.BadInput("toYear", "goal.years", "Die Jahre müssen vorwärts laufen (2000–2100).", "The years must run forward (2000–2100).")
	}
	unit, err := l.unit(g.OrgUnitID)
	if err != nil {
		return err
	}
	if unit == nil {
		return apperr.BadInput("orgUnitId", "goal.unitMissing", "Die Organisationseinheit gibt es nicht.", "No such org unit.")
	}
	if kind, ok := goalUnitKind[g.Level]; ok && unit.Kind != kind {
		return apperr.BadInput("level", "goal.levelUnit", "Ein Ziel der Ebene %s gehört zu einer Einheit der Art %s, „%s“ ist %s.",
			"A goal of level %s belongs to a unit of kind %s; “%s” is %s.", g.Level, kind, unit.Name, unit.Kind)
	}
	if g.ProductID != nil {
		p, err := l.product(*g.ProductID)
		if err != nil {
			return err
		}
		if p == nil || p.OrgUnitID != g.OrgUnitID {
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
		sg, err := l.strategicGoal(*g.StrategicGoalID)
		if err != nil {
			return err
		}
		if sg == nil {
			return apperr.BadInput("strategicGoalId", "goal.strategicGoalMissing", "Das strategische Ziel gibt es nicht.", "No such strategic goal.")
		}
		linkChanged := cur == nil || !eqPtr(cur.StrategicGoalID, g.StrategicGoalID)
		if sg.RetiredAt != nil && linkChanged {
			return apperr.BadInput("strategicGoalId", "goal.strategicGoalRetired",
				"Das strategische Ziel „%s“ ist beendet.", "The strategic goal “%s” is retired.", sg.Title)
		}
		g.TracedStrategicGoalID = &sg.ID
	case g.ParentGoalID != nil:
		if err := parentGoalRule(l, g); err != nil {
			return err
		}
	}
	if g.TracedStrategicGoalID == nil && g.ParentGoalID == nil && trimmed(g.UntracedReason) == "" {
		return apperr.BadInput("untracedReason", "goal.untraced",
			"Ein Ziel ohne Verknüpfung nach oben braucht eine Begründung.", "A goal without a link upwards needs a reason.")
	}
	return nil
}

func parentGoalRule(l ruleLookup, g *Goal) error {
	parent, err := l.goal(*g.ParentGoalID)
	if err != nil {
		return err
	}
	if parent == nil {
		return apperr.BadInput("parentGoalId", "goal.parentMissing", "Das übergeordnete Ziel gibt es nicht.", "No such parent goal.")
	}
	if parent.ID == g.ID || goalRank[parent.Level] >= goalRank[g.Level] {
		return apperr.BadInput("parentGoalId", "goal.parentLevel",
			"Das übergeordnete Ziel muss auf einer höheren Ebene liegen (%s ist nicht über %s).",
			"The parent goal must be on a higher level (%s is not above %s).", parent.Level, g.Level)
	}
	above, err := l.ancestors(g.OrgUnitID)
	if err != nil {
		return err
	}
	if !slices.Contains(above, parent.OrgUnitID) {
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
