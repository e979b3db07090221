package main

import (
	"strings"
	"testing"
	"time"
)

func TestMailConfiguration(t *testing.T) {
	t.Setenv("SMTP_URL", "smtps://zielwerk:pw@mail.example:465")
	t.Setenv("MAIL_FROM", "Zielwerk <zielwerk@stadt.example>")
	t.Setenv("ESCALATE_AFTER_DAYS", "10")
	t.Setenv("QUIET_HOURS", "21:30-06:00")
	c, _, err := parseConfig(nil)
	if err != nil {
		t.Fatal(err)
	}
	m := c.Mail
	if m.SMTPURL == "" || m.From == "" || m.EscalateAfterDays != 10 || m.Interval != 20*time.Second ||
		m.Quiet.From != 21*time.Hour+30*time.Minute || m.Quiet.To != 6*time.Hour {
		t.Fatalf("mail configuration: %+v", m)
	}
	for key, bad := range map[string]string{"NOTIFY_INTERVAL": "2m", "QUIET_HOURS": "nachts", "ESCALATE_AFTER_DAYS": "0"} {
		t.Run(key, func(t *testing.T) {
			t.Setenv(key, bad)
			if _, _, err := parseConfig(nil); err == nil || !strings.Contains(err.Error(), key) {
				t.Fatalf("%s=%s: %v", key, bad, err)
			}
		})
	}
}
