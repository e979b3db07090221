package access

import (
	"zielwerk/db"
	"zielwerk/identity"
)

// Deputies (Vertretung): a leader names a deputy for a period, ADMIN may
// name one for any leader; both may end it. What the deputy may then see
// and do is in policy.go (AgreementLevel, contentCondition) and
// lifecycle.go (the deputy side).

// MayNameDeputy: the leader themself (someone leading a unit today), or
// ADMIN.
func (v *Viewer) MayNameDeputy(leader *db.Person) bool {
	return v.Has(identity.RoleAdmin) || (v != nil && leader != nil && leader.ID == v.PersonID && len(v.LedUnits) > 0)
}

// MayEndDeputy: who may name the leader's deputy, and a leader who no
// longer leads a unit (to end a deputy they named).
func (v *Viewer) MayEndDeputy(leader *db.Person) bool {
	return v.Has(identity.RoleAdmin) || (v != nil && leader != nil && leader.ID == v.PersonID)
}

// SeesAllDeputies: ADMIN lists every deputy; others those where they are
// leader or deputy.
func (v *Viewer) SeesAllDeputies() bool { return v.Has(identity.RoleAdmin) }
