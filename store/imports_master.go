package store

import "zielwerk/db"

// The onboarding import's master data, through the same transaction.

// OrgUnits applies org unit rows (db.ImportOrgUnits).
func (t *ImportTx) OrgUnits(actor db.Actor, rows []db.OrgUnitRow, write bool) (db.ImportCounts, error) {
	return db.ImportOrgUnits(t.tx, actor, rows, write)
}

// People applies people rows (db.ImportPeople).
func (t *ImportTx) People(actor db.Actor, rows []db.PersonRow, write bool) (db.ImportCounts, error) {
	return db.ImportPeople(t.tx, actor, rows, write)
}

// Products applies product rows (db.ImportProducts).
func (t *ImportTx) Products(actor db.Actor, rows []db.ProductRow, write bool) (db.ImportCounts, error) {
	return db.ImportProducts(t.tx, actor, rows, write)
}

// StrategicGoals applies strategic goal rows (db.ImportStrategicGoals).
func (t *ImportTx) StrategicGoals(actor db.Actor, rows []db.StrategicGoalRow, write bool) (db.ImportCounts, error) {
	return db.ImportStrategicGoals(t.tx, actor, rows, write)
}

// Goals applies goal rows (db.ImportGoals); may is the right to maintain
// the goals of a unit.
func (t *ImportTx) Goals(actor db.Actor, rows []db.GoalRow, may func(unitID int64) bool, write bool) (db.ImportCounts, error) {
	return db.ImportGoals(t.tx, actor, rows, may, write)
}

// KPIs applies KPI definition rows (db.ImportKPIs).
func (t *ImportTx) KPIs(actor db.Actor, rows []db.KPIRow, write bool) (db.ImportCounts, error) {
	return db.ImportKPIs(t.tx, actor, rows, write)
}

// ConsolidationMeasures applies HSP measure rows with their planned
// savings (db.ImportConsolidationMeasures).
func (t *ImportTx) ConsolidationMeasures(actor db.Actor, rows []db.MeasureRow, write bool) (db.ImportCounts, error) {
	return db.ImportConsolidationMeasures(t.tx, actor, rows, write)
}
