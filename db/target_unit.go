package db

import "io"

// TargetUnit is the unit of an item's target value. An item linked to a KPI
// shows the KPI's unit instead (ShownUnit).
type TargetUnit string

const (
	UnitPercent TargetUnit = "PERCENT"
	UnitEUR     TargetUnit = "EUR"
	UnitDays    TargetUnit = "DAYS"
	UnitCount   TargetUnit = "COUNT"
	UnitNone    TargetUnit = "NONE"
)

var targetUnits = []TargetUnit{UnitPercent, UnitEUR, UnitDays, UnitCount, UnitNone}

// targetUnitWords are the units as a person reads them, German and English.
var targetUnitWords = map[TargetUnit][2]string{
	UnitPercent: {"%", "%"}, UnitEUR: {"€", "€"}, UnitDays: {"Tage", "days"}, UnitCount: {"Anzahl", "count"}, UnitNone: {"", ""},
}

// Valid reports whether u is one of the units.
func (u TargetUnit) Valid() bool {
	_, ok := targetUnitWords[u]
	return ok
}

// Word is the unit's sign or word ("%", "€", "Tage"); "" for NONE.
func (u TargetUnit) Word(en bool) string {
	w := targetUnitWords[u]
	if en {
		return w[1]
	}
	return w[0]
}

// ShownUnit is the unit shown next to the item's target: the linked KPI's
// unit wins over the stored one. kpiUnit is that KPI's unit, or "" when the
// item has no KPI.
func (it *AgreementItem) ShownUnit(kpiUnit string, en bool) string {
	if it.KPIID != nil {
		return kpiUnit
	}
	return it.TargetUnit.Word(en)
}

func (u TargetUnit) MarshalGQL(w io.Writer) {
	if u == "" {
		u = UnitNone
	}
	writeEnum(w, string(u))
}

func (u *TargetUnit) UnmarshalGQL(v any) (err error) {
	*u, err = readEnum(v, targetUnits...)
	return
}
