// Package notify delivers the outbox (db.OutboxMessage) by SMTP and runs
// the scheduler that finds due and overdue tasks. It is system work: it
// holds the database handle main opened, never a request's.
package notify

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"net/url"
	"strconv"
	"time"

	"github.com/wneessen/go-mail"

	"zielwerk/db"
)

// Sender delivers one message; an error means it was not delivered.
type Sender interface {
	Send(ctx context.Context, m *db.OutboxMessage) error
}

// SMTP sends through one SMTP server, a connection per message.
type SMTP struct {
	opts []mail.Option
	host string
	from string
}

// NewSMTP reads SMTP_URL: smtp://[user:password@]host[:port] sends plain
// or upgrades with STARTTLS where the server offers it (port 587 by
// default), smtps://… speaks TLS from the start (port 465); from is
// MAIL_FROM.
func NewSMTP(rawURL, from string) (*SMTP, error) {
	u, err := url.Parse(rawURL)
	if err != nil || u.Hostname() == "" {
		return nil, fmt.Errorf("SMTP_URL %q: want smtp://host:port or smtps://host:port", rawURL)
	}
	if from == "" {
		return nil, fmt.Errorf("MAIL_FROM is needed with SMTP_URL")
	}
	opts := []mail.Option{mail.WithTimeout(10 * time.Second)}
	port := 0
	if p := u.Port(); p != "" {
		if port, err = strconv.Atoi(p); err != nil {
			return nil, fmt.Errorf("SMTP_URL %q: port %q", rawURL, p)
		}
	}
	switch u.Scheme {
	case "smtp":
		opts = append(opts, mail.WithTLSPolicy(mail.TLSOpportunistic))
		if port == 0 {
			port = 587
		}
	case "smtps":
		opts = append(opts, mail.WithSSL())
		if port == 0 {
			port = 465
		}
	default:
		return nil, fmt.Errorf("SMTP_URL %q: scheme smtp or smtps", rawURL)
	}
	opts = append(opts, mail.WithPort(port))
	if user := u.User.Username(); user != "" {
		// The mechanism is negotiated; PLAIN and LOGIN only over TLS
		// (go-mail's auto-discovery never sends a password in the clear).
		pass, _ := u.User.Password()
		opts = append(opts, mail.WithSMTPAuth(mail.SMTPAuthAutoDiscover), mail.WithUsername(user), mail.WithPassword(pass))
	}
	return &SMTP{opts: opts, host: u.Hostname(), from: from}, nil
}

// TrustRoots makes the sender trust the certificates of roots (a city's
// own CA; tests) instead of the system's.
func (s *SMTP) TrustRoots(roots *x509.CertPool) {
	s.opts = append(s.opts, mail.WithTLSConfig(&tls.Config{RootCAs: roots, ServerName: s.host, MinVersion: tls.VersionTLS12}))
}

// Send delivers m.
func (s *SMTP) Send(ctx context.Context, m *db.OutboxMessage) error {
	msg := mail.NewMsg()
	if err := msg.From(s.from); err != nil {
		return fmt.Errorf("MAIL_FROM: %w", err)
	}
	if err := msg.To(m.ToAddress); err != nil {
		return err
	}
	msg.Subject(m.Subject)
	msg.SetMessageIDWithValue(fmt.Sprintf("zielwerk-outbox-%d@%s", m.ID, s.host))
	msg.SetGenHeader("X-Zielwerk-Outbox-Id", strconv.FormatInt(m.ID, 10))
	msg.SetBodyString(mail.TypeTextPlain, m.Body)
	c, err := mail.NewClient(s.host, s.opts...)
	if err != nil {
		return err
	}
	return c.DialAndSendWithContext(ctx, msg)
}
