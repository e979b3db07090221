package store

import (
	"context"
	"slices"

	"zielwerk/access"
	"zielwerk/clock"
	"zielwerk/db"
	"zielwerk/identity"
)

// Objections lists the agreements of year with an objection that the
// viewer may read the result of: HR all pay-relevant ones, a commission
// member their cases, the parties their own; open ones first.
func (sv *Viewer) Objections(ctx context.Context, year int) ([]*db.Agreement, error) {
	v, err := sv.Policy(ctx)
	if err != nil {
		return nil, err
	}
	var out []*db.Agreement
	err = sv.db(ctx).Scopes(v.ResultAgreements()).
		Joins("JOIN agreement_objections o ON o.agreement_id = agreements.id").
		Where("agreements.year = ?", year).
		Order("CASE WHEN o.decision = '' THEN 0 ELSE 1 END, o.objected_at, agreements.id").
		Find(&out).Error
	if err != nil {
		return nil, err
	}
	return out, sv.primeCases(ctx, out)
}

// primeCases loads the assessed cases of a list in one batch, so that
// asking each row what the viewer may do (WithCase) costs nothing more.
func (sv *Viewer) primeCases(ctx context.Context, ags []*db.Agreement) error {
	cases, err := db.AssessedCases(ctx, sv.gdb, ags, clock.Now(ctx))
	if err != nil {
		return err
	}
	sv.casesMu.Lock()
	defer sv.casesMu.Unlock()
	if sv.cases == nil {
		sv.cases = map[int64]*db.Agreement{}
	}
	for _, a := range ags {
		if c, ok := cases[a.ID]; ok {
			withCase := *a
			withCase.Case = c
			sv.cases[a.ID] = &withCase
		}
	}
	return nil
}

// Objection is a's objection for who may read a's result (nil: none).
func (sv *Viewer) Objection(ctx context.Context, a *db.Agreement) (*db.Objection, error) {
	os, err := sv.Loaders.ObjectionByAgreement.Load(ctx, ListKey{Parent: a.ID})
	if err != nil || len(os) == 0 {
		return nil, err
	}
	return os[0], nil
}

// ObjectionMembers are the commission members an objection is assigned
// to, for HR, the members and the parties.
func (sv *Viewer) ObjectionMembers(ctx context.Context, a *db.Agreement) ([]*db.Person, error) {
	v, err := sv.Policy(ctx)
	if err != nil {
		return nil, err
	}
	if v.AgreementLevel(a) < access.PayResult {
		return nil, nil
	}
	ms, err := sv.Loaders.ObjectionMembers.Load(ctx, ListKey{Parent: a.ID})
	if err != nil || len(ms) == 0 {
		return nil, err
	}
	ids := make([]int64, len(ms))
	for i, m := range ms {
		ids[i] = m.PersonID
	}
	people, err := LoadAll(ctx, sv.Loaders.Person, ids)
	if err != nil {
		return nil, err
	}
	out := make([]*db.Person, 0, len(ids))
	for _, id := range ids {
		if p := people[id]; p != nil {
			out = append(out, p)
		}
	}
	return out, nil
}

// WithCase is a copy of a with its assessed case loaded (for ASSESSED
// agreements), so the policy can answer the steps after the assessment;
// once per agreement and request.
func (sv *Viewer) WithCase(ctx context.Context, a *db.Agreement) (*db.Agreement, error) {
	if a.Status != db.StatusAssessed {
		return a, nil
	}
	sv.casesMu.Lock()
	defer sv.casesMu.Unlock()
	if c, ok := sv.cases[a.ID]; ok && c.Version == a.Version {
		return c, nil
	}
	c := *a
	if err := db.LoadAssessedCase(ctx, sv.gdb, &c); err != nil {
		return nil, err
	}
	if sv.cases == nil {
		sv.cases = map[int64]*db.Agreement{}
	}
	sv.cases[a.ID] = &c
	return &c, nil
}

// objectionTasks: HR assigns open objections that have no members yet; a
// commission member decides the open objections assigned to them.
func (sv *Viewer) objectionTasks(ctx context.Context, v *access.Viewer) ([]db.Task, error) {
	hr, member := v.Has(identity.RoleHR), v.Has(identity.RolePayCommission) && len(v.Cases) > 0
	if !hr && !member {
		return nil, nil
	}
	var open []*db.Agreement
	err := sv.db(ctx).Scopes(v.ResultAgreements()).
		Joins("JOIN agreement_objections o ON o.agreement_id = agreements.id AND o.decision = ''").
		Where("agreements.status = ?", db.StatusAssessed).Order("o.objected_at, agreements.id").Find(&open).Error
	if err != nil || len(open) == 0 {
		return nil, err
	}
	var assigned []int64
	ids := make([]int64, len(open))
	for i, a := range open {
		ids[i] = a.ID
	}
	if err := sv.db(ctx).Model(&db.ObjectionMember{}).Where("agreement_id IN ?", ids).Distinct().
		Pluck("agreement_id", &assigned).Error; err != nil {
		return nil, err
	}
	cases, err := db.AssessedCases(ctx, sv.gdb, open, clock.Now(ctx))
	if err != nil {
		return nil, err
	}
	var out []db.Task
	for _, a := range open {
		// Due: the commission decides within the period the agent had.
		c := cases[a.ID]
		due := c.Objection.ObjectedAt.Add(c.ObjectBy.Sub(db.DateOf(c.AssessedAt)))
		switch {
		case member && slices.Contains(v.Cases, a.ID):
			out = append(out, db.Task{Kind: db.TaskObjectionDecide, Agreement: a, Due: db.DateOf(due)})
		case hr && !slices.Contains(assigned, a.ID) && a.PrincipalID != v.PersonID && a.AgentID != v.PersonID:
			out = append(out, db.Task{Kind: db.TaskObjectionAssign, Agreement: a, Due: db.DateOf(c.Objection.ObjectedAt)})
		}
	}
	return out, nil
}
