package db

import (
	"context"
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

// Task is something that waits for a person, and the day it falls due
// (deadlines.go).
type Task struct {
	Kind      TaskKind
	Agreement *Agreement
	KPI       *KPI
	Period    string
	Due       time.Time
	// OnBehalfOf: a deputy's task for the leader they stand in for.
	OnBehalfOf *int64
}

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
	book := newDeadlineBook(ctx, gdb)
	cases, err := assessedCases(ctx, gdb, book, ags, now)
	if err != nil {
		return nil, err
	}
	var out []Task
	for _, a := range ags {
		t, err := agreementTask(book, a, person, cases[a.ID], now)
		if err != nil {
			return nil, err
		}
		if t != nil {
			out = append(out, *t)
		}
	}
	if len(officeFor) > 0 {
		var waiting []*Agreement
		if err := gdb.WithContext(ctx).Scopes(visible).Where("principal_id IN ? AND status = ? AND office_review = ''", officeFor, StatusProposed).
			Order("year, id").Find(&waiting).Error; err != nil {
			return nil, err
		}
		for _, a := range waiting {
			d, err := book.of(a.Year)
			if err != nil {
				return nil, err
			}
			out = append(out, Task{Kind: TaskOfficeReview, Agreement: a, Due: d.Due(TaskOfficeReview, nil)})
		}
	}
	overdue, err := overdueKPIs(ctx, gdb, ledUnits, now)
	return append(out, overdue...), err
}

// agreementTask is the next step of a that waits for person, if any.
func agreementTask(book *deadlineBook, a *Agreement, person int64, c *AssessedCase, now time.Time) (*Task, error) {
	principal, agent := a.PrincipalID == person, a.AgentID == person
	var kind TaskKind
	switch {
	case a.Status == StatusDraft && principal:
		kind = TaskPropose
	case a.Status == StatusProposed && !a.SignedBy(person) && (principal || agent):
		kind = TaskSign
	case a.Status == StatusAgreed && principal:
		kind = TaskReview
	case a.Status == StatusReviewed && agent && a.SelfAssessedAt == nil:
		kind = TaskSelfAssess
	case a.Status == StatusReviewed && principal:
		kind = TaskAssess
	case a.Status == StatusAssessed && agent && c != nil && a.AcknowledgedAt == nil && c.Objection == nil && !c.ObjectionPeriodOver():
		kind = TaskAcknowledge
	case a.Status == StatusAssessed && principal && c != nil && !c.Objection.Open() &&
		(a.AcknowledgedAt != nil || c.Objection != nil || c.ObjectionPeriodOver()):
		kind = TaskClose
	}
	if kind == "" {
		return nil, nil
	}
	d, err := book.of(a.Year)
	if err != nil || !d.shows(kind, now) {
		return nil, err
	}
	var assessed *time.Time
	if c != nil {
		assessed = &c.AssessedAt
	}
	return &Task{Kind: kind, Agreement: a, Due: d.Due(kind, assessed)}, nil
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
		y, qu, m, label, due := kpiPeriod(k.Frequency, now)
		if !got[period{k.ID, y, qu, m}] {
			out = append(out, Task{Kind: TaskKPIOverdue, KPI: k, Period: label, Due: due})
		}
	}
	return out, nil
}
