package db

import (
	"context"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// Claiming and marking outbox messages: a sender claims due messages for a
// while (claimed_by, claimed_until), sends them and marks each. Another
// sender skips what is claimed: on PostgreSQL the candidates are locked
// FOR UPDATE SKIP LOCKED, and on both backends the claim is a conditional
// update that only one claimer can win. A sender that dies mid-way leaves
// a claim that expires, and the message goes out on a later run.

// ClaimDue claims at most limit queued messages due at now for holder
// until now+hold, oldest first.
func ClaimDue(ctx context.Context, gdb *gorm.DB, holder string, now time.Time, hold time.Duration, limit int) ([]*OutboxMessage, error) {
	var out []*OutboxMessage
	err := gdb.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		q := tx.Model(&OutboxMessage{}).Where("status = ? AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)",
			MailQueued, now, now).Order("id").Limit(limit)
		if Dialect(tx) == "postgres" {
			q = q.Clauses(clause.Locking{Strength: "UPDATE", Options: "SKIP LOCKED"})
		}
		var ids []int64
		if err := q.Pluck("id", &ids).Error; err != nil {
			return err
		}
		for _, id := range ids {
			res := tx.Model(&OutboxMessage{}).Where("id = ? AND status = ? AND (claimed_until IS NULL OR claimed_until < ?)", id, MailQueued, now).
				Updates(map[string]any{"claimed_by": holder, "claimed_until": now.Add(hold)})
			if res.Error != nil {
				return res.Error
			}
			if res.RowsAffected == 1 {
				var m OutboxMessage
				if err := tx.Take(&m, id).Error; err != nil {
					return err
				}
				out = append(out, &m)
			}
		}
		return nil
	})
	return out, err
}

// MarkSent records that holder delivered m at now.
func MarkSent(ctx context.Context, gdb *gorm.DB, m *OutboxMessage, holder string, now time.Time) error {
	return gdb.WithContext(ctx).Model(&OutboxMessage{}).Where("id = ? AND claimed_by = ?", m.ID, holder).
		Updates(map[string]any{"status": MailSent, "sent_at": now, "attempts": m.Attempts + 1, "last_error": "",
			"claimed_by": "", "claimed_until": nil}).Error
}

// MarkUnsent records a failed try of m: queued again from next, or FAILED
// when giveUp.
func MarkUnsent(ctx context.Context, gdb *gorm.DB, m *OutboxMessage, holder string, next time.Time, giveUp bool, why string) error {
	status := MailQueued
	if giveUp {
		status = MailFailed
	}
	if len(why) > 1000 {
		why = why[:1000]
	}
	return gdb.WithContext(ctx).Model(&OutboxMessage{}).Where("id = ? AND claimed_by = ?", m.ID, holder).
		Updates(map[string]any{"status": status, "attempts": m.Attempts + 1, "next_attempt_at": next, "last_error": why,
			"claimed_by": "", "claimed_until": nil}).Error
}

// Postpone releases holder's claim on m and queues it from next, without
// counting a try (quiet hours).
func Postpone(ctx context.Context, gdb *gorm.DB, m *OutboxMessage, holder string, next time.Time) error {
	return gdb.WithContext(ctx).Model(&OutboxMessage{}).Where("id = ? AND claimed_by = ?", m.ID, holder).
		Updates(map[string]any{"next_attempt_at": next, "claimed_by": "", "claimed_until": nil}).Error
}

// schedulerLease is a recurring job's lease row.
type schedulerLease struct {
	Name      string `gorm:"primaryKey"`
	Holder    string
	ExpiresAt time.Time
}

func (schedulerLease) TableName() string { return "scheduler_leases" }

// TakeLease gives holder the lease name until now+ttl if nobody holds it
// at now; it reports whether holder got it. Exactly one of several
// replicas asking at once gets it: the insert and the conditional update
// are each atomic.
func TakeLease(ctx context.Context, gdb *gorm.DB, name, holder string, now time.Time, ttl time.Duration) (bool, error) {
	q := gdb.WithContext(ctx)
	res := q.Clauses(clause.OnConflict{DoNothing: true}).Create(&schedulerLease{Name: name, Holder: holder, ExpiresAt: now.Add(ttl)})
	if res.Error != nil || res.RowsAffected == 1 {
		return res.Error == nil, res.Error
	}
	res = q.Model(&schedulerLease{}).Where("name = ? AND expires_at <= ?", name, now).
		Updates(map[string]any{"holder": holder, "expires_at": now.Add(ttl)})
	return res.RowsAffected == 1, res.Error
}
