package db

import (
	"context"
	"time"

	"gorm.io/gorm"
)

// Statuses in lifecycle order.
var Statuses = []AgreementStatus{StatusDraft, StatusProposed, StatusAgreed, StatusReviewed, StatusAssessed, StatusClosed}

// UnitStatus counts the agreements of one unit per status.
type UnitStatus struct {
	Unit   *OrgUnit
	Counts map[AgreementStatus]int
}

// StatusOverview counts agreements of a year per unit and status, within
// visible (the viewer's scope) and, if within is set, that unit's subtree
// as of day. Units come in tree order (by code).
func StatusOverview(ctx context.Context, gdb *gorm.DB, visible Scope, year int, within *int64, day time.Time) ([]UnitStatus, error) {
	q := gdb.WithContext(ctx)
	var rows []struct {
		OrgUnitID int64
		Status    AgreementStatus
		N         int
	}
	sel := q.Model(&Agreement{}).Scopes(visible).Where("agreements.year = ?", year)
	if within != nil {
		var units []OrgUnit
		if err := q.Scopes(ExistingOn(day)).Select("id, parent_id").Find(&units).Error; err != nil {
			return nil, err
		}
		sel = sel.Where("agreements.org_unit_id IN ?", Subtree(units, *within))
	}
	if err := sel.Select("org_unit_id, status, COUNT(*) AS n").Group("org_unit_id, status").Scan(&rows).Error; err != nil {
		return nil, err
	}
	per := map[int64]map[AgreementStatus]int{}
	var ids []int64
	for _, r := range rows {
		if per[r.OrgUnitID] == nil {
			per[r.OrgUnitID] = map[AgreementStatus]int{}
			ids = append(ids, r.OrgUnitID)
		}
		per[r.OrgUnitID][r.Status] = r.N
	}
	if len(ids) == 0 {
		return nil, nil
	}
	var units []*OrgUnit
	if err := q.Where("id IN ?", ids).Order("code").Find(&units).Error; err != nil {
		return nil, err
	}
	out := make([]UnitStatus, 0, len(units))
	for _, u := range units {
		out = append(out, UnitStatus{Unit: u, Counts: per[u.ID]})
	}
	return out, nil
}

// Subtree is root and every unit below it, breadth first, in time linear
// in the number of units (the OB's subtree is the whole city).
func Subtree(units []OrgUnit, root int64) []int64 {
	children := make(map[int64][]int64, len(units))
	for _, u := range units {
		if u.ParentID != nil {
			children[*u.ParentID] = append(children[*u.ParentID], u.ID)
		}
	}
	out := []int64{root}
	seen := map[int64]bool{root: true}
	for i := 0; i < len(out); i++ {
		for _, c := range children[out[i]] {
			if !seen[c] { // a cycle in bad data must not loop
				seen[c] = true
				out = append(out, c)
			}
		}
	}
	return out
}
