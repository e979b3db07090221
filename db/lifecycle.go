package db

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"gorm.io/gorm"

	"zielwerk/apperr"
	"zielwerk/clock"
)

// The agreement lifecycle (DESIGN.md §5):
//
//	DRAFT --propose--> PROPOSED --accept (both parties)--> AGREED
//	  ^                   |return (with reason)
//	  +-------------------+
//	AGREED --changeRequest (with reason)--> DRAFT
//	AGREED --reviewRecord--> REVIEWED --assess--> ASSESSED --close--> CLOSED
//
// Each action is allowed in the listed states to the listed side.

// Action is a change to an agreement.
type Action string

const (
	ActEdit          Action = "edit" // item add, update, remove
	ActPropose       Action = "propose"
	ActAccept        Action = "accept"
	ActReturn        Action = "return"
	ActChangeRequest Action = "changeRequest"
	ActReview        Action = "reviewRecord"
	ActSelfAssess    Action = "selfAssess"
	ActAssess        Action = "assess"
	ActClose         Action = "close"
	ActCopy          Action = "copyToYear"
)

// Policy is who may do what to agreements. The lifecycle asks it and
// decides nothing of the kind itself; access.Viewer implements it, so the
// rules live in one place (access/lifecycle.go).
type Policy interface {
	// MayChange says whether the viewer may take action on a: FORBIDDEN
	// for the wrong side, BAD_USER_INPUT for the wrong state.
	MayChange(action Action, a *Agreement) error
	// MayConclude says whether the viewer may start an agreement with the
	// leader of unit on day: only with units directly below one they lead.
	MayConclude(unit *OrgUnit, day time.Time) error
	// ConcludesForTheBoard: the OB, whose agreements with Dezernate start
	// with the budget-compliance item.
	ConcludesForTheBoard() bool
}

// BudgetComplianceTitle is the mandatory item of OB–Dezernat agreements.
const BudgetComplianceTitle = "Einhaltung des Haushaltsplans einschließlich der HSP-Maßnahmen"

// budgetComplianceDefaultWeight is where a new mandatory item starts.
const budgetComplianceDefaultWeight = 20

// Lifecycle runs agreement changes for one actor. Agreement lookups go
// through visible, the actor's visibility scope: what the actor may not
// see does not exist (NOT_FOUND), what they may see but not change is
// FORBIDDEN.
type Lifecycle struct {
	DB      *gorm.DB
	Actor   Actor
	Visible Scope
	// May decides who may do what (access.Viewer); required.
	May Policy
}

// policy is l.May, or one that refuses everything: a lifecycle built
// without a policy denies by default instead of failing open.
func (l *Lifecycle) policy() Policy {
	if l.May == nil {
		return denyAll{}
	}
	return l.May
}

type denyAll struct{}

func (denyAll) MayChange(Action, *Agreement) error    { return apperr.ErrForbidden }
func (denyAll) MayConclude(*OrgUnit, time.Time) error { return apperr.ErrForbidden }
func (denyAll) ConcludesForTheBoard() bool            { return false }

// change loads the agreement at expectedVersion inside tx, checks the
// action, applies fn and writes the audit event; all in one transaction.
func (l *Lifecycle) change(ctx context.Context, id int64, expectedVersion int, action Action,
	fn func(tx *gorm.DB, a *Agreement) (changes map[string]any, err error)) (*Agreement, error) {
	return l.changeOf(ctx, func(*gorm.DB) (int64, error) { return id, nil }, expectedVersion, action, fn)
}

// changeItem is change for the agreement an item belongs to, found inside
// the transaction and the actor's scope: an item of an agreement the actor
// may not see does not exist.
func (l *Lifecycle) changeItem(ctx context.Context, itemID int64, expectedVersion int, action Action,
	fn func(tx *gorm.DB, a *Agreement) (changes map[string]any, err error)) (*Agreement, error) {
	return l.changeOf(ctx, func(tx *gorm.DB) (int64, error) {
		var ids []int64
		err := tx.Model(&Agreement{}).Scopes(l.Visible).
			Where("agreements.id = (?)", tx.Model(&AgreementItem{}).Select("agreement_id").Where("id = ?", itemID)).
			Pluck("agreements.id", &ids).Error
		if err == nil && len(ids) == 0 {
			err = apperr.ErrNotFound
		}
		if err != nil {
			return 0, err
		}
		return ids[0], nil
	}, expectedVersion, action, fn)
}

