package db

import (
	"context"
	"strings"

	"gorm.io/gorm"

	"zielwerk/apperr"
	"zielwerk/clock"
)

// MaxRemarkLen is the longest remark, in characters.
const MaxRemarkLen = 2000

// AddRemark adds a remark to agreement id or, with itemID, to one of its
// items — by a party or the OB's office, while the agreement is a draft or
// proposed (access: the lifecycle table). It is content: the audit event
// and the Protokoll hold it.
func (l *Lifecycle) AddRemark(ctx context.Context, id int64, expectedVersion int, itemID *int64, text string) (*Agreement, error) {
	text = strings.TrimSpace(text)
	if text == "" {
		return nil, apperr.BadInput("text", "remark.empty", "Bitte eine Anmerkung schreiben.", "Please write a remark.")
	}
	if len([]rune(text)) > MaxRemarkLen {
		return nil, apperr.BadInput("text", "remark.tooLong", "Höchstens %d Zeichen.", "At most %d characters.", MaxRemarkLen)
	}
	return l.change(ctx, id, expectedVersion, ActRemark, func(tx *gorm.DB, a *Agreement) (map[string]any, error) {
		if itemID != nil {
			var n int64
			if err := tx.Model(&AgreementItem{}).Where("id = ? AND agreement_id = ?", *itemID, a.ID).Count(&n).Error; err != nil {
				return nil, err
			}
			if n == 0 {
				return nil, apperr.BadInput("itemId", "remark.item", "Der Punkt gehört nicht zu dieser Vereinbarung.",
					"The item does not belong to this agreement.")
			}
		}
		r := Remark{AgreementID: a.ID, ItemID: itemID, AuthorID: l.Actor.PersonID, Text: text, CreatedAt: clock.Now(ctx)}
		return nil, tx.Create(&r).Error
	})
}

// SetOfficeReview records the OB office's review of a Dezernat agreement:
// CHECKED (geprüft) or QUERY (Rückfrage: the open remarks say what).
func (l *Lifecycle) SetOfficeReview(ctx context.Context, id int64, expectedVersion int, state OfficeReviewState) (*Agreement, error) {
	if state != OfficeChecked && state != OfficeQuery {
		return nil, apperr.BadInput("state", "officeReview.state", "Geprüft oder Rückfrage.", "Checked or query.")
	}
	return l.change(ctx, id, expectedVersion, ActOfficeReview, func(tx *gorm.DB, a *Agreement) (map[string]any, error) {
		if state == OfficeQuery {
			var n int64
			if err := tx.Model(&Remark{}).Where("agreement_id = ?", a.ID).Count(&n).Error; err != nil {
				return nil, err
			}
			if n == 0 {
				return nil, apperr.BadInput("state", "officeReview.noRemark", "Eine Rückfrage braucht mindestens eine Anmerkung.",
					"A query needs at least one remark.")
			}
		}
		return map[string]any{"office_review": state, "office_reviewed_at": clock.Now(ctx), "office_reviewer_id": l.Actor.PersonID}, nil
	})
}
