package db

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"gorm.io/gorm"

	"zielwerk/apperr"
	"zielwerk/clock"
)

// Propose sends a complete draft (weights 100 %) to the agent, who gets
// a mail (the outbox, in the same transaction).
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
		// The agent hears of it by mail, written with the change.
		if err := mailSignature(tx, a, a.AgentID, l.PublicURL); err != nil {
			return nil, err
		}
		return map[string]any{"status": StatusProposed, "proposed_at": clock.Now(ctx),
			"principal_signed_at": nil, "agent_signed_at": nil}, nil
	})
}

// Accept signs for the actor's side; both signatures make it AGREED.
// After the first signature the other side gets a mail.
func (l *Lifecycle) Accept(ctx context.Context, id int64, expectedVersion int) (*Agreement, error) {
	return l.change(ctx, id, expectedVersion, ActAccept, func(tx *gorm.DB, a *Agreement) (map[string]any, error) {
		now := clock.Now(ctx)
		ch := map[string]any{}
		if a.PrincipalID == l.Actor.PersonID || l.policy().OnBehalfOf(a) == a.PrincipalID { // or the principal's deputy
			ch["principal_signed_at"], a.PrincipalSignedAt = now, &now
		}
		if a.AgentID == l.Actor.PersonID {
			ch["agent_signed_at"], a.AgentSignedAt = now, &now
		}
		if a.PrincipalSignedAt != nil && a.AgentSignedAt != nil {
			ch["status"], ch["agreed_at"] = StatusAgreed, now
			return ch, nil
		}
		// One side signed: the other hears that it waits for them.
		waiting := a.PrincipalID
		if a.AgentSignedAt == nil {
			waiting = a.AgentID
		}
		return ch, mailSignature(tx, a, waiting, l.PublicURL)
	})
}

// mailSignature writes the mail that a waits for person's signature.
func mailSignature(tx *gorm.DB, a *Agreement, person int64, publicURL string) error {
	var to Person
	if err := tx.Take(&to, person).Error; err != nil {
		return err
	}
	m, err := signMail(tx, a, &to, publicURL)
	if err == nil {
		_, err = Enqueue(tx, m)
	}
	return err
}

func reason(s string) (string, error) { return reasonUpTo(s, 2000) }

// reasonUpTo checks a required reason of at most max characters.
func reasonUpTo(s string, max int) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" || len([]rune(s)) > max {
		return "", apperr.BadInput("reason", "agreement.reason", "Bitte eine Begründung (höchstens %d Zeichen) angeben.",
			"Please give a reason (at most %d characters).", max)
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

// ItemDegree is a degree of achievement (percent, 0–150, one decimal) for
// one item; degreesFor rounds it to one decimal.
type ItemDegree struct {
	ItemID  int64
	Degree  float64
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
		d.Degree = RoundDegree(d.Degree)
		if math.IsNaN(d.Degree) || d.Degree < 0 || d.Degree > 150 {
			return nil, apperr.BadInput(field, "item.degree", "Bitte einen Wert zwischen 0 und 150 eingeben, z. B. 60,5.",
				"Please enter a value between 0 and 150, e.g. 60.5.")
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
				if s.Degree != nil && math.Abs(d.Degree-float64(*s.Degree)) > overruleTolerance && strings.TrimSpace(in.OverruleReason) == "" {
					return nil, apperr.BadInput("overruleReason", "assessment.overrule",
						"Der Grad für die Haushaltseinhaltung weicht vom errechneten Vorschlag (%d %%) ab: bitte begründen.",
						"The budget-compliance degree departs from the computed suggestion (%d %%): please give a reason.", *s.Degree)
				}
			}
			if err := tx.Model(&AgreementItem{}).Where("id = ?", it.ID).
				Updates(map[string]any{"final_degree": d.Degree, "assessment_comment": d.Comment}).Error; err != nil {
				return nil, err
			}
			total += float64(it.WeightPercent) * d.Degree / 100
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