func (l *Lifecycle) changeOf(ctx context.Context, idIn func(tx *gorm.DB) (int64, error), expectedVersion int, action Action,
	fn func(tx *gorm.DB, a *Agreement) (changes map[string]any, err error)) (*Agreement, error) {
	var out Agreement
	err := Write(ctx, l.DB, func(tx *gorm.DB) error {
		id, err := idIn(tx)
		if err != nil {
			return err
		}
		a, err := l.load(tx, id)
		if err != nil {
			return err
		}
		if err := l.policy().MayChange(action, a); err != nil {
			return err
		}
		if a.Version != expectedVersion {
			return apperr.ErrConflict
		}
		before, err := agreementRecord(tx, a)
		if err != nil {
			return err
		}
		changes, err := fn(tx, a)
		if err != nil {
			return err
		}
		if changes == nil {
			changes = map[string]any{}
		}
		changes["updated_at"] = clock.Now(ctx)
		if err := UpdateVersioned(tx, &Agreement{}, a.ID, expectedVersion, changes); err != nil {
			return err
		}
		if err := tx.First(&out, a.ID).Error; err != nil {
			return err
		}
		after, err := agreementRecord(tx, &out)
		if err != nil {
			return err
		}
		b, af := changedOnly(before, after)
		return Audit(tx, l.Actor, "Agreement", a.ID, string(action), b, af)
	})
	if err != nil {
		return nil, err
	}
	return &out, nil
}

func (l *Lifecycle) load(tx *gorm.DB, id int64) (*Agreement, error) {
	var a Agreement
	err := tx.Scopes(l.Visible).First(&a, id).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, apperr.ErrNotFound
	}
	return &a, err
}

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

// ItemInput is an item's editable fields; nil means "leave as is" on update.
type ItemInput struct {
	Title, Description *string
	WeightPercent      *int
	GoalID, KPIID      *int64
	MeasureID          *int64
	TargetValue        *float64
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
}

