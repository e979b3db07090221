package db

import (
	"database/sql"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"time"
	"unsafe"

	"gorm.io/gorm"
	"gorm.io/gorm/schema"
)

// findAll runs q (a query gorm has built: conditions, order, limit) and
// scans its rows into fresh T. On PostgreSQL it scans each column straight
// into the struct field through a cached plan, without gorm's per-row
// reflection; on SQLite, whose driver hands back times as text, gorm scans
// as before. The read paths of the graph go through here; measured on the
// executive query, gorm's scanning was a fifth of the server's CPU.
func findAll[T any](q *gorm.DB, out *[]*T) error {
	if Dialect(q) != "postgres" {
		return q.Find(out).Error
	}
	if q.Statement.Model == nil {
		q = q.Model(new(T))
	}
	rows, err := q.Rows()
	if err != nil {
		return err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return err
	}
	plan, err := planFor[T](q, cols)
	if err != nil {
		return err
	}
	targets := make([]any, len(cols))
	for rows.Next() {
		v := new(T)
		plan.targets(unsafe.Pointer(v), targets)
		if err := rows.Scan(targets...); err != nil {
			return fmt.Errorf("scan %T: %w", v, err)
		}
		*out = append(*out, v)
	}
	return rows.Err()
}

// fieldKind is how one column lands in its field.
type fieldKind uint8

const (
	skipColumn fieldKind = iota // a column T has no field for (e.g. a window rank)
	intField                    // int, int64
	stringField                 // string and string enums
	floatField                  // float64
	boolField
	timeField
	intPtrField // *int64 or *int, NULL = nil
	floatPtrField
	timePtrField
	stringPtrField
)

type scanPlan struct {
	offsets []uintptr
	kinds   []fieldKind
}

var plans sync.Map // planKey → *scanPlan

type planKey struct {
	typ  reflect.Type
	cols string
}

// planFor maps the result columns to T's fields by gorm's column names,
// once per type and column list.
func planFor[T any](q *gorm.DB, cols []string) (*scanPlan, error) {
	typ := reflect.TypeFor[T]()
	key := planKey{typ, strings.Join(cols, ",")}
	if p, ok := plans.Load(key); ok {
		return p.(*scanPlan), nil
	}
	s, err := schema.Parse(new(T), &sync.Map{}, q.NamingStrategy)
	if err != nil {
		return nil, err
	}
	p := &scanPlan{offsets: make([]uintptr, len(cols)), kinds: make([]fieldKind, len(cols))}
	for i, c := range cols {
		f := s.LookUpField(c)
		if f == nil || len(f.StructField.Index) != 1 {
			continue // skipColumn
		}
		sf := typ.Field(f.StructField.Index[0])
		k, err := kindOf(sf.Type)
		if err != nil {
			return nil, fmt.Errorf("%s.%s: %w", typ.Name(), sf.Name, err)
		}
		p.offsets[i], p.kinds[i] = sf.Offset, k
	}
	plans.Store(key, p)
	return p, nil
}

var timeType = reflect.TypeFor[time.Time]()

func kindOf(t reflect.Type) (fieldKind, error) {
	switch {
	case t == timeType:
		return timeField, nil
	case t.Kind() == reflect.Pointer && t.Elem() == timeType:
		return timePtrField, nil
	case t.Kind() == reflect.Pointer && (t.Elem().Kind() == reflect.Int64 || t.Elem().Kind() == reflect.Int) && t.Elem().Size() == 8:
		return intPtrField, nil
	case t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.Float64:
		return floatPtrField, nil
	case t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.String:
		return stringPtrField, nil
	}
	switch t.Kind() {
	case reflect.Int64, reflect.Int:
		if t.Size() != 8 {
			break
		}
		return intField, nil
	case reflect.String:
		return stringField, nil
	case reflect.Float64:
		return floatField, nil
	case reflect.Bool:
		return boolField, nil
	}
	return 0, fmt.Errorf("no fast scan for %s", t)
}

// discard takes a column T has no field for.
type discard struct{}

func (discard) Scan(any) error { return nil }

// targets points each column at its field of the struct at base. The
// casts are sound: kindOf admits only fields of exactly these layouts
// (string enums share string's layout, int is 8 bytes).
func (p *scanPlan) targets(base unsafe.Pointer, out []any) {
	for i, off := range p.offsets {
		f := unsafe.Add(base, off)
		switch p.kinds[i] {
		case skipColumn:
			out[i] = discard{}
		case intField:
			out[i] = (*int64)(f)
		case stringField:
			out[i] = (*string)(f)
		case floatField:
			out[i] = (*float64)(f)
		case boolField:
			out[i] = (*bool)(f)
		case timeField:
			out[i] = (*time.Time)(f)
		case intPtrField:
			out[i] = nullInt{(**int64)(f)}
		case floatPtrField:
			out[i] = nullFloat{(**float64)(f)}
		case timePtrField:
			out[i] = nullTime{(**time.Time)(f)}
		case stringPtrField:
			out[i] = nullString{(**string)(f)}
		}
	}
}

// The null* scanners set a pointer field: nil for NULL, else a new value.
type (
	nullInt    struct{ p **int64 }
	nullFloat  struct{ p **float64 }
	nullTime   struct{ p **time.Time }
	nullString struct{ p **string }
)

func (n nullInt) Scan(src any) error {
	var v sql.NullInt64
	if err := v.Scan(src); err != nil || !v.Valid {
		*n.p = nil
		return err
	}
	*n.p = &v.Int64
	return nil
}

func (n nullFloat) Scan(src any) error {
	var v sql.NullFloat64
	if err := v.Scan(src); err != nil || !v.Valid {
		*n.p = nil
		return err
	}
	*n.p = &v.Float64
	return nil
}

func (n nullTime) Scan(src any) error {
	var v sql.NullTime
	if err := v.Scan(src); err != nil || !v.Valid {
		*n.p = nil
		return err
	}
	*n.p = &v.Time
	return nil
}

func (n nullString) Scan(src any) error {
	var v sql.NullString
	if err := v.Scan(src); err != nil || !v.Valid {
		*n.p = nil
		return err
	}
	*n.p = &v.String
	return nil
}
