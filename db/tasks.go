package db

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"
)

type TaskKind string

const (
	TaskPropose    TaskKind = "PROPOSE"
	TaskSign       TaskKind = "SIGN"
	TaskReview     TaskKind = "REVIEW"
	TaskSelfAssess TaskKind = "SELF_ASSESS"
	TaskAssess     TaskKind = "ASSESS"
	TaskClose      TaskKind = "CLOSE"
	TaskKPIOverdue TaskKind = "KPI_OVERDUE"
	// TaskOfficeReview: a proposed agreement of the OB waits for the OB
	// office's review.
	TaskOfficeReview TaskKind = "OFFICE_REVIEW"
	// After the assessment: the agent acknowledges or objects; HR assigns
	// an objection to the commission; an assigned member decides it.
	TaskAcknowledge     TaskKind = "ACKNOWLEDGE"
	TaskObjectionAssign TaskKind = "OBJECTION_ASSIGN"
	TaskObjectionDecide TaskKind = "OBJECTION_DECIDE"
)

// Task is something that waits for a person.
type Task struct {
	Kind      TaskKind
	Agreement *Agreement
	KPI       *KPI
	Period    string
}

// When reviews and assessments fall due in a fiscal year, and how long
// after a period's end its KPI value may take.
var (
	reviewDue      = func(year int) time.Time { return time.Date(year, 7, 1, 0, 0, 0, 0, time.UTC) }
	assessmentDue  = func(year int) time.Time { return time.Date(year, 10, 1, 0, 0, 0, 0, time.UTC) }
	yearlyGrace    = 90 * 24 * time.Hour
	quarterlyGrace = 45 * 24 * time.Hour
	monthlyGrace   = 30 * 24 * time.Hour
)

// Tasks lists what waits for person: their agreements' next steps, the
// overdue KPI values of the units they lead and, for the OB's office
// (officeFor: the OB), the OB's proposed agreements not reviewed yet.
// Agreements are read through visible, the person's visibility scope,
// like every agreement read.
func Tasks(ctx context.Context, gdb *gorm.DB, visible Scope, person int64, ledUnits, officeFor []int64, now time.Time) ([]Task, error) {
	var ags []*Agreement
	if err := gdb.WithContext(ctx).Scopes(visible).Where("(principal_id = ? OR agent_id = ?) AND status <> ?", person, person, StatusClosed).
		Order("year, id").Find(&ags).Error; err != nil {
		return nil, err
	}
	cases, err := AssessedCases(ctx, gdb, ags, now)
	if err != nil {
		return nil, err
	}
	var out []Task
	for _, a := range ags {
		principal, agent := a.PrincipalID == person, a.AgentID == person
		c := cases[a.ID]
		var kind TaskKind
		switch {
		case a.Status == StatusDraft && principal:
			kind = TaskPropose
		case a.Status == StatusProposed && !a.SignedBy(person):
			kind = TaskSign
		case a.Status == StatusAgreed && principal && !now.Before(reviewDue(a.Year)):
			kind = TaskReview
		case a.Status == StatusReviewed && agent && a.SelfAssessedAt == nil:
			kind = TaskSelfAssess
		case a.Status == StatusReviewed && principal && !now.Before(assessmentDue(a.Year)):
			kind = TaskAssess
		case a.Status == StatusAssessed && agent && c != nil && a.AcknowledgedAt == nil && c.Objection == nil && !c.ObjectionPeriodOver():
			kind = TaskAcknowledge
		case a.Status == StatusAssessed && principal && c != nil && !c.Objection.Open() &&
			(a.AcknowledgedAt != nil || c.Objection != nil || c.ObjectionPeriodOver()):
			kind = TaskClose
		}
		if kind != "" {
			out = append(out, Task{Kind: kind, Agreement: a})
		}
	}
	if len(officeFor) > 0 {
		var waiting []*Agreement
		if err := gdb.WithContext(ctx).Scopes(visible).Where("principal_id IN ? AND status = ? AND office_review = ''", officeFor, StatusProposed).
			Order("year, id").Find(&waiting).Error; err != nil {
			return nil, err
		}
		for _, a := range waiting {
			out = append(out, Task{Kind: TaskOfficeReview, Agreement: a})
		}
	}
	overdue, err := overdueKPIs(ctx, gdb, ledUnits, now)
	return append(out, overdue...), err
}

// expectedPeriod is the latest period of a frequency whose value is due by
// now: its year, quarter, month and label.
func expectedPeriod(f UpdateFrequency, now time.Time) (int, int, int, string) {
	switch f {
	case Monthly:
		end := now.Add(-monthlyGrace)
		m := time.Date(end.Year(), end.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -1, 0)
		return m.Year(), 0, int(m.Month()), fmt.Sprintf("%d-%02d", m.Year(), int(m.Month()))
	case Quarterly:
		end := now.Add(-quarterlyGrace)
		q := (int(end.Month())-1)/3 + 1 - 1 // the last quarter that ended before end
		y := end.Year()
		if q == 0 {
			q, y = 4, y-1
		}
		return y, q, 0, fmt.Sprintf("%d-Q%d", y, q)
	default:
		y := now.Add(-yearlyGrace).Year() - 1
		return y, 0, 0, fmt.Sprint(y)
	}
}

func overdueKPIs(ctx context.Context, gdb *gorm.DB, units []int64, now time.Time) ([]Task, error) {
	if len(units) == 0 {
		return nil, nil
	}
	q := gdb.WithContext(ctx)
	var kpis []*KPI
	if err := q.Where("product_id IN (SELECT id FROM products WHERE org_unit_id IN ?) OR goal_id IN (SELECT id FROM goals WHERE org_unit_id IN ?)",
		units, units).Order("id").Find(&kpis).Error; err != nil || len(kpis) == 0 {
		return nil, err
	}
	ids := make([]int64, len(kpis))
	for i, k := range kpis {
		ids[i] = k.ID
	}
	type period struct {
		kpi                  int64
		year, quarter, month int
	}
	var have []KPIValue
	if err := q.Select("kpi_id, year, quarter, month").Where("kpi_id IN ? AND actual IS NOT NULL AND year >= ?", ids, now.Year()-2).
		Find(&have).Error; err != nil {
		return nil, err
	}
	got := map[period]bool{}
	for _, v := range have {
		got[period{v.KPIID, v.Year, v.Quarter, v.Month}] = true
	}
	var out []Task
	for _, k := range kpis {
		y, qu, m, label := expectedPeriod(k.Frequency, now)
		if !got[period{k.ID, y, qu, m}] {
			out = append(out, Task{Kind: TaskKPIOverdue, KPI: k, Period: label})
		}
	}
	return out, nil
}
