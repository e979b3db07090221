package db

import (
	"errors"
	"fmt"

	"gorm.io/gorm"

	"zielwerk/apperr"
	"zielwerk/clock"
)

// The onboarding import of master data (org units, people, products,
// strategic goals, goals, KPI definitions): every row is matched by its
// natural key against what is stored, applied to a copy of the stored
// record (or a new one), and checked by the same rule as the single-record
// write (orgUnitRule, goalRule, …) over an importLookup that holds the
// stored rows and the file's new ones. New rows get temporary negative ids
// so rows of the file can refer to each other (a parent below its child in
// the file is fine); they are inserted in batches, parents first, and the
// references rewritten to the real ids. Rows that change nothing are left
// alone, so a second import of the same file changes nothing.

// RowInvalid is one broken rule of an onboarding import's row (an index
// into its input).
type RowInvalid struct {
	Row int
	Err *apperr.Error
}

// RowsInvalid lists the rows of an onboarding import that break a rule;
// the import applies nothing.
type RowsInvalid struct{ Errors []RowInvalid }

func (e *RowsInvalid) Error() string {
	return fmt.Sprintf("import: %d rows break a rule", len(e.Errors))
}

// planRow is one row of a master-data import: the stored record (nil for
// a new one) and the record as the row leaves it.
type planRow[T any] struct {
	row  int
	cur  *T
	next *T
}

// masterPlan applies the rows of one kind.
type masterPlan[T any] struct {
	rc    record[T]
	table string
	cols  []batchCol
	vals  func(*T) []any
	setID func(*T, int64)
	// self is the record's reference to another record of its kind (the
	// parent), which may be a new row of the file; nil: there is none.
	self func(*T) **int64
	rows []planRow[T]
	errs []RowInvalid
}

func (p *masterPlan[T]) fail(row int, err error) error {
	e, ok := apperr.As(err)
	if !ok {
		return err
	}
	p.errs = append(p.errs, RowInvalid{row, e})
	return nil
}

// failAll records the errors of applying an input (InputErrors or one
// *apperr.Error); other errors are returned.
func (p *masterPlan[T]) failAll(row int, err error) error {
	if err == nil {
		return nil
	}
	var ie InputErrors
	if errors.As(err, &ie) {
		for _, e := range ie {
			p.errs = append(p.errs, RowInvalid{row, e})
		}
		return nil
	}
	return p.fail(row, err)
}

// changed is whether a planned row changes its stored record.
func (p *masterPlan[T]) changed(r planRow[T]) bool {
	if r.cur == nil {
		return true
	}
	before, _ := diffFields(p.rc.fields(r.cur), p.rc.fields(r.next))
	return len(before) > 0
}

// run writes the plan (unless write is false: a dry run counts only).
// Rules must have been checked: any row error fails it.
func (p *masterPlan[T]) run(tx *gorm.DB, actor Actor, write bool) (ImportCounts, error) {
	var c ImportCounts
	if len(p.errs) > 0 {
		return c, &RowsInvalid{p.errs}
	}
	var creates, updates []planRow[T]
	for _, r := range p.rows {
		switch {
		case r.cur == nil:
			creates = append(creates, r)
		case p.changed(r):
			updates = append(updates, r)
		default:
			c.Unchanged++
		}
	}
	c.Created, c.Updated = len(creates), len(updates)
	if !write {
		return c, nil
	}
	now := clock.Now(txContext(tx))
	var events []AuditEvent
	real := map[int64]int64{}
	resolve := func(r *T) bool {
		if p.self == nil {
			return true
		}
		ref := p.self(r)
		if *ref == nil || **ref > 0 {
			return true
		}
		id, ok := real[**ref]
		if ok {
			*ref = &id
		}
		return ok
	}
	for pending := creates; len(pending) > 0; {
		var ready []*T
		var temps []int64
		var wait []planRow[T]
		for _, r := range pending {
			if !resolve(r.next) {
				wait = append(wait, r)
				continue
			}
			temps = append(temps, p.rc.id(r.next))
			p.setID(r.next, 0)
			ready = append(ready, r.next)
		}
		if len(ready) == 0 {
			return c, errors.New("import: rows refer to each other in a cycle")
		}
		if err := createBatch(tx, ready); err != nil {
			return c, err
		}
		for i, r := range ready {
			real[temps[i]] = p.rc.id(r)
			events = append(events, auditEvent(actor, p.rc.entity, p.rc.id(r), "import.create", nil, p.rc.fields(r), now))
		}
		pending = wait
	}
	batch := make([]batchRow, 0, len(updates))
	for _, r := range updates {
		if !resolve(r.next) {
			return c, errors.New("import: an update refers to a row not created")
		}
		before, after := diffFields(p.rc.fields(r.cur), p.rc.fields(r.next))
		id := p.rc.id(r.cur)
		batch = append(batch, batchRow{id, p.rc.version(r.cur), p.vals(r.next)})
		events = append(events, auditEvent(actor, p.rc.entity, id, "import.update", before, after, now))
	}
	if err := updateBatch(tx, p.table, p.cols, nil, batch); err != nil {
		return c, err
	}
	return c, createEvents(tx, events)
}

// loadAll reads a whole table (master data of one city: thousands of rows,
// read once per import instead of once per row).
func loadAll[T any](tx *gorm.DB) ([]*T, error) {
	var rows []*T
	err := tx.Order("id").Find(&rows).Error
	return rows, err
}

// sqlTimeType is the SQL type a batched update casts a timestamp to: SQLite
// keeps times as text.
func sqlTimeType(tx *gorm.DB) string {
	if Dialect(tx) == "sqlite" {
		return "TEXT"
	}
	return "TIMESTAMPTZ"
}
