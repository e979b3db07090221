package db

import "gorm.io/gorm"

// CreateConsolidationMeasure adds an HSP measure to a programme (planned
// savings come with consolidationMeasureRecord or the import).
func CreateConsolidationMeasure(tx *gorm.DB, actor Actor, may May[ConsolidationMeasure], in ConsolidationMeasureInput) (*ConsolidationMeasure, error) {
	e := in.missing()
	e.required("programmeId", in.ProgrammeID.Set && in.ProgrammeID.V != nil)
	m := ConsolidationMeasure{Status: MeasurePlanned, Version: 1}
	return consolidationMeasures.create(tx, actor, may, &m, inputErrors(e, in.applyTo(&m)))
}

// UpdateConsolidationMeasure changes an HSP measure's master data.
func UpdateConsolidationMeasure(tx *gorm.DB, actor Actor, may May[ConsolidationMeasure], id int64, expectedVersion int, in ConsolidationMeasureInput) (*ConsolidationMeasure, error) {
	return consolidationMeasures.update(tx, actor, may, id, expectedVersion, "update", func(m *ConsolidationMeasure) error { return in.applyTo(m) })
}
