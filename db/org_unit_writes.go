package db

import (
	"errors"
	"slices"
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

// kindBelow is what kinds of unit may be a unit's parent.
var kindBelow = map[OrgUnitKind][]OrgUnitKind{
	KindDezernat:    {KindBoard},
	KindFachbereich: {KindBoard, KindDezernat},
	KindAmt:         {KindDezernat, KindFachbereich},
	KindAbteilung:   {KindAmt, KindFachbereich},
}

// checkOrgUnit: the board has no parent, every other unit has one of the
// kind above it (kindBelow) and not itself or a unit below it; the leader
// exists; the unit ends after it starts.
func checkOrgUnit(tx *gorm.DB, cur, u *OrgUnit) error {
	if u.ValidTo != nil && !u.ValidTo.After(u.ValidFrom) {
		return apperr.BadInput("validTo", "orgUnit.valid", "Das Ende liegt nicht nach dem Beginn.", "The end is not after the start.")
	}
	if u.Kind == KindBoard {
		if u.ParentID != nil {
			return apperr.BadInput("parentId", "orgUnit.boardParent", "Der Verwaltungsvorstand hat keine übergeordnete Einheit.",
				"The board has no parent unit.")
		}
	} else if u.ParentID == nil {
		return apperr.BadInput("parentId", "orgUnit.parentMissing", "Bitte die übergeordnete Einheit angeben.", "Please give the parent unit.")
	}
	if u.ParentID != nil {
		var units []OrgUnit
		if err := tx.Select("id, parent_id, kind, name").Find(&units).Error; err != nil {
			return err
		}
		var parent *OrgUnit
		for i := range units {
			if units[i].ID == *u.ParentID {
				parent = &units[i]
			}
		}
		switch {
		case parent == nil:
			return apperr.BadInput("parentId", "orgUnit.parentMissing", "Die übergeordnete Einheit gibt es nicht.", "No such parent unit.")
		case cur != nil && slices.Contains(Subtree(units, cur.ID), parent.ID):
			return apperr.BadInput("parentId", "orgUnit.cycle", "Eine Einheit kann nicht unter sich selbst oder einer ihrer Untereinheiten stehen.",
				"A unit cannot be placed below itself or one of its sub-units.")
		case !slices.Contains(kindBelow[u.Kind], parent.Kind):
			return apperr.BadInput("parentId", "orgUnit.parentKind", "Eine Einheit der Art %s steht nicht unter „%s“ (%s).",
				"A unit of kind %s does not belong below “%s” (%s).", u.Kind, parent.Name, parent.Kind)
		}
	}
	if u.LeaderID != nil {
		if err := tx.Take(&Person{}, *u.LeaderID).Error; err != nil {
			if errors.Is(err, gorm.ErrRecordNotFound) {
				return apperr.BadInput("leaderId", "orgUnit.leaderMissing", "Die Leitung gibt es nicht.", "No such leader.")
			}
			return err
		}
	}
	return nil
}

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
	var e InputErrors
	e.required("code", in.Code.Set)
	e.required("name", in.Name.Set)
	e.required("kind", in.Kind.Set)
	e.required("validFrom", in.ValidFrom.Set && in.ValidFrom.V != nil)
	u := OrgUnit{Version: 1}
	return orgUnits.create(tx, actor, may, &u, inputErrors(e, in.applyTo(&u)))
}

// UpdateOrgUnit changes a unit (a leader change here changes nothing else;
// moving open agreements to a new leader is leaderAssign's work).
func UpdateOrgUnit(tx *gorm.DB, actor Actor, may May[OrgUnit], id int64, expectedVersion int, in OrgUnitInput) (*OrgUnit, error) {
	return orgUnits.update(tx, actor, may, id, expectedVersion, "update", func(u *OrgUnit) error { return in.applyTo(u) })
}
