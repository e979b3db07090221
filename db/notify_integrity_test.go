package db_test

import (
	"errors"
	"testing"
	"time"

	"gorm.io/gorm"

	"zielwerk/db"
)

// The outbox and the deputies keep their rules in the schema: a dedupe key
// is written once, a message names a real person, a deputy is someone
// else for a period that runs forward.
func TestDatabaseRefusesBrokenOutboxAndDeputyRows(t *testing.T) {
	w := newIntegrityWorld(t)
	now := time.Now().UTC()
	msg := func(f func(*db.OutboxMessage)) *db.OutboxMessage {
		m := &db.OutboxMessage{Kind: db.MailReminder, RecipientID: &w.agent.ID, ToAddress: "d@example.org", Subject: "S",
			Body: "B", DedupeKey: "REMINDER:1:2026-01-10", CreatedAt: now, Status: db.MailQueued, NextAttemptAt: now}
		f(m)
		return m
	}
	if err := w.gdb.Create(msg(func(*db.OutboxMessage) {})).Error; err != nil {
		t.Fatal(err)
	}
	missing := int64(999_999)
	day := time.Date(2026, 1, 10, 0, 0, 0, 0, time.UTC)
	deputy := func(f func(*db.Deputy)) *db.Deputy {
		d := &db.Deputy{LeaderID: w.agent.ID, DeputyID: w.ob.ID, ValidFrom: day, ValidTo: day.AddDate(0, 0, 7), CreatedAt: now, Version: 1}
		f(d)
		return d
	}
	cases := []struct {
		name string
		row  any
		want error
	}{
		{"the same digest twice", msg(func(*db.OutboxMessage) {}), gorm.ErrDuplicatedKey},
		{"a message to a missing person", msg(func(m *db.OutboxMessage) { m.DedupeKey, m.RecipientID = "x1", &missing }), gorm.ErrForeignKeyViolated},
		{"a message without address", msg(func(m *db.OutboxMessage) { m.DedupeKey, m.ToAddress = "x2", "" }), nil},
		{"an unknown kind", msg(func(m *db.OutboxMessage) { m.DedupeKey, m.Kind = "x3", "SPAM" }), nil},
		{"sent without a time", msg(func(m *db.OutboxMessage) { m.DedupeKey, m.Status = "x4", db.MailSent }), nil},
		{"a deputy of themself", deputy(func(d *db.Deputy) { d.DeputyID = d.LeaderID }), nil},
		{"a period that runs backwards", deputy(func(d *db.Deputy) { d.ValidTo = day.AddDate(0, 0, -1) }), nil},
		{"a deputy of a missing leader", deputy(func(d *db.Deputy) { d.LeaderID = missing }), gorm.ErrForeignKeyViolated},
	}
	for _, c := range cases {
		err := w.gdb.Create(c.row).Error
		if err == nil {
			t.Errorf("%s: stored", c.name)
			continue
		}
		if c.want != nil && !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", c.name, err, c.want)
		}
	}
}
