package notify_test

import (
	"strings"
	"testing"
	"time"

	"zielwerk/db"
)

// agreed makes the world's agreement AGREED: the mid-year review is the
// Dezernent's next step.
func (w *world) agreed(t *testing.T) {
	t.Helper()
	must(t, w.gdb.Model(&db.Agreement{}).Where("id = ?", w.draft.ID).
		Updates(map[string]any{"status": db.StatusAgreed, "agreed_at": jan10, "principal_signed_at": jan10, "agent_signed_at": jan10}).Error)
}

func (w *world) messagesTo(t *testing.T, kind db.MailKind, to string) []db.OutboxMessage {
	t.Helper()
	var out []db.OutboxMessage
	must(t, w.gdb.Where("kind = ? AND to_address = ?", kind, to).Order("id").Find(&out).Error)
	return out
}

// With the clock at the review deadline + 8 days, the overdue review is
// escalated to the leader of the unit above the Dezernent's (the OB).
func TestOverdueReviewIsEscalatedToTheLeaderAbove(t *testing.T) {
	w := newWorld(t)
	srv := startMailServer(t, "127.0.0.1:0")
	w.agreed(t)
	reviewBy := db.DefaultDeadlines(2026).ReviewBy
	sc := w.scheduler(t, "replica-a", srv)

	// Six days late: a reminder for the Dezernent, no escalation yet.
	run(t, sc, reviewBy.AddDate(0, 0, 6).Add(9*time.Hour))
	if n := len(w.messagesTo(t, db.MailEscalation, w.ob.Email)); n != 0 {
		t.Fatalf("escalated after 6 days: %d", n)
	}
	if n := len(w.messagesTo(t, db.MailReminder, w.dez.Email)); n != 1 {
		t.Fatalf("%d reminders for the Dezernent, want 1", n)
	}

	run(t, sc, reviewBy.AddDate(0, 0, 8).Add(9*time.Hour))
	esc := w.messagesTo(t, db.MailEscalation, w.ob.Email)
	if len(esc) != 1 || esc[0].Status != db.MailSent {
		t.Fatalf("escalations to the OB: %+v", esc)
	}
	for _, want := range []string{"überfällig seit 30.09.2026", "Dezernent Dorn", "Zwischengespräch", "/vereinbarungen/"} {
		if !strings.Contains(esc[0].Body, want) {
			t.Errorf("escalation lacks %q:\n%s", want, esc[0].Body)
		}
	}
	if n := len(w.messagesTo(t, db.MailEscalation, w.amt.Email)) + len(w.messagesTo(t, db.MailEscalation, w.dez.Email)); n != 0 {
		t.Fatalf("escalated to the wrong people: %d", n)
	}
	var toOB int
	for _, m := range srv.mails() {
		if m.To == w.ob.Email {
			toOB++
		}
	}
	if toOB != 1 {
		t.Fatalf("%d mails reached the OB, want 1", toOB)
	}
}

// The deadlines come from the year's pay scheme where it names them.
func TestTheSchemesReviewDeadlineCounts(t *testing.T) {
	w := newWorld(t)
	w.agreed(t)
	by := time.Date(2026, 8, 31, 0, 0, 0, 0, time.UTC)
	pot := int64(0)
	must(t, w.gdb.Create(&db.PayScheme{Year: 2026, PotCents: &pot, ReviewBy: &by, ObjectionDays: 14, Version: 1, UpdatedAt: jan10}).Error)
	sc := w.scheduler(t, "replica-a", nil)
	run(t, sc, by.AddDate(0, 0, 8).Add(9*time.Hour))
	esc := w.messagesTo(t, db.MailEscalation, w.ob.Email)
	if len(esc) != 1 || !strings.Contains(esc[0].Body, "überfällig seit 31.08.2026") {
		t.Fatalf("escalations: %+v", esc)
	}
}

