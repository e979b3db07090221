package db

// Master data maintained in Zielwerk: org units, people, strategic goals,
// goals, KPI definitions and products. Every create and update runs in the
// caller's transaction, is permitted by the caller's policy (a func the
// access package provides, asked for the stored and the new record),
// checks its input into userErrors, refuses a stale expectedVersion with
// CONFLICT and writes one audit event with the record before and after.
// Retiring or leaving is an update: nothing is deleted, history stays.

import (
	"encoding/json"
	"reflect"
	"strings"

	"gorm.io/gorm"

	"zielwerk/apperr"
)

// May answers whether the actor may write a record in the state given
// (asked for the stored and for the new state of an update).
type May[T any] func(*T) bool

// record describes how one kind of master data is written and audited.
type record[T any] struct {
	entity  string
	id      func(*T) int64
	version func(*T) int
	// fields is the audited record, by the API's field names.
	fields func(*T) map[string]any
	// columns are what an update writes.
	columns func(*T) map[string]any
	// check validates a record before it is written (tx to look up
	// links); cur is the stored state, nil for a create.
	check func(tx *gorm.DB, cur, next *T) error
	// unique names the input field and the message of a natural key that
	// the database refused as a duplicate.
	unique *apperr.Error
}

// create checks and inserts r, and audits it. inputErr holds what was
// wrong with the input r was built from: the permission is asked first,
// so who may not write learns nothing about the input.
func (rc record[T]) create(tx *gorm.DB, actor Actor, may May[T], r *T, inputErr error) (*T, error) {
	if !may(r) {
		return nil, apperr.ErrForbidden
	}
	if inputErr != nil {
		return nil, inputErr
	}
	if err := rc.check(tx, nil, r); err != nil {
		return nil, err
	}
	if err := tx.Create(r).Error; err != nil {
		return nil, rc.duplicateOr(err)
	}
	return r, Audit(tx, actor, rc.entity, rc.id(r), "add", nil, rc.fields(r))
}

// inputErrors joins the errors of required fields and of applying an
// input.
func inputErrors(e InputErrors, applyErr error) error {
	if x, ok := applyErr.(InputErrors); ok {
		e = append(e, x...)
	}
	return e.err()
}

// update loads the record id, applies change, checks and writes it under
// expectedVersion, and audits what changed (nothing changed: no write, no
// event). action names the audit event ("update", "retire", "leave").
func (rc record[T]) update(tx *gorm.DB, actor Actor, may May[T], id int64, expectedVersion int, action string, change func(*T) error) (*T, error) {
	var cur T
	if err := tx.Take(&cur, id).Error; err != nil {
		return nil, notFoundOr(err)
	}
	if !may(&cur) {
		return nil, apperr.ErrForbidden
	}
	if rc.version(&cur) != expectedVersion {
		return nil, apperr.ErrConflict
	}
	next := cur
	if err := change(&next); err != nil {
		return nil, err
	}
	if !may(&next) {
		return nil, apperr.ErrForbidden
	}
	before, after := diffFields(rc.fields(&cur), rc.fields(&next))
	if len(after) == 0 {
		return &cur, nil
	}
	if err := rc.check(tx, &cur, &next); err != nil {
		return nil, err
	}
	if err := UpdateVersioned(tx, new(T), id, expectedVersion, rc.columns(&next)); err != nil {
		return nil, rc.duplicateOr(err)
	}
	if err := tx.Take(&next, id).Error; err != nil {
		return nil, err
	}
	return &next, Audit(tx, actor, rc.entity, id, action, before, after)
}

func (rc record[T]) duplicateOr(err error) error {
	if rc.unique != nil && isDuplicate(err) {
		return rc.unique
	}
	return err
}

// diffFields keeps the fields whose values differ, compared as JSON.
func diffFields(a, b map[string]any) (before, after map[string]any) {
	before, after = map[string]any{}, map[string]any{}
	for k, v := range b {
		if !sameJSON(a[k], v) {
			before[k], after[k] = a[k], v
		}
	}
	return before, after
}

func sameJSON(a, b any) bool {
	if reflect.DeepEqual(a, b) {
		return true
	}
	x, err1 := json.Marshal(a)
	y, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && string(x) == string(y)
}

// text applies a change of a required text field: trimmed, not empty, at
// most max characters.
func (e *InputErrors) text(field string, c Change[string], max int, dst *string) {
	if !c.Set {
		return
	}
	if c.V == nil || trimmed(*c.V) == "" {
		e.add(field, "input.required", "Bitte ausfüllen.", "Required.")
		return
	}
	if len([]rune(*c.V)) > max {
		e.add(field, "input.tooLong", "Höchstens %d Zeichen.", "At most %d characters.", max)
		return
	}
	*dst = trimmed(*c.V)
}

// optionalText applies a change of a text field that may be empty.
func (e *InputErrors) optionalText(field string, c Change[string], max int, dst *string) {
	if !c.Set {
		return
	}
	if c.V == nil {
		*dst = ""
		return
	}
	if len([]rune(*c.V)) > max {
		e.add(field, "input.tooLong", "Höchstens %d Zeichen.", "At most %d characters.", max)
		return
	}
	*dst = trimmed(*c.V)
}

// Err is e as an error, nil when empty.
func (e InputErrors) Err() error { return e.err() }

func (e InputErrors) err() error {
	if len(e) == 0 {
		return nil
	}
	return e
}

func trimmed(s string) string { return strings.TrimSpace(s) }

// required reports a missing field of a create.
func (e *InputErrors) required(field string, set bool) {
	if !set {
		e.add(field, "input.required", "Bitte ausfüllen.", "Required.")
	}
}
