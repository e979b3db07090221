package main

import (
	"context"
	"crypto/x509"
	"fmt"
	"log/slog"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"gorm.io/gorm"

	"zielwerk/db"
	"zielwerk/demo"
	"zielwerk/notify"
)

// mailConfig is the e-mail part of the configuration (README, "E-mail").
type mailConfig struct {
	SMTPURL  string // SMTP_URL: smtp://user:pass@host:587 (plain or STARTTLS), smtps://host:465 (TLS)
	From     string // MAIL_FROM
	CAFile   string // SMTP_CA_FILE: PEM certificates to trust instead of the system's
	Interval time.Duration
	Quiet    notify.QuietHours
	// EscalateAfterDays: ESCALATE_AFTER_DAYS, default 7.
	EscalateAfterDays int
	// Controlling: CONTROLLING_MAIL, who gets the escalations of KPI values.
	Controlling string
}

func mailConfigFromEnv(env *envParser) mailConfig {
	c := mailConfig{
		SMTPURL:           os.Getenv("SMTP_URL"),
		From:              os.Getenv("MAIL_FROM"),
		CAFile:            os.Getenv("SMTP_CA_FILE"),
		Interval:          env.duration("NOTIFY_INTERVAL", notify.DefaultInterval),
		EscalateAfterDays: env.positive("ESCALATE_AFTER_DAYS", db.DefaultReminderRules.EscalateAfterDays),
		Controlling:       os.Getenv("CONTROLLING_MAIL"),
	}
	q, err := notify.ParseQuietHours(envOr("QUIET_HOURS", "20:00-07:00"), envOr("QUIET_HOURS_ZONE", "Europe/Berlin"))
	if err != nil {
		env.errs = append(env.errs, err)
	}
	c.Quiet = q
	if c.Interval > time.Minute {
		env.errs = append(env.errs, fmt.Errorf("NOTIFY_INTERVAL=%s: at most 1m, so that a mail leaves within a minute", c.Interval))
	}
	return c
}

// startNotifier runs the scheduler of every replica in the background
// until ctx ends (docs/notifications.md). Without SMTP_URL the messages
// stay in the outbox (the Postausgang page shows them).
func startNotifier(ctx context.Context, cfg config, gdb *gorm.DB, publicURL string) error {
	m := cfg.Mail
	sc := &notify.Scheduler{DB: gdb, Holder: holderName(), Quiet: m.Quiet, Interval: m.Interval, Rules: db.DefaultReminderRules}
	sc.Rules.PublicURL, sc.Rules.EscalateAfterDays, sc.Rules.ControllingAddress = publicURL, m.EscalateAfterDays, m.Controlling
	if sc.Rules.ControllingAddress == "" && cfg.seedsDemo() {
		for _, a := range demo.DemoAccounts() { // the demo city's Controlling
			if slices.Contains(a.Roles, "CONTROLLING") {
				sc.Rules.ControllingAddress = a.Email
			}
		}
	}
	if m.SMTPURL != "" {
		s, err := notify.NewSMTP(m.SMTPURL, m.From)
		if err != nil {
			return err
		}
		if m.CAFile != "" {
			pem, err := os.ReadFile(m.CAFile)
			roots := x509.NewCertPool()
			if err != nil || !roots.AppendCertsFromPEM(pem) {
				return fmt.Errorf("SMTP_CA_FILE=%q: no PEM certificates (%v)", m.CAFile, err)
			}
			s.TrustRoots(roots)
		}
		sc.Sender = s
	} else {
		slog.Info("no SMTP_URL: mails stay in the outbox (Verwaltung → Postausgang)")
	}
	go sc.Run(ctx)
	return nil
}

// holderName names this replica in leases and claims: host and process.
func holderName() string {
	host, _ := os.Hostname()
	return strings.TrimSpace(host) + ":" + strconv.Itoa(os.Getpid())
}
