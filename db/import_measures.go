package db

import (
	"sort"
	"strings"

	"gorm.io/gorm"

	"zielwerk/apperr"
	"zielwerk/clock"
)

// ConsolidationMeasureInput creates or changes an HSP measure's master
// data (its realisation is MeasureInput's).
type ConsolidationMeasureInput struct {
	Number      Change[string]
	Title       Change[string]
	Description Change[string]
	OrgUnitID   Change[int64]
	Status      Change[MeasureStatus]
	// ProgrammeID is the measure's programme (the import names it instead).
	ProgrammeID Change[int64]
}

func (in ConsolidationMeasureInput) applyTo(m *ConsolidationMeasure) error {
	var e InputErrors
	e.text("number", in.Number, 32, &m.Number)
	e.text("title", in.Title, 500, &m.Title)
	e.optionalText("description", in.Description, 10000, &m.Description)
	if in.OrgUnitID.Set && in.OrgUnitID.V != nil {
		m.OrgUnitID = *in.OrgUnitID.V
	}
	setEnum(&e, "status", in.Status, &m.Status, MeasureStatuses...)
	if in.ProgrammeID.Set && in.ProgrammeID.V != nil {
		m.ProgrammeID = *in.ProgrammeID.V
	}
	return e.err()
}

// missing reports the fields a new measure needs.
func (in ConsolidationMeasureInput) missing() InputErrors {
	var e InputErrors
	e.required("number", in.Number.Set)
	e.required("title", in.Title.Set)
	e.required("orgUnitId", in.OrgUnitID.Set && in.OrgUnitID.V != nil)
	return e
}

// measureRule: the owning unit exists.
func measureRule(l ruleLookup, m *ConsolidationMeasure) error {
	u, err := l.unit(m.OrgUnitID)
	if err != nil {
		return err
	}
	if u == nil {
		return apperr.BadInput("orgUnitId", "measure.unit", "Die Organisationseinheit gibt es nicht.", "No such org unit.")
	}
	return nil
}

var consolidationMeasures = record[ConsolidationMeasure]{
	entity:  "ConsolidationMeasure",
	id:      func(m *ConsolidationMeasure) int64 { return m.ID },
	version: func(m *ConsolidationMeasure) int { return m.Version },
	fields: func(m *ConsolidationMeasure) map[string]any {
		return map[string]any{"number": m.Number, "title": m.Title, "description": m.Description, "orgUnitId": m.OrgUnitID,
			"programmeId": m.ProgrammeID, "status": m.Status}
	},
	columns: func(m *ConsolidationMeasure) map[string]any {
		return map[string]any{"number": m.Number, "title": m.Title, "description": m.Description, "org_unit_id": m.OrgUnitID,
			"programme_id": m.ProgrammeID, "status": m.Status}
	},
	check: func(tx *gorm.DB, _, m *ConsolidationMeasure) error {
		if err := tx.Take(&ConsolidationProgramme{}, m.ProgrammeID).Error; err != nil {
			return apperr.BadInput("programmeId", "measure.programme", "Das Programm gibt es nicht.", "No such programme.")
		}
		return measureRule(dbLookup{tx}, m)
	},
	unique: apperr.BadInput("number", "measure.numberTaken", "Diese Maßnahmennummer gibt es schon.", "This measure number exists already."),
}

// MeasureRow is one row of the HSP measure import: the programme by name
// (created when missing, of kind ProgrammeKind, running over the years the
// file plans savings for), the measure (number is the natural key, compared
// without case), the unit by code, and the planned savings per year in
// cents.
type MeasureRow struct {
	Programme     string
	ProgrammeKind ProgrammeKind
	In            ConsolidationMeasureInput
	UnitCode      string
	Planned       map[int]int64
}

