package notify_test

import (
	"fmt"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"zielwerk/db"
	"zielwerk/notify"
)

// jan10 is a working morning in Berlin (10:00), outside the quiet hours.
var jan10 = time.Date(2026, 1, 10, 9, 0, 0, 0, time.UTC)

func (w *world) scheduler(t *testing.T, holder string, s *mailServer) *notify.Scheduler {
	t.Helper()
	sc := &notify.Scheduler{DB: w.gdb, Holder: holder, Quiet: notify.DefaultQuietHours(), Rules: db.DefaultReminderRules}
	sc.Rules.PublicURL = "https://zielwerk.example"
	if s != nil {
		sender, err := notify.NewSMTP(s.URL(), "zielwerk@example.org")
		must(t, err)
		sc.Sender = sender
	}
	return sc
}

func run(t *testing.T, sc *notify.Scheduler, tm time.Time) notify.Result {
	t.Helper()
	r, err := sc.RunOnce(at(t, tm))
	must(t, err)
	return r
}

func TestProposingSendsTheAgentOneMail(t *testing.T) {
	w := newWorld(t)
	srv := startMailServer(t, "127.0.0.1:0")
	w.propose(t, at(t, jan10))
	sc := w.scheduler(t, "replica-a", srv)
	if r := run(t, sc, jan10.Add(time.Minute)); r.Sent != 1 {
		t.Fatalf("first run: %+v", r)
	}
	got := srv.mails()
	if len(got) != 1 || got[0].To != w.amt.Email {
		t.Fatalf("want one mail to the agent, got %+v", got)
	}
	m := got[0]
	link := "https://zielwerk.example/vereinbarungen/" + db.GlobalID("Agreement", w.draft.ID)
	for _, want := range []string{"wartet auf Ihre Unterschrift", "Zielvereinbarung 2026 mit Amtsleiterin Amsel (Ordnungsamt)", link,
		"English: the target agreement 2026 with Amtsleiterin Amsel (Ordnungsamt) is waiting for your signature"} {
		if !strings.Contains(m.Subject+"\n"+m.Body, want) {
			t.Errorf("mail lacks %q:\n%s\n%s", want, m.Subject, m.Body)
		}
	}
	if strings.Contains(m.Body, "Vertraulich") || strings.Contains(m.Body, "Bearbeitungszeit") {
		t.Errorf("the mail shows the agreement's content:\n%s", m.Body)
	}
	// A later run (a new scan too) sends nothing more.
	if r := run(t, sc, jan10.Add(30*time.Minute)); r.Sent != 0 || !r.Scanned {
		t.Fatalf("second run: %+v", r)
	}
	if n := len(srv.mails()); n != 1 {
		t.Fatalf("%d mails after the second run, want 1", n)
	}
	ob := w.outbox(t)
	if len(ob) != 1 || ob[0].Status != db.MailSent || ob[0].SentAt == nil || ob[0].Attempts != 1 {
		t.Fatalf("outbox: %+v", ob)
	}
}

func TestSMTPOutageKeepsTheMailQueuedUntilTheServerIsBack(t *testing.T) {
	w := newWorld(t)
	srv := startMailServer(t, "127.0.0.1:0")
	srv.stop()
	w.propose(t, at(t, jan10))
	sc := w.scheduler(t, "replica-a", srv)
	if r := run(t, sc, jan10.Add(time.Minute)); r.Retried != 1 || r.Sent != 0 {
		t.Fatalf("run during the outage: %+v", r)
	}
	ob := w.outbox(t)
	if len(ob) != 1 || ob[0].Status != db.MailQueued || ob[0].Attempts != 1 || ob[0].LastError == "" {
		t.Fatalf("outbox after the outage: %+v", ob)
	}
	srv.restart(t)
	// Not due again before the backoff has passed.
	if r := run(t, sc, jan10.Add(90*time.Second)); r.Sent != 0 {
		t.Fatalf("sent before the backoff passed: %+v", r)
	}
	if r := run(t, sc, jan10.Add(3*time.Minute)); r.Sent != 1 {
		t.Fatalf("run after the restart: %+v", r)
	}
	run(t, sc, jan10.Add(10*time.Minute))
	if got := srv.mails(); len(got) != 1 || got[0].To != w.amt.Email {
		t.Fatalf("want the mail delivered once after the restart, got %+v", got)
	}
	if ob := w.outbox(t); ob[0].Status != db.MailSent || ob[0].Attempts != 2 {
		t.Fatalf("outbox: %+v", ob[0])
	}
}

func TestAMailFailsAfterTheLastTry(t *testing.T) {
	w := newWorld(t)
	srv := startMailServer(t, "127.0.0.1:0")
	srv.stop()
	w.propose(t, at(t, jan10))
	sc := w.scheduler(t, "replica-a", srv)
	sc.MaxAttempts = 2
	run(t, sc, jan10.Add(time.Minute))
	if r := run(t, sc, jan10.Add(5*time.Minute)); r.Failed != 1 {
		t.Fatalf("second try: %+v", r)
	}
	if ob := w.outbox(t); ob[0].Status != db.MailFailed || ob[0].Attempts != 2 {
		t.Fatalf("outbox: %+v", ob[0])
	}
}

