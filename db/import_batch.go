package db

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"gorm.io/gorm"

	"zielwerk/apperr"
)

// chunkSize bounds the bound parameters of one IN list, well below the
// limits of PostgreSQL (65535) and SQLite (32766).
const chunkSize = 1000

func inChunks[K any](keys []K, fn func([]K) error) error {
	for start := 0; start < len(keys); start += chunkSize {
		if err := fn(keys[start:min(start+chunkSize, len(keys))]); err != nil {
			return err
		}
	}
	return nil
}

func dedupe[K comparable](keys []K) []K {
	seen := make(map[K]bool, len(keys))
	out := make([]K, 0, len(keys))
	for _, k := range keys {
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

// FindIn loads the rows of T whose column col is one of keys, in chunks.
func FindIn[T any, K comparable](tx *gorm.DB, col string, keys []K) ([]*T, error) {
	var out []*T
	err := inChunks(dedupe(keys), func(chunk []K) error {
		var rows []*T
		if err := tx.Where(col+" IN ?", chunk).Find(&rows).Error; err != nil {
			return err
		}
		out = append(out, rows...)
		return nil
	})
	return out, err
}

// ImportCounts says what an import did (or, in a dry run, would do).
type ImportCounts struct {
	Created, Updated, Unchanged int
}

// batchSize is the number of rows per INSERT or UPDATE statement.
const batchSize = 500

// batchCol is one column a batched update sets per row.
type batchCol struct{ name, sqlType string }

// batchRow is one row of a batched update: its id, the version it must
// still have, and one value per column.
type batchRow struct {
	id      int64
	version int
	vals    []any
}

// updateBatch updates many rows in few statements: the new values come as
// a VALUES list joined on id (UPDATE … FROM, PostgreSQL and SQLite ≥ 3.33
// alike), and a row is only touched while it still has the version it was
// read with. CONFLICT if any row changed meanwhile.
func updateBatch(tx *gorm.DB, table string, cols []batchCol, shared map[string]any, rows []batchRow) error {
	sharedCols := make([]string, 0, len(shared))
	for c := range shared {
		sharedCols = append(sharedCols, c)
	}
	sort.Strings(sharedCols)
	var tuple strings.Builder
	tuple.WriteString("(CAST(? AS BIGINT), CAST(? AS INTEGER)")
	for _, c := range cols {
		tuple.WriteString(", CAST(? AS " + c.sqlType + ")")
	}
	tuple.WriteString(")")
	var head strings.Builder
	head.WriteString("WITH zw_v(zw_id, zw_version")
	for i := range cols {
		fmt.Fprintf(&head, ", zw_c%d", i)
	}
	head.WriteString(") AS (VALUES ")
	var tail strings.Builder
	tail.WriteString(") UPDATE " + table + " SET ")
	for i, c := range cols {
		fmt.Fprintf(&tail, "%s = zw_v.zw_c%d, ", c.name, i)
	}
	for _, c := range sharedCols {
		tail.WriteString(c + " = ?, ")
	}
	tail.WriteString("version = " + table + ".version + 1 FROM zw_v WHERE " + table + ".id = zw_v.zw_id AND " +
		table + ".version = zw_v.zw_version")
	for start := 0; start < len(rows); start += batchSize {
		chunk := rows[start:min(start+batchSize, len(rows))]
		var sb strings.Builder
		sb.WriteString(head.String())
		args := make([]any, 0, len(chunk)*(2+len(cols))+len(shared))
		for i, r := range chunk {
			if i > 0 {
				sb.WriteString(", ")
			}
			sb.WriteString(tuple.String())
			args = append(append(args, r.id, r.version), r.vals...)
		}
		sb.WriteString(tail.String())
		for _, c := range sharedCols {
			args = append(args, shared[c])
		}
		res := tx.Exec(sb.String(), args...)
		if res.Error != nil {
			return res.Error
		}
		if res.RowsAffected != int64(len(chunk)) {
			return apperr.ErrConflict
		}
	}
	return nil
}

func nullable[T any](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}

func createBatch[T any](tx *gorm.DB, rows []*T) error {
	if len(rows) == 0 {
		return nil
	}
	if err := tx.CreateInBatches(rows, batchSize).Error; err != nil {
		if isDuplicate(err) {
			return apperr.ErrConflict
		}
		return err
	}
	return nil
}

func createEvents(tx *gorm.DB, events []AuditEvent) error {
	if len(events) == 0 {
		return nil
	}
	return tx.CreateInBatches(events, batchSize).Error
}

var errDuplicateRow = errors.New("import: the same key occurs twice")

// RowsForbidden lists the rows of an import (indexes into its input) that
// would create or change figures the actor may not record. Rows that
// change nothing need no permission, so an exported table with other
// units' figures can be filled in and imported again.
type RowsForbidden struct{ Rows []int }

func (e *RowsForbidden) Error() string {
	return fmt.Sprintf("import: %d rows change figures the actor may not record", len(e.Rows))
}

// RowsStale lists the rows of an import (indexes into its input) that
// would overwrite a value changed since the export the file was made from.
type RowsStale struct{ Rows []int }

func (e *RowsStale) Error() string {
	return fmt.Sprintf("import: %d rows were changed since the export", len(e.Rows))
}

// staleSinceExport is the import's optimistic lock: a row that would
// change a value is stale when the value's version is no longer the one
// exported (or the value was created since). Rows that change nothing are
// never stale, so importing one file twice still changes nothing.
func staleSinceExport(exists bool, current int, exported *int) bool {
	if exported == nil {
		return false
	}
	if !exists {
		return *exported != 0
	}
	return current != *exported
}