func validateItem(tx *gorm.DB, it *AgreementItem) error {
	switch {
	case it.Title == "" || len(it.Title) > 500:
		return apperr.BadInput("title", "item.title", "Bitte einen Titel mit höchstens 500 Zeichen angeben.",
			"Please give a title of at most 500 characters.")
	case len(it.Description) > 5000:
		return apperr.BadInput("description", "item.description", "Die Beschreibung ist zu lang (höchstens 5000 Zeichen).",
			"The description is too long (at most 5000 characters).")
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
		it := AgreementItem{AgreementID: a.ID, Position: maxPos + 1, Version: 1}
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

// Propose sends a complete draft (weights 100 %) to the agent.
func (l *Lifecycle) Propose(ctx context.Context, id int64, expectedVersion int) (*Agreement, error) {
	return l.change(ctx, id, expectedVersion, ActPropose, func(tx *gorm.DB, a *Agreement) (map[string]any, error) {
		its, err := items(tx, a.ID)
		if err != nil {
			return nil, err
		}
		sum := 0
		for _, it := range its {
			sum += it.WeightPercent
		}
		if len(its) == 0 || sum != 100 {
			return nil, apperr.BadInput("weightPercent", "agreement.weights",
				"Die Gewichte ergeben %d %% statt 100 %%.", "The weights add up to %d %% instead of 100 %%.", sum)
		}
		return map[string]any{"status": StatusProposed, "proposed_at": clock.Now(ctx),
			"principal_signed_at": nil, "agent_signed_at": nil}, nil
	})
}

// Accept signs for the actor's side; both signatures make it AGREED.
func (l *Lifecycle) Accept(ctx context.Context, id int64, expectedVersion int) (*Agreement, error) {
	return l.change(ctx, id, expectedVersion, ActAccept, func(tx *gorm.DB, a *Agreement) (map[string]any, error) {
		now := clock.Now(ctx)
		ch := map[string]any{}
		if a.PrincipalID == l.Actor.PersonID {
			ch["principal_signed_at"], a.PrincipalSignedAt = now, &now
		}
		if a.AgentID == l.Actor.PersonID {
			ch["agent_signed_at"], a.AgentSignedAt = now, &now
		}
		if a.PrincipalSignedAt != nil && a.AgentSignedAt != nil {
			ch["status"], ch["agreed_at"] = StatusAgreed, now
		}
		return ch, nil
	})
}

func reason(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 2000 {
		return "", apperr.BadInput("reason", "agreement.reason", "Bitte eine Begründung (höchstens 2000 Zeichen) angeben.",
			"Please give a reason (at most 2000 characters).")
	}
	return s, nil
}

// Return sends a proposal back to draft, with a reason.
func (l *Lifecycle) Return(ctx context.Context, id int64, expectedVersion int, why string) (*Agreement, error) {
	why, err := reason(why)
	if err != nil {
		return nil, err
	}
	return l.change(ctx, id, expectedVersion, ActReturn, func(tx *gorm.DB, a *Agreement) (map[string]any, error) {
		return map[string]any{"status": StatusDraft, "return_reason": why, "principal_signed_at": nil, "agent_signed_at": nil}, nil
	})
}

// ChangeRequest reopens an agreed agreement as a draft; both sign again.
func (l *Lifecycle) ChangeRequest(ctx context.Context, id int64, expectedVersion int, why string) (*Agreement, error) {
	why, err := reason(why)
	if err != nil {
		return nil, err
	}
	return l.change(ctx, id, expectedVersion, ActChangeRequest, func(tx *gorm.DB, a *Agreement) (map[string]any, error) {
		return map[string]any{"status": StatusDraft, "return_reason": why, "principal_signed_at": nil,
			"agent_signed_at": nil, "agreed_at": nil}, nil
	})
}

// ItemDegree is a degree of achievement (percent, 0–150) for one item.
type ItemDegree struct {
	ItemID  int64
	Degree  int
	Comment string
}

// degreesFor checks degrees against the agreement's items; all=true wants
// one for every item.
func degreesFor(its []AgreementItem, ds []ItemDegree, all bool) (map[int64]ItemDegree, error) {
	out := map[int64]ItemDegree{}
	for i, d := range ds {
		field := fmt.Sprintf("items.%d.degree", i)
		if !slices.ContainsFunc(its, func(it AgreementItem) bool { return it.ID == d.ItemID }) {
			return nil, apperr.BadInput(fmt.Sprintf("items.%d.itemId", i), "item.foreign", "Der Punkt gehört nicht zu dieser Vereinbarung.",
				"The item does not belong to this agreement.")
		}
		if d.Degree < 0 || d.Degree > 150 {
			return nil, apperr.BadInput(field, "item.degree", "Der Zielerreichungsgrad liegt zwischen 0 und 150 %%.",
				"The degree of achievement is between 0 and 150 %%.")
		}
		if _, dup := out[d.ItemID]; dup {
			return nil, apperr.BadInput(field, "item.duplicate", "Ein Punkt ist doppelt angegeben.", "An item is given twice.")
		}
		out[d.ItemID] = d
	}
	if all && len(out) != len(its) {
		return nil, apperr.BadInput("items", "item.allDegrees", "Bitte für jeden Punkt einen Zielerreichungsgrad angeben.",
			"Please give a degree of achievement for every item.")
	}
	return out, nil
}

// ReviewInput is the mid-year review.
type ReviewInput struct {
	HeldOn time.Time
	Note   string
	Items  []ItemDegree
}

// RecordReview stores the mid-year review and the interim degrees, each
// with its comment (an item given without one has its comment cleared).
func (l *Lifecycle) RecordReview(ctx context.Context, id int64, expectedVersion int, in ReviewInput) (*Agreement, error) {
	if strings.TrimSpace(in.Note) == "" || len(in.Note) > 10000 {
		return nil, apperr.BadInput("note", "review.note", "Bitte das Gespräch kurz festhalten (höchstens 10000 Zeichen).",
			"Please record the review (at most 10000 characters).")
	}
	return l.change(ctx, id, expectedVersion, ActReview, func(tx *gorm.DB, a *Agreement) (map[string]any, error) {
		if in.HeldOn.Year() != a.Year || in.HeldOn.After(clock.Now(ctx)) {
			return nil, apperr.BadInput("heldOn", "review.date", "Das Gespräch liegt im Jahr %d und nicht in der Zukunft.",
				"The review lies in %d and not in the future.", a.Year)
		}
		its, err := items(tx, a.ID)
		if err != nil {
			return nil, err
		}
		ds, err := degreesFor(its, in.Items, false)
		if err != nil {
			return nil, err
		}
		for _, d := range ds {
			if err := tx.Model(&AgreementItem{}).Where("id = ?", d.ItemID).
				Updates(map[string]any{"interim_degree": d.Degree, "interim_comment": d.Comment}).Error; err != nil {
				return nil, err
			}
		}
		rev := Review{AgreementID: a.ID, HeldOn: in.HeldOn, Note: in.Note, RecordedByID: l.Actor.PersonID, CreatedAt: clock.Now(ctx)}
		if err := tx.Create(&rev).Error; err != nil {
			return nil, err
		}
		return map[string]any{"status": StatusReviewed}, nil
	})
}

// AssessInput is a self-assessment (agent) or the final assessment (principal).
type AssessInput struct {
	Self           bool
	Items          []ItemDegree
	Note           string
	OverruleReason string
}

// overruleTolerance is how far (percentage points) the principal may depart
// from the computed budget-compliance suggestion without a reason.
const overruleTolerance = 10

// Assess records the agent's self-assessment or the principal's final
// assessment with its weighted total.
func (l *Lifecycle) Assess(ctx context.Context, id int64, expectedVersion int, in AssessInput) (*Agreement, error) {
	action := ActAssess
	if in.Self {
		action = ActSelfAssess
	}
	if len(in.Note) > 10000 || len(in.OverruleReason) > 2000 {
		return nil, apperr.BadInput("note", "assessment.note", "Der Text ist zu lang.", "The text is too long.")
	}
	return l.change(ctx, id, expectedVersion, action, func(tx *gorm.DB, a *Agreement) (map[string]any, error) {
		its, err := items(tx, a.ID)
		if err != nil {
			return nil, err
		}
		ds, err := degreesFor(its, in.Items, !in.Self)
		if err != nil {
			return nil, err
		}
		now := clock.Now(ctx)
		if in.Self {
			for _, d := range ds {
				if err := tx.Model(&AgreementItem{}).Where("id = ?", d.ItemID).
					Updates(map[string]any{"self_degree": d.Degree, "self_comment": d.Comment}).Error; err != nil {
					return nil, err
				}
			}
			return map[string]any{"self_assessed_at": now, "self_assessment_note": in.Note}, nil
		}
		total := 0.0
		for _, it := range its {
			d := ds[it.ID]
			if it.BudgetCompliance {
				s, err := BudgetSuggestion(tx, a.OrgUnitID, a.Year)
				if err != nil {
					return nil, err
				}
				if s.Degree != nil && math.Abs(float64(d.Degree-*s.Degree)) > overruleTolerance && strings.TrimSpace(in.OverruleReason) == "" {
					return nil, apperr.BadInput("overruleReason", "assessment.overrule",
						"Der Grad für die Haushaltseinhaltung weicht vom errechneten Vorschlag (%d %%) ab: bitte begründen.",
						"The budget-compliance degree departs from the computed suggestion (%d %%): please give a reason.", *s.Degree)
				}
			}
			if err := tx.Model(&AgreementItem{}).Where("id = ?", it.ID).
				Updates(map[string]any{"final_degree": d.Degree, "assessment_comment": d.Comment}).Error; err != nil {
				return nil, err
			}
			total += float64(it.WeightPercent*d.Degree) / 100
		}
		comment := in.Note
		if r := strings.TrimSpace(in.OverruleReason); r != "" {
			comment = strings.TrimSpace(comment + "\n\nAbweichung vom Vorschlag zur Haushaltseinhaltung: " + r)
		}
		as := Assessment{AgreementID: a.ID, TotalDegree: math.Round(total*100) / 100, SelfAssessmentNote: a.SelfAssessmentNote,
			Comment: comment, AssessedByID: l.Actor.PersonID, AssessedAt: now}
		if err := tx.Create(&as).Error; err != nil {
			return nil, err
		}
		return map[string]any{"status": StatusAssessed}, nil
	})
}

// Close locks an assessed agreement for good.
func (l *Lifecycle) Close(ctx context.Context, id int64, expectedVersion int) (*Agreement, error) {
	return l.change(ctx, id, expectedVersion, ActClose, func(tx *gorm.DB, a *Agreement) (map[string]any, error) {
		return map[string]any{"status": StatusClosed, "closed_at": clock.Now(ctx)}, nil
	})
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
		if err := noDuplicate(tx, src.AgentID, src.OrgUnitID, year); err != nil {
			return err
		}
		now := clock.Now(ctx)
		out = Agreement{Year: year, PrincipalID: src.PrincipalID, AgentID: src.AgentID, OrgUnitID: src.OrgUnitID,
			Status: StatusDraft, PayRule: src.PayRule, CreatedAt: now, UpdatedAt: now, Version: 1}
		if err := createAgreement(tx, &out); err != nil {
			return err
		}
		its, err := items(tx, src.ID)
		if err != nil {
			return err
		}
		for _, it := range its {
			if it.GoalID != nil {
				if err := checkItemGoal(tx, &out, *it.GoalID); err != nil {
					return copiedGoalError(&it, err)
				}
			}
			it.ID, it.AgreementID, it.Version = 0, out.ID, 1
			it.InterimDegree, it.SelfDegree, it.FinalDegree = nil, nil, nil
			it.InterimComment, it.SelfComment, it.AssessmentComment = "", "", ""
			if err := tx.Create(&it).Error; err != nil {
				return err
			}
		}
		rec, err := agreementRecord(tx, &out)
		if err != nil {
			return err
		}
		return Audit(tx, l.Actor, "Agreement", out.ID, "copyFrom", map[string]any{"source": src.ID}, rec)
	})
	if err != nil {
		return nil, err
	}
	return &out, nil
}
