package importer

import (
	"context"
	"strconv"

	"zielwerk/clock"
	"zielwerk/db"
	"zielwerk/store"
)

// payResults is the pay results of a year (default: this year) for HR:
// person, unit, pay rule, total degree and LOB points, as the graph's
// payResults answers them. Anyone else gets FORBIDDEN (the store asks the
// policy).
func (ex *exporter) payResults(ctx context.Context, sv *store.Viewer, year *int) (*sheet, error) {
	y := clock.Now(ctx).Year()
	if year != nil {
		y = *year
	}
	s := &sheet{fileName: "Leistungsentgelt_" + strconv.Itoa(y), title: "Leistungsentgelt " + strconv.Itoa(y), header: []string{
		"Jahr", "Name", "Organisationseinheit", "Vergütungsregel", "Gesamtzielerreichung_Prozent", "Punkte"}}
	scale, err := sv.PointScale(ctx, y)
	if err != nil {
		return nil, err
	}
	var after int64
	for {
		p, err := sv.PayResults(ctx, y, 200, after)
		if err != nil {
			return nil, err
		}
		people, units := make([]int64, len(p.Items)), make([]int64, len(p.Items))
		for i, row := range p.Items {
			people[i], units[i] = row.Agreement.AgentID, row.Agreement.OrgUnitID
		}
		person, err := store.LoadAll(ctx, sv.Loaders.Person, people)
		if err != nil {
			return nil, err
		}
		unit, err := store.LoadAll(ctx, sv.Loaders.OrgUnit, units)
		if err != nil {
			return nil, err
		}
		for _, row := range p.Items {
			a := row.Agreement
			var name, unitName string
			if x := person[a.AgentID]; x != nil {
				name = x.Name
			}
			if u := unit[a.OrgUnitID]; u != nil {
				unitName = u.Name
			}
			s.rows = append(s.rows, []any{a.Year, name, unitName, payRuleDe[a.PayRule], row.TotalDegree, scale.Points(row.TotalDegree)})
			after = a.ID
		}
		if !p.HasNext {
			return s, nil
		}
	}
}

var payRuleDe = map[db.PayRule]string{
	db.PayTVoeDLOB: "TVöD § 18 (LOB)", db.PayBeamte: "Beamtinnen und Beamte (LBesG NRW)", db.PayNone: "keine",
}
