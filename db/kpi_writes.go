package db

import (
	"math"
	"slices"

	"gorm.io/gorm"

	"zielwerk/apperr"
	"zielwerk/clock"
)

// KPIDefinitionInput creates or changes a KPI definition and its thresholds.
type KPIDefinitionInput struct {
	Code            Change[string]
	Name            Change[string]
	Unit            Change[string]
	Direction       Change[KPIDirection]
	Kind            Change[KPIKind]
	Frequency       Change[UpdateFrequency]
	Definition      Change[string]
	GoalID          Change[int64]
	ProductID       Change[int64]
	GreenThreshold  Change[float64]
	YellowThreshold Change[float64]
}

func (in KPIDefinitionInput) applyTo(k *KPI) error {
	var e InputErrors
	if in.Code.Set {
		if in.Code.V == nil || trimmed(*in.Code.V) == "" {
			k.Code = nil
		} else if c := trimmed(*in.Code.V); len(c) > 40 {
			e.add("code", "input.tooLong", "Höchstens %d Zeichen.", "At most %d characters.", 40)
		} else {
			k.Code = &c
		}
	}
	e.text("name", in.Name, 300, &k.Name)
	e.optionalText("unit", in.Unit, 40, &k.Unit)
	setEnum(&e, "direction", in.Direction, &k.Direction, HigherIsBetter, LowerIsBetter)
	setEnum(&e, "kind", in.Kind, &k.Kind, KPIInput, KPIOutput, KPIOutcome, KPIEfficiency, KPIQuality)
	setEnum(&e, "frequency", in.Frequency, &k.Frequency, Yearly, Quarterly, Monthly)
	e.optionalText("definition", in.Definition, 10000, &k.Definition)
	in.GoalID.apply(&k.GoalID)
	in.ProductID.apply(&k.ProductID)
	for _, t := range []struct {
		field string
		c     Change[float64]
		dst   *float64
	}{{"greenThreshold", in.GreenThreshold, &k.GreenThreshold}, {"yellowThreshold", in.YellowThreshold, &k.YellowThreshold}} {
		if !t.c.Set {
			continue
		}
		if t.c.V == nil || math.IsNaN(*t.c.V) || *t.c.V < 0 || *t.c.V > 10 {
			e.add(t.field, "kpi.threshold", "Die Schwelle ist ein Erreichungsgrad von 0 bis 10 (1 = 100 %%).",
				"The threshold is a degree of achievement from 0 to 10 (1 = 100 %%).")
			continue
		}
		*t.dst = *t.c.V
	}
	return e.err()
}

func setEnum[T ~string](e *InputErrors, field string, c Change[T], dst *T, valid ...T) {
	if !c.Set {
		return
	}
	if c.V == nil || !slices.Contains(valid, *c.V) {
		e.add(field, "input.enum", "Ungültiger Wert.", "Invalid value.")
		return
	}
	*dst = *c.V
}

// checkKPI is the KPI rule (kpiRule) over the database.
func checkKPI(tx *gorm.DB, _, k *KPI) error { return kpiRule(dbLookup{tx}, k) }

var kpis = record[KPI]{
	entity:  "KPI",
	id:      func(k *KPI) int64 { return k.ID },
	version: func(k *KPI) int { return k.Version },
	fields: func(k *KPI) map[string]any {
		return map[string]any{"code": k.Code, "name": k.Name, "unit": k.Unit, "direction": k.Direction, "kind": k.Kind,
			"frequency": k.Frequency, "definition": k.Definition, "goalId": k.GoalID, "productId": k.ProductID,
			"greenThreshold": k.GreenThreshold, "yellowThreshold": k.YellowThreshold, "retiredAt": k.RetiredAt}
	},
	columns: func(k *KPI) map[string]any {
		return map[string]any{"code": k.Code, "name": k.Name, "unit": k.Unit, "direction": k.Direction, "kind": k.Kind,
			"frequency": k.Frequency, "definition": k.Definition, "goal_id": k.GoalID, "product_id": k.ProductID,
			"green_threshold": k.GreenThreshold, "yellow_threshold": k.YellowThreshold, "retired_at": k.RetiredAt}
	},
	check:  checkKPI,
	unique: apperr.BadInput("code", "kpi.codeTaken", "Diesen Code hat schon eine andere Kennzahl.", "Another KPI has this code."),
}

// CreateKPI adds a KPI definition; name, direction, kind and frequency
// are required, the thresholds default to 100 % (green) and 90 % (yellow).
func CreateKPI(tx *gorm.DB, actor Actor, may May[KPI], in KPIDefinitionInput) (*KPI, error) {
	k := newKPI()
	return kpis.create(tx, actor, may, &k, inputErrors(in.missing(), in.applyTo(&k)))
}

func newKPI() KPI { return KPI{Version: 1, GreenThreshold: 1, YellowThreshold: 0.9} }

// missing reports the fields a new KPI needs.
func (in KPIDefinitionInput) missing() InputErrors {
	var e InputErrors
	e.required("name", in.Name.Set)
	e.required("direction", in.Direction.Set)
	e.required("kind", in.Kind.Set)
	e.required("frequency", in.Frequency.Set)
	return e
}

// UpdateKPI changes a KPI definition or its thresholds.
func UpdateKPI(tx *gorm.DB, actor Actor, may May[KPI], id int64, expectedVersion int, in KPIDefinitionInput) (*KPI, error) {
	return kpis.update(tx, actor, may, id, expectedVersion, "update", func(k *KPI) error { return in.applyTo(k) })
}

// RetireKPI ends a KPI: its values stay, no new ones are planned.
func RetireKPI(tx *gorm.DB, actor Actor, may May[KPI], id int64, expectedVersion int) (*KPI, error) {
	return kpis.update(tx, actor, may, id, expectedVersion, "retire", func(k *KPI) error {
		if k.RetiredAt != nil {
			return apperr.BadInput("id", "kpi.retired", "Die Kennzahl ist schon beendet.", "The KPI is already retired.")
		}
		now := clock.Now(tx.Statement.Context).UTC()
		k.RetiredAt = &now
		return nil
	})
}
