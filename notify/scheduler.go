package notify

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/cenkalti/backoff/v5"
	"gorm.io/gorm"

	"zielwerk/clock"
	"zielwerk/db"
	"zielwerk/metrics"
)

// Scheduler runs on every replica. Each run (RunOnce, every Interval):
//
//  1. the reminder scan, where this replica takes the scan lease (a row in
//     scheduler_leases, held for ScanEvery): exactly one replica scans in
//     each ScanEvery, and the outbox's dedupe keys make a second scan of
//     the same day write nothing anyway;
//  2. delivery: claim due messages (FOR UPDATE SKIP LOCKED on
//     PostgreSQL, a conditional update on both backends), send each, mark
//     it sent, or queue it again with exponential backoff, or mark it
//     failed after MaxAttempts.
//
// Without a Sender (no SMTP_URL: the demo) nothing is delivered; the
// messages stay queued and the Postausgang page shows them.
type Scheduler struct {
	DB     *gorm.DB
	Sender Sender
	// Holder names this replica in leases and claims.
	Holder string
	Rules  db.ReminderRules
	Quiet  QuietHours
	// Interval between runs; ScanEvery between reminder scans; Hold how
	// long a claim on a message lasts.
	Interval, ScanEvery, Hold time.Duration
	// MaxAttempts: tries before a message is FAILED; Retry the backoff
	// between tries of one message (the first wait, doubling to an hour).
	MaxAttempts int
	Retry       time.Duration
	// Batch: messages claimed at once (DefaultBatch).
	Batch int
	Log   *slog.Logger
}

// Defaults of the scheduler (README, "E-mail").
const (
	DefaultInterval    = 20 * time.Second
	DefaultScanEvery   = 15 * time.Minute
	DefaultMaxAttempts = 8
	DefaultRetry       = time.Minute
	maxRetryWait       = time.Hour
	DefaultBatch       = 50
)

func (s *Scheduler) defaults() {
	if s.Interval <= 0 {
		s.Interval = DefaultInterval
	}
	if s.ScanEvery <= 0 {
		s.ScanEvery = DefaultScanEvery
	}
	if s.Hold <= 0 {
		s.Hold = 5 * time.Minute
	}
	if s.MaxAttempts <= 0 {
		s.MaxAttempts = DefaultMaxAttempts
	}
	if s.Retry <= 0 {
		s.Retry = DefaultRetry
	}
	if s.Batch <= 0 {
		s.Batch = DefaultBatch
	}
	if s.Log == nil {
		s.Log = slog.Default()
	}
}

// Result is what one run did.
type Result struct {
	Scanned         bool
	Written         int // messages the scan wrote
	Sent, Retried   int
	Failed, Delayed int
}

// RunOnce scans (if this replica gets the lease) and delivers what is due.
// The time is the context's clock.
func (s *Scheduler) RunOnce(ctx context.Context) (Result, error) {
	s.defaults()
	var r Result
	now := clock.Now(ctx)
	ok, err := db.TakeLease(ctx, s.DB, "reminder-scan", s.Holder, now, s.ScanEvery)
	if err != nil {
		return r, fmt.Errorf("scan lease: %w", err)
	}
	if ok {
		r.Scanned = true
		if r.Written, err = db.ScanReminders(ctx, s.DB, s.Rules, now); err != nil {
			return r, fmt.Errorf("reminder scan: %w", err)
		}
	}
	if s.Sender == nil {
		return r, nil
	}
	return r, s.deliver(ctx, now, &r)
}

func (s *Scheduler) deliver(ctx context.Context, now time.Time, r *Result) error {
	msgs, err := db.ClaimDue(ctx, s.DB, s.Holder, now, s.Hold, s.Batch)
	if err != nil {
		return fmt.Errorf("claim: %w", err)
	}
	if quiet, until := s.Quiet.At(now); quiet {
		for _, m := range msgs {
			if err := db.Postpone(ctx, s.DB, m, s.Holder, until); err != nil {
				return err
			}
			r.Delayed++
		}
		return nil
	}
	for _, m := range msgs {
		sendErr := s.Sender.Send(ctx, m)
		if sendErr == nil {
			if err := db.MarkSent(ctx, s.DB, m, s.Holder, clock.Now(ctx)); err != nil {
				return err
			}
			r.Sent++
			metrics.Mail("sent")
			continue
		}
		giveUp := m.Attempts+1 >= s.MaxAttempts
		next := now.Add(retryWait(s.Retry, m.Attempts+1))
		s.Log.Warn("mail not delivered", "outbox", m.ID, "attempt", m.Attempts+1, "giveUp", giveUp, "err", sendErr)
		if err := db.MarkUnsent(ctx, s.DB, m, s.Holder, next, giveUp, sendErr.Error()); err != nil {
			return err
		}
		if giveUp {
			r.Failed++
			metrics.Mail("failed")
		} else {
			r.Retried++
			metrics.Mail("retried")
		}
		if errors.Is(ctx.Err(), context.Canceled) {
			return ctx.Err()
		}
	}
	return nil
}

// retryWait is the wait before try attempt+1: first, doubling with each
// try, at most an hour; backoff's exponential policy without jitter, so
// a test knows when the next try is due.
func retryWait(first time.Duration, attempt int) time.Duration {
	b := &backoff.ExponentialBackOff{InitialInterval: first, Multiplier: 2, MaxInterval: maxRetryWait, RandomizationFactor: 0}
	b.Reset()
	var d time.Duration
	for range attempt {
		d = b.NextBackOff()
	}
	return d
}

// Run runs RunOnce every Interval until ctx ends; errors are logged, the
// next run tries again.
func (s *Scheduler) Run(ctx context.Context) {
	s.defaults()
	t := time.NewTicker(s.Interval)
	defer t.Stop()
	for {
		r, err := s.RunOnce(ctx)
		if err != nil && ctx.Err() == nil {
			s.Log.Error("notification run", "err", err)
		} else if r.Written+r.Sent+r.Failed > 0 {
			s.Log.Info("notification run", "written", r.Written, "sent", r.Sent, "retried", r.Retried, "failed", r.Failed)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
