package store

import (
	"context"

	"gorm.io/gorm"

	"zielwerk/db"
)

// Imports is the system handle of the file import (importer): it reads
// the figures' master data by natural key to validate a whole file before
// anything is written, and applies a checked file in one transaction. It
// reads no agreement data. main hands it to the importer only; the graph
// never gets one.
type Imports struct{ gdb *gorm.DB }

// NewImports wraps an open database for the importer.
func NewImports(gdb *gorm.DB) *Imports { return &Imports{gdb: gdb} }

func (im *Imports) db(ctx context.Context) *gorm.DB { return im.gdb.WithContext(ctx) }

// RecordableYears is the range of years figures may be recorded for.
func (im *Imports) RecordableYears(ctx context.Context) (db.YearRange, error) {
	return db.RecordableYears(ctx, im.gdb)
}

// KPIs reads the KPIs with the given ids and, per KPI, the units whose
// figures they are (db.KPIOwnerUnits).
func (im *Imports) KPIs(ctx context.Context, ids []int64) ([]*db.KPI, map[int64][]int64, error) {
	q := im.db(ctx)
	kpis, err := db.FindIn[db.KPI](q, "id", ids)
	if err != nil {
		return nil, nil, err
	}
	owners, err := db.KPIOwnerUnits(q, kpis)
	return kpis, owners, err
}

// ProductsByNumber reads the products with the given numbers and their
// budget lines.
func (im *Imports) ProductsByNumber(ctx context.Context, numbers []string) ([]*db.Product, []*db.BudgetLine, error) {
	q := im.db(ctx)
	products, err := db.FindIn[db.Product](q, "number", numbers)
	if err != nil {
		return nil, nil, err
	}
	ids := make([]int64, len(products))
	for i, p := range products {
		ids[i] = p.ID
	}
	lines, err := db.FindIn[db.BudgetLine](q, "product_id", ids)
	return products, lines, err
}

// MeasuresByNumber reads the HSP measures with the given numbers, which
// are compared without case; numbers must be upper case.
func (im *Imports) MeasuresByNumber(ctx context.Context, numbers []string) ([]*db.ConsolidationMeasure, error) {
	return db.FindIn[db.ConsolidationMeasure](im.db(ctx), "UPPER(number)", numbers)
}

// ImportTx is one import's transaction: it can apply rows of the three
// kinds through the shared upsert core, nothing else.
type ImportTx struct{ tx *gorm.DB }

// Apply runs fn in one transaction (db.Write); an error rolls all back.
func (im *Imports) Apply(ctx context.Context, fn func(*ImportTx) error) error {
	return db.Write(ctx, im.gdb, func(tx *gorm.DB) error { return fn(&ImportTx{tx: tx}) })
}

// KPIValues applies KPI value rows (db.ImportKPIValues).
func (t *ImportTx) KPIValues(actor db.Actor, rows []db.KPIValueInput, may func(row int) bool, write bool) (db.ImportCounts, error) {
	return db.ImportKPIValues(t.tx, actor, rows, may, write)
}

// BudgetLines applies budget rows (db.ImportBudgetLines).
func (t *ImportTx) BudgetLines(actor db.Actor, rows []db.BudgetLineInput, may func(row int) bool, write bool) (db.ImportCounts, error) {
	return db.ImportBudgetLines(t.tx, actor, rows, may, write)
}

// Measures applies HSP realisation rows (db.ImportMeasures).
func (t *ImportTx) Measures(actor db.Actor, rows []db.MeasureInput, may func(row int) bool, write bool) (db.ImportCounts, error) {
	return db.ImportMeasures(t.tx, actor, rows, may, write)
}
