package db

import (
	"time"

	"gorm.io/gorm"

	"zielwerk/clock"
)

// upsert is the batch core of the keyed imports (KPI values, budget
// lines): rows are matched by key against what is stored; a new key is
// created, a changed row updated in batches under its version, an
// unchanged one left alone, so a file imported twice changes nothing the
// second time. Every created or changed row gets one audit event. R is the
// stored row, In the validated input row, K the natural key.
type upsert[In, R any, K comparable] struct {
	entity string     // audit entity
	table  string     // for the batched UPDATE
	cols   []batchCol // the columns an update sets, in vals order

	inKey  func(*In) K
	rowKey func(*R) K
	// create builds the row for a new key, or says why the input cannot
	// create one (an error fails the import).
	create func(in *In, now time.Time) (*R, error)
	apply  func(in *In, r *R)
	diff   func(cur, next *R) (before, after map[string]any)
	fields func(*R) map[string]any // a created row's audit record
	vals   func(*R) []any          // the update columns' values
	id     func(*R) (int64, int)   // id and version
	// stale, if set, is the optimistic lock against an export: a row that
	// would change something is refused when it returns true.
	stale func(in *In, cur *R) bool
	// shared are columns every update sets alike (who recorded, when).
	shared func(now time.Time) map[string]any
}

// run imports rows over existing (the stored rows of the keys' parents).
func (u upsert[In, R, K]) run(tx *gorm.DB, actor Actor, existing []*R, rows []In, may func(int) bool, write bool) (ImportCounts, error) {
	var c ImportCounts
	byKey := make(map[K]*R, len(existing))
	for _, r := range existing {
		byKey[u.rowKey(r)] = r
	}
	now := clock.Now(txContext(tx))
	seen := make(map[K]bool, len(rows))
	var creates []*R
	var updates []batchRow
	var events []AuditEvent
	var forbidden, stale []int
	for i := range rows {
		in := &rows[i]
		k := u.inKey(in)
		if seen[k] {
			return c, errDuplicateRow
		}
		seen[k] = true
		cur, ok := byKey[k]
		var next *R
		if ok {
			n := *cur
			u.apply(in, &n)
			next = &n
			if before, _ := u.diff(cur, next); len(before) == 0 {
				c.Unchanged++
				continue
			}
		}
		switch {
		case !may(i):
			forbidden = append(forbidden, i)
			continue
		case u.stale != nil && u.stale(in, cur):
			stale = append(stale, i)
			continue
		}
		if !ok {
			r, err := u.create(in, now)
			if err != nil {
				return c, err
			}
			creates = append(creates, r)
			continue
		}
		id, version := u.id(cur)
		before, after := u.diff(cur, next)
		updates = append(updates, batchRow{id, version, u.vals(next)})
		events = append(events, auditEvent(actor, u.entity, id, "import.update", before, after, now))
	}
	if len(forbidden) > 0 {
		return c, &RowsForbidden{forbidden}
	}
	if len(stale) > 0 {
		return c, &RowsStale{stale}
	}
	c.Created, c.Updated = len(creates), len(updates)
	if !write {
		return c, nil
	}
	if err := createBatch(tx, creates); err != nil {
		return c, err
	}
	for _, r := range creates {
		id, _ := u.id(r)
		events = append(events, auditEvent(actor, u.entity, id, "import.create", nil, u.fields(r), now))
	}
	var shared map[string]any
	if u.shared != nil {
		shared = u.shared(now)
	}
	if err := updateBatch(tx, u.table, u.cols, shared, updates); err != nil {
		return c, err
	}
	return c, createEvents(tx, events)
}
