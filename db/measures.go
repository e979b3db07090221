package db

import (
	"errors"
	"fmt"

	"gorm.io/gorm"

	"zielwerk/apperr"
	"zielwerk/clock"
)

// MeasureInput records the realised saving of an HSP measure in a year
// and/or the measure's status. ExpectedVersion is the version of the
// year's saving (MeasureSaving), ExpectedMeasureVersion that of the
// measure; each is needed when that part changes. A saving recorded for a
// year without a planned saving is created with a planned saving of 0.
type MeasureInput struct {
	MeasureID              int64
	Year                   *int
	Realised               Change[int64]
	Status                 *MeasureStatus
	ExpectedVersion        *int
	ExpectedMeasureVersion *int
}

// MeasureStatuses lists the statuses of an HSP measure.
var MeasureStatuses = []MeasureStatus{MeasurePlanned, MeasureInProgress, MeasureRealised, MeasureAtRisk, MeasureDropped}

// Validate checks the input on its own.
func (in *MeasureInput) Validate(years YearRange) InputErrors {
	var e InputErrors
	if in.Realised.Set {
		if in.Year == nil {
			e.add("year", "figures.yearRequired", "Bitte das Jahr der Einsparung angeben.", "Give the year of the saving.")
		} else {
			e.checkYear(years, *in.Year)
		}
		e.checkCents("realised", in.Realised, true)
	}
	if in.Status != nil && !containsStatus(*in.Status) {
		e.add("status", "figures.status", "Unbekannter Status.", "Unknown status.")
	}
	if !in.Realised.Set && in.Status == nil {
		e.add("realised", "figures.nothing", "Bitte eine realisierte Einsparung oder einen Status angeben.",
			"Give a realised saving or a status.")
	}
	return e
}

func containsStatus(s MeasureStatus) bool {
	for _, x := range MeasureStatuses {
		if x == s {
			return true
		}
	}
	return false
}

// RecordMeasure records realisation and/or status of a measure in tx with
// one audit event on the measure holding the changed fields (status, and
// year with realised). It returns the measure and, if a year was given,
// that year's saving.
func RecordMeasure(tx *gorm.DB, actor Actor, may Permit, in MeasureInput) (*ConsolidationMeasure, *MeasureSaving, error) {
	var m ConsolidationMeasure
	if err := tx.Take(&m, in.MeasureID).Error; err != nil {
		return nil, nil, notFoundOr(err)
	}
	if !may(m.OrgUnitID) {
		return nil, nil, apperr.ErrForbidden
	}
	years, err := RecordableYears(txContext(tx), tx)
	if err != nil {
		return nil, nil, err
	}
	if errs := in.Validate(years); len(errs) > 0 {
		return nil, nil, errs
	}
	var saving *MeasureSaving
	exists := false
	if in.Year != nil {
		var cur MeasureSaving
		err := tx.Where("measure_id = ? AND year = ?", m.ID, *in.Year).Take(&cur).Error
		if err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
			return nil, nil, err
		}
		if err == nil {
			saving, exists = &cur, true
		}
	}
	if in.Status != nil {
		if in.ExpectedMeasureVersion == nil || *in.ExpectedMeasureVersion != m.Version {
			return nil, nil, apperr.ErrConflict
		}
	}
	if in.Realised.Set {
		cur := 0
		if exists {
			cur = saving.Version
		}
		if err := checkVersion(exists, cur, in.ExpectedVersion); err != nil {
			return nil, nil, err
		}
	}
	before, after := map[string]any{}, map[string]any{}
	if in.Status != nil && *in.Status != m.Status {
		before["status"], after["status"] = m.Status, *in.Status
		if err := UpdateVersioned(tx, &ConsolidationMeasure{}, m.ID, m.Version, map[string]any{"status": *in.Status}); err != nil {
			return nil, nil, err
		}
		m.Status, m.Version = *in.Status, m.Version+1
	}
	if in.Realised.Set {
		switch {
		case !exists:
			s := MeasureSaving{MeasureID: m.ID, Year: *in.Year, RealisedCents: in.Realised.V, Version: 1}
			if err := tx.Create(&s).Error; err != nil {
				if isDuplicate(err) {
					return nil, nil, apperr.ErrConflict
				}
				return nil, nil, err
			}
			saving = &s
			before["year"], after["year"] = s.Year, s.Year
			before["realisedCents"], after["realisedCents"] = nil, s.RealisedCents
			after["plannedCents"] = s.PlannedCents
		case !eqPtr(saving.RealisedCents, in.Realised.V):
			if err := UpdateVersioned(tx, &MeasureSaving{}, saving.ID, saving.Version,
				map[string]any{"realised_cents": in.Realised.V}); err != nil {
				return nil, nil, err
			}
			before["year"], after["year"] = saving.Year, saving.Year
			before["realisedCents"], after["realisedCents"] = saving.RealisedCents, in.Realised.V
			saving.RealisedCents, saving.Version = in.Realised.V, saving.Version+1
		}
	}
	if len(after) == 0 {
		return &m, saving, nil
	}
	return &m, saving, Audit(tx, actor, "ConsolidationMeasure", m.ID, "update", before, after)
}

