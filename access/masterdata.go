package access

import (
	"slices"

	"zielwerk/db"
	"zielwerk/identity"
)

// Who maintains the city's master data:
//
//	what                                   | who
//	---------------------------------------+-------------------------------------------
//	org units, people, products            | ADMIN
//	strategic goals (Konzernziele)         | ADMIN
//	goals                                  | ADMIN anywhere; a unit's leader for the
//	                                       |   goals of the units they lead and below
//	KPI definitions and thresholds         | ADMIN, CONTROLLING
//	HSP measures and planned savings       | ADMIN, CONTROLLING
//	onboarding imports                     | as for what the file holds
//
// A write is asked of the stored and of the new state, so moving a goal
// to another unit needs the right on both.

// MayMaintainOrganisation: org units, people and products.
func (v *Viewer) MayMaintainOrganisation() bool { return v.Has(identity.RoleAdmin) }

// MayMaintainStrategicGoals: the Konzernziele.
func (v *Viewer) MayMaintainStrategicGoals() bool { return v.Has(identity.RoleAdmin) }

// MayMaintainGoalsOf: goals of unitID.
func (v *Viewer) MayMaintainGoalsOf(unitID int64) bool {
	return v.Has(identity.RoleAdmin) ||
		(v != nil && (slices.Contains(v.LedUnits, unitID) || slices.Contains(v.Below, unitID)))
}

// MayMaintainSomeGoals: goals of some unit (ADMIN, or a unit's leader);
// the goal import asks MayMaintainGoalsOf per row.
func (v *Viewer) MayMaintainSomeGoals() bool {
	return v.Has(identity.RoleAdmin) || (v != nil && len(v.LedUnits) > 0)
}

// MayMaintainMeasures: HSP programmes and measures with their planned
// savings.
func (v *Viewer) MayMaintainMeasures() bool {
	return v.Has(identity.RoleAdmin) || v.Has(identity.RoleControlling)
}

// MayMaintainKPIs: KPI definitions and thresholds.
func (v *Viewer) MayMaintainKPIs() bool {
	return v.Has(identity.RoleAdmin) || v.Has(identity.RoleControlling)
}

// The same rules as the writes' permits.

func (v *Viewer) OrgUnitPermit() db.May[db.OrgUnit] {
	return func(*db.OrgUnit) bool { return v.MayMaintainOrganisation() }
}

func (v *Viewer) PersonPermit() db.May[db.Person] {
	return func(*db.Person) bool { return v.MayMaintainOrganisation() }
}

func (v *Viewer) ProductPermit() db.May[db.Product] {
	return func(*db.Product) bool { return v.MayMaintainOrganisation() }
}

func (v *Viewer) StrategicGoalPermit() db.May[db.StrategicGoal] {
	return func(*db.StrategicGoal) bool { return v.MayMaintainStrategicGoals() }
}

func (v *Viewer) GoalPermit() db.May[db.Goal] {
	return func(g *db.Goal) bool { return v.MayMaintainGoalsOf(g.OrgUnitID) }
}

func (v *Viewer) KPIPermit() db.May[db.KPI] {
	return func(*db.KPI) bool { return v.MayMaintainKPIs() }
}

// MaySeePersonnelDetails: a person's e-mail, employment, part-time factor
// and leaving day are for ADMIN, HR and the person themself.
func (v *Viewer) MaySeePersonnelDetails(personID int64) bool {
	return v.MaySeeEveryonesDetails() || (v != nil && v.PersonID == personID)
}

// MaySeeEveryonesDetails: ADMIN and HR (they may also search by e-mail).
func (v *Viewer) MaySeeEveryonesDetails() bool {
	return v.Has(identity.RoleAdmin) || v.Has(identity.RoleHR)
}

// MaySeeConfiguration: the sign-in configuration in force (role mapping,
// bootstrap administrators) is for ADMIN.
func (v *Viewer) MaySeeConfiguration() bool { return v.Has(identity.RoleAdmin) }

// MayManageFiscalYears: opening and closing fiscal years.
func (v *Viewer) MayManageFiscalYears() bool { return v.Has(identity.RoleAdmin) }

// MayCorrectClosedYears: changing figures of a closed fiscal year, with a
// reason (audited).
func (v *Viewer) MayCorrectClosedYears() bool { return v.Has(identity.RoleAdmin) }

// CanCorrectFigures is the permit of a closed year's correction: ADMIN
// for every unit (who recorded the figures may no longer change them).
func (v *Viewer) CanCorrectFigures(int64) bool { return v.MayCorrectClosedYears() }

func (v *Viewer) MeasurePermit() db.May[db.ConsolidationMeasure] {
	return func(*db.ConsolidationMeasure) bool { return v.MayMaintainMeasures() }
}
