package importer

import (
	"context"
	"strconv"

	"zielwerk/clock"
	"zielwerk/db"
	"zielwerk/store"
)

// payroll is the hand-off to payroll (HR): a year's payout under its
// scheme, one row per included agreement, amounts that add up to the pot.
// Every download is recorded (store.ExportPayroll); the columns Änderung
// and Vorher_Cent compare with the year's previous export, and rows that
// were exported before but are no longer paid follow with 0 cents
// ("entfallen").
func (ex *exporter) payroll(f format) builder {
	name := map[format]string{csvFormat: "csv", xlsxFormat: "xlsx"}[f]
	return func(ctx context.Context, sv *store.Viewer, year *int) (*sheet, error) {
		y := clock.Now(ctx).Year()
		if year != nil {
			y = *year
		}
		out, err := sv.ExportPayroll(ctx, y, name)
		if err != nil {
			return nil, err
		}
		p, run := out.Payout, out.Run
		s := &sheet{fileName: "Entgeltabrechnung_LOB_" + strconv.Itoa(y), title: "LOB " + strconv.Itoa(y), header: payrollHeader}
		for _, r := range p.Rows {
			if r.State != db.PayoutIncluded {
				continue
			}
			person, unit := out.People[r.Agreement.AgentID], out.Units[r.Agreement.OrgUnitID]
			change, before := payChangeDe[run.Changes[r.Agreement.ID]], any(nil)
			if o, ok := run.Previous[r.Agreement.ID]; ok {
				before = int(o.Cents)
			}
			note := ""
			if r.ObjectionOpen {
				note = "Einspruch offen"
			}
			s.rows = append(s.rows, []any{y, int(person.ID), person.Name, person.Email, employmentDe[person.Employment],
				payRuleDe[r.Agreement.PayRule], unitName(unit), *r.TotalDegree, r.Points, r.Factor, r.WeightedPoints,
				p.PointValueCents, int(r.Cents), float64(r.Cents) / 100, change, before, note})
		}
		for _, d := range run.Dropped {
			person := out.People[d.PersonID]
			var pname, email string
			if person != nil {
				pname, email = person.Name, person.Email
			}
			s.rows = append(s.rows, []any{y, int(d.PersonID), pname, email, nil, nil, nil, nil, 0, 0.0, 0.0,
				p.PointValueCents, 0, 0.0, payChangeDe[db.PayDropped], int(d.Cents), ""})
		}
		return s, nil
	}
}

var payrollHeader = []string{"Jahr", "Person_ID", "Name", "E-Mail", "Beschäftigung", "Vergütungsregel", "Organisationseinheit",
	"Gesamtzielerreichung_Prozent", "Punkte", "Faktor", "Gewichtete_Punkte", "Punktwert_Cent", "Betrag_Cent", "Betrag_Euro",
	"Änderung", "Vorher_Cent", "Hinweis"}

var payChangeDe = map[db.PayChange]string{db.PayFirst: "", db.PayNew: "neu", db.PayChanged: "geändert",
	db.PayUnchanged: "unverändert", db.PayDropped: "entfallen"}

var employmentDe = map[db.Employment]string{db.EmploymentTarif: "Tarifbeschäftigt (TVöD)",
	db.EmploymentBeamte: "Beamtin/Beamter", db.EmploymentNone: "keine"}

func unitName(u *db.OrgUnit) string {
	if u == nil {
		return ""
	}
	return u.Name
}