// ImportConsolidationMeasures upserts HSP measures by number and their
// planned savings by (measure, year); a measure or saving that is created
// or changed gets one audit event.
func ImportConsolidationMeasures(tx *gorm.DB, actor Actor, rows []MeasureRow, write bool) (ImportCounts, error) {
	var c ImportCounts
	var numbers, units, names []string
	for _, r := range rows {
		numbers = append(numbers, upper(*r.In.Number.V))
		units = append(units, r.UnitCode)
		names = append(names, r.Programme)
	}
	stored, err := FindIn[ConsolidationMeasure](tx, "UPPER(number)", numbers)
	if err != nil {
		return c, err
	}
	unitRows, err := FindIn[OrgUnit](tx, "code", units)
	if err != nil {
		return c, err
	}
	progs, err := FindIn[ConsolidationProgramme](tx, "name", names)
	if err != nil {
		return c, err
	}
	ids := make([]int64, len(stored))
	for i, m := range stored {
		ids[i] = m.ID
	}
	savings, err := FindIn[MeasureSaving](tx, "measure_id", ids)
	if err != nil {
		return c, err
	}
	l := newImportLookup()
	unitByCode := map[string]int64{}
	for _, u := range unitRows {
		l.units[u.ID] = u
		unitByCode[u.Code] = u.ID
	}
	byNumber := map[string]*ConsolidationMeasure{}
	for _, m := range stored {
		byNumber[upper(m.Number)] = m
		l.units[m.OrgUnitID] = &OrgUnit{ID: m.OrgUnitID}
	}
	progByName := map[string]*ConsolidationProgramme{}
	for _, p := range progs {
		progByName[p.Name] = p
	}
	type savingKey struct {
		measure int64
		year    int
	}
	savingOf := map[savingKey]*MeasureSaving{}
	for _, s := range savings {
		savingOf[savingKey{s.MeasureID, s.Year}] = s
	}
	plan := &masterPlan[ConsolidationMeasure]{rc: consolidationMeasures, table: "consolidation_measures",
		cols: []batchCol{{"title", "TEXT"}, {"description", "TEXT"}, {"org_unit_id", "BIGINT"}, {"status", "TEXT"}},
		vals: func(m *ConsolidationMeasure) []any {
			return []any{m.Title, m.Description, m.OrgUnitID, string(m.Status)}
		},
		setID: func(m *ConsolidationMeasure, id int64) { m.ID = id },
	}
	var newProgs []*ConsolidationProgramme
	for i, r := range rows {
		in := r.In
		if id, ok := unitByCode[r.UnitCode]; ok {
			in.OrgUnitID = To(id)
		} else if r.UnitCode != "" {
			_ = plan.fail(i, apperr.BadInput("orgUnitId", "measure.unit", "Die Organisationseinheit „%s“ gibt es nicht.",
				"There is no org unit “%s”.", r.UnitCode))
			continue
		}
		cur := byNumber[upper(*in.Number.V)]
		next := ConsolidationMeasure{Version: 1, ID: -int64(i + 1), Status: MeasurePlanned}
		var missing InputErrors
		if cur != nil {
			next = *cur
			in.Number = Change[string]{} // the key, as stored
		} else {
			missing = in.missing()
		}
		p := progByName[r.Programme]
		for y := range r.Planned {
			if p != nil && p.ID > 0 && (y < p.FromYear || y > p.ToYear) {
				_ = plan.fail(i, apperr.BadInput("planned", "measure.year", "Das Jahr %d liegt außerhalb des Programms „%s“ (%d–%d).",
					"The year %d lies outside the programme “%s” (%d–%d).", y, p.Name, p.FromYear, p.ToYear))
			}
		}
		if p == nil {
			p = &ConsolidationProgramme{ID: -int64(len(newProgs) + 1), Name: r.Programme, Kind: r.ProgrammeKind, FromYear: 9999}
			progByName[r.Programme] = p
			newProgs = append(newProgs, p)
		}
		if p.ID < 0 {
			for y := range r.Planned {
				p.FromYear, p.ToYear = min(p.FromYear, y), max(p.ToYear, y)
			}
		}
		if cur == nil {
			next.ProgrammeID = p.ID
		}
		if err := plan.failAll(i, inputErrors(missing, in.applyTo(&next))); err != nil {
			return c, err
		}
		if err := plan.fail(i, measureRule(l, &next)); err != nil {
			return c, err
		}
		plan.rows = append(plan.rows, planRow[ConsolidationMeasure]{i, cur, &next})
	}
	for _, p := range newProgs {
		if p.FromYear > p.ToYear {
			p.FromYear, p.ToYear = clock.Now(txContext(tx)).Year(), clock.Now(txContext(tx)).Year()
		}
	}
	if len(plan.errs) > 0 {
		return c, &RowsInvalid{plan.errs}
	}
	// Savings: a measure's planned saving of a year is created or changed.
	type savingRow struct {
		row  int
		next *ConsolidationMeasure
		year int
		cur  *MeasureSaving
		plan int64
	}
	var saves []savingRow
	changedRows := map[int]bool{}
	for _, p := range plan.rows {
		years := make([]int, 0, len(rows[p.row].Planned))
		for y := range rows[p.row].Planned {
			years = append(years, y)
		}
		sort.Ints(years)
		for _, y := range years {
			cents := rows[p.row].Planned[y]
			var cur *MeasureSaving
			if p.cur != nil {
				cur = savingOf[savingKey{p.cur.ID, y}]
			}
			if cur != nil && cur.PlannedCents == cents {
				continue
			}
			saves = append(saves, savingRow{p.row, p.next, y, cur, cents})
			changedRows[p.row] = true
		}
	}
	counts, err := countMeasures(plan, changedRows)
	if err != nil || !write {
		return counts, err
	}
	if err := createProgrammes(tx, actor, newProgs, plan); err != nil {
		return counts, err
	}
	if _, err := plan.run(tx, actor, true); err != nil {
		return counts, err
	}
	now := clock.Now(txContext(tx))
	var creates []*MeasureSaving
	var updates []batchRow
	var events []AuditEvent
	for _, s := range saves {
		if s.cur == nil {
			creates = append(creates, &MeasureSaving{MeasureID: s.next.ID, Year: s.year, PlannedCents: s.plan, Version: 1})
			continue
		}
		updates = append(updates, batchRow{s.cur.ID, s.cur.Version, []any{s.plan}})
		events = append(events, auditEvent(actor, "MeasureSaving", s.cur.ID, "import.update",
			map[string]any{"plannedCents": s.cur.PlannedCents}, map[string]any{"plannedCents": s.plan}, now))
	}
	if err := createBatch(tx, creates); err != nil {
		return counts, err
	}
	for _, s := range creates {
		events = append(events, auditEvent(actor, "MeasureSaving", s.ID, "import.create", nil,
			map[string]any{"measureId": s.MeasureID, "year": s.Year, "plannedCents": s.PlannedCents}, now))
	}
	if err := updateBatch(tx, "measure_savings", []batchCol{{"planned_cents", "BIGINT"}}, nil, updates); err != nil {
		return counts, err
	}
	return counts, createEvents(tx, events)
}

