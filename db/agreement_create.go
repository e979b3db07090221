package db

import (
	"context"
	"errors"
	"slices"

	"gorm.io/gorm"

	"zielwerk/apperr"
	"zielwerk/clock"
)

// CreateInput starts a draft.
type CreateInput struct {
	AgentID, OrgUnitID int64
	Year               int
	PayRule            PayRule
}

// Create starts a draft between the actor (principal) and the leader of a
// unit directly below a unit the actor leads. An OB–Dezernat agreement
// starts with the budget-compliance item.
func (l *Lifecycle) Create(ctx context.Context, in CreateInput) (*Agreement, error) {
	var out Agreement
	err := Write(ctx, l.DB, func(tx *gorm.DB) error {
		var unit OrgUnit
		if err := tx.First(&unit, in.OrgUnitID).Error; errors.Is(err, gorm.ErrRecordNotFound) {
			return apperr.BadInput("orgUnitId", "agreement.unit", "Die Organisationseinheit gibt es nicht.", "No such org unit.")
		} else if err != nil {
			return err
		}
		if err := l.policy().MayConclude(&unit, clock.Now(ctx)); err != nil {
			return err
		}
		if unit.LeaderID == nil || *unit.LeaderID != in.AgentID {
			return apperr.BadInput("agentId", "agreement.agent", "Zielnehmer ist die Leitung der Einheit.",
				"The agent must be the leader of the unit.")
		}
		if in.AgentID == l.Actor.PersonID {
			return apperr.BadInput("agentId", "agreement.self", "Eine Vereinbarung mit sich selbst ist nicht möglich.",
				"You cannot conclude an agreement with yourself.")
		}
		if err := checkAgreementYear(tx, in.Year); err != nil {
			return err
		}
		if err := noDuplicate(tx, in.AgentID, in.OrgUnitID, in.Year); err != nil {
			return err
		}
		now := clock.Now(ctx)
		out = Agreement{Year: in.Year, PrincipalID: l.Actor.PersonID, AgentID: in.AgentID, OrgUnitID: in.OrgUnitID,
			Status: StatusDraft, PayRule: in.PayRule, CreatedAt: now, UpdatedAt: now, Version: 1}
		if err := createAgreement(tx, &out); err != nil {
			return err
		}
		if l.policy().ConcludesForTheBoard() && unit.IsDezernat() {
			item := AgreementItem{AgreementID: out.ID, Position: 1, Title: BudgetComplianceTitle,
				WeightPercent: budgetComplianceDefaultWeight, BudgetCompliance: true, Version: 1}
			if err := tx.Create(&item).Error; err != nil {
				return err
			}
		}
		rec, err := agreementRecord(tx, &out)
		if err != nil {
			return err
		}
		return Audit(tx, l.Actor, "Agreement", out.ID, "create", nil, rec)
	})
	if err != nil {
		return nil, err
	}
	return &out, nil
}

// checkAgreementYear allows a known fiscal year or the one after the
// latest budget year (next year's agreements are drafted before its budget
// exists). The latest budget year, not the latest agreement, bounds it:
// otherwise every copy opens the year after it and fiscalYears grows
// without end.
func checkAgreementYear(tx *gorm.DB, year int) error {
	years, err := FiscalYears(tx.Statement.Context, tx)
	if err != nil {
		return err
	}
	if slices.Contains(years, year) {
		return nil
	}
	var latest *int
	if err := tx.Model(&BudgetLine{}).Select("MAX(year)").Scan(&latest).Error; err != nil {
		return err
	}
	if latest == nil && len(years) > 0 { // no budget yet: the agreements' years bound it
		latest = &years[len(years)-1]
	}
	if latest != nil && year == *latest+1 {
		return nil
	}
	return ErrUnknownYear(year)
}

// noDuplicate answers early, before any write, that the agent already has
// an agreement for the unit and year. It is only the friendly path: two
// concurrent creations can both pass it, and then the unique constraint
// uq_agreements_agent_unit_year refuses the loser's insert, which
// createAgreement turns into the same answer.
func noDuplicate(tx *gorm.DB, agent, unit int64, year int) error {
	var n int64
	if err := tx.Model(&Agreement{}).Where("agent_id = ? AND org_unit_id = ? AND year = ?",
		agent, unit, year).Count(&n).Error; err != nil {
		return err
	}
	if n > 0 {
		return errAgreementExists(year)
	}
	return nil
}

// createAgreement inserts a, answering a lost race for the same agent,
// unit and year like noDuplicate does.
func createAgreement(tx *gorm.DB, a *Agreement) error {
	err := tx.Create(a).Error
	if isDuplicate(err) {
		return errAgreementExists(a.Year)
	}
	return err
}

func errAgreementExists(year int) error {
	return apperr.BadInput("year", "agreement.exists", "Für %d gibt es diese Vereinbarung bereits.",
		"This agreement already exists for %d.", year)
}

// CopyToYear makes next year's draft from an agreement: same parties, unit,
// pay rule and items, without any degrees or the comments given with them.
func (l *Lifecycle) CopyToYear(ctx context.Context, id int64, year int) (*Agreement, error) {
	var out Agreement
	err := Write(ctx, l.DB, func(tx *gorm.DB) error {
		src, err := l.load(tx, id)
		if err != nil {
			return err
		}
		if err := l.policy().MayChange(ActCopy, src); err != nil {
			return err
		}
		if year == src.Year {
			return apperr.BadInput("year", "agreement.copySameYear", "Bitte ein anderes Jahr wählen.", "Please choose another year.")
		}
		if err := checkAgreementYear(tx, year); err != nil {
			return err
		}
		copied, err := copyAgreement(tx, l.Actor, src, year)
		if copied != nil {
			out = *copied
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return &out, nil
}

// copyAgreement makes year's draft of src: same parties, unit, pay rule
// and items, without degrees or the comments given with them; audited as
// copyFrom. The year must be allowed (checkAgreementYear) by the caller.
func copyAgreement(tx *gorm.DB, actor Actor, src *Agreement, year int) (*Agreement, error) {
	if err := noDuplicate(tx, src.AgentID, src.OrgUnitID, year); err != nil {
		return nil, err
	}
	now := clock.Now(tx.Statement.Context)
	out := Agreement{Year: year, PrincipalID: src.PrincipalID, AgentID: src.AgentID, OrgUnitID: src.OrgUnitID,
		Status: StatusDraft, PayRule: src.PayRule, CreatedAt: now, UpdatedAt: now, Version: 1}
	if err := createAgreement(tx, &out); err != nil {
		return nil, err
	}
	its, err := items(tx, src.ID)
	if err != nil {
		return nil, err
	}
	for _, it := range its {
		if it.GoalID != nil {
			if err := checkItemGoal(tx, &out, *it.GoalID); err != nil {
				return nil, copiedGoalError(&it, err)
			}
		}
		it.ID, it.AgreementID, it.Version = 0, out.ID, 1
		it.InterimDegree, it.SelfDegree, it.FinalDegree = nil, nil, nil
		it.InterimComment, it.SelfComment, it.AssessmentComment = "", "", ""
		if err := tx.Create(&it).Error; err != nil {
			return nil, err
		}
	}
	rec, err := agreementRecord(tx, &out)
	if err != nil {
		return nil, err
	}
	return &out, Audit(tx, actor, "Agreement", out.ID, "copyFrom", map[string]any{"source": src.ID}, rec)
}
