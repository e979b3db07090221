// Package store is the storage as the request paths see it. It alone
// holds the database handle outside db: the graph, the importer and the
// print view get a Viewer — the store bound to one signed-in person —
// whose reads apply the access rule inside, so a read of agreements, their
// items, reviews or assessments that skips the rule cannot be written
// outside this package. System work (migrations, seeding, session sweeps)
// runs in main with the handle main opened; the import's validation reads
// master data through Imports, a system handle the graph never gets.
package store

import (
	"time"

	"gorm.io/gorm"

	"zielwerk/identity"
)

// Store is the database as main opened it; it hands out viewers.
type Store struct {
	gdb   *gorm.DB
	cache *cache // org tree and fiscal years, shared by every request
}

// New wraps an open database.
func New(gdb *gorm.DB) *Store { return &Store{gdb: gdb, cache: &cache{}} }

// For binds the store to p (nil: nobody signed in, a viewer that reads
// nothing) for one request. Nothing is read until the first call; the
// policy is built once, from the cached org tree. loaderWait is how long
// the request's loaders collect keys (0: DefaultLoaderWait).
func (s *Store) For(p *identity.Principal, loaderWait time.Duration) *Viewer {
	v := &Viewer{gdb: s.gdb, cache: s.cache, principal: p}
	v.Loaders = newLoaders(v, loaderWait)
	return v
}
