package db

import (
	"context"
	"math"
	"time"

	"gorm.io/gorm"

	"zielwerk/apperr"
	"zielwerk/clock"
)

// The steps after the assessment: the agent acknowledges it or objects
// within the scheme's period; HR assigns an objection to members of the
// joint commission; an assigned member decides it (kept, or changed
// degrees with a reason). Who may take which step when is access's
// lifecycle table; the case it decides with is loaded by
// LoadAssessedCase.

// MaxObjectionLen is the longest objection or decision reason.
const MaxObjectionLen = 4000

// LoadAssessedCase fills a.Case for an ASSESSED agreement (nothing for
// other states): the assessment's date, the last day to object (the
// year's scheme) and the objection.
func LoadAssessedCase(ctx context.Context, tx *gorm.DB, a *Agreement) error {
	if a.Status != StatusAssessed {
		return nil
	}
	cs, err := AssessedCases(ctx, tx, []*Agreement{a}, clock.Now(ctx))
	a.Case = cs[a.ID]
	return err
}

// AssessedCases are the cases of the ASSESSED agreements among ags, by
// id: two statements, and one per year for its deadlines.
func AssessedCases(ctx context.Context, gdb *gorm.DB, ags []*Agreement, now time.Time) (map[int64]*AssessedCase, error) {
	return assessedCases(ctx, gdb, newDeadlineBook(ctx, gdb), ags, now)
}

// assessedCases is AssessedCases with the caller's deadline book (the
// task list reads each year's deadlines once for both).
func assessedCases(ctx context.Context, gdb *gorm.DB, book *deadlineBook, ags []*Agreement, now time.Time) (map[int64]*AssessedCase, error) {
	byID := map[int64]*Agreement{}
	var ids []int64
	for _, a := range ags {
		if a.Status == StatusAssessed {
			ids = append(ids, a.ID)
			byID[a.ID] = a
		}
	}
	out := map[int64]*AssessedCase{}
	if len(ids) == 0 {
		return out, nil
	}
	q := gdb.WithContext(ctx)
	var as []Assessment
	if err := q.Where("agreement_id IN ?", ids).Find(&as).Error; err != nil {
		return nil, err
	}
	var objs []Objection
	if err := q.Where("agreement_id IN ?", ids).Find(&objs).Error; err != nil {
		return nil, err
	}
	today := DateOf(now)
	for _, x := range as {
		d, err := book.of(byID[x.AgreementID].Year)
		if err != nil {
			return nil, err
		}
		out[x.AgreementID] = &AssessedCase{AssessedAt: x.AssessedAt, Today: today,
			ObjectBy: DateOf(x.AssessedAt.UTC()).AddDate(0, 0, d.ObjectionDays)}
	}
	for i := range objs {
		if c := out[objs[i].AgreementID]; c != nil {
			c.Objection = &objs[i]
		}
	}
	return out, nil
}

// Acknowledge: the agent acknowledges the assessment (no objection).
func (l *Lifecycle) Acknowledge(ctx context.Context, id int64, expectedVersion int) (*Agreement, error) {
	return l.change(ctx, id, expectedVersion, ActAcknowledge, func(tx *gorm.DB, a *Agreement) (map[string]any, error) {
		return map[string]any{"acknowledged_at": clock.Now(ctx)}, nil
	})
}

// Object: the agent objects to the assessment with a reason; the case
// goes to the commission (HR assigns its members).
func (l *Lifecycle) Object(ctx context.Context, id int64, expectedVersion int, why string) (*Agreement, error) {
	why, err := reasonUpTo(why, MaxObjectionLen)
	if err != nil {
		return nil, err
	}
	return l.change(ctx, id, expectedVersion, ActObject, func(tx *gorm.DB, a *Agreement) (map[string]any, error) {
		return nil, tx.Create(&Objection{AgreementID: a.ID, Reason: why, ObjectedAt: clock.Now(ctx)}).Error
	})
}

