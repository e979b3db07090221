package store

import (
	"context"

	"gorm.io/gorm"

	"zielwerk/access"
	"zielwerk/db"
)

// OpenYear opens a fiscal year for planning (access: MayManageFiscalYears).
func (sv *Viewer) OpenYear(ctx context.Context, year int) (*db.FiscalYear, error) {
	return asViewer(ctx, sv, func(tx *gorm.DB, a db.Actor, v *access.Viewer) (*db.FiscalYear, error) {
		return db.OpenYear(tx, a, v.MayManageFiscalYears, year)
	})
}

// CloseYear closes a fiscal year: its figures and agreements stay as they are.
func (sv *Viewer) CloseYear(ctx context.Context, year int) (*db.FiscalYear, error) {
	return asViewer(ctx, sv, func(tx *gorm.DB, a db.Actor, v *access.Viewer) (*db.FiscalYear, error) {
		return db.CloseYear(tx, a, v.MayManageFiscalYears, year)
	})
}

// FiscalYearList lists the opened and closed years (for everyone signed in).
func (sv *Viewer) FiscalYearList(ctx context.Context) ([]*db.FiscalYear, error) {
	return db.FiscalYearList(sv.db(ctx))
}
