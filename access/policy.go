// Package access is the one place that decides who may see and do what
// (DESIGN.md §3 rule 1, §4). The graph asks it; resolvers never filter by
// hand. The rules, as a city would read them:
//
// Agreements (Zielvereinbarungen) are personnel data.
//
//	who                                           | sees
//	----------------------------------------------+------------------------------
//	the two parties (principal and agent)         | everything (CONTENT)
//	the principal's deputy during the period,     | everything (CONTENT)
//	  unless the deputy is the agent              |
//	OB_OFFICE, for agreements whose principal     | everything (CONTENT)
//	  is the OB (the leader of the board unit)    |
//	PAY_COMMISSION members assigned to the        | status, result and the assessment
//	  agent's objection                           |   part: items' titles, weights,
//	                                              |   degrees, assessment comments,
//	                                              |   the objection (ASSESSMENT)
//	HR, for pay-relevant agreements (pay rule     | status, pay rule and the
//	  TVöD §18 LOB or civil-servant pay law)      |   assessment result (PAY_RESULT)
//	whoever leads a unit above the agent's unit   | status only (STATUS)
//	LEADERSHIP                                    | status only (STATUS)
//	anyone else, whatever their role              | nothing: the agreement does
//	                                              |   not exist for them
//
// Status means parties, unit, year, status and dates. The print view for
// the personnel file follows the same rows (Viewer.PrintPart): CONTENT
// prints everything, PAY_RESULT (HR) the result part, STATUS nothing. The
// OB sees the
// status of every agreement below the board by leading it, and the content
// of the agreements the OB concluded.
//
// Goals, KPIs, products, budgets and HSP measures are readable by every
// signed-in member of staff.
package access

import (
	"context"
	"slices"
	"strings"
	"time"

	"gorm.io/gorm"

	"zielwerk/db"
	"zielwerk/identity"
)

// Level of access to one agreement, ordered: each includes those below.
type Level int

const (
	None Level = iota
	Status
	PayResult
	Assessment
	Content
)

func (l Level) String() string {
	return [...]string{"NONE", "STATUS", "PAY_RESULT", "ASSESSMENT", "CONTENT"}[l]
}

// Viewer is what the policy knows about the signed-in person of one
// request: who they are, their roles, and what the org tree says they lead.
type Viewer struct {
	PersonID int64
	Roles    []identity.Role
	Demo     bool
	// LedUnits are the units the person leads today.
	LedUnits []int64
	// Below are the units strictly below a unit the person leads.
	Below []int64
	// OB are the people leading a board unit (Verwaltungsvorstand) today.
	OB []int64
	// Represents are the leaders the person stands in for today (their
	// deputy, db.Deputy); see Deputise.
	Represents []int64
	// Cases are the agreements whose objection this PAY_COMMISSION member
	// is assigned to (WithCases).
	Cases []int64
}

// WithCases sets the objections a commission member is assigned to; for
// anyone without the role they count for nothing.
func (v *Viewer) WithCases(agreementIDs []int64) *Viewer {
	if v != nil && v.Has(identity.RolePayCommission) {
		v.Cases = agreementIDs
	}
	return v
}

// isCase: the viewer is a commission member assigned to a's objection.
func (v *Viewer) isCase(a *db.Agreement) bool {
	return v.Has(identity.RolePayCommission) && slices.Contains(v.Cases, a.ID)
}

// Has reports whether the viewer holds role r.
func (v *Viewer) Has(r identity.Role) bool { return v != nil && slices.Contains(v.Roles, r) }

// Load builds the viewer of principal p on day from the org tree and the
// deputies, read from the database (two statements).
func Load(ctx context.Context, gdb *gorm.DB, p *identity.Principal, day time.Time) (*Viewer, error) {
	if p == nil {
		return nil, nil
	}
	units, err := db.OrgTree(ctx, gdb)
	if err != nil {
		return nil, err
	}
	deputies, err := db.AllDeputies(ctx, gdb)
	if err != nil {
		return nil, err
	}
	v := FromUnits(p, units, day).Deputise(deputies, day)
	if v.Has(identity.RolePayCommission) {
		cases, err := db.CommissionCases(ctx, gdb, v.PersonID)
		if err != nil {
			return nil, err
		}
		v.WithCases(cases)
	}
	return v, nil
}

