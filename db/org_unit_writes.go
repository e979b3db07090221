package db

import (
	"time"

	"gorm.io/gorm"

	"zielwerk/apperr"
)

// OrgUnitInput creates or changes an org unit.
type OrgUnitInput struct {
	Code      Change[string]
	Name      Change[string]
	Kind      Change[OrgUnitKind]
	ParentID  Change[int64]
	LeaderID  Change[int64]
	ValidFrom Change[time.Time]
	ValidTo   Change[time.Time]
}

func (in OrgUnitInput) applyTo(u *OrgUnit) error {
	var e InputErrors
	e.text("code", in.Code, 32, &u.Code)
	e.text("name", in.Name, 200, &u.Name)
	setEnum(&e, "kind", in.Kind, &u.Kind, KindBoard, KindDezernat, KindFachbereich, KindAmt, KindAbteilung)
	in.ParentID.apply(&u.ParentID)
	in.LeaderID.apply(&u.LeaderID)
	if in.ValidFrom.Set && in.ValidFrom.V != nil {
		u.ValidFrom = *in.ValidFrom.V
	}
	in.ValidTo.apply(&u.ValidTo)
	return e.err()
}

// checkOrgUnit is the org unit rule (orgUnitRule) over the database.
func checkOrgUnit(tx *gorm.DB, _, u *OrgUnit) error { return orgUnitRule(dbLookup{tx}, u) }

var orgUnits = record[OrgUnit]{
	entity:  "OrgUnit",
	id:      func(u *OrgUnit) int64 { return u.ID },
	version: func(u *OrgUnit) int { return u.Version },
	fields: func(u *OrgUnit) map[string]any {
		return map[string]any{"code": u.Code, "name": u.Name, "kind": u.Kind, "parentId": u.ParentID, "leaderId": u.LeaderID,
			"validFrom": u.ValidFrom.Format(time.DateOnly), "validTo": dateOrNil(u.ValidTo)}
	},
	columns: func(u *OrgUnit) map[string]any {
		return map[string]any{"code": u.Code, "name": u.Name, "kind": u.Kind, "parent_id": u.ParentID, "leader_id": u.LeaderID,
			"valid_from": u.ValidFrom, "valid_to": u.ValidTo}
	},
	check:  checkOrgUnit,
	unique: apperr.BadInput("code", "orgUnit.codeTaken", "Dieses Kürzel hat schon eine andere Einheit.", "Another unit has this code."),
}

func dateOrNil(t *time.Time) any {
	if t == nil {
		return nil
	}
	return t.Format(time.DateOnly)
}

// CreateOrgUnit adds a unit; code, name, kind and the start are required.
func CreateOrgUnit(tx *gorm.DB, actor Actor, may May[OrgUnit], in OrgUnitInput) (*OrgUnit, error) {
	u := OrgUnit{Version: 1}
	return orgUnits.create(tx, actor, may, &u, inputErrors(in.missing(), in.applyTo(&u)))
}

// missing reports the fields a new unit needs.
func (in OrgUnitInput) missing() InputErrors {
	var e InputErrors
	e.required("code", in.Code.Set)
	e.required("name", in.Name.Set)
	e.required("kind", in.Kind.Set)
	e.required("validFrom", in.ValidFrom.Set && in.ValidFrom.V != nil)
	return e
}

// UpdateOrgUnit changes a unit (a leader change here changes nothing else;
// moving open agreements to a new leader is leaderAssign's work).
func UpdateOrgUnit(tx *gorm.DB, actor Actor, may May[OrgUnit], id int64, expectedVersion int, in OrgUnitInput) (*OrgUnit, error) {
	return orgUnits.update(tx, actor, may, id, expectedVersion, "update", func(u *OrgUnit) error { return in.applyTo(u) })
}
