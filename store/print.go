package store

import (
	"context"
	"errors"

	"gorm.io/gorm"

	"zielwerk/access"
	"zielwerk/db"
)

// PrintRecord is what the print view of an agreement may show the viewer:
// with Full everything and the audit trail, otherwise (HR) parties, unit
// and the assessment's result only — what the result part leaves out is
// not even read.
type PrintRecord struct {
	Agreement        db.Agreement
	Principal, Agent db.Person
	Unit             db.OrgUnit
	Full             bool
	Items            []PrintItem
	Reviews          []db.Review
	Assessment       *db.Assessment
	Events           []db.AuditEvent
	Actors           map[int64]*db.Person // the events' actors
}

// PrintItem is an item with what it is linked to.
type PrintItem struct {
	db.AgreementItem
	Goal    *db.Goal
	KPI     *db.KPI
	Measure *db.ConsolidationMeasure
}

// ErrNothingToPrint: the agreement is missing, invisible to the viewer or
// visible by its status only; all three look the same.
var ErrNothingToPrint = errors.New("store: nothing to print")

// PrintRecord reads agreement id for the print view, as far as the
// viewer may print it (access.Viewer.PrintPart).
func (sv *Viewer) PrintRecord(ctx context.Context, id int64) (*PrintRecord, error) {
	v, err := sv.Policy(ctx)
	if err != nil {
		return nil, err
	}
	q := sv.db(ctx)
	var r PrintRecord
	err = q.Scopes(v.VisibleAgreements()).First(&r.Agreement, id).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, ErrNothingToPrint
	} else if err != nil {
		return nil, err
	}
	part := v.PrintPart(&r.Agreement)
	if part == access.PrintNothing {
		return nil, ErrNothingToPrint
	}
	r.Full = part == access.PrintAll
	a := &r.Agreement
	for _, e := range []struct {
		dst any
		id  int64
	}{{&r.Principal, a.PrincipalID}, {&r.Agent, a.AgentID}, {&r.Unit, a.OrgUnitID}} {
		if err := q.First(e.dst, e.id).Error; err != nil {
			return nil, err
		}
	}
	var as []db.Assessment
	if !r.Full {
		if err := q.Select("id, agreement_id, total_degree, assessed_at").Where("agreement_id = ?", a.ID).Find(&as).Error; err != nil {
			return nil, err
		}
		if len(as) > 0 {
			r.Assessment = &as[0]
		}
		return &r, nil
	}
	if err := r.readContent(q); err != nil {
		return nil, err
	}
	return &r, nil
}

// readContent reads the items with their links, the reviews, the
// assessment and the audit trail (oldest first) with its actors.
func (r *PrintRecord) readContent(q *gorm.DB) error {
	a := &r.Agreement
	ctx := q.Statement.Context
	var items []db.AgreementItem
	if err := q.Where("agreement_id = ?", a.ID).Order("position").Find(&items).Error; err != nil {
		return err
	}
	var goalIDs, kpiIDs, measureIDs []int64
	for _, it := range items {
		if it.GoalID != nil {
			goalIDs = append(goalIDs, *it.GoalID)
		}
		if it.KPIID != nil {
			kpiIDs = append(kpiIDs, *it.KPIID)
		}
		if it.MeasureID != nil {
			measureIDs = append(measureIDs, *it.MeasureID)
		}
	}
	goals, err := db.ByIDs(ctx, q, goalIDs, func(g *db.Goal) int64 { return g.ID })
	if err != nil {
		return err
	}
	kpis, err := db.ByIDs(ctx, q, kpiIDs, func(k *db.KPI) int64 { return k.ID })
	if err != nil {
		return err
	}
	measures, err := db.ByIDs(ctx, q, measureIDs, func(m *db.ConsolidationMeasure) int64 { return m.ID })
	if err != nil {
		return err
	}
	for _, it := range items {
		pi := PrintItem{AgreementItem: it}
		if it.GoalID != nil {
			pi.Goal = goals[*it.GoalID]
		}
		if it.KPIID != nil {
			pi.KPI = kpis[*it.KPIID]
		}
		if it.MeasureID != nil {
			pi.Measure = measures[*it.MeasureID]
		}
		r.Items = append(r.Items, pi)
	}
	if err := q.Where("agreement_id = ?", a.ID).Order("held_on").Find(&r.Reviews).Error; err != nil {
		return err
	}
	var as []db.Assessment
	if err := q.Where("agreement_id = ?", a.ID).Find(&as).Error; err != nil {
		return err
	}
	if len(as) > 0 {
		r.Assessment = &as[0]
	}
	if err := q.Where("entity = ? AND entity_id = ?", "Agreement", a.ID).Order("at, id").Find(&r.Events).Error; err != nil {
		return err
	}
	var actorIDs []int64
	for _, ev := range r.Events {
		if ev.ActorID != nil {
			actorIDs = append(actorIDs, *ev.ActorID)
		}
	}
	r.Actors, err = db.ByIDs(ctx, q, actorIDs, func(p *db.Person) int64 { return p.ID })
	return err
}
