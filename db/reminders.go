package db

import (
	"context"
	"fmt"
	"sort"
	"time"

	"gorm.io/gorm"
)

// ReminderRules configure the reminder scan (docs/notifications.md).
type ReminderRules struct {
	// RemindBefore: a task is in the reminder digest from this long before
	// its due date.
	RemindBefore time.Duration
	// EscalateAfterDays: a task overdue by this many days is escalated to
	// the leader of the unit above (and, for KPI values, to Controlling).
	EscalateAfterDays int
	// PublicURL is where the mails link to.
	PublicURL string
	// ControllingAddress receives the escalations of KPI values; "" none.
	ControllingAddress string
}

// DefaultReminderRules: remind a week ahead, escalate a week overdue.
var DefaultReminderRules = ReminderRules{RemindBefore: 7 * 24 * time.Hour, EscalateAfterDays: 7}

// ownedTask is a task and the person it waits for.
type ownedTask struct {
	Task
	owner int64
	unit  int64 // the unit whose leader owes it
}

// ScanReminders writes the day's reminder and escalation digests for
// every open task into the outbox: at most one of each kind per recipient
// and day (the dedupe key), so running it again the same day writes
// nothing. It reports how many messages it wrote. It is system work: it
// reads every open agreement, and writes only the outbox.
func ScanReminders(ctx context.Context, gdb *gorm.DB, rules ReminderRules, now time.Time) (int, error) {
	q := gdb.WithContext(ctx)
	today := DateOf(now)
	units, err := OrgTree(ctx, gdb)
	if err != nil {
		return 0, err
	}
	unit := map[int64]*OrgUnit{}
	for i := range units {
		unit[units[i].ID] = &units[i]
	}
	var people []Person
	if err := q.Select("id, name, email, left_on").Find(&people).Error; err != nil {
		return 0, err
	}
	person := map[int64]*Person{}
	for i := range people {
		person[people[i].ID] = &people[i]
	}
	tasks, err := openTasks(ctx, gdb, unit, units, now)
	if err != nil {
		return 0, err
	}
	unitName := map[int64]string{}
	for _, u := range units {
		unitName[u.ID] = u.Name
	}
	line := func(t ownedTask, owner bool) digestLine {
		l := digestLine{Task: t.Task}
		if a := t.Agreement; a != nil {
			agent := ""
			if p := person[a.AgentID]; p != nil {
				agent = p.Name
			}
			l.Label = fmt.Sprintf("Zielvereinbarung %d mit %s (%s)", a.Year, agent, unitName[a.OrgUnitID])
			l.Link = agreementLink(rules.PublicURL, a.ID)
		} else if t.KPI != nil {
			l.Label = fmt.Sprintf("Kennzahl „%s“, Zeitraum %s", t.KPI.Name, periodWords(t.Period))
			l.Link = kpiLink(rules.PublicURL, t.KPI.ID)
		}
		if p := person[t.owner]; owner && p != nil {
			l.Owner = p.Name
		}
		return l
	}
	remind := map[int64][]digestLine{}
	escalate := map[int64][]digestLine{}
	var controlling []digestLine
	for _, t := range tasks {
		if !today.Before(t.Due.Add(-rules.RemindBefore)) {
			remind[t.owner] = append(remind[t.owner], line(t, false))
		}
		if rules.EscalateAfterDays <= 0 || today.Before(t.Due.AddDate(0, 0, rules.EscalateAfterDays)) {
			continue
		}
		if u := unit[t.unit]; u != nil && u.ParentID != nil {
			if above := unit[*u.ParentID]; above != nil && above.LeaderID != nil && *above.LeaderID != t.owner {
				escalate[*above.LeaderID] = append(escalate[*above.LeaderID], line(t, true))
			}
		}
		if t.Kind == TaskKPIOverdue {
			controlling = append(controlling, line(t, true))
		}
	}
	written := 0
	day := today.Format(time.DateOnly)
	send := func(kind MailKind, to int64, lines []digestLine) error {
		p := person[to]
		if p == nil || p.Email == "" || (p.LeftOn != nil && !p.LeftOn.After(today)) {
			return nil
		}
		id := p.ID
		m := digestMail(kind, &id, p.Name, p.Email, lines, today, fmt.Sprintf("%s:%d:%s", kind, to, day))
		return enqueueCounting(q, m, &written)
	}
	for _, to := range sortedIDs(remind) {
		if err := send(MailReminder, to, remind[to]); err != nil {
			return written, err
		}
	}
	for _, to := range sortedIDs(escalate) {
		if err := send(MailEscalation, to, escalate[to]); err != nil {
			return written, err
		}
	}
	if len(controlling) > 0 && rules.ControllingAddress != "" {
		m := digestMail(MailEscalation, nil, "", rules.ControllingAddress, controlling, today, "ESCALATION:controlling:"+day)
		if err := enqueueCounting(q, m, &written); err != nil {
			return written, err
		}
	}
	return written, nil
}

