package db

import (
	"context"
	"time"

	"gorm.io/gorm"

	"zielwerk/apperr"
)

// Handing open agreements to the successor. leaderAssign moves a unit's
// open agreements to its new leader at once (leader_assign.go); what it
// cannot reach — the agreements of a leader who left (personLeave) before
// a successor was named, or whose unit moved in a reorganisation — is
// offered here: an open agreement (before the assessment) whose principal
// no longer leads the unit above the agent's, while someone else does.

// TransferOffer is an open agreement and the leader it would move to.
type TransferOffer struct {
	Agreement   *Agreement
	SuccessorID int64
}

// TransferOffers lists the open agreements whose principal is not the
// leader of the unit above the agreement's unit on day, with that leader.
func TransferOffers(ctx context.Context, gdb *gorm.DB, day time.Time) ([]TransferOffer, error) {
	units, err := OrgTree(ctx, gdb)
	if err != nil {
		return nil, err
	}
	var ags []*Agreement
	if err := gdb.WithContext(ctx).Where("status IN ?", movesWithLeader).Order("year, id").Find(&ags).Error; err != nil {
		return nil, err
	}
	var out []TransferOffer
	for _, a := range ags {
		if s := successorOf(units, a, day); s != 0 {
			out = append(out, TransferOffer{Agreement: a, SuccessorID: s})
		}
	}
	return out, nil
}

// successorOf is the leader of the unit above a's unit on day when that is
// not a's principal (and not its agent), else 0.
func successorOf(units []OrgUnit, a *Agreement, day time.Time) int64 {
	byID := map[int64]*OrgUnit{}
	for i := range units {
		byID[units[i].ID] = &units[i]
	}
	u := byID[a.OrgUnitID]
	if u == nil || u.ParentID == nil {
		return 0
	}
	above := byID[*u.ParentID]
	if above == nil || !above.ActiveOn(day) || above.LeaderID == nil {
		return 0
	}
	if l := *above.LeaderID; l != a.PrincipalID && l != a.AgentID {
		return l
	}
	return 0
}

// TransferPrincipal hands agreement id (at expectedVersion) to its
// successor, if may allows it; audited as handOver.
func TransferPrincipal(tx *gorm.DB, actor Actor, may May[Agreement], id int64, expectedVersion int, day time.Time) (*Agreement, error) {
	var a Agreement
	if err := tx.Take(&a, id).Error; err != nil {
		return nil, notFoundOr(err)
	}
	if !may(&a) {
		return nil, apperr.ErrForbidden
	}
	if a.Version != expectedVersion {
		return nil, apperr.ErrConflict
	}
	units, err := OrgTree(tx.Statement.Context, tx)
	if err != nil {
		return nil, err
	}
	to := successorOf(units, &a, day)
	open := false
	for _, s := range movesWithLeader {
		open = open || a.Status == s
	}
	if to == 0 || !open {
		return nil, apperr.BadInput("agreementId", "transfer.none", "Für diese Vereinbarung gibt es keine Übergabe.",
			"There is nothing to hand over for this agreement.")
	}
	var names []Person
	if err := tx.Select("id, name").Where("id IN ?", []int64{a.PrincipalID, to}).Find(&names).Error; err != nil {
		return nil, err
	}
	name := map[int64]string{}
	for _, p := range names {
		name[p.ID] = p.Name
	}
	if err := UpdateVersioned(tx, &Agreement{}, a.ID, a.Version, map[string]any{"principal_id": to}); err != nil {
		return nil, err
	}
	if err := Audit(tx, actor, "Agreement", a.ID, "handOver", map[string]any{"principal": name[a.PrincipalID]},
		map[string]any{"principal": name[to]}); err != nil {
		return nil, err
	}
	return &a, tx.Take(&a, id).Error
}