// AssignObjection sets the commission members an objection is assigned
// to (HR). Only they see the case; the parties cannot be among them.
func (l *Lifecycle) AssignObjection(ctx context.Context, id int64, expectedVersion int, members []int64) (*Agreement, error) {
	if len(members) == 0 || len(members) > 20 {
		return nil, apperr.BadInput("members", "objection.members", "Bitte 1 bis 20 Mitglieder der Kommission wählen.",
			"Please choose 1 to 20 members of the commission.")
	}
	return l.change(ctx, id, expectedVersion, ActAssignObjection, func(tx *gorm.DB, a *Agreement) (map[string]any, error) {
		var n int64
		if err := tx.Model(&Person{}).Where("id IN ? AND left_on IS NULL", members).Count(&n).Error; err != nil {
			return nil, err
		}
		seen := map[int64]bool{}
		for _, m := range members {
			if m == a.PrincipalID || m == a.AgentID {
				return nil, apperr.BadInput("members", "objection.party", "Die Parteien der Vereinbarung können den Fall nicht entscheiden.",
					"The parties to the agreement cannot decide the case.")
			}
			seen[m] = true
		}
		if int(n) != len(seen) {
			return nil, apperr.BadInput("members", "objection.member", "Eine gewählte Person ist unbekannt oder ausgeschieden.",
				"A chosen person is unknown or has left.")
		}
		if err := tx.Where("agreement_id = ?", a.ID).Delete(&ObjectionMember{}).Error; err != nil {
			return nil, err
		}
		for m := range seen {
			if err := tx.Create(&ObjectionMember{AgreementID: a.ID, PersonID: m}).Error; err != nil {
				return nil, err
			}
		}
		return nil, nil
	})
}

// DecideInput is the commission's decision: the assessment is kept, or
// the given items' final degrees change; a reason either way.
type DecideInput struct {
	Changed []ItemDegree
	Reason  string
}

// DecideObjection records the commission's decision and, for changed
// degrees, the new weighted total. The agreement stays ASSESSED; the
// principal closes it.
func (l *Lifecycle) DecideObjection(ctx context.Context, id int64, expectedVersion int, in DecideInput) (*Agreement, error) {
	why, err := reasonUpTo(in.Reason, MaxObjectionLen)
	if err != nil {
		return nil, err
	}
	return l.change(ctx, id, expectedVersion, ActDecideObjection, func(tx *gorm.DB, a *Agreement) (map[string]any, error) {
		decision := ObjectionKept
		if len(in.Changed) > 0 {
			decision = ObjectionChanged
			its, err := items(tx, a.ID)
			if err != nil {
				return nil, err
			}
			ds, err := degreesFor(its, in.Changed, false)
			if err != nil {
				return nil, err
			}
			total := 0.0
			for _, it := range its {
				deg := 0.0
				if it.FinalDegree != nil {
					deg = float64(*it.FinalDegree)
				}
				if d, ok := ds[it.ID]; ok {
					deg = float64(d.Degree)
					if err := tx.Model(&AgreementItem{}).Where("id = ?", it.ID).Update("final_degree", d.Degree).Error; err != nil {
						return nil, err
					}
				}
				total += float64(it.WeightPercent) * deg / 100
			}
			if err := tx.Model(&Assessment{}).Where("agreement_id = ?", a.ID).
				Update("total_degree", math.Round(total*100)/100).Error; err != nil {
				return nil, err
			}
		}
		now := clock.Now(ctx)
		res := tx.Model(&Objection{}).Where("agreement_id = ? AND decision = ''", a.ID).Updates(map[string]any{
			"decision": decision, "decision_reason": why, "decided_at": now, "decided_by_id": l.Actor.PersonID,
			"version": gorm.Expr("version + 1")})
		if res.Error == nil && res.RowsAffected != 1 {
			return nil, apperr.ErrConflict
		}
		return nil, res.Error
	})
}
