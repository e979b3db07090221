package notify_test

import (
	"testing"
	"time"

	"zielwerk/notify"
)

func TestQuietHoursAcrossMidnightInBerlin(t *testing.T) {
	q := notify.DefaultQuietHours()
	cases := []struct {
		at    time.Time
		quiet bool
		until time.Time
	}{
		{time.Date(2026, 1, 10, 18, 59, 0, 0, time.UTC), false, time.Time{}},                                // 19:59 in winter
		{time.Date(2026, 1, 10, 19, 0, 0, 0, time.UTC), true, time.Date(2026, 1, 11, 6, 0, 0, 0, time.UTC)}, // 20:00
		{time.Date(2026, 1, 11, 5, 59, 0, 0, time.UTC), true, time.Date(2026, 1, 11, 6, 0, 0, 0, time.UTC)}, // 06:59
		{time.Date(2026, 7, 10, 5, 0, 0, 0, time.UTC), false, time.Time{}},                                  // 07:00 in summer
		// The night the clocks go forward: 07:00 CEST is 05:00 UTC.
		{time.Date(2026, 3, 28, 22, 0, 0, 0, time.UTC), true, time.Date(2026, 3, 29, 5, 0, 0, 0, time.UTC)},
	}
	for _, c := range cases {
		quiet, until := q.At(c.at)
		if quiet != c.quiet || (quiet && !until.Equal(c.until)) {
			t.Errorf("%s: quiet %v until %s, want %v until %s", c.at, quiet, until, c.quiet, c.until)
		}
	}
	if off, err := notify.ParseQuietHours("off", "Europe/Berlin"); err != nil {
		t.Fatal(err)
	} else if quiet, _ := off.At(time.Date(2026, 1, 10, 23, 0, 0, 0, time.UTC)); quiet {
		t.Error("QUIET_HOURS=off is quiet")
	}
	for _, bad := range []string{"20-07", "25:00-07:00", "20:00"} {
		if _, err := notify.ParseQuietHours(bad, "Europe/Berlin"); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestSMTPURL(t *testing.T) {
	for _, ok := range []string{"smtp://mail.example:587", "smtp://user:p%40ss@mail.example", "smtps://mail.example:465", "smtps://mail.example"} {
		if _, err := notify.NewSMTP(ok, "Zielwerk <zielwerk@example.org>"); err != nil {
			t.Errorf("%s: %v", ok, err)
		}
	}
	for _, bad := range []string{"http://mail.example", "smtp://", "smtp://mail.example:x", "mail.example:25"} {
		if _, err := notify.NewSMTP(bad, "zielwerk@example.org"); err == nil {
			t.Errorf("%s accepted", bad)
		}
	}
	if _, err := notify.NewSMTP("smtp://mail.example", ""); err == nil {
		t.Error("no MAIL_FROM accepted")
	}
}
