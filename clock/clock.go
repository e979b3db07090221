// Package clock is Zielwerk's one source of "now" and "today" (DESIGN.md
// rule 10). Production code asks Now(ctx) or Today(ctx); the request's
// context carries the clock, the real one unless a test put a fake one
// there (With, with clockwork's fake clock), so tests set the date they
// mean instead of leaning on the wall clock. Elapsed-time measurements
// (latency, rate limits) keep using time.Now: they measure, they do not
// decide.
package clock

import (
	"context"
	"time"

	"github.com/jonboulle/clockwork"
)

// Clock is what a clock must answer; clockwork's real and fake clocks do.
type Clock = clockwork.Clock

var real = clockwork.NewRealClock()

type key struct{}

// With returns ctx with c as its clock.
func With(ctx context.Context, c Clock) context.Context {
	return context.WithValue(ctx, key{}, c)
}

// From is ctx's clock, the real one if none was set.
func From(ctx context.Context) Clock {
	if ctx != nil {
		if c, ok := ctx.Value(key{}).(Clock); ok {
			return c
		}
	}
	return real
}

// Now is the current time in UTC.
func Now(ctx context.Context) time.Time { return From(ctx).Now().UTC() }

// Today is the current date: midnight UTC of Now.
func Today(ctx context.Context) time.Time {
	n := Now(ctx)
	return time.Date(n.Year(), n.Month(), n.Day(), 0, 0, 0, 0, time.UTC)
}

// Fixed is a fake clock standing at t, for tests and for replaying a day.
func Fixed(t time.Time) *clockwork.FakeClock { return clockwork.NewFakeClockAt(t) }
