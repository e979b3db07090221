package store

import (
	"context"

	"gorm.io/gorm"

	"zielwerk/access"
	"zielwerk/db"
)

// OpenedYear is an opened year and, if asked for, how many of the last
// year's agreements were copied as drafts or skipped.
type OpenedYear struct {
	Year            *db.FiscalYear
	Copied, Skipped int
}

// OpenYear opens a fiscal year for planning (access: MayManageFiscalYears)
// and, with copyAgreements, copies last year's agreements as drafts.
func (sv *Viewer) OpenYear(ctx context.Context, year int, copyAgreements bool) (*OpenedYear, error) {
	return asViewer(ctx, sv, func(tx *gorm.DB, a db.Actor, v *access.Viewer) (*OpenedYear, error) {
		y, err := db.OpenYear(tx, a, v.MayManageFiscalYears, year)
		if err != nil || !copyAgreements {
			return &OpenedYear{Year: y}, err
		}
		copied, skipped, err := db.CopyAgreementsToYear(tx, a, year-1, year)
		return &OpenedYear{Year: y, Copied: copied, Skipped: skipped}, err
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
