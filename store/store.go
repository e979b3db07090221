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

	"zielwerk/db"
	"zielwerk/identity"
)

// Store is the database as main opened it; it hands out viewers.
type Store struct {
	gdb    *gorm.DB
	cache  *cache // org tree and fiscal years, shared by every request
	points db.PointScale
	// publicURL is where mails link to (PUBLIC_URL).
	publicURL string
}

// Option configures a Store.
type Option func(*Store)

// WithPoints sets the scale from total degrees to LOB points
// (LOB_POINTS); the default is db.DefaultPointScale.
func WithPoints(p db.PointScale) Option { return func(s *Store) { s.points = p } }

// New wraps an open database.
func New(gdb *gorm.DB, opts ...Option) *Store {
	s := &Store{gdb: gdb, cache: &cache{}, points: db.DefaultPointScale}
	for _, o := range opts {
		o(s)
	}
	if s.points == nil {
		s.points = db.DefaultPointScale
	}
	return s
}

// For binds the store to p (nil: nobody signed in, a viewer that reads
// nothing) for one request. Nothing is read until the first call; the
// policy is built once, from the cached org tree. loaderWait is how long
// the request's loaders collect keys (0: DefaultLoaderWait).
func (s *Store) For(p *identity.Principal, loaderWait time.Duration) *Viewer {
	v := &Viewer{gdb: s.gdb, cache: s.cache, principal: p, points: s.points, publicURL: s.publicURL}
	v.Loaders = newLoaders(v, loaderWait)
	return v
}
