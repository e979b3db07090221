package db

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
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

// Tasks lists what waits for person: their agreements' next steps and the
// overdue KPI values of the units they lead.
func Tasks(ctx context.Context, gdb *gorm.DB, person int64, ledUnits []int64, now time.Time) ([]Task, error) {
	var ags []*Agreement
	if err := gdb.WithContext(ctx).Where("(principal_id = ? OR agent_id = ?) AND status <> ?", person, person, StatusClosed).
		Order("year, id").Find(&ags).Error; err != nil {
		return nil, err
	}
	var out []Task
	for _, a := range ags {
		principal, agent := a.PrincipalID == person, a.AgentID == person
		var kind TaskKind
		switch {
		case a.Status == StatusDraft && principal:
			kind = TaskPropose
		case a.Status == StatusProposed && !signedBy(a, person):
			kind = TaskSign
		case a.Status == StatusAgreed && principal && !now.Before(reviewDue(a.Year)):
			kind = TaskReview
		case a.Status == StatusReviewed && agent && a.SelfAssessedAt == nil:
			kind = TaskSelfAssess
		case a.Status == StatusReviewed && principal && !now.Before(assessmentDue(a.Year)):
			kind = TaskAssess
		case a.Status == StatusAssessed && principal:
			kind = TaskClose
		}
		if kind != "" {
			out = append(out, Task{Kind: kind, Agreement: a})
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

// auditSubjects says which audit events belong to an object's trail: an
// agreement's own events, the events of a KPI's values, of a product's
// budget lines, of a measure and its savings.
var auditSubjects = map[string]string{
	"Agreement":            "entity = 'Agreement' AND entity_id = @id",
	"KPI":                  "entity = 'KPIValue' AND entity_id IN (SELECT id FROM kpi_values WHERE kpi_id = @id)",
	"Product":              "entity = 'BudgetLine' AND entity_id IN (SELECT id FROM budget_lines WHERE product_id = @id)",
	"ConsolidationMeasure": "(entity = 'ConsolidationMeasure' AND entity_id = @id) OR (entity = 'MeasureSaving' AND entity_id IN (SELECT id FROM measure_savings WHERE measure_id = @id))",
}

// AuditTrail lists the events of one object (a type of auditSubjects),
// newest first, before the event with id before (0 = from the newest).
func AuditTrail(ctx context.Context, gdb *gorm.DB, typ string, id int64, first int, before int64) (Page[AuditEvent], error) {
	var p Page[AuditEvent]
	cond, ok := auditSubjects[typ]
	if !ok {
		return p, nil
	}
	q := gdb.WithContext(ctx).Model(&AuditEvent{}).Where(cond, sql.Named("id", id))
	var total int64
	if err := q.Session(&gorm.Session{}).Count(&total).Error; err != nil {
		return p, err
	}
	if before > 0 {
		q = q.Where("id < ?", before)
	}
	if err := q.Order("id DESC").Limit(first + 1).Find(&p.Items).Error; err != nil {
		return p, err
	}
	p.Total = int(total)
	if p.HasNext = len(p.Items) > first; p.HasNext {
		p.Items = p.Items[:first]
	}
	return p, nil
}

// PayResultRow is an assessed, pay-relevant agreement with its result.
type PayResultRow struct {
	Agreement   *Agreement
	TotalDegree float64
}

// PayResults lists assessed or closed pay-relevant agreements of a year in
// visible, in id order after the given id.
func PayResults(ctx context.Context, gdb *gorm.DB, visible Scope, year, first int, after int64) (Page[PayResultRow], error) {
	scope := func(q *gorm.DB) *gorm.DB {
		return visible(q).Where("agreements.year = ? AND agreements.status IN ? AND agreements.pay_rule IN ?",
			year, []AgreementStatus{StatusAssessed, StatusClosed}, []PayRule{PayTVoeDLOB, PayBeamte})
	}
	ags, err := List[Agreement](ctx, gdb, scope, first, after)
	if err != nil {
		return Page[PayResultRow]{}, err
	}
	out := Page[PayResultRow]{HasNext: ags.HasNext, Total: ags.Total}
	if len(ags.Items) == 0 {
		return out, nil
	}
	ids := make([]int64, len(ags.Items))
	for i, a := range ags.Items {
		ids[i] = a.ID
	}
	var as []Assessment
	if err := gdb.WithContext(ctx).Where("agreement_id IN ?", ids).Find(&as).Error; err != nil {
		return out, err
	}
	total := map[int64]float64{}
	for _, a := range as {
		total[a.AgreementID] = a.TotalDegree
	}
	for _, a := range ags.Items {
		out.Items = append(out.Items, &PayResultRow{Agreement: a, TotalDegree: total[a.ID]})
	}
	return out, nil
}

// PointScale maps a total degree (percent) to LOB points: the points of the
// highest threshold reached. Cities set their own (LOB_POINTS).
type PointScale []struct {
	From   float64
	Points int
}

// DefaultPointScale: below 50 % no points, then one point per 25 %.
var DefaultPointScale = PointScale{{0, 0}, {50, 1}, {75, 2}, {100, 3}, {125, 4}, {150, 5}}

// Points applies the scale.
func (s PointScale) Points(degree float64) int {
	p := 0
	for _, step := range s {
		if degree >= step.From {
			p = step.Points
		}
	}
	return p
}

// ParsePointScale reads "0:0,50:1,75:2,100:3" (degree:points, ascending);
// empty means DefaultPointScale.
func ParsePointScale(s string) (PointScale, error) {
	if strings.TrimSpace(s) == "" {
		return DefaultPointScale, nil
	}
	var out PointScale
	for _, part := range strings.Split(s, ",") {
		from, pts, ok := strings.Cut(strings.TrimSpace(part), ":")
		f, err1 := strconv.ParseFloat(from, 64)
		p, err2 := strconv.Atoi(pts)
		if !ok || err1 != nil || err2 != nil || (len(out) > 0 && f <= out[len(out)-1].From) {
			return nil, fmt.Errorf("%q: want ascending degree:points pairs such as 0:0,50:1,100:3", part)
		}
		out = append(out, struct {
			From   float64
			Points int
		}{f, p})
	}
	return out, nil
}
