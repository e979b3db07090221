package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"zielwerk/db"
	"zielwerk/graph/model"
)

// Helpers of the master data mutations (masterdata.resolvers.go): input
// fields become db.Change values, payloads carry userErrors.

// set is an optional input field: left out (nil) keeps the stored value.
func set[T any](p *T) db.Change[T] {
	if p == nil {
		return db.Change[T]{}
	}
	return db.To(*p)
}

// idSet decodes an optional ID field; left out keeps the stored link.
func idSet(typ, field string, gid *string) (db.Change[int64], error) {
	id, err := optionalID(typ, field, gid)
	if err != nil || id == nil {
		return db.Change[int64]{}, err
	}
	return db.To(*id), nil
}

// idChange decodes an omittable ID field: left out keeps, null clears.
func idChange(typ, field string, o graphql.Omittable[*string]) (db.Change[int64], error) {
	gid, present := o.ValueOK()
	if !present {
		return db.Change[int64]{}, nil
	}
	if gid == nil {
		return db.Cleared[int64](), nil
	}
	return idSet(typ, field, gid)
}

// ids decodes several ID fields into their changes, stopping at the first
// malformed one.
func ids(fields ...func() error) error {
	for _, f := range fields {
		if err := f(); err != nil {
			return err
		}
	}
	return nil
}

// payloadOf splits a write's result into the object and userErrors.
func payloadOf[T any](v *T, err error) (*T, []*model.UserError, error) {
	ues, err := figureUserErrors(err)
	if err != nil || len(ues) > 0 {
		return nil, ues, err
	}
	return v, ues, nil
}

// maySeeDetails asks the policy about obj's personnel details.
func maySeeDetails(ctx context.Context, obj *db.Person) (bool, error) {
	v, err := policy(ctx)
	return err == nil && v.MaySeePersonnelDetails(obj.ID), err
}

// mustUserErrors turns a malformed ID (BAD_USER_INPUT) into userErrors.
func mustUserErrors(err error) []*model.UserError {
	ues, _ := userErrors(err)
	return ues
}

// reorganisation decodes the input of orgUnitReorganise.
func reorganisation(in model.OrgUnitReorganiseInput) (db.Reorganisation, error) {
	r := db.Reorganisation{On: in.On}
	for _, gid := range in.Dissolve {
		id, err := requiredID("OrgUnit", "dissolve", gid)
		if err != nil {
			return r, err
		}
		r.Dissolve = append(r.Dissolve, id)
	}
	for _, c := range in.Create {
		u := db.ReorgUnit{Key: c.Key, Code: c.Code, Name: c.Name, Kind: c.Kind}
		var err error
		if u.ParentID, err = optionalID("OrgUnit", "create.parentId", c.ParentID); err != nil {
			return r, err
		}
		if u.LeaderID, err = optionalID("Person", "create.leaderId", c.LeaderID); err != nil {
			return r, err
		}
		if c.ParentKey != nil {
			u.ParentKey = *c.ParentKey
		}
		r.Create = append(r.Create, u)
	}
	for _, m := range in.Moves {
		mv := db.ReorgMove{What: m.What}
		var err error
		if mv.From, err = requiredID("OrgUnit", "moves.fromId", m.FromID); err != nil {
			return r, err
		}
		to, err := optionalID("OrgUnit", "moves.toId", m.ToID)
		if err != nil {
			return r, err
		}
		if to != nil {
			mv.To = *to
		}
		if m.ToKey != nil {
			mv.ToKey = *m.ToKey
		}
		r.Moves = append(r.Moves, mv)
	}
	return r, nil
}
