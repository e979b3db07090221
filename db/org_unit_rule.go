package db

import (
	"slices"

	"zielwerk/apperr"
)

// kindBelow is what kinds of unit may be a unit's parent.
var kindBelow = map[OrgUnitKind][]OrgUnitKind{
	KindDezernat:    {KindBoard},
	KindFachbereich: {KindBoard, KindDezernat},
	KindAmt:         {KindDezernat, KindFachbereich},
	KindAbteilung:   {KindAmt, KindFachbereich},
}

// orgUnitRule: the board has no parent, every other unit has one of the
// kind above it (kindBelow) and not itself or a unit below it (asked for a
// unit that has an id: a stored one, or a new row of an import); the
// leader exists; the unit ends after it starts.
func orgUnitRule(l ruleLookup, u *OrgUnit) error {
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
		parent, err := l.unit(*u.ParentID)
		if err != nil {
			return err
		}
		if parent == nil {
			return apperr.BadInput("parentId", "orgUnit.parentMissing", "Die übergeordnete Einheit gibt es nicht.", "No such parent unit.")
		}
		if u.ID != 0 {
			below, err := l.subtree(u.ID)
			if err != nil {
				return err
			}
			if slices.Contains(below, parent.ID) {
				return apperr.BadInput("parentId", "orgUnit.cycle", "Eine Einheit kann nicht unter sich selbst oder einer ihrer Untereinheiten stehen.",
					"A unit cannot be placed below itself or one of its sub-units.")
			}
		}
		if !slices.Contains(kindBelow[u.Kind], parent.Kind) {
			return apperr.BadInput("parentId", "orgUnit.parentKind", "Eine Einheit der Art %s steht nicht unter „%s“ (%s).",
				"A unit of kind %s does not belong below “%s” (%s).", u.Kind, parent.Name, parent.Kind)
		}
	}
	if u.LeaderID != nil {
		ok, err := l.personExists(*u.LeaderID)
		if err != nil {
			return err
		}
		if !ok {
			return apperr.BadInput("leaderId", "orgUnit.leaderMissing", "Die Leitung gibt es nicht.", "No such leader.")
		}
	}
	return nil
}
