package db

import (
	"time"

	"gorm.io/gorm"

	"zielwerk/apperr"
	"zielwerk/clock"
)

// LeaderChange is what a leader assignment did: the unit, and how many of
// the old leader's agreements as principal it moved to the new leader or
// kept (assessed or closed ones stay with whoever assessed them).
type LeaderChange struct {
	Unit        *OrgUnit
	Moved, Kept int
}

// movesWithLeader are the states in which an agreement moves to a unit's
// new leader: everything before the assessment.
var movesWithLeader = []AgreementStatus{StatusDraft, StatusProposed, StatusAgreed, StatusReviewed}

// AssignLeader makes leaderID the leader of unit unitID from day (today or
// earlier; the change is recorded with its day). The old leader's open
// agreements as principal with the units directly below (those before
// the assessment) move to the new leader, each with its own audit event;
// assessed and closed ones stay. An agreement whose agent is the new
// leader cannot move (nobody concludes with themself): that is a userError.
func AssignLeader(tx *gorm.DB, actor Actor, may May[OrgUnit], unitID int64, expectedVersion int, leaderID int64, day time.Time) (*LeaderChange, error) {
	var u OrgUnit
	if err := tx.Take(&u, unitID).Error; err != nil {
		return nil, notFoundOr(err)
	}
	if !may(&u) {
		return nil, apperr.ErrForbidden
	}
	if u.Version != expectedVersion {
		return nil, apperr.ErrConflict
	}
	today := clock.Today(tx.Statement.Context)
	if day.After(today) || day.Before(u.ValidFrom) {
		return nil, apperr.BadInput("from", "leader.day", "Der Wechsel gilt ab einem Tag zwischen dem Beginn der Einheit und heute.",
			"The change takes effect on a day between the unit's start and today.")
	}
	var leader Person
	if err := tx.Take(&leader, leaderID).Error; err != nil {
		return nil, apperr.BadInput("leaderId", "orgUnit.leaderMissing", "Die Leitung gibt es nicht.", "No such leader.")
	}
	if leader.LeftOn != nil && !leader.LeftOn.After(day) {
		return nil, apperr.BadInput("leaderId", "leader.left", "%s ist ausgeschieden.", "%s has left.", leader.Name)
	}
	old := u.LeaderID
	if old != nil && *old == leaderID {
		return &LeaderChange{Unit: &u}, nil
	}
	if err := UpdateVersioned(tx, &OrgUnit{}, u.ID, u.Version, map[string]any{"leader_id": leaderID}); err != nil {
		return nil, err
	}
	if err := Audit(tx, actor, "OrgUnit", u.ID, "leaderAssign", map[string]any{"leaderId": old},
		map[string]any{"leaderId": leaderID, "from": day.Format(time.DateOnly)}); err != nil {
		return nil, err
	}
	if err := tx.Take(&u, unitID).Error; err != nil {
		return nil, err
	}
	change := &LeaderChange{Unit: &u}
	if old == nil {
		return change, nil
	}
	below := tx.Model(&OrgUnit{}).Select("id").Where("parent_id = ?", u.ID)
	var open []*Agreement
	if err := tx.Where("principal_id = ? AND org_unit_id IN (?) AND status IN ?", *old, below, movesWithLeader).Order("id").Find(&open).Error; err != nil {
		return nil, err
	}
	var kept int64
	if err := tx.Model(&Agreement{}).Where("principal_id = ? AND org_unit_id IN (?) AND status NOT IN ?", *old, below, movesWithLeader).
		Count(&kept).Error; err != nil {
		return nil, err
	}
	change.Kept = int(kept)
	var oldLeader Person
	if err := tx.Take(&oldLeader, *old).Error; err != nil {
		return nil, err
	}
	for _, a := range open {
		if a.AgentID == leaderID {
			return nil, apperr.BadInput("leaderId", "leader.ownAgreement",
				"%s ist Zielnehmer/in einer offenen Vereinbarung dieser Leitung (%d) und kann sie nicht als Zielgeber/in übernehmen.",
				"%s is the agent of an open agreement of this leader (%d) and cannot take it over as principal.", leader.Name, a.Year)
		}
		if err := UpdateVersioned(tx, &Agreement{}, a.ID, a.Version, map[string]any{"principal_id": leaderID}); err != nil {
			return nil, err
		}
		if err := Audit(tx, actor, "Agreement", a.ID, "principalChange", map[string]any{"principal": oldLeader.Name},
			map[string]any{"principal": leader.Name, "from": day.Format(time.DateOnly)}); err != nil {
			return nil, err
		}
		change.Moved++
	}
	return change, nil
}
