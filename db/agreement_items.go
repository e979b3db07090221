package db

import (
	"context"
	"strings"

	"gorm.io/gorm"

	"zielwerk/apperr"
)

// ItemInput is an item's editable fields; nil means "leave as is" on update.
type ItemInput struct {
	Title, Description *string
	WeightPercent      *int
	GoalID, KPIID      *int64
	MeasureID          *int64
	TargetValue        *float64
	TargetUnit         *TargetUnit
}

func (in ItemInput) apply(it *AgreementItem) {
	if in.Title != nil {
		it.Title = strings.TrimSpace(*in.Title)
	}
	if in.Description != nil {
		it.Description = *in.Description
	}
	if in.WeightPercent != nil {
		it.WeightPercent = *in.WeightPercent
	}
	if in.GoalID != nil || in.KPIID != nil || in.MeasureID != nil {
		it.GoalID, it.KPIID, it.MeasureID = in.GoalID, in.KPIID, in.MeasureID
	}
	if in.TargetValue != nil {
		it.TargetValue = in.TargetValue
	}
	if in.TargetUnit != nil {
		it.TargetUnit = *in.TargetUnit
	}
}

func validateItem(tx *gorm.DB, it *AgreementItem) error {
	if it.TargetUnit == "" {
		it.TargetUnit = UnitNone
	}
	switch {
	case it.Title == "" || len(it.Title) > 500:
		return apperr.BadInput("title", "item.title", "Bitte einen Titel mit höchstens 500 Zeichen angeben.",
			"Please give a title of at most 500 characters.")
	case len(it.Description) > 5000:
		return apperr.BadInput("description", "item.description", "Die Beschreibung ist zu lang (höchstens 5000 Zeichen).",
			"The description is too long (at most 5000 characters).")
	case !it.TargetUnit.Valid():
		return apperr.BadInput("targetUnit", "item.targetUnit", "Bitte eine Einheit wählen: %%, €, Tage, Anzahl oder keine.",
			"Please choose a unit: %%, €, days, count or none.")
	case it.WeightPercent < 1 || it.WeightPercent > 100:
		// An item of weight 0 counts for nothing, so it is no target; the
		// mandatory budget-compliance item could otherwise be emptied.
		return apperr.BadInput("weightPercent", "item.weight", "Das Gewicht liegt zwischen 1 und 100 %%.",
			"The weight is between 1 and 100 %%.")
	}
	links := 0
	for _, l := range []struct {
		id    *int64
		model any
		field string
	}{{it.GoalID, &Goal{}, "goalId"}, {it.KPIID, &KPI{}, "kpiId"}, {it.MeasureID, &ConsolidationMeasure{}, "measureId"}} {
		if l.id == nil {
			continue
		}
		links++
		var n int64
		if err := tx.Model(l.model).Where("id = ?", *l.id).Count(&n).Error; err != nil {
			return err
		}
		if n == 0 {
			return apperr.BadInput(l.field, "item.link", "Das verknüpfte Objekt gibt es nicht.", "The linked object does not exist.")
		}
	}
	if links > 1 {
		return apperr.BadInput("goalId", "item.links", "Ein Punkt verweist auf ein Ziel, eine Kennzahl oder eine HSP-Maßnahme – nicht auf mehrere.",
			"An item links to a goal, a KPI or an HSP measure, not to several.")
	}
	if it.KPIID != nil && it.TargetValue == nil {
		return apperr.BadInput("targetValue", "item.target", "Für eine Kennzahl bitte einen Zielwert angeben.",
			"A KPI item needs a target value.")
	}
	return nil
}

