package db

import (
	"errors"
	"time"
	"unicode/utf8"

	"gorm.io/gorm"

	"zielwerk/apperr"
	"zielwerk/clock"
)

// KPIValueInput records plan, actual and comment of a KPI for one period:
// the year (Quarter and Month nil), a quarter or a month.
type KPIValueInput struct {
	KPIID           int64
	Year            int
	Quarter, Month  *int
	Plan, Actual    Change[float64]
	Comment         Change[string]
	ExpectedVersion *int
	// ExportedVersion is, in an import, the version the value had in the
	// export the file was made from (0: there was none); nil: the file
	// does not say, and the row is not checked.
	ExportedVersion *int
}

func (in *KPIValueInput) period() (q, m int) {
	if in.Quarter != nil {
		q = *in.Quarter
	}
	if in.Month != nil {
		m = *in.Month
	}
	return
}

// Validate checks the input on its own (not the KPI or the version).
func (in *KPIValueInput) Validate(years YearRange) InputErrors {
	var e InputErrors
	e.checkYear(years, in.Year)
	if in.Quarter != nil && (*in.Quarter < 1 || *in.Quarter > 4) {
		e.add("quarter", "figures.quarter", "Das Quartal muss zwischen 1 und 4 liegen.", "The quarter must be between 1 and 4.")
	}
	if in.Month != nil && (*in.Month < 1 || *in.Month > 12) {
		e.add("month", "figures.month", "Der Monat muss zwischen 1 und 12 liegen.", "The month must be between 1 and 12.")
	}
	if in.Quarter != nil && in.Month != nil {
		e.add("month", "figures.quarterAndMonth", "Bitte entweder ein Quartal oder einen Monat angeben, nicht beides.",
			"Give either a quarter or a month, not both.")
	}
	e.checkFigure("plan", in.Plan)
	e.checkFigure("actual", in.Actual)
	if in.Comment.Set && in.Comment.V != nil && utf8.RuneCountInString(*in.Comment.V) > MaxCommentLen {
		e.add("comment", "figures.commentLength", "Der Kommentar darf höchstens %d Zeichen lang sein.",
			"The comment may be at most %d characters long.", MaxCommentLen)
	}
	if !in.Plan.Set && !in.Actual.Set && !in.Comment.Set {
		e.add("actual", "figures.nothing", "Bitte Soll, Ist oder Kommentar angeben.", "Give a plan, an actual value or a comment.")
	}
	return e
}

func (in *KPIValueInput) applyTo(v *KPIValue) {
	in.Plan.apply(&v.Plan)
	in.Actual.apply(&v.Actual)
	if in.Comment.Set {
		v.Comment = ""
		if in.Comment.V != nil {
			v.Comment = *in.Comment.V
		}
	}
}

// kpiValueDiff lists the fields that differ between a and b.
func kpiValueDiff(a, b *KPIValue) (before, after map[string]any) {
	before, after = map[string]any{}, map[string]any{}
	if !eqPtr(a.Plan, b.Plan) {
		before["plan"], after["plan"] = a.Plan, b.Plan
	}
	if !eqPtr(a.Actual, b.Actual) {
		before["actual"], after["actual"] = a.Actual, b.Actual
	}
	if a.Comment != b.Comment {
		before["comment"], after["comment"] = a.Comment, b.Comment
	}
	return before, after
}

func kpiValueFields(v *KPIValue) map[string]any {
	return map[string]any{"kpiId": v.KPIID, "year": v.Year, "quarter": v.Quarter, "month": v.Month,
		"plan": v.Plan, "actual": v.Actual, "comment": v.Comment}
}

