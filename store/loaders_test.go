package store_test

import (
	"testing"
	"time"

	"zielwerk/db"
	"zielwerk/db/dbtest"
	"zielwerk/demo"
	"zielwerk/identity"
	"zielwerk/store"
)

// The loaders of an agreement's rows apply the policy themselves: a
// resolver that forgot to ask still gets nothing the viewer may not read.
func TestAgreementRowsAreScopedInTheLoaders(t *testing.T) {
	gdb := dbtest.Open(t)
	if _, err := demo.Seed(t.Context(), gdb); err != nil {
		t.Fatal(err)
	}
	// An assessed, pay-relevant agreement with items and a review.
	var a db.Agreement
	if err := gdb.Where("id IN (SELECT agreement_id FROM assessments) AND id IN (SELECT agreement_id FROM reviews) AND pay_rule <> ?",
		db.PayNone).Order("id").Take(&a).Error; err != nil {
		t.Fatal(err)
	}
	var stranger db.Person
	if err := gdb.Where("id NOT IN ? AND id NOT IN (SELECT leader_id FROM org_units WHERE leader_id IS NOT NULL)",
		[]int64{a.PrincipalID, a.AgentID}).Order("id").Take(&stranger).Error; err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name                       string
		p                          *identity.Principal
		items, reviews, assessment bool
	}{
		{"the agent", &identity.Principal{PersonID: a.AgentID}, true, true, true},
		{"a stranger", &identity.Principal{PersonID: stranger.ID, Roles: []identity.Role{identity.RoleControlling}}, false, false, false},
		{"LEADERSHIP (status only)", &identity.Principal{PersonID: stranger.ID, Roles: []identity.Role{identity.RoleLeadership}}, false, false, false},
		{"HR (the result only)", &identity.Principal{PersonID: stranger.ID, Roles: []identity.Role{identity.RoleHR}}, false, false, true},
	} {
		l := store.New(gdb).For(c.p, time.Millisecond).Loaders
		ctx := t.Context()
		items, err := l.ItemsByAgreement.Load(ctx, store.ListKey{Parent: a.ID})
		if err != nil {
			t.Fatal(err)
		}
		reviews, err := l.ReviewsByAgreement.Load(ctx, store.ListKey{Parent: a.ID})
		if err != nil {
			t.Fatal(err)
		}
		assessments, err := l.AssessmentByAgreement.Load(ctx, store.ListKey{Parent: a.ID})
		if err != nil {
			t.Fatal(err)
		}
		if (len(items) > 0) != c.items || (len(reviews) > 0) != c.reviews || (len(assessments) > 0) != c.assessment {
			t.Errorf("%s reads %d items, %d reviews, %d assessments", c.name, len(items), len(reviews), len(assessments))
		}
	}
}