// AddItem appends an item to a draft.
func (l *Lifecycle) AddItem(ctx context.Context, agreementID int64, expectedVersion int, in ItemInput) (*Agreement, error) {
	return l.change(ctx, agreementID, expectedVersion, ActEdit, func(tx *gorm.DB, a *Agreement) (map[string]any, error) {
		var maxPos int
		if err := tx.Model(&AgreementItem{}).Where("agreement_id = ?", a.ID).Select("COALESCE(MAX(position), 0)").Scan(&maxPos).Error; err != nil {
			return nil, err
		}
		it := AgreementItem{AgreementID: a.ID, Position: maxPos + 1, TargetUnit: UnitNone, Version: 1}
		in.apply(&it)
		if err := validateItem(tx, &it); err != nil {
			return nil, err
		}
		if it.GoalID != nil {
			if err := checkItemGoal(tx, a, *it.GoalID); err != nil {
				return nil, err
			}
		}
		// A concurrent AddItem took the same position (unique per
		// agreement): the other edit won, as the version check would say.
		if err := tx.Create(&it).Error; isDuplicate(err) {
			return nil, apperr.ErrConflict
		} else if err != nil {
			return nil, err
		}
		return nil, nil
	})
}

// UpdateItem changes an item of a draft.
func (l *Lifecycle) UpdateItem(ctx context.Context, itemID int64, expectedVersion int, in ItemInput) (*Agreement, error) {
	return l.changeItem(ctx, itemID, expectedVersion, ActEdit, func(tx *gorm.DB, a *Agreement) (map[string]any, error) {
		var it AgreementItem
		if err := tx.Where("agreement_id = ?", a.ID).First(&it, itemID).Error; err != nil {
			return nil, err
		}
		if it.BudgetCompliance && changesFixedFields(&it, in) {
			return nil, apperr.BadInput("title", "item.budgetFixed", "Beim Punkt Haushaltseinhaltung lassen sich nur Gewicht und Beschreibung ändern.",
				"Only weight and description of the budget-compliance item can change.")
		}
		in.apply(&it)
		if err := validateItem(tx, &it); err != nil {
			return nil, err
		}
		if in.GoalID != nil { // an item keeps a goal it already had
			if err := checkItemGoal(tx, a, *in.GoalID); err != nil {
				return nil, err
			}
		}
		return nil, tx.Save(&it).Error
	})
}

// changesFixedFields reports whether in would change the title or the
// links of an item; a client may send them unchanged.
func changesFixedFields(it *AgreementItem, in ItemInput) bool {
	same := func(a, b *int64) bool { return (a == nil) == (b == nil) && (a == nil || *a == *b) }
	if in.Title != nil && strings.TrimSpace(*in.Title) != it.Title {
		return true
	}
	linked := in.GoalID != nil || in.KPIID != nil || in.MeasureID != nil
	return linked && !(same(in.GoalID, it.GoalID) && same(in.KPIID, it.KPIID) && same(in.MeasureID, it.MeasureID))
}

// RemoveItem deletes an item of a draft; the budget-compliance item stays.
func (l *Lifecycle) RemoveItem(ctx context.Context, itemID int64, expectedVersion int) (*Agreement, error) {
	return l.changeItem(ctx, itemID, expectedVersion, ActEdit, func(tx *gorm.DB, a *Agreement) (map[string]any, error) {
		var it AgreementItem
		if err := tx.Where("agreement_id = ?", a.ID).First(&it, itemID).Error; err != nil {
			return nil, err
		}
		if it.BudgetCompliance {
			return nil, apperr.BadInput("itemId", "item.budgetMandatory", "Der Punkt Haushaltseinhaltung ist Pflicht.",
				"The budget-compliance item is mandatory.")
		}
		if err := tx.Delete(&it).Error; err != nil {
			return nil, err
		}
		return nil, renumber(tx, a.ID)
	})
}

// renumber closes the gaps in an agreement's item positions (1, 2, 3 …),
// so the print and the editor never show "1, 5". One row at a time in
// ascending order, each moving into a free position: a unique index on
// (agreement, position) never sees two rows at one position.
func renumber(tx *gorm.DB, agreementID int64) error {
	its, err := items(tx, agreementID)
	if err != nil {
		return err
	}
	for i, it := range its {
		if it.Position == i+1 {
			continue
		}
		if err := tx.Model(&AgreementItem{}).Where("id = ?", it.ID).Update("position", i+1).Error; err != nil {
			return err
		}
	}
	return nil
}

func items(tx *gorm.DB, agreementID int64) ([]AgreementItem, error) {
	var its []AgreementItem
	err := tx.Where("agreement_id = ?", agreementID).Order("position").Find(&its).Error
	return its, err
}
