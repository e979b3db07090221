package db

import (
	"errors"
	"fmt"
	"slices"

	"gorm.io/gorm"

	"zielwerk/apperr"
)

// checkItemGoal is the one rule for which goal an agreement item may pursue:
// a goal
//
//   - active in the agreement's year (FromYear ≤ year ≤ ToYear),
//   - that traces to a strategic goal (the cascade is the point of an
//     agreement; an unlinked goal is what the alignment report lists), and
//   - related to the agent's unit: a goal of that unit or of a unit above
//     it (the agent contributes to the goals they are under), or a goal of
//     a product the unit or a unit below it owns (its products; a
//     Dezernat's products belong to its Ämter).
//
// A goal of a sibling or an unrelated unit is someone else's target.
func checkItemGoal(tx *gorm.DB, a *Agreement, goalID int64) error {
	var g Goal
	err := tx.First(&g, goalID).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return apperr.BadInput("goalId", "item.link", "Das verknüpfte Objekt gibt es nicht.", "The linked object does not exist.")
	}
	if err != nil {
		return err
	}
	if a.Year < g.FromYear || a.Year > g.ToYear {
		return apperr.BadInput("goalId", "item.goalYear", "Das Ziel „%s“ gilt %d–%d, nicht im Jahr %d der Vereinbarung.",
			"The goal “%s” runs %d–%d, not in the agreement's year %d.", g.Title, g.FromYear, g.ToYear, a.Year)
	}
	if g.TracedStrategicGoalID == nil {
		return apperr.BadInput("goalId", "item.goalUntraced", "Das Ziel „%s“ ist mit keinem strategischen Ziel verknüpft.",
			"The goal “%s” does not trace to a strategic goal.", g.Title)
	}
	var units []OrgUnit
	if err := tx.Select("id, parent_id").Find(&units).Error; err != nil {
		return err
	}
	if slices.Contains(ancestors(units, a.OrgUnitID), g.OrgUnitID) {
		return nil
	}
	if g.ProductID != nil {
		var p Product
		if err := tx.Select("id, org_unit_id").First(&p, *g.ProductID).Error; err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
			return err
		}
		if p.ID != 0 && slices.Contains(Subtree(units, a.OrgUnitID), p.OrgUnitID) {
			return nil
		}
	}
	return apperr.BadInput("goalId", "item.goalUnrelated",
		"Das Ziel „%s“ gehört weder zur Einheit der Zielnehmerin bzw. des Zielnehmers noch zu einer Einheit darüber oder zu ihren Produkten.",
		"The goal “%s” belongs neither to the agent's unit, nor to a unit above it, nor to its products.", g.Title)
}

// ancestors is unit and every unit above it, nearest first.
func ancestors(units []OrgUnit, unit int64) []int64 {
	parent := make(map[int64]*int64, len(units))
	for _, u := range units {
		parent[u.ID] = u.ParentID
	}
	out := []int64{unit}
	for p := parent[unit]; p != nil && !slices.Contains(out, *p); p = parent[*p] { // a cycle in bad data must not loop
		out = append(out, *p)
	}
	return out
}

// copiedGoalError names the item whose goal does not fit the copy's year.
func copiedGoalError(it *AgreementItem, err error) error {
	e, ok := apperr.As(err)
	if !ok {
		return err
	}
	return &apperr.Error{Code: apperr.BadUserInput, Key: "agreement.copyGoal", Field: "year",
		De: fmt.Sprintf("Punkt %d: %s", it.Position, e.De), En: fmt.Sprintf("Item %d: %s", it.Position, e.En)}
}
