package db

import (
	"context"
	"errors"
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
//	ASSESSED: acknowledge, or object (agent, within the period) and
//	  objectionDecide (commission); close once acknowledged, decided or
//	  the period is over
//
// Which side may take which action in which state is access's table
// (access/lifecycle.go); this file carries a change out: one transaction,
// the version check, the audit event. The steps are in agreement_steps.go,
// items in agreement_items.go, creating and copying in agreement_create.go.

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
	ActRemark        Action = "remark"       // a remark on the agreement or an item
	ActOfficeReview  Action = "officeReview" // the OB office's review state
	// After ASSESSED: the agent acknowledges the assessment or objects to
	// it within the scheme's period; the commission decides an objection.
	ActAcknowledge     Action = "acknowledge"
	ActObject          Action = "object"
	ActDecideObjection Action = "objectionDecide"
	ActAssignObjection Action = "objectionAssign" // HR assigns commission members
)

// AssessedCase is what the steps after the assessment depend on besides
// the status: when it was assessed, by when the agent may object, the
// objection if any and today. db.Lifecycle loads it for an ASSESSED
// agreement before it asks the policy; access decides with it.
type AssessedCase struct {
	AssessedAt time.Time
	ObjectBy   time.Time // the last day to acknowledge or object
	Objection  *Objection
	Today      time.Time
}

// ObjectionPeriodOver: the last day to object has passed.
func (c *AssessedCase) ObjectionPeriodOver() bool { return c.Today.After(c.ObjectBy) }

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
	// OnBehalfOf is whom the viewer acts for on a (its principal, for the
	// principal's deputy), 0 for nobody; recorded in the audit event.
	OnBehalfOf(a *Agreement) int64
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
	// PublicURL is where mails link to (PUBLIC_URL); "" links by path.
	PublicURL string
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
func (denyAll) OnBehalfOf(*Agreement) int64           { return 0 }

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
		if err := LoadAssessedCase(ctx, tx, a); err != nil {
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
		actor := l.Actor
		actor.OnBehalfOf = l.policy().OnBehalfOf(a)
		return Audit(tx, actor, "Agreement", a.ID, string(action), b, af)
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