// RecordKPIValue creates or updates the value of a KPI for one period, in
// tx, with one audit event. NOT_FOUND for an unknown KPI, FORBIDDEN unless
// may permits one of the KPI's owning units, InputErrors for bad input,
// CONFLICT on a stale or missing expected version. An update that changes
// nothing writes nothing.
func RecordKPIValue(tx *gorm.DB, actor Actor, may Permit, in KPIValueInput) (*KPIValue, error) {
	var kpi KPI
	if err := tx.Take(&kpi, in.KPIID).Error; err != nil {
		return nil, notFoundOr(err)
	}
	units, err := KPIOwnerUnits(tx, []*KPI{&kpi})
	if err != nil {
		return nil, err
	}
	if !permitted(may, units[kpi.ID]) {
		return nil, apperr.ErrForbidden
	}
	years, err := RecordableYears(txContext(tx), tx)
	if err != nil {
		return nil, err
	}
	if errs := in.Validate(years); len(errs) > 0 {
		return nil, errs
	}
	q, m := in.period()
	var cur KPIValue
	err = tx.Where("kpi_id = ? AND year = ? AND quarter = ? AND month = ?", kpi.ID, in.Year, q, m).Take(&cur).Error
	exists := err == nil
	if err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, err
	}
	if err := checkVersion(exists, cur.Version, in.ExpectedVersion); err != nil {
		return nil, err
	}
	now := clock.Now(tx.Statement.Context)
	if !exists {
		v := KPIValue{KPIID: kpi.ID, Year: in.Year, Quarter: q, Month: m, RecordedByID: actorRef(actor), RecordedAt: now, Version: 1}
		in.applyTo(&v)
		if err := tx.Create(&v).Error; err != nil {
			if isDuplicate(err) {
				return nil, apperr.ErrConflict
			}
			return nil, err
		}
		return &v, Audit(tx, actor, "KPIValue", v.ID, "create", nil, kpiValueFields(&v))
	}
	next := cur
	in.applyTo(&next)
	before, after := kpiValueDiff(&cur, &next)
	if len(before) == 0 {
		return &cur, nil
	}
	if err := UpdateVersioned(tx, &KPIValue{}, cur.ID, cur.Version, map[string]any{
		"plan": next.Plan, "actual": next.Actual, "comment": next.Comment,
		"recorded_by_id": actorRef(actor), "recorded_at": now,
	}); err != nil {
		return nil, err
	}
	next.Version, next.RecordedByID, next.RecordedAt = cur.Version+1, actorRef(actor), now
	return &next, Audit(tx, actor, "KPIValue", cur.ID, "update", before, after)
}

// ImportKPIValues upserts KPI values by their key (KPI, year, quarter,
// month) in batches; the rows must be validated and unique by key. may(i)
// says whether the actor may record row i's figures; a row that would
// change anything without it makes the import fail with RowsForbidden
// before anything is written. A field left unset keeps the stored value. Each created or changed
// value gets one audit event (action import.create / import.update);
// unchanged values are not touched, so importing the same file twice
// changes nothing the second time. With write false nothing is written
// and the counts say what would happen.
func ImportKPIValues(tx *gorm.DB, actor Actor, rows []KPIValueInput, may func(row int) bool, write bool) (ImportCounts, error) {
	kpiIDs := make([]int64, len(rows))
	for i := range rows {
		kpiIDs[i] = rows[i].KPIID
	}
	existing, err := FindIn[KPIValue](tx, "kpi_id", kpiIDs)
	if err != nil {
		return ImportCounts{}, err
	}
	return kpiValueUpsert(actor).run(tx, actor, existing, rows, may, write)
}

type kpiValueKey struct {
	kpi     int64
	y, q, m int
}

func kpiValueUpsert(actor Actor) upsert[KPIValueInput, KPIValue, kpiValueKey] {
	return upsert[KPIValueInput, KPIValue, kpiValueKey]{
		entity: "KPIValue", table: "kpi_values",
		cols: []batchCol{{"plan", "DOUBLE PRECISION"}, {"actual", "DOUBLE PRECISION"}, {"comment", "TEXT"}},
		inKey: func(in *KPIValueInput) kpiValueKey {
			q, m := in.period()
			return kpiValueKey{in.KPIID, in.Year, q, m}
		},
		rowKey: func(v *KPIValue) kpiValueKey { return kpiValueKey{v.KPIID, v.Year, v.Quarter, v.Month} },
		create: func(in *KPIValueInput, now time.Time) (*KPIValue, error) {
			q, m := in.period()
			v := &KPIValue{KPIID: in.KPIID, Year: in.Year, Quarter: q, Month: m, RecordedByID: actorRef(actor), RecordedAt: now, Version: 1}
			in.applyTo(v)
			return v, nil
		},
		apply:  func(in *KPIValueInput, v *KPIValue) { in.applyTo(v) },
		diff:   kpiValueDiff,
		fields: kpiValueFields,
		vals:   func(v *KPIValue) []any { return []any{nullable(v.Plan), nullable(v.Actual), v.Comment} },
		id:     func(v *KPIValue) (int64, int) { return v.ID, v.Version },
		stale: func(in *KPIValueInput, cur *KPIValue) bool {
			if cur == nil {
				return staleSinceExport(false, 0, in.ExportedVersion)
			}
			return staleSinceExport(true, cur.Version, in.ExportedVersion)
		},
		shared: func(now time.Time) map[string]any {
			return map[string]any{"recorded_by_id": nullable(actorRef(actor)), "recorded_at": now}
		},
	}
}