func enqueueCounting(q *gorm.DB, m *OutboxMessage, n *int) error {
	ok, err := Enqueue(q, m)
	if ok {
		*n++
	}
	return err
}

func sortedIDs[V any](m map[int64]V) []int64 {
	out := make([]int64, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// openTasks is every person's open task on the agreements and the overdue
// KPI values of the units led today.
func openTasks(ctx context.Context, gdb *gorm.DB, unit map[int64]*OrgUnit, units []OrgUnit, now time.Time) ([]ownedTask, error) {
	var ags []*Agreement
	if err := gdb.WithContext(ctx).Where("status <> ?", StatusClosed).Order("year, id").Find(&ags).Error; err != nil {
		return nil, err
	}
	book := newDeadlineBook(ctx, gdb)
	cases, err := assessedCases(ctx, gdb, book, ags, now)
	if err != nil {
		return nil, err
	}
	var out []ownedTask
	for _, a := range ags {
		for _, who := range []int64{a.AgentID, a.PrincipalID} {
			t, err := agreementTask(book, a, who, cases[a.ID], now)
			if err != nil {
				return nil, err
			}
			if t == nil {
				continue
			}
			owes := a.OrgUnitID // the agent leads the agreement's unit
			if who == a.PrincipalID {
				if u := unit[a.OrgUnitID]; u != nil && u.ParentID != nil {
					owes = *u.ParentID
				}
			}
			out = append(out, ownedTask{Task: *t, owner: who, unit: owes})
		}
	}
	// The KPIs of every unit led today, in one pass, each to its unit's leader.
	day := DateOf(now)
	var led []int64
	for _, u := range units {
		if u.LeaderID != nil && u.ActiveOn(day) {
			led = append(led, u.ID)
		}
	}
	kpis, err := overdueKPIs(ctx, gdb, led, now)
	if err != nil || len(kpis) == 0 {
		return out, err
	}
	owner, err := kpiUnits(ctx, gdb, kpis)
	if err != nil {
		return nil, err
	}
	for _, t := range kpis {
		if u := unit[owner[t.KPI.ID]]; u != nil && u.LeaderID != nil {
			out = append(out, ownedTask{Task: t, owner: *u.LeaderID, unit: u.ID})
		}
	}
	return out, nil
}

// kpiUnits maps the tasks' KPIs to the unit owning each: its product's,
// else its goal's.
func kpiUnits(ctx context.Context, gdb *gorm.DB, tasks []Task) (map[int64]int64, error) {
	var rows []struct{ ID, Unit int64 }
	ids := make([]int64, len(tasks))
	for i, t := range tasks {
		ids[i] = t.KPI.ID
	}
	err := gdb.WithContext(ctx).Raw(`SELECT k.id, COALESCE(p.org_unit_id, g.org_unit_id) AS unit FROM kpis k
	  LEFT JOIN products p ON p.id = k.product_id LEFT JOIN goals g ON g.id = k.goal_id WHERE k.id IN ?`, ids).Scan(&rows).Error
	out := make(map[int64]int64, len(rows))
	for _, r := range rows {
		out[r.ID] = r.Unit
	}
	return out, err
}