// Deputise sets whom the viewer stands in for on day, from every deputy
// row (only read). A deputy sees and does what the leader may as the
// principal of the leader's agreements (AgreementLevel, MayChange) — not
// the leader's own agreements as agent, nor anything else of the leader.
func (v *Viewer) Deputise(all []db.Deputy, day time.Time) *Viewer {
	if v == nil {
		return v
	}
	for i := range all {
		if d := &all[i]; d.DeputyID == v.PersonID && d.ActiveOn(day) && !slices.Contains(v.Represents, d.LeaderID) {
			v.Represents = append(v.Represents, d.LeaderID)
		}
	}
	return v
}

// FromUnits builds the viewer of principal p on day from every org unit
// (those that do not exist on day are passed over). units is only read:
// the graph shares one cached tree between requests.
func FromUnits(p *identity.Principal, all []db.OrgUnit, day time.Time) *Viewer {
	if p == nil {
		return nil
	}
	v := &Viewer{PersonID: p.PersonID, Roles: p.Roles, Demo: p.Demo}
	units := make([]db.OrgUnit, 0, len(all))
	for i := range all {
		if all[i].ActiveOn(day) {
			units = append(units, all[i])
		}
	}
	for _, u := range units {
		if u.LeaderID != nil && *u.LeaderID == p.PersonID {
			v.LedUnits = append(v.LedUnits, u.ID)
		}
		if u.Kind == db.KindBoard && u.ParentID == nil && u.LeaderID != nil {
			v.OB = append(v.OB, *u.LeaderID)
		}
	}
	for _, led := range v.LedUnits {
		for _, id := range db.Subtree(units, led)[1:] { // strictly below
			if !slices.Contains(v.Below, id) {
				v.Below = append(v.Below, id)
			}
		}
	}
	slices.Sort(v.Below)
	return v
}

// payRelevant reports whether an agreement feeds pay.
func payRelevant(r db.PayRule) bool { return r == db.PayTVoeDLOB || r == db.PayBeamte }

// AgreementLevel decides what the viewer may read of one agreement. It is
// the row-by-row twin of VisibleAgreements; a test keeps the two in step.
func (v *Viewer) AgreementLevel(a *db.Agreement) Level {
	switch {
	case v == nil || a == nil:
		return None
	case a.PrincipalID == v.PersonID || a.AgentID == v.PersonID || v.deputises(a):
		return Content
	case v.Has(identity.RoleOBOffice) && slices.Contains(v.OB, a.PrincipalID):
		return Content
	case v.isCase(a):
		return Assessment
	case v.Has(identity.RoleHR) && payRelevant(a.PayRule):
		return PayResult
	case v.Has(identity.RoleLeadership) || slices.Contains(v.Below, a.OrgUnitID):
		return Status
	}
	return None
}

// PrintPart is what of an agreement the viewer may print.
type PrintPart int

const (
	PrintNothing PrintPart = iota
	// PrintResult: parties, unit, year, status, pay rule, the total degree
	// and the assessment date; no items, reviews or reasons. It is what HR
	// files in the personnel file of a pay-relevant agreement.
	PrintResult
	// PrintAll: the whole agreement.
	PrintAll
)

// PrintPart decides the print view (GET /api/export/agreement/{id}) from
// the reading level: content readers print everything, HR (PAY_RESULT)
// the result part, status-only viewers nothing (for them there is no
// print: it is personnel data, and the status is on screen).
func (v *Viewer) PrintPart(a *db.Agreement) PrintPart {
	switch v.AgreementLevel(a) {
	case Content:
		return PrintAll
	case PayResult:
		return PrintResult
	}
	return PrintNothing
}

// VisibleAgreements narrows a query on agreements to those the viewer may
// see at all (Status or more). Every agreement read goes through it.
func (v *Viewer) VisibleAgreements() db.Scope {
	return func(q *gorm.DB) *gorm.DB {
		if v == nil {
			return q.Where("1 = 0")
		}
		if v.Has(identity.RoleLeadership) {
			return q
		}
		cond, args := v.resultCondition()
		if len(v.Below) > 0 {
			cond += " OR agreements.org_unit_id IN ?"
			args = append(args, v.Below)
		}
		return q.Where("("+cond+")", args...)
	}
}

// ContentAgreements narrows a query on agreements to those whose content
// the viewer may read; used where content is reached from elsewhere (a
// goal's agreement items).
func (v *Viewer) ContentAgreements() db.Scope {
	return func(q *gorm.DB) *gorm.DB {
		if v == nil {
			return q.Where("1 = 0")
		}
		cond, args := v.contentCondition()
		return q.Where("("+cond+")", args...)
	}
}