// Two replicas on one database: each mail leaves exactly once.
func TestTwoSchedulersSendEachMailOnce(t *testing.T) {
	w := newWorld(t)
	srv := startMailServer(t, "127.0.0.1:0")
	w.propose(t, at(t, jan10))
	ctx := at(t, jan10)
	for i := range 40 {
		if _, err := db.Enqueue(w.gdb.WithContext(ctx), &db.OutboxMessage{Kind: db.MailReminder, RecipientID: &w.amt.ID,
			ToAddress: w.amt.Email, Subject: fmt.Sprintf("Test %d", i), Body: "Test", DedupeKey: fmt.Sprintf("test:%d", i), Mandatory: true}); err != nil {
			t.Fatal(err)
		}
	}
	a, b := w.scheduler(t, "replica-a", srv), w.scheduler(t, "replica-b", srv)
	a.Batch, b.Batch = 3, 3
	var wg sync.WaitGroup
	sent := make([]int, 2)
	for i, sc := range []*notify.Scheduler{a, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := range 20 {
				r, err := sc.RunOnce(at(t, jan10.Add(time.Duration(round)*time.Second)))
				if err != nil {
					t.Error(err)
					return
				}
				sent[i] += r.Sent
			}
		}()
	}
	wg.Wait()
	got := srv.mails()
	seen := map[string]int{}
	for _, m := range got {
		seen[m.ID]++
	}
	if len(got) != 41 || len(seen) != 41 {
		t.Fatalf("%d mails for %d messages (replica a sent %d, b %d), want 41 once each", len(got), len(seen), sent[0], sent[1])
	}
	var queued int64
	must(t, w.gdb.Model(&db.OutboxMessage{}).Where("status <> ?", db.MailSent).Count(&queued).Error)
	if queued != 0 {
		t.Fatalf("%d messages not marked sent", queued)
	}
	t.Logf("replica a sent %d, replica b %d", sent[0], sent[1])
}

func TestQuietHoursHoldTheMailUntilMorning(t *testing.T) {
	w := newWorld(t)
	srv := startMailServer(t, "127.0.0.1:0")
	evening := time.Date(2026, 1, 10, 20, 30, 0, 0, time.UTC) // 21:30 in Berlin
	w.propose(t, at(t, evening))
	sc := w.scheduler(t, "replica-a", srv)
	if r := run(t, sc, evening.Add(time.Minute)); r.Sent != 0 || r.Delayed != 1 {
		t.Fatalf("run in the quiet hours: %+v", r)
	}
	if r := run(t, sc, time.Date(2026, 1, 11, 5, 59, 0, 0, time.UTC)); r.Sent != 0 { // 06:59 in Berlin
		t.Fatalf("sent before 07:00: %+v", r)
	}
	if r := run(t, sc, time.Date(2026, 1, 11, 6, 1, 0, 0, time.UTC)); r.Sent != 1 {
		t.Fatalf("run at 07:01: %+v", r)
	}
}

// After the agent signed, the principal hears that it waits for them.
func TestTheFirstSignatureMailsTheOtherParty(t *testing.T) {
	w := newWorld(t)
	ctx := at(t, jan10)
	w.propose(t, ctx)
	if _, err := w.lifecycle(t, ctx, w.amt).Accept(ctx, w.draft.ID, w.draft.Version+1); err != nil {
		t.Fatal(err)
	}
	ob := w.outbox(t)
	if len(ob) != 2 || ob[0].ToAddress != w.amt.Email || ob[1].ToAddress != w.dez.Email || ob[1].Kind != db.MailSign {
		t.Fatalf("outbox: %+v", ob)
	}
	// The second signature concludes it: no more mail.
	if _, err := w.lifecycle(t, ctx, w.dez).Accept(ctx, w.draft.ID, w.draft.Version+2); err != nil {
		t.Fatal(err)
	}
	if n := len(w.outbox(t)); n != 2 {
		t.Fatalf("%d messages after both signed, want 2", n)
	}
}

// Credentials in SMTP_URL are used over TLS — upgraded with STARTTLS
// (smtp://) or from the start (smtps://) — and never sent in the clear.
func TestSMTPCredentialsFromTheURL(t *testing.T) {
	cert, roots := testCA(t)
	const password = "s3cret:/@"
	for _, c := range []struct {
		scheme   string
		tls      bool
		implicit bool
	}{{"smtp", true, false}, {"smtps", true, true}, {"smtp", false, false}} {
		w := newWorld(t)
		srv := &mailServer{user: "zielwerk", password: password, implicit: c.implicit}
		if c.tls {
			srv.tls = cert
		}
		srv.listen(t, "127.0.0.1:0")
		t.Cleanup(srv.stop)
		w.propose(t, at(t, jan10))
		sc := w.scheduler(t, "replica-a", nil)
		sender := func(pass string) notify.Sender {
			s, err := notify.NewSMTP(c.scheme+"://zielwerk:"+url.QueryEscape(pass)+"@"+srv.addr, "zielwerk@example.org")
			must(t, err)
			s.TrustRoots(roots)
			return s
		}
		sc.Sender = sender("wrong")
		if r := run(t, sc, jan10.Add(time.Minute)); r.Sent != 0 || r.Retried != 1 {
			t.Fatalf("%s, TLS %v, a wrong password: %+v", c.scheme, c.tls, r)
		}
		sc.Sender = sender(password)
		r := run(t, sc, jan10.Add(5*time.Minute))
		if !c.tls {
			// No TLS offered: the password stays with us and the mail waits.
			if r.Sent != 0 || len(srv.authed) != 0 {
				t.Fatalf("a password went out without TLS: %+v %v", r, srv.authed)
			}
			continue
		}
		if r.Sent != 1 || len(srv.mails()) != 1 || len(srv.authed) != 1 {
			t.Fatalf("%s with the right password: %+v, mails %d, authenticated %v", c.scheme, r, len(srv.mails()), srv.authed)
		}
	}
}
