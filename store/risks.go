package store

import (
	"context"

	"zielwerk/apperr"
	"zielwerk/clock"
	"zielwerk/db"
)

// DezernatRisk is where a Dezernat stands in a year: its units' visible
// agreements by status, those not yet agreed, its red KPIs and its HSP
// shortfall.
type DezernatRisk struct {
	Dezernat   *db.OrgUnit
	Counts     map[db.AgreementStatus]int
	Agreements int
	NotAgreed  int // DRAFT or PROPOSED: the agreement is not in force yet
	// Overdue: agreements whose next step is past its due date (the
	// year's deadlines): not agreed after AgreementBy, not reviewed after
	// ReviewBy, not assessed after AssessmentBy.
	Overdue        int
	RedKPIs        int
	KPIs           int
	ShortfallCents int64
}

// dezernate are today's Dezernate (and Fachbereiche), as whole rows, and
// for every unit of the cached org tree the index of the Dezernat it
// belongs to.
func (sv *Viewer) dezernate(ctx context.Context) ([]*db.OrgUnit, map[int64]int, error) {
	tree, err := sv.orgTree(ctx)
	if err != nil {
		return nil, nil, err
	}
	day := clock.Today(ctx)
	var out []*db.OrgUnit
	dezOf := map[int64]int{}
	for i := range tree {
		u := &tree[i]
		if !u.IsDezernat() || !u.ActiveOn(day) {
			continue
		}
		out = append(out, u)
		for _, id := range db.Subtree(tree, u.ID) {
			dezOf[id] = len(out) - 1
		}
	}
	full, err := sv.fullUnits(ctx, out)
	return full, dezOf, err
}

// fullUnits are the whole rows of units taken from the cached tree, which
// holds only the columns the policy reads; the views show them (one
// batched lookup).
func (sv *Viewer) fullUnits(ctx context.Context, units []*db.OrgUnit) ([]*db.OrgUnit, error) {
	ids := make([]int64, len(units))
	for i, u := range units {
		ids[i] = u.ID
	}
	byID, err := LoadAll(ctx, sv.Loaders.OrgUnit, ids)
	if err != nil {
		return nil, err
	}
	out := make([]*db.OrgUnit, 0, len(units))
	for _, u := range units {
		if f := byID[u.ID]; f != nil {
			out = append(out, f)
		} else {
			out = append(out, u)
		}
	}
	return out, nil
}

// RiskOverview is every Dezernat's standing in year, for who may see the
// status overview (access.Viewer.CanSeeStatusOverview): agreement counts
// through the visibility rule; KPIs and HSP figures are public.
func (sv *Viewer) RiskOverview(ctx context.Context, year int) ([]DezernatRisk, error) {
	v, err := sv.Policy(ctx)
	if err != nil {
		return nil, err
	}
	if !v.CanSeeStatusOverview() {
		return nil, apperr.ErrForbidden
	}
	dezs, dezOf, err := sv.dezernate(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]DezernatRisk, len(dezs))
	for i, d := range dezs {
		out[i] = DezernatRisk{Dezernat: d, Counts: map[db.AgreementStatus]int{}}
	}
	if len(out) == 0 {
		return out, nil
	}
	var counts []struct {
		OrgUnitID int64
		Status    db.AgreementStatus
		N         int
	}
	if err := sv.db(ctx).Model(&db.Agreement{}).Scopes(v.VisibleAgreements()).Where("agreements.year = ?", year).
		Select("org_unit_id, status, COUNT(*) AS n").Group("org_unit_id, status").Scan(&counts).Error; err != nil {
		return nil, err
	}
	due, err := db.YearDeadlines(ctx, sv.gdb, year)
	if err != nil {
		return nil, err
	}
	today := clock.Today(ctx)
	late := map[db.AgreementStatus]bool{
		db.StatusDraft: today.After(due.AgreementBy), db.StatusProposed: today.After(due.AgreementBy),
		db.StatusAgreed: today.After(due.ReviewBy), db.StatusReviewed: today.After(due.AssessmentBy),
	}
	for _, c := range counts {
		if i, ok := dezOf[c.OrgUnitID]; ok {
			if late[c.Status] {
				out[i].Overdue += c.N
			}
			out[i].Counts[c.Status] += c.N
			out[i].Agreements += c.N
			if c.Status == db.StatusDraft || c.Status == db.StatusProposed {
				out[i].NotAgreed += c.N
			}
		}
	}
	if err := sv.kpiRisks(ctx, year, dezOf, out); err != nil {
		return nil, err
	}
	var savings []struct {
		OrgUnitID     int64
		PlannedCents  int64
		RealisedCents *int64
	}
	if err := sv.db(ctx).Table("measure_savings s").Joins("JOIN consolidation_measures m ON m.id = s.measure_id").
		Where("s.year = ?", year).Select("m.org_unit_id, s.planned_cents, s.realised_cents").Scan(&savings).Error; err != nil {
		return nil, err
	}
	for _, s := range savings {
		if i, ok := dezOf[s.OrgUnitID]; ok {
			realised := int64(0)
			if s.RealisedCents != nil {
				realised = *s.RealisedCents
			}
			if gap := s.PlannedCents - realised; gap > 0 {
				out[i].ShortfallCents += gap
			}
		}
	}
	return out, nil
}

// kpiRisks counts each Dezernat's KPIs (of its units' goals and products)
// and the red ones in year.
func (sv *Viewer) kpiRisks(ctx context.Context, year int, dezOf map[int64]int, out []DezernatRisk) error {
	var rows []struct {
		ID        int64
		GoalUnit  *int64
		OwnerUnit *int64
	}
	if err := sv.db(ctx).Table("kpis k").Joins("LEFT JOIN goals g ON g.id = k.goal_id").Joins("LEFT JOIN products p ON p.id = k.product_id").
		Select("k.id, g.org_unit_id AS goal_unit, p.org_unit_id AS owner_unit").Scan(&rows).Error; err != nil {
		return err
	}
	ids := make([]int64, len(rows))
	for i, r := range rows {
		ids[i] = r.ID
	}
	ach, err := db.KPIAchievements(ctx, sv.gdb, ids, year)
	if err != nil {
		return err
	}
	for _, r := range rows {
		unit := r.OwnerUnit
		if unit == nil {
			unit = r.GoalUnit
		}
		if unit == nil {
			continue
		}
		i, ok := dezOf[*unit]
		if !ok {
			continue
		}
		out[i].KPIs++
		if ach[r.ID].Light == db.Red {
			out[i].RedKPIs++
		}
	}
	return nil
}
