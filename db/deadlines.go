package db

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// Due dates of tasks. Every task kind maps to its due date here, in Due
// and kpiDue, from the fiscal year's deadlines (YearDeadlines, the pay
// scheme's or the defaults) and, for KPI values, the KPI's update
// frequency plus KPIGrace. A new task kind adds its case to Due.

// KPIGrace is how long after its period ends a KPI's actual value is due.
const KPIGrace = 30 * 24 * time.Hour

// taskLead is how long before its due date the mid-year review and the
// assessment show as tasks (earlier the agreement simply runs).
const taskLead = 92 * 24 * time.Hour

// Due is the day a task of kind on an agreement falls due under the
// year's deadlines d; assessedAt is the agreement's assessment time where
// it has one (the acknowledgement and objection window start there).
func (d Deadlines) Due(kind TaskKind, assessedAt *time.Time) time.Time {
	switch kind {
	case TaskReview:
		return d.ReviewBy
	case TaskSelfAssess, TaskAssess:
		return d.AssessmentBy
	case TaskClose, TaskAcknowledge:
		// acknowledged or objected within the window; closed once it passed
		if assessedAt != nil {
			return DateOf(*assessedAt).AddDate(0, 0, d.ObjectionDays)
		}
		return d.AssessmentBy.AddDate(0, 0, d.ObjectionDays)
	default: // TaskPropose, TaskSign, TaskOfficeReview: concluded by
		return d.AgreementBy
	}
}

// shows says whether a task of kind is listed at now: the review and the
// assessment from taskLead before their due date, the rest at once.
func (d Deadlines) shows(kind TaskKind, now time.Time) bool {
	switch kind {
	case TaskReview, TaskAssess:
		return !now.Before(d.Due(kind, nil).Add(-taskLead))
	}
	return true
}

// DateOf is the calendar date of t, as midnight UTC (dates are stored so).
func DateOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// kpiPeriod is the latest period of frequency f whose actual value is due
// by now (it ended at least KPIGrace ago): its year, quarter, month, label
// and due day (the period's end plus KPIGrace).
func kpiPeriod(f UpdateFrequency, now time.Time) (year, quarter, month int, label string, due time.Time) {
	e := now.Add(-KPIGrace)
	switch f {
	case Monthly:
		start := time.Date(e.Year(), e.Month(), 1, 0, 0, 0, 0, time.UTC) // the month not ended by e
		m := start.AddDate(0, -1, 0)
		return m.Year(), 0, int(m.Month()), fmt.Sprintf("%d-%02d", m.Year(), int(m.Month())), start.Add(KPIGrace)
	case Quarterly:
		start := time.Date(e.Year(), time.Month((int(e.Month())-1)/3*3+1), 1, 0, 0, 0, 0, time.UTC)
		p := start.AddDate(0, -3, 0)
		q := (int(p.Month())-1)/3 + 1
		return p.Year(), q, 0, fmt.Sprintf("%d-Q%d", p.Year(), q), start.Add(KPIGrace)
	default:
		y := e.Year() - 1
		return y, 0, 0, fmt.Sprint(y), time.Date(y+1, 1, 1, 0, 0, 0, 0, time.UTC).Add(KPIGrace)
	}
}

// LastDuePeriod is the latest period of year whose actual value a KPI of
// frequency f owes by now — by the rule of kpiPeriod: a period is due once
// it ended at least KPIGrace ago. It gives the quarter or month (both 0
// for the year itself); ok is false while no period of year is due. The
// KPI list's overdue filter and the tasks use this one rule.
func LastDuePeriod(f UpdateFrequency, year int, now time.Time) (quarter, month int, ok bool) {
	e := now.Add(-KPIGrace)
	ended := func(end time.Time) bool { return !end.After(e) }
	switch f {
	case Monthly:
		for m := 12; m >= 1; m-- {
			if ended(time.Date(year, time.Month(m), 1, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0)) {
				return 0, m, true
			}
		}
	case Quarterly:
		for q := 4; q >= 1; q-- {
			if ended(time.Date(year, time.Month(3*q-2), 1, 0, 0, 0, 0, time.UTC).AddDate(0, 3, 0)) {
				return q, 0, true
			}
		}
	default:
		if ended(time.Date(year+1, 1, 1, 0, 0, 0, 0, time.UTC)) {
			return 0, 0, true
		}
	}
	return 0, 0, false
}

// deadlineBook reads each year's deadlines once.
type deadlineBook struct {
	gdb   *gorm.DB
	ctx   context.Context
	years map[int]Deadlines
}

func newDeadlineBook(ctx context.Context, gdb *gorm.DB) *deadlineBook {
	return &deadlineBook{gdb: gdb, ctx: ctx, years: map[int]Deadlines{}}
}

func (b *deadlineBook) of(year int) (Deadlines, error) {
	if d, ok := b.years[year]; ok {
		return d, nil
	}
	d, err := YearDeadlines(b.ctx, b.gdb, year)
	if err == nil {
		b.years[year] = d
	}
	return d, err
}
