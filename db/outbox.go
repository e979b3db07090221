package db

import (
	"context"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"zielwerk/clock"
)

// The outbox (docs/notifications.md): every mail Zielwerk sends is a row,
// written in the transaction of the change that causes it or by the
// reminder scan, and delivered later by the sender (package notify).

// MailKind is why a mail is sent.
type MailKind string

const (
	// MailSign: a proposal waits for the recipient's signature (sent when
	// it is proposed; mandatory).
	MailSign MailKind = "SIGN"
	// MailReminder: the daily digest of one kind of task that falls due
	// soon or is overdue (not mandatory: a person may opt out).
	MailReminder MailKind = "REMINDER"
	// MailEscalation: the daily digest of tasks overdue by the escalation
	// days, to the leader of the unit above and, for KPI values, to
	// Controlling (mandatory).
	MailEscalation MailKind = "ESCALATION"
)

// MailStatus is where a message stands.
type MailStatus string

const (
	MailQueued MailStatus = "QUEUED"
	MailSent   MailStatus = "SENT"
	MailFailed MailStatus = "FAILED" // given up after the last try
)

// OutboxMessage is one mail. DedupeKey is unique: the same event or digest
// cannot be written twice.
type OutboxMessage struct {
	ID            int64 `gorm:"primaryKey"`
	Kind          MailKind
	TaskKind      TaskKind
	RecipientID   *int64
	ToAddress     string
	AgreementID   *int64
	Subject       string
	Link          string
	Body          string
	DedupeKey     string
	Mandatory     bool
	CreatedAt     time.Time
	Status        MailStatus `gorm:"default:QUEUED"`
	Attempts      int
	NextAttemptAt time.Time
	ClaimedBy     string
	ClaimedUntil  *time.Time
	LastError     string
	SentAt        *time.Time
}

// Enqueue writes m in tx unless a message with its dedupe key exists; it
// reports whether m was written. Recipients who opted out of reminders get
// none that are not mandatory.
func Enqueue(tx *gorm.DB, m *OutboxMessage) (bool, error) {
	now := clock.Now(tx.Statement.Context)
	if !m.Mandatory && m.RecipientID != nil {
		var out []bool
		if err := tx.Model(&Person{}).Where("id = ?", *m.RecipientID).Pluck("reminders_opt_out", &out).Error; err != nil {
			return false, err
		}
		if len(out) == 1 && out[0] {
			return false, nil
		}
	}
	m.CreatedAt, m.Status = now, MailQueued
	if m.NextAttemptAt.IsZero() {
		m.NextAttemptAt = now
	}
	res := tx.Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "dedupe_key"}}, DoNothing: true}).Create(m)
	return res.RowsAffected == 1, res.Error
}

// OutboxPage lists messages newest first, before id before (0: from the
// newest), at most first; status "" lists all.
func OutboxPage(ctx context.Context, gdb *gorm.DB, status MailStatus, first int, before int64) (Page[OutboxMessage], error) {
	var p Page[OutboxMessage]
	q := gdb.WithContext(ctx).Model(&OutboxMessage{})
	if status != "" {
		q = q.Where("status = ?", status)
	}
	var total int64
	if err := q.Session(&gorm.Session{}).Count(&total).Error; err != nil {
		return p, err
	}
	if before > 0 {
		q = q.Where("id < ?", before)
	}
	if err := q.Order("id DESC").Limit(first + 1).Find(&p.Items).Error; err != nil {
		return p, err
	}
	p.Total = int(total)
	if p.HasNext = len(p.Items) > first; p.HasNext {
		p.Items = p.Items[:first]
	}
	return p, nil
}
