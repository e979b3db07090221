package store

import (
	"context"
	"errors"
	"time"

	"gorm.io/gorm"

	"zielwerk/access"
	"zielwerk/db"
)

// Master data writes as the viewer: one transaction, one audit event, the
// permit from access (access/masterdata.go).

// asViewer runs fn in one transaction with the viewer's actor and policy.
func asViewer[T any](ctx context.Context, sv *Viewer, fn func(tx *gorm.DB, actor db.Actor, v *access.Viewer) (*T, error)) (*T, error) {
	v, err := sv.Policy(ctx)
	if err != nil {
		return nil, err
	}
	var out *T
	err = db.Write(ctx, sv.gdb, func(tx *gorm.DB) error {
		var err error
		out, err = fn(tx, v.Actor(), v)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

func (sv *Viewer) CreateStrategicGoal(ctx context.Context, in db.StrategicGoalInput) (*db.StrategicGoal, error) {
	return asViewer(ctx, sv, func(tx *gorm.DB, a db.Actor, v *access.Viewer) (*db.StrategicGoal, error) {
		return db.CreateStrategicGoal(tx, a, v.StrategicGoalPermit(), in)
	})
}

func (sv *Viewer) UpdateStrategicGoal(ctx context.Context, id int64, version int, in db.StrategicGoalInput) (*db.StrategicGoal, error) {
	return asViewer(ctx, sv, func(tx *gorm.DB, a db.Actor, v *access.Viewer) (*db.StrategicGoal, error) {
		return db.UpdateStrategicGoal(tx, a, v.StrategicGoalPermit(), id, version, in)
	})
}

func (sv *Viewer) RetireStrategicGoal(ctx context.Context, id int64, version int) (*db.StrategicGoal, error) {
	return asViewer(ctx, sv, func(tx *gorm.DB, a db.Actor, v *access.Viewer) (*db.StrategicGoal, error) {
		return db.RetireStrategicGoal(tx, a, v.StrategicGoalPermit(), id, version)
	})
}

func (sv *Viewer) CreateGoal(ctx context.Context, in db.GoalInput) (*db.Goal, error) {
	return asViewer(ctx, sv, func(tx *gorm.DB, a db.Actor, v *access.Viewer) (*db.Goal, error) {
		return db.CreateGoal(tx, a, v.GoalPermit(), in)
	})
}

func (sv *Viewer) UpdateGoal(ctx context.Context, id int64, version int, in db.GoalInput) (*db.Goal, error) {
	return asViewer(ctx, sv, func(tx *gorm.DB, a db.Actor, v *access.Viewer) (*db.Goal, error) {
		return db.UpdateGoal(tx, a, v.GoalPermit(), id, version, in)
	})
}

func (sv *Viewer) RetireGoal(ctx context.Context, id int64, version, lastYear int) (*db.Goal, error) {
	return asViewer(ctx, sv, func(tx *gorm.DB, a db.Actor, v *access.Viewer) (*db.Goal, error) {
		return db.RetireGoal(tx, a, v.GoalPermit(), id, version, lastYear)
	})
}

func (sv *Viewer) CreateKPI(ctx context.Context, in db.KPIDefinitionInput) (*db.KPI, error) {
	return asViewer(ctx, sv, func(tx *gorm.DB, a db.Actor, v *access.Viewer) (*db.KPI, error) {
		return db.CreateKPI(tx, a, v.KPIPermit(), in)
	})
}

func (sv *Viewer) UpdateKPI(ctx context.Context, id int64, version int, in db.KPIDefinitionInput) (*db.KPI, error) {
	return asViewer(ctx, sv, func(tx *gorm.DB, a db.Actor, v *access.Viewer) (*db.KPI, error) {
		return db.UpdateKPI(tx, a, v.KPIPermit(), id, version, in)
	})
}

func (sv *Viewer) RetireKPI(ctx context.Context, id int64, version int) (*db.KPI, error) {
	return asViewer(ctx, sv, func(tx *gorm.DB, a db.Actor, v *access.Viewer) (*db.KPI, error) {
		return db.RetireKPI(tx, a, v.KPIPermit(), id, version)
	})
}

func (sv *Viewer) CreateOrgUnit(ctx context.Context, in db.OrgUnitInput) (*db.OrgUnit, error) {
	return asViewer(ctx, sv, func(tx *gorm.DB, a db.Actor, v *access.Viewer) (*db.OrgUnit, error) {
		return db.CreateOrgUnit(tx, a, v.OrgUnitPermit(), in)
	})
}

func (sv *Viewer) UpdateOrgUnit(ctx context.Context, id int64, version int, in db.OrgUnitInput) (*db.OrgUnit, error) {
	return asViewer(ctx, sv, func(tx *gorm.DB, a db.Actor, v *access.Viewer) (*db.OrgUnit, error) {
		return db.UpdateOrgUnit(tx, a, v.OrgUnitPermit(), id, version, in)
	})
}

func (sv *Viewer) CreatePerson(ctx context.Context, in db.PersonInput) (*db.Person, error) {
	return asViewer(ctx, sv, func(tx *gorm.DB, a db.Actor, v *access.Viewer) (*db.Person, error) {
		return db.CreatePerson(tx, a, v.PersonPermit(), in)
	})
}

func (sv *Viewer) UpdatePerson(ctx context.Context, id int64, version int, in db.PersonInput) (*db.Person, error) {
	return asViewer(ctx, sv, func(tx *gorm.DB, a db.Actor, v *access.Viewer) (*db.Person, error) {
		return db.UpdatePerson(tx, a, v.PersonPermit(), id, version, in)
	})
}

// Leaver is a person who left, with the status of their open agreements
// (unit, year, status: what reassigning them needs, nothing of content).
type Leaver struct {
	Person *db.Person
	Open   []*db.Agreement
}

func (sv *Viewer) PersonLeave(ctx context.Context, id int64, version int, day time.Time) (*Leaver, error) {
	return asViewer(ctx, sv, func(tx *gorm.DB, a db.Actor, v *access.Viewer) (*Leaver, error) {
		p, open, err := db.PersonLeave(tx, a, v.PersonPermit(), id, version, day)
		if err != nil {
			return nil, err
		}
		return &Leaver{Person: p, Open: open}, nil
	})
}

func (sv *Viewer) CreateProduct(ctx context.Context, in db.ProductInput) (*db.Product, error) {
	return asViewer(ctx, sv, func(tx *gorm.DB, a db.Actor, v *access.Viewer) (*db.Product, error) {
		return db.CreateProduct(tx, a, v.ProductPermit(), in)
	})
}

func (sv *Viewer) UpdateProduct(ctx context.Context, id int64, version int, in db.ProductInput) (*db.Product, error) {
	return asViewer(ctx, sv, func(tx *gorm.DB, a db.Actor, v *access.Viewer) (*db.Product, error) {
		return db.UpdateProduct(tx, a, v.ProductPermit(), id, version, in)
	})
}

func (sv *Viewer) AssignLeader(ctx context.Context, unitID int64, version int, leaderID int64, day time.Time) (*db.LeaderChange, error) {
	return asViewer(ctx, sv, func(tx *gorm.DB, a db.Actor, v *access.Viewer) (*db.LeaderChange, error) {
		return db.AssignLeader(tx, a, v.OrgUnitPermit(), unitID, version, leaderID, day)
	})
}

// errNotApplied rolls back a dry run or a plan with problems.
var errNotApplied = errors.New("store: reorganisation not applied")

// Reorganise computes the plan of r and applies it when apply is set and
// it has no problems; otherwise everything is rolled back, so the plan of
// a dry run is exactly what an application would do.
func (sv *Viewer) Reorganise(ctx context.Context, r db.Reorganisation, apply bool) (*db.ReorgPlan, error) {
	v, err := sv.Policy(ctx)
	if err != nil {
		return nil, err
	}
	var plan *db.ReorgPlan
	err = db.Write(ctx, sv.gdb, func(tx *gorm.DB) error {
		var err error
		if plan, err = db.Reorganise(tx, v.Actor(), v.OrgUnitPermit(), r); err != nil {
			return err
		}
		if !apply || len(plan.Problems) > 0 {
			return errNotApplied
		}
		plan.Applied = true
		return nil
	})
	if errors.Is(err, errNotApplied) {
		err = nil
	}
	return plan, err
}

func (sv *Viewer) CreateConsolidationMeasure(ctx context.Context, in db.ConsolidationMeasureInput) (*db.ConsolidationMeasure, error) {
	return asViewer(ctx, sv, func(tx *gorm.DB, a db.Actor, v *access.Viewer) (*db.ConsolidationMeasure, error) {
		return db.CreateConsolidationMeasure(tx, a, v.MeasurePermit(), in)
	})
}

func (sv *Viewer) UpdateConsolidationMeasure(ctx context.Context, id int64, version int, in db.ConsolidationMeasureInput) (*db.ConsolidationMeasure, error) {
	return asViewer(ctx, sv, func(tx *gorm.DB, a db.Actor, v *access.Viewer) (*db.ConsolidationMeasure, error) {
		return db.UpdateConsolidationMeasure(tx, a, v.MeasurePermit(), id, version, in)
	})
}
