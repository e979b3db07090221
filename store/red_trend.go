package store

import (
	"context"

	"zielwerk/apperr"
	"zielwerk/db"
)

// RedKPITrend is the number of red KPIs per quarter of year, for who may
// see the status overview (as RiskOverview); KPI figures are public, the
// view is the executives'.
func (sv *Viewer) RedKPITrend(ctx context.Context, year int) ([]db.QuarterRed, error) {
	v, err := sv.Policy(ctx)
	if err != nil {
		return nil, err
	}
	if !v.CanSeeStatusOverview() {
		return nil, apperr.ErrForbidden
	}
	return db.RedKPITrend(ctx, sv.gdb, year)
}