// A digest: one reminder per person and day, however often the scan runs;
// the next day brings the next one; who opted out gets none.
func TestRemindersAreOneDigestADayAndCanBeTurnedOff(t *testing.T) {
	w := newWorld(t)
	w.propose(t, at(t, jan10))
	sc := w.scheduler(t, "replica-a", nil) // the demo: no SMTP, the outbox keeps them
	march28 := time.Date(2026, 3, 28, 8, 0, 0, 0, time.UTC)
	must(t, w.gdb.Model(&db.Person{}).Where("id = ?", w.dez.ID).Update("reminders_opt_out", true).Error)
	for _, h := range []int{0, 1, 5} {
		run(t, sc, march28.Add(time.Duration(h)*time.Hour))
	}
	rem := w.messagesTo(t, db.MailReminder, w.amt.Email)
	if len(rem) != 1 || !strings.Contains(rem[0].Body, "unterschreiben") || !strings.Contains(rem[0].Body, "fällig am 31.03.2026") {
		t.Fatalf("reminders for the agent: %+v", rem)
	}
	if rem[0].Status != db.MailQueued {
		t.Fatalf("without SMTP a reminder stays queued: %s", rem[0].Status)
	}
	if n := len(w.messagesTo(t, db.MailReminder, w.dez.Email)); n != 0 {
		t.Fatalf("the Dezernent opted out but got %d reminders", n)
	}
	run(t, sc, march28.AddDate(0, 0, 1))
	if n := len(w.messagesTo(t, db.MailReminder, w.amt.Email)); n != 2 {
		t.Fatalf("%d reminders after the second day, want 2", n)
	}
	// The sign mail is mandatory: the opt-out does not touch it.
	if n := len(w.messagesTo(t, db.MailSign, w.amt.Email)); n != 1 {
		t.Fatalf("%d sign mails", n)
	}
}

// An overdue KPI value escalates to the leader of the unit above its unit
// and to Controlling.
func TestOverdueKPIValueIsEscalatedToTheLeaderAboveAndControlling(t *testing.T) {
	w := newWorld(t)
	goal := db.Goal{OrgUnitID: w.am.ID, Level: db.LevelAmt, Title: "Schneller bearbeiten", FromYear: 2020, ToYear: 2030, Version: 1,
		UntracedReason: "Test"}
	must(t, w.gdb.Create(&goal).Error)
	kpi := db.KPI{Name: "Bearbeitungsdauer", Unit: "Tage", Direction: db.LowerIsBetter, Kind: db.KPIOutput, Frequency: db.Quarterly,
		GoalID: &goal.ID, GreenThreshold: 1, YellowThreshold: 0.9, Version: 1}
	must(t, w.gdb.Create(&kpi).Error)
	sc := w.scheduler(t, "replica-a", nil)
	sc.Rules.ControllingAddress = "controlling@example.org"
	run(t, sc, time.Date(2026, 6, 1, 8, 0, 0, 0, time.UTC)) // Q1 2026 due 1 May, a month late
	for _, to := range []string{w.dez.Email, "controlling@example.org"} {
		esc := w.messagesTo(t, db.MailEscalation, to)
		if len(esc) != 1 || !strings.Contains(esc[0].Body, "Kennzahl „Bearbeitungsdauer“, Zeitraum Q1 2026") ||
			!strings.Contains(esc[0].Body, "überfällig seit 01.05.2026") || !strings.Contains(esc[0].Body, "Amtsleiterin Amsel") {
			t.Fatalf("escalations to %s: %+v", to, esc)
		}
	}
	if rem := w.messagesTo(t, db.MailReminder, w.amt.Email); len(rem) != 1 || !strings.Contains(rem[0].Body, "/kennzahlen/") {
		t.Fatalf("reminder to the KPI's owner: %+v", rem)
	}
	// The OB hears of the Dezernent's overdue draft, not of the Amt's KPI.
	for _, m := range w.messagesTo(t, db.MailEscalation, w.ob.Email) {
		if strings.Contains(m.Body, "Bearbeitungsdauer") {
			t.Fatalf("the KPI escalated past the leader above:\n%s", m.Body)
		}
	}
}
