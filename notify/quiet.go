package notify

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // Europe/Berlin where the system has no zone files
)

// QuietHours is a daily time span in which no mail is sent (the default
// 20:00–07:00 Europe/Berlin); messages due then wait for its end. From ==
// To: none.
type QuietHours struct {
	From, To time.Duration // since midnight, local
	Location *time.Location
}

// DefaultQuietHours: 20:00 to 07:00 in Berlin.
func DefaultQuietHours() QuietHours {
	q, _ := ParseQuietHours("20:00-07:00", "Europe/Berlin")
	return q
}

// ParseQuietHours reads "HH:MM-HH:MM" (QUIET_HOURS; "off" for none) in
// zone (QUIET_HOURS_ZONE).
func ParseQuietHours(span, zone string) (QuietHours, error) {
	loc, err := time.LoadLocation(zone)
	if err != nil {
		return QuietHours{}, fmt.Errorf("QUIET_HOURS_ZONE=%q: %w", zone, err)
	}
	if span == "off" {
		return QuietHours{Location: loc}, nil
	}
	from, to, ok := strings.Cut(span, "-")
	f, err1 := clockTime(from)
	t, err2 := clockTime(to)
	if !ok || err1 != nil || err2 != nil {
		return QuietHours{}, fmt.Errorf("QUIET_HOURS=%q: want HH:MM-HH:MM or off", span)
	}
	return QuietHours{From: f, To: t, Location: loc}, nil
}

func clockTime(s string) (time.Duration, error) {
	h, m, ok := strings.Cut(strings.TrimSpace(s), ":")
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	if !ok || err1 != nil || err2 != nil || hh < 0 || hh > 23 || mm < 0 || mm > 59 {
		return 0, fmt.Errorf("bad time %q", s)
	}
	return time.Duration(hh)*time.Hour + time.Duration(mm)*time.Minute, nil
}

// At says whether t lies in the quiet hours, and when (in UTC) they end.
func (q QuietHours) At(t time.Time) (bool, time.Time) {
	quiet, until := q.at(t)
	return quiet, until.UTC()
}

func (q QuietHours) at(t time.Time) (bool, time.Time) {
	if q.From == q.To || q.Location == nil {
		return false, t
	}
	local := t.In(q.Location)
	midnight := time.Date(local.Year(), local.Month(), local.Day(), 0, 0, 0, 0, q.Location)
	since := time.Duration(local.Hour())*time.Hour + time.Duration(local.Minute())*time.Minute
	// clock is the wall-clock time d on the day of midnight (DST-proof).
	clock := func(day time.Time, d time.Duration) time.Time {
		return time.Date(day.Year(), day.Month(), day.Day(), int(d/time.Hour), int(d%time.Hour/time.Minute), 0, 0, q.Location)
	}
	if q.From < q.To { // e.g. 12:00-14:00
		if since >= q.From && since < q.To {
			return true, clock(midnight, q.To)
		}
		return false, t
	}
	switch { // across midnight, e.g. 20:00-07:00
	case since >= q.From:
		return true, clock(midnight.AddDate(0, 0, 1), q.To)
	case since < q.To:
		return true, clock(midnight, q.To)
	}
	return false, t
}
