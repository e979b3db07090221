package store

import (
	"context"
	"time"

	"zielwerk/access"
	"zielwerk/apperr"
	"zielwerk/clock"
	"zielwerk/db"
	"zielwerk/identity"
)

// Reports over many agreements or figures, each through the viewer's
// policy.

// StatusOverview counts the visible agreements of year by unit and
// status, within one unit's subtree unless within is nil.
func (sv *Viewer) StatusOverview(ctx context.Context, year int, within *int64, day time.Time) ([]db.UnitStatus, error) {
	v, err := sv.Policy(ctx)
	if err != nil {
		return nil, err
	}
	return db.StatusOverview(ctx, sv.gdb, v.VisibleAgreements(), year, within, day)
}

// BudgetByDezernat is the budget adherence per Dezernat in year (figures
// of the city's budget, readable by everyone signed in).
func (sv *Viewer) BudgetByDezernat(ctx context.Context, year int) ([]db.DezernatBudget, error) {
	return db.BudgetByDezernat(ctx, sv.gdb, year)
}

// PayResults pages the assessed, pay-relevant agreements of year for
// whoever may see pay results (HR); FORBIDDEN for anyone else.
func (sv *Viewer) PayResults(ctx context.Context, year, first int, after int64) (db.Page[db.PayResultRow], error) {
	v, err := sv.Policy(ctx)
	if err != nil {
		return db.Page[db.PayResultRow]{}, err
	}
	if !v.CanSeePayResults() {
		return db.Page[db.PayResultRow]{}, apperr.ErrForbidden
	}
	return db.PayResults(ctx, sv.gdb, v.VisibleAgreements(), year, first, after)
}

// Tasks is what waits for the viewer now, each with its due date; for a
// deputy also the principal's steps of the leaders they stand in for.
func (sv *Viewer) Tasks(ctx context.Context) ([]db.Task, error) {
	v, err := sv.Policy(ctx)
	if err != nil || v == nil {
		return nil, err
	}
	var office []int64
	if v.Has(identity.RoleOBOffice) {
		office = v.OB
	}
	now := clock.Now(ctx)
	tasks, err := db.Tasks(ctx, sv.gdb, v.VisibleAgreements(), v.PersonID, v.LedUnits, office, now)
	if err != nil {
		return nil, err
	}
	// A deputy also has the represented leaders' steps as principal.
	for _, leader := range v.Represents {
		theirs, err := db.Tasks(ctx, sv.gdb, v.VisibleAgreements(), leader, nil, nil, now)
		if err != nil {
			return nil, err
		}
		for _, t := range theirs {
			if t.Agreement != nil && v.OnBehalfOf(t.Agreement) == leader {
				t.OnBehalfOf = &leader
				tasks = append(tasks, t)
			}
		}
	}
	more, err := sv.objectionTasks(ctx, v)
	return append(tasks, more...), err
}

// Alignment is the goal cascade's alignment in year: strategic goals no
// goal traces to, and each Dezernat's coverage.
func (sv *Viewer) Alignment(ctx context.Context, year int) ([]*db.StrategicGoal, []db.AlignmentCoverage, error) {
	uncovered, err := db.UncoveredStrategicGoals(ctx, sv.gdb, year)
	if err != nil {
		return nil, nil, err
	}
	coverage, err := db.Coverage(ctx, sv.gdb, year)
	return uncovered, coverage, err
}

// ExecutiveJSON is the executive view of year (the agreements the viewer
// concludes as principal, at most first) as the graph would answer it.
func (sv *Viewer) ExecutiveJSON(ctx context.Context, year, first int) ([]byte, error) {
	scope, err := sv.agreements(ctx, AgreementFilter{Year: year, Side: AsPrincipal})
	if err != nil {
		return nil, err
	}
	return db.ExecutiveJSON(ctx, sv.gdb, scope, year, first)
}