// countMeasures counts rows: created (a new measure), updated (the
// measure or one of its savings changes), unchanged.
func countMeasures(plan *masterPlan[ConsolidationMeasure], savingChanged map[int]bool) (ImportCounts, error) {
	var c ImportCounts
	for _, p := range plan.rows {
		switch {
		case p.cur == nil:
			c.Created++
		case plan.changed(p) || savingChanged[p.row]:
			c.Updated++
		default:
			c.Unchanged++
		}
	}
	return c, nil
}

// createProgrammes inserts the programmes an import names for the first
// time and points their new measures at them.
func createProgrammes(tx *gorm.DB, actor Actor, progs []*ConsolidationProgramme, plan *masterPlan[ConsolidationMeasure]) error {
	if len(progs) == 0 {
		return nil
	}
	temps := make([]int64, len(progs))
	for i, p := range progs {
		temps[i], p.ID = p.ID, 0
	}
	if err := createBatch(tx, progs); err != nil {
		return err
	}
	real := map[int64]int64{}
	now := clock.Now(txContext(tx))
	events := make([]AuditEvent, len(progs))
	for i, p := range progs {
		real[temps[i]] = p.ID
		events[i] = auditEvent(actor, "ConsolidationProgramme", p.ID, "import.create", nil,
			map[string]any{"name": p.Name, "kind": p.Kind, "fromYear": p.FromYear, "toYear": p.ToYear}, now)
	}
	for _, r := range plan.rows {
		if r.next.ProgrammeID < 0 {
			r.next.ProgrammeID = real[r.next.ProgrammeID]
		}
	}
	return createEvents(tx, events)
}

func upper(s string) string { return strings.ToUpper(trimmed(s)) }