// AssessmentAgreements narrows a query on agreements to those whose
// assessment part the viewer may read (Assessment or more): the content
// readers and the commission members' cases.
func (v *Viewer) AssessmentAgreements() db.Scope {
	return func(q *gorm.DB) *gorm.DB {
		if v == nil {
			return q.Where("1 = 0")
		}
		cond, args := v.assessmentCondition()
		return q.Where("("+cond+")", args...)
	}
}

// assessmentCondition is the SQL twin of the rows of AgreementLevel from
// ASSESSMENT up: the content readers and the commission members' cases.
func (v *Viewer) assessmentCondition() (string, []any) {
	cond, args := v.contentCondition()
	if v.Has(identity.RolePayCommission) && len(v.Cases) > 0 {
		cond += " OR agreements.id IN ?"
		args = append(args, v.Cases)
	}
	return cond, args
}

// ResultAgreements narrows a query on agreements to those whose
// assessment result the viewer may read (PayResult or more): the content
// readers, the commission members' cases, and HR for pay-relevant
// agreements.
func (v *Viewer) ResultAgreements() db.Scope {
	return func(q *gorm.DB) *gorm.DB {
		if v == nil {
			return q.Where("1 = 0")
		}
		cond, args := v.resultCondition()
		return q.Where("("+cond+")", args...)
	}
}

// resultCondition is the SQL twin of the rows of AgreementLevel from
// PAY_RESULT up: the content readers, the commission members' cases and
// HR for pay-relevant agreements.
func (v *Viewer) resultCondition() (string, []any) {
	cond, args := v.assessmentCondition()
	if v.Has(identity.RoleHR) {
		cond += " OR agreements.pay_rule IN ?"
		args = append(args, []db.PayRule{db.PayTVoeDLOB, db.PayBeamte})
	}
	return cond, args
}

// contentCondition is the SQL twin of the CONTENT rows of AgreementLevel:
// the parties, the OB's office for the OB's agreements, and the deputy
// for the represented leaders' agreements as principal.
func (v *Viewer) contentCondition() (string, []any) {
	cond := "agreements.principal_id = ? OR agreements.agent_id = ?"
	args := []any{v.PersonID, v.PersonID}
	if v.Has(identity.RoleOBOffice) && len(v.OB) > 0 {
		cond += " OR agreements.principal_id IN ?"
		args = append(args, v.OB)
	}
	if len(v.Represents) > 0 { // the deputy: the leader's agreements as principal
		cond += " OR (agreements.principal_id IN ? AND agreements.agent_id <> ?)"
		args = append(args, v.Represents, v.PersonID)
	}
	return cond, args
}

// CanSeeStatusOverview: leaders of units with units below them, the OB's
// office and LEADERSHIP.
func (v *Viewer) CanSeeStatusOverview() bool {
	return v.Has(identity.RoleLeadership) || v.Has(identity.RoleOBOffice) || len(v.Below) > 0
}

// CanReviewDezernatAgreements: the OB and the OB's office.
func (v *Viewer) CanReviewDezernatAgreements() bool {
	return v.Has(identity.RoleOBOffice) || (v != nil && slices.Contains(v.OB, v.PersonID))
}

// CanRecordFigures reports whether the viewer may record KPI values,
// budget figures or HSP realisation of a unit: CONTROLLING anywhere, a
// leader for the units they lead and those below them.
func (v *Viewer) CanRecordFigures(unitID int64) bool {
	return v.Has(identity.RoleControlling) ||
		(v != nil && (slices.Contains(v.LedUnits, unitID) || slices.Contains(v.Below, unitID)))
}

// CanAdminister reports whether the viewer may maintain master data.
func (v *Viewer) CanAdminister() bool { return v.Has(identity.RoleAdmin) }

// CanReadFigureHistory reports whether the viewer may read the audit
// trail of a KPI, product or measure owned by unitID: who may record its
// figures, and ADMIN. (An agreement's trail is content: Level Content.)
func (v *Viewer) CanReadFigureHistory(unitID int64) bool {
	return v.CanRecordFigures(unitID) || v.CanAdminister()
}

// Actor is the viewer as recorded in the audit trail.
func (v *Viewer) Actor() db.Actor {
	if v == nil {
		return db.Actor{}
	}
	roles := make([]string, len(v.Roles))
	for i, r := range v.Roles {
		roles[i] = string(r)
	}
	return db.Actor{PersonID: v.PersonID, Roles: strings.Join(roles, ",")}
}
