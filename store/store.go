// Package store is the storage as the request paths see it. It alone
// holds the database handle; a request gets the store bound to its viewer
// (For), whose reads apply the access rule inside, so a read of personnel
// data that skips the rule cannot be written outside this package.
//
// The print view is its first tenant; the graph and the importer still
// hold a *gorm.DB and move here next (docs/architecture.md).
package store

import (
	"context"

	"gorm.io/gorm"

	"zielwerk/access"
	"zielwerk/clock"
	"zielwerk/identity"
)

// Store is the system handle: main opens it; system work (migrations,
// seeding, sessions) happens in db with the handle main holds.
type Store struct{ gdb *gorm.DB }

// New wraps an open database.
func New(gdb *gorm.DB) *Store { return &Store{gdb: gdb} }

// Viewer is the store bound to one signed-in person.
type Viewer struct {
	gdb *gorm.DB
	v   *access.Viewer
}

// For binds the store to p as the access policy sees them today; nil p
// (nobody signed in) gets a viewer that reads nothing.
func (s *Store) For(ctx context.Context, p *identity.Principal) (*Viewer, error) {
	v, err := access.Load(ctx, s.gdb, p, clock.Today(ctx))
	if err != nil {
		return nil, err
	}
	return &Viewer{gdb: s.gdb.WithContext(ctx), v: v}, nil
}
