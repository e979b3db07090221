package store

import (
	"context"

	"gorm.io/gorm"

	"zielwerk/db"
)

// Writes as the viewer: every change runs in one transaction, is audited
// with the viewer as actor and is permitted by the viewer's policy.

// Lifecycle changes agreements as the viewer, through the viewer's
// visibility rule and lifecycle policy.
func (sv *Viewer) Lifecycle(ctx context.Context) (*db.Lifecycle, error) {
	v, err := sv.Policy(ctx)
	if err != nil {
		return nil, err
	}
	return &db.Lifecycle{DB: sv.gdb, Actor: v.Actor(), Visible: v.VisibleAgreements(), May: v, PublicURL: sv.publicURL}, nil
}

// Correction names a closed fiscal year a write corrects, and why; the
// zero value corrects nothing.
type Correction struct {
	Year   int
	Reason string
}

// recordFigures runs fn in one transaction as the viewer, with the access
// policy's CanRecordFigures as the permit; as a correction of a closed
// year if c names one (access: MayCorrectClosedYears).
func (sv *Viewer) recordFigures(ctx context.Context, c Correction, fn func(tx *gorm.DB, actor db.Actor, may db.Permit) error) error {
	v, err := sv.Policy(ctx)
	if err != nil {
		return err
	}
	return db.Write(ctx, sv.gdb, func(tx *gorm.DB) error {
		if c.Reason == "" {
			return fn(tx, v.Actor(), v.CanRecordFigures)
		}
		return db.Correct(tx, v.Actor(), v.MayCorrectClosedYears, c.Year, c.Reason, func(tx *gorm.DB) error {
			return fn(tx, v.Actor(), v.CanCorrectFigures)
		})
	})
}

// RecordKPIValue records one KPI value (plan, actual, comment).
func (sv *Viewer) RecordKPIValue(ctx context.Context, in db.KPIValueInput, c Correction) (v *db.KPIValue, err error) {
	err = sv.recordFigures(ctx, c, func(tx *gorm.DB, actor db.Actor, may db.Permit) error {
		v, err = db.RecordKPIValue(tx, actor, may, in)
		return err
	})
	return v, err
}

// RecordBudgetLine records one product's budget figures of a year.
func (sv *Viewer) RecordBudgetLine(ctx context.Context, in db.BudgetLineInput, c Correction) (b *db.BudgetLine, err error) {
	err = sv.recordFigures(ctx, c, func(tx *gorm.DB, actor db.Actor, may db.Permit) error {
		b, err = db.RecordBudgetLine(tx, actor, may, in)
		return err
	})
	return b, err
}

// RecordMeasure records an HSP measure's realisation of a year and its
// status.
func (sv *Viewer) RecordMeasure(ctx context.Context, in db.MeasureInput, c Correction) (m *db.ConsolidationMeasure, s *db.MeasureSaving, err error) {
	err = sv.recordFigures(ctx, c, func(tx *gorm.DB, actor db.Actor, may db.Permit) error {
		m, s, err = db.RecordMeasure(tx, actor, may, in)
		return err
	})
	return m, s, err
}
