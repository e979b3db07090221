package store

import (
	"context"
	"sync"

	"gorm.io/gorm"

	"zielwerk/db"
)

// cache holds what every request reads and few requests change: the
// org tree and the deputies (for the viewer) and the fiscal years (for
// year checks). Each is
// kept for one value of its version row (db/versions.go), which triggers
// bump in the writing transaction; a request reads the versions once and
// reloads only what changed, so every replica sees a change with its next
// request. The version is read before the data, so a cache entry is never
// older than its version.
type cache struct {
	mu       sync.Mutex
	tree     versioned[[]db.OrgUnit]
	years    versioned[[]int]
	deputies versioned[[]db.Deputy]
}

type versioned[T any] struct {
	version int64 // 0: nothing cached
	value   T
}

// get returns e's value for version, loading it when e holds another one.
// The value is shared between requests and must not be modified.
func get[T any](c *cache, e *versioned[T], version int64, load func() (T, error)) (T, error) {
	c.mu.Lock()
	if e.version == version && version != 0 {
		v := e.value
		c.mu.Unlock()
		return v, nil
	}
	c.mu.Unlock()
	v, err := load()
	if err != nil {
		return v, err
	}
	c.mu.Lock()
	if version > e.version {
		e.version, e.value = version, v
	}
	c.mu.Unlock()
	return v, nil
}

func (c *cache) orgTree(ctx context.Context, gdb *gorm.DB, version int64) ([]db.OrgUnit, error) {
	return get(c, &c.tree, version, func() ([]db.OrgUnit, error) { return db.OrgTree(ctx, gdb) })
}

func (c *cache) fiscalYears(ctx context.Context, gdb *gorm.DB, version int64) ([]int, error) {
	return get(c, &c.years, version, func() ([]int, error) { return db.FiscalYears(ctx, gdb) })
}

func (c *cache) allDeputies(ctx context.Context, gdb *gorm.DB, version int64) ([]db.Deputy, error) {
	return get(c, &c.deputies, version, func() ([]db.Deputy, error) { return db.AllDeputies(ctx, gdb) })
}