// AuditTrail pages the audit events of one entity, newest first, if the
// viewer may read them: an agreement's trail is content (NOT_FOUND when
// the agreement is invisible, FORBIDDEN when only its status is visible);
// that of a KPI, product or measure is for who may record its figures
// (access.Viewer.CanReadFigureHistory).
func (sv *Viewer) AuditTrail(ctx context.Context, typ string, id int64, first int, before int64) (db.Page[db.AuditEvent], error) {
	var none db.Page[db.AuditEvent]
	v, err := sv.Policy(ctx)
	if err != nil {
		return none, err
	}
	if typ == "Agreement" {
		a, err := Load(ctx, sv.Loaders.Agreement, &id)
		if err != nil {
			return none, err
		}
		if a == nil {
			return none, apperr.ErrNotFound
		}
		if v.AgreementLevel(a) < access.Content {
			return none, apperr.ErrForbidden
		}
	} else if may, err := sv.mayReadHistory(ctx, v, typ, id); err != nil {
		return none, err
	} else if !may {
		return none, apperr.ErrForbidden
	}
	return db.AuditTrail(ctx, sv.gdb, typ, id, first, before)
}

// mayReadHistory asks the policy about the trail of master data: a
// KPI's, product's or measure's for who may record its figures; a goal's
// for who may maintain it; units' and strategic goals' for who maintains
// them (ADMIN); people's for ADMIN and HR. NOT_FOUND for a missing object.
func (sv *Viewer) mayReadHistory(ctx context.Context, v *access.Viewer, typ string, id int64) (bool, error) {
	l := sv.Loaders
	switch typ {
	case "Goal":
		g, err := Load(ctx, l.Goal, &id)
		if err != nil || g == nil {
			return false, orNotFound(err)
		}
		return v.MayMaintainGoalsOf(g.OrgUnitID), nil
	case "OrgUnit":
		u, err := Load(ctx, l.OrgUnit, &id)
		if err != nil || u == nil {
			return false, orNotFound(err)
		}
		return v.MayMaintainOrganisation(), nil
	case "StrategicGoal":
		s, err := Load(ctx, l.StrategicGoal, &id)
		if err != nil || s == nil {
			return false, orNotFound(err)
		}
		return v.MayMaintainStrategicGoals(), nil
	case "Person":
		p, err := Load(ctx, l.Person, &id)
		if err != nil || p == nil {
			return false, orNotFound(err)
		}
		return v.MaySeeEveryonesDetails(), nil
	}
	unit, err := sv.owningUnit(ctx, typ, id)
	if err != nil {
		return false, err
	}
	return v.CanReadFigureHistory(unit), nil
}

func orNotFound(err error) error {
	if err != nil {
		return err
	}
	return apperr.ErrNotFound
}

// owningUnit is the unit whose leader owns a KPI, product or measure;
// NOT_FOUND for anything else.
func (sv *Viewer) owningUnit(ctx context.Context, typ string, id int64) (int64, error) {
	l := sv.Loaders
	switch typ {
	case "Product":
		if p, err := Load(ctx, l.Product, &id); err != nil || p != nil {
			return orZero(p, func(p *db.Product) int64 { return p.OrgUnitID }), err
		}
	case "ConsolidationMeasure":
		if m, err := Load(ctx, l.Measure, &id); err != nil || m != nil {
			return orZero(m, func(m *db.ConsolidationMeasure) int64 { return m.OrgUnitID }), err
		}
	case "KPI":
		k, err := Load(ctx, l.KPI, &id)
		if err != nil || k == nil {
			break
		}
		if k.ProductID != nil {
			return sv.owningUnit(ctx, "Product", *k.ProductID)
		}
		if g, err := Load(ctx, l.Goal, k.GoalID); err != nil || g != nil {
			return orZero(g, func(g *db.Goal) int64 { return g.OrgUnitID }), err
		}
	}
	return 0, apperr.ErrNotFound
}

func orZero[T any](v *T, f func(*T) int64) int64 {
	if v == nil {
		return 0
	}
	return f(v)
}
