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
//	acknowledge     ASSESSED   agent, once, while there is no objection
//	object          ASSESSED   agent, within the scheme's period, once
//	objectionAssign ASSESSED   HR (pay-relevant), while the objection is open
//	objectionDecide ASSESSED   a commission member assigned to the case,
//	                             while the objection is open
//	close           ASSESSED   principal, once acknowledged, decided, or
//	                             the period is over without an objection
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
	officeSide     // the OB's office, for an agreement the OB concludes
	deputySide     // the principal's deputy, during the deputy's period
	hrSide         // HR, for a pay-relevant agreement
	commissionSide // a PAY_COMMISSION member assigned to the agreement's objection
	// principalOrDeputy: the principal's steps, which a deputy may take.
	principalOrDeputy = principalSide | deputySide
	eitherSide        = principalOrDeputy | agentSide
)

type rule struct {
	from []db.AgreementStatus
	who  side
	// when, if set, is a further condition on the assessed case
	// (a.Case, loaded for ASSESSED agreements).
	when func(c *db.AssessedCase, a *db.Agreement) *apperr.Error
}

var assessed = []db.AgreementStatus{db.StatusAssessed}

func stepErr(key, de, en string, args ...any) *apperr.Error {
	return apperr.BadInput("status", key, de, en, args...)
}

// undecided: no acknowledgement and no objection yet.
func undecided(c *db.AssessedCase, a *db.Agreement) *apperr.Error {
	switch {
	case a.AcknowledgedAt != nil:
		return stepErr("assessment.acknowledged", "Die Beurteilung ist bereits bestätigt.", "The assessment is already acknowledged.")
	case c.Objection != nil:
		return stepErr("assessment.objected", "Gegen die Beurteilung ist bereits Einspruch erhoben.", "An objection has already been raised.")
	}
	return nil
}

func mayObject(c *db.AssessedCase, a *db.Agreement) *apperr.Error {
	if e := undecided(c, a); e != nil {
		return e
	}
	if c.ObjectionPeriodOver() {
		return stepErr("objection.late", "Die Einspruchsfrist ist am %s abgelaufen.", "The period for objections ended on %s.",
			c.ObjectBy.Format("02.01.2006"))
	}
	return nil
}

func objectionOpen(c *db.AssessedCase, _ *db.Agreement) *apperr.Error {
	if !c.Objection.Open() {
		return stepErr("objection.none", "Es liegt kein offener Einspruch vor.", "There is no open objection.")
	}
	return nil
}

func mayClose(c *db.AssessedCase, a *db.Agreement) *apperr.Error {
	switch {
	case c.Objection.Open():
		return stepErr("objection.open", "Über den Einspruch hat die Kommission noch nicht entschieden.",
			"The commission has not decided the objection yet.")
	case a.AcknowledgedAt == nil && c.Objection == nil && !c.ObjectionPeriodOver():
		return stepErr("assessment.notAcknowledged", "Die Beurteilung ist noch nicht bestätigt; die Einspruchsfrist läuft bis %s.",
			"The assessment is not acknowledged yet; objections are possible until %s.", c.ObjectBy.Format("02.01.2006"))
	}
	return nil
}

var lifecycle = map[db.Action]rule{
	db.ActEdit:            {[]db.AgreementStatus{db.StatusDraft}, principalOrDeputy, nil},
	db.ActPropose:         {[]db.AgreementStatus{db.StatusDraft}, principalOrDeputy, nil},
	db.ActAccept:          {[]db.AgreementStatus{db.StatusProposed}, eitherSide, nil},
	db.ActReturn:          {[]db.AgreementStatus{db.StatusProposed}, eitherSide, nil},
	db.ActChangeRequest:   {[]db.AgreementStatus{db.StatusAgreed}, eitherSide, nil},
	db.ActReview:          {[]db.AgreementStatus{db.StatusAgreed}, principalOrDeputy, nil},
	db.ActSelfAssess:      {[]db.AgreementStatus{db.StatusReviewed}, agentSide, nil},
	db.ActAssess:          {[]db.AgreementStatus{db.StatusReviewed}, principalOrDeputy, nil},
	db.ActAcknowledge:     {assessed, agentSide, undecided},
	db.ActObject:          {assessed, agentSide, mayObject},
	db.ActAssignObjection: {assessed, hrSide, objectionOpen},
	db.ActDecideObjection: {assessed, commissionSide, objectionOpen},
	db.ActClose:           {assessed, principalOrDeputy, mayClose},
	db.ActCopy:            {db.Statuses, principalSide, nil},
	db.ActRemark:          {[]db.AgreementStatus{db.StatusDraft, db.StatusProposed}, eitherSide | officeSide, nil},
	db.ActOfficeReview:    {[]db.AgreementStatus{db.StatusDraft, db.StatusProposed}, officeSide, nil},
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
	if r.when != nil {
		if a.Case == nil {
			return apperr.ErrForbidden // the case was not loaded: refuse, never guess
		}
		if e := r.when(a.Case, a); e != nil {
			return e
		}
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
	if v.Has(identity.RoleHR) && payRelevant(a.PayRule) {
		s |= hrSide
	}
	if v.isCase(a) {
		s |= commissionSide
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