// ImportMeasures records realised savings by (measure, year) and measure
// statuses. Every row needs a year; rows of one measure must agree on its
// status. A row counts as created when it creates a saving, as updated
// when it changes a saving or the measure's status; each such row gets one
// audit event on the measure with the changed fields.
func ImportMeasures(tx *gorm.DB, actor Actor, rows []MeasureInput, may func(row int) bool, write bool) (ImportCounts, error) {
	type key struct {
		measure int64
		year    int
	}
	var c ImportCounts
	ids := make([]int64, len(rows))
	for i := range rows {
		ids[i] = rows[i].MeasureID
	}
	measures, err := FindIn[ConsolidationMeasure](tx, "id", ids)
	if err != nil {
		return c, err
	}
	measureByID := make(map[int64]*ConsolidationMeasure, len(measures))
	for _, m := range measures {
		measureByID[m.ID] = m
	}
	existing, err := FindIn[MeasureSaving](tx, "measure_id", ids)
	if err != nil {
		return c, err
	}
	byKey := make(map[key]*MeasureSaving, len(existing))
	for _, s := range existing {
		byKey[key{s.MeasureID, s.Year}] = s
	}
	now := clock.Now(tx.Statement.Context)
	seen := make(map[key]bool, len(rows))
	newStatus := map[int64]MeasureStatus{}
	var statusRows []batchRow
	var creates []*MeasureSaving
	var updates []batchRow
	var events []AuditEvent
	var forbidden []int
	for i := range rows {
		in := &rows[i]
		m := measureByID[in.MeasureID]
		if m == nil || in.Year == nil {
			return c, fmt.Errorf("import: unknown measure %d or no year", in.MeasureID)
		}
		k := key{in.MeasureID, *in.Year}
		if seen[k] {
			return c, errDuplicateRow
		}
		seen[k] = true
		before, after := map[string]any{}, map[string]any{}
		if in.Status != nil {
			if s, done := newStatus[m.ID]; done {
				if s != *in.Status {
					return c, fmt.Errorf("import: contradicting statuses of measure %d", m.ID)
				}
			} else if *in.Status != m.Status {
				newStatus[m.ID] = *in.Status
				before["status"], after["status"] = m.Status, *in.Status
				statusRows = append(statusRows, batchRow{m.ID, m.Version, []any{string(*in.Status)}})
			}
		}
		created := false
		if in.Realised.Set {
			cur, ok := byKey[k]
			switch {
			case !ok:
				s := &MeasureSaving{MeasureID: m.ID, Year: *in.Year, RealisedCents: in.Realised.V, Version: 1}
				creates = append(creates, s)
				created = true
				before["year"], after["year"] = s.Year, s.Year
				before["realisedCents"], after["realisedCents"] = nil, s.RealisedCents
				after["plannedCents"] = int64(0)
			case !eqPtr(cur.RealisedCents, in.Realised.V):
				updates = append(updates, batchRow{cur.ID, cur.Version, []any{nullable(in.Realised.V)}})
				before["year"], after["year"] = cur.Year, cur.Year
				before["realisedCents"], after["realisedCents"] = cur.RealisedCents, in.Realised.V
			}
		}
		switch {
		case len(after) == 0:
			c.Unchanged++
			continue
		case !may(i):
			forbidden = append(forbidden, i)
			continue
		case created:
			c.Created++
		default:
			c.Updated++
		}
		events = append(events, auditEvent(actor, "ConsolidationMeasure", m.ID, "import.update", before, after, now))
	}
	if len(forbidden) > 0 {
		return c, &RowsForbidden{forbidden}
	}
	if !write {
		return c, nil
	}
	if err := createBatch(tx, creates); err != nil {
		return c, err
	}
	if err := updateBatch(tx, "measure_savings", []batchCol{{"realised_cents", "BIGINT"}}, nil, updates); err != nil {
		return c, err
	}
	if err := updateBatch(tx, "consolidation_measures", []batchCol{{"status", "TEXT"}}, nil, statusRows); err != nil {
		return c, err
	}
	return c, createEvents(tx, events)
}
