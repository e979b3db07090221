package access

import (
	"slices"
	"time"

	"zielwerk/apperr"
	"zielwerk/db"
	"zielwerk/identity"
)

// The agreement lifecycle, as a table: each action is allowed in the
// listed states to the listed side. db.Lifecycle carries the changes out
// and asks the viewer (MayChange) before each one.
//
//	action          state      side
//	edit items      DRAFT      principal
//	propose         DRAFT      principal
//	accept          PROPOSED   either, once each; both → AGREED
//	return          PROPOSED   either
//	changeRequest   AGREED     either
//	reviewRecord    AGREED     principal
//	selfAssess      REVIEWED   agent
//	assess          REVIEWED   principal
//	close           ASSESSED   principal
//	copyToYear      any        principal
//	remark          DRAFT, PROPOSED  either, or the OB's office for the OB's agreements
//	officeReview    DRAFT, PROPOSED  the OB's office, for the OB's agreements
//
// "principal" in the steps above includes the principal's deputy during
// the deputy's period (Viewer.Represents), for agreements where the
// deputy is not the agent: the deputy takes the principal's steps on the
// principal's behalf (db.Actor.OnBehalfOf). Copying to another year makes
// the copier the principal and stays with the principal.

type side int

const (
	principalSide side = 1 << iota
	agentSide
	officeSide // the OB's office, for an agreement the OB concludes
	deputySide // the principal's deputy, during the deputy's period
	// principalOrDeputy: the principal's steps, which a deputy may take.
	principalOrDeputy = principalSide | deputySide
	eitherSide        = principalOrDeputy | agentSide
)

type rule struct {
	from []db.AgreementStatus
	who  side
}

var lifecycle = map[db.Action]rule{
	db.ActEdit:          {[]db.AgreementStatus{db.StatusDraft}, principalOrDeputy},
	db.ActPropose:       {[]db.AgreementStatus{db.StatusDraft}, principalOrDeputy},
	db.ActAccept:        {[]db.AgreementStatus{db.StatusProposed}, eitherSide},
	db.ActReturn:        {[]db.AgreementStatus{db.StatusProposed}, eitherSide},
	db.ActChangeRequest: {[]db.AgreementStatus{db.StatusAgreed}, eitherSide},
	db.ActReview:        {[]db.AgreementStatus{db.StatusAgreed}, principalOrDeputy},
	db.ActSelfAssess:    {[]db.AgreementStatus{db.StatusReviewed}, agentSide},
	db.ActAssess:        {[]db.AgreementStatus{db.StatusReviewed}, principalOrDeputy},
	db.ActClose:         {[]db.AgreementStatus{db.StatusAssessed}, principalOrDeputy},
	db.ActCopy:          {db.Statuses, principalSide},
	db.ActRemark:        {[]db.AgreementStatus{db.StatusDraft, db.StatusProposed}, eitherSide | officeSide},
	db.ActOfficeReview:  {[]db.AgreementStatus{db.StatusDraft, db.StatusProposed}, officeSide},
}

// MayChange says whether the viewer may take action on a: FORBIDDEN for
// the wrong side (or an action the table does not know), BAD_USER_INPUT
// for the wrong state.
func (v *Viewer) MayChange(action db.Action, a *db.Agreement) error {
	r, known := lifecycle[action]
	if v == nil || a == nil || !known {
		return apperr.ErrForbidden
	}
	s := v.sides(a)
	if s&r.who == 0 {
		return apperr.ErrForbidden
	}
	if !slices.Contains(r.from, a.Status) {
		return apperr.BadInput("status", "agreement.state",
			"Das ist im Status %s nicht möglich.", "Not possible in status %s.", a.Status)
	}
	if action == db.ActAccept && (a.SignedBy(v.PersonID) || s&deputySide != 0 && a.PrincipalSignedAt != nil) {
		return apperr.BadInput("status", "agreement.signed", "Sie haben bereits unterschrieben.", "You have already signed.")
	}
	return nil
}

// sides are the viewer's sides of a.
func (v *Viewer) sides(a *db.Agreement) side {
	var s side
	if a.PrincipalID == v.PersonID {
		s |= principalSide
	}
	if a.AgentID == v.PersonID {
		s |= agentSide
	}
	if v.deputises(a) {
		s |= deputySide
	}
	if v.Has(identity.RoleOBOffice) && slices.Contains(v.OB, a.PrincipalID) {
		s |= officeSide
	}
	return s
}

// deputises: the viewer stands in for a's principal today and is not its
// agent (nobody concludes with themself).
func (v *Viewer) deputises(a *db.Agreement) bool {
	return v != nil && a.AgentID != v.PersonID && a.PrincipalID != v.PersonID && slices.Contains(v.Represents, a.PrincipalID)
}

// OnBehalfOf is whom the viewer acts for on a: its principal when the
// viewer acts as the principal's deputy, else nobody (0).
func (v *Viewer) OnBehalfOf(a *db.Agreement) int64 {
	if v.deputises(a) {
		return a.PrincipalID
	}
	return 0
}

var errNotBelow = apperr.New(apperr.Forbidden, "agreement.notBelow",
	"Zielvereinbarungen schließen Sie mit den Leitungen der Einheiten direkt unter Ihrer.",
	"You conclude agreements with the leaders of the units directly below yours.")

// MayConclude: a person concludes agreements with the leaders of the units
// directly below a unit they lead, while the unit exists.
func (v *Viewer) MayConclude(unit *db.OrgUnit, day time.Time) error {
	if v == nil || unit == nil || unit.ParentID == nil || !slices.Contains(v.LedUnits, *unit.ParentID) || !unit.ActiveOn(day) {
		return errNotBelow
	}
	return nil
}

// ConcludesForTheBoard: the viewer leads the board (is the OB).
func (v *Viewer) ConcludesForTheBoard() bool { return v != nil && slices.Contains(v.OB, v.PersonID) }

// CanSeePayResults: HR reads the assessment results of pay-relevant
// agreements.
func (v *Viewer) CanSeePayResults() bool { return v.Has(identity.RoleHR) }

// CanRecordSomeFigures: CONTROLLING, or a leader (for their own units).
func (v *Viewer) CanRecordSomeFigures() bool {
	return v.Has(identity.RoleControlling) || (v != nil && len(v.LedUnits) > 0)
}
