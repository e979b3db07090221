package store

import (
	"context"

	"gorm.io/gorm"

	"zielwerk/access"
	"zielwerk/apperr"
	"zielwerk/db"
)

// Performance pay (docs/pay.md): the scheme of a year, the payout
// simulation, the objections and the payroll hand-off. Who may do what
// is access's (access/pay.go).

// PayScheme is the scheme of year for who may read it, and whether it
// is stored; a year without one gets a proposal: LOB_POINTS' bands, no
// pot, the default deadlines.
func (sv *Viewer) PayScheme(ctx context.Context, year int) (*db.PayScheme, bool, error) {
	v, err := sv.Policy(ctx)
	if err != nil {
		return nil, false, err
	}
	if !v.MayReadPaySchemes() {
		return nil, false, apperr.ErrForbidden
	}
	s, err := db.PaySchemeOf(ctx, sv.gdb, year)
	if err != nil || s != nil {
		return s, s != nil, err
	}
	return sv.proposedScheme(year), false, nil
}

func (sv *Viewer) proposedScheme(year int) *db.PayScheme {
	d := db.DefaultDeadlines(year)
	s := &db.PayScheme{Year: year, PartTimeProRata: true, PartialYearProRata: true, TVoeDLOB: true,
		AgreementBy: &d.AgreementBy, ReviewBy: &d.ReviewBy, AssessmentBy: &d.AssessmentBy, ObjectionDays: d.ObjectionDays}
	for _, b := range sv.points {
		s.Bands = append(s.Bands, db.PayBand{Year: year, FromDegree: b.From, Points: b.Points})
	}
	return s
}

// SetPayScheme writes a year's scheme (HR).
func (sv *Viewer) SetPayScheme(ctx context.Context, in db.PaySchemeInput) (*db.PayScheme, error) {
	return asViewer(ctx, sv, func(tx *gorm.DB, a db.Actor, v *access.Viewer) (*db.PayScheme, error) {
		return db.SetPayScheme(tx, a, v.MayManagePaySchemes, in)
	})
}

// PointScale is the scale from total degrees to points in year: the
// stored scheme's bands, or LOB_POINTS.
func (sv *Viewer) PointScale(ctx context.Context, year int) (db.PointScale, error) {
	s, err := db.PaySchemeOf(ctx, sv.gdb, year)
	if err != nil || s == nil {
		return sv.points, err
	}
	return s.Scale(), nil
}

var errNoScheme = func(year int) error {
	return apperr.BadInput("year", "payScheme.missing", "Für %d ist noch kein Entgeltschema festgelegt.",
		"No pay scheme has been set for %d yet.", year)
}

// PayoutSimulation computes the payout of year under its stored scheme
// for HR, from the assessments as they stand.
func (sv *Viewer) PayoutSimulation(ctx context.Context, year int) (*db.Payout, error) {
	return sv.payout(ctx, sv.gdb, year, (*access.Viewer).MaySimulatePayout, (*access.Viewer).VisibleAgreements)
}

// payout computes year's payout under its stored scheme over the
// agreements of scope, for who may.
func (sv *Viewer) payout(ctx context.Context, gdb *gorm.DB, year int, may func(*access.Viewer) bool,
	scope func(*access.Viewer) db.Scope) (*db.Payout, error) {
	v, err := sv.Policy(ctx)
	if err != nil {
		return nil, err
	}
	if !may(v) {
		return nil, apperr.ErrForbidden
	}
	s, err := db.PaySchemeOf(ctx, gdb, year)
	if err != nil {
		return nil, err
	}
	if s == nil {
		return nil, errNoScheme(year)
	}
	in, err := db.PayoutAgreements(ctx, gdb, scope(v), year)
	if err != nil {
		return nil, err
	}
	return db.ComputePayout(s, in), nil
}

// PayoutGroup is the sum of a payout's rows that share a Dezernat or a
// pay rule.
type PayoutGroup struct {
	Dezernat       *db.OrgUnit // nil for a group by pay rule
	PayRule        db.PayRule
	People         int
	WeightedPoints float64
	Cents          int64
}

// PayoutByDezernat sums p's included rows per Dezernat (today's tree).
func (sv *Viewer) PayoutByDezernat(ctx context.Context, p *db.Payout) ([]*PayoutGroup, error) {
	dezs, dezOf, err := sv.dezernate(ctx)
	if err != nil {
		return nil, err
	}
	groups := make([]*PayoutGroup, len(dezs))
	for i, d := range dezs {
		groups[i] = &PayoutGroup{Dezernat: d}
	}
	var out []*PayoutGroup
	for _, r := range p.Rows {
		i, ok := dezOf[r.Agreement.OrgUnitID]
		if r.State != db.PayoutIncluded || !ok {
			continue
		}
		groups[i].add(r)
	}
	for _, g := range groups {
		if g.People > 0 {
			out = append(out, g)
		}
	}
	return out, nil
}

// PayoutByPayRule sums p's included rows per pay rule.
func PayoutByPayRule(p *db.Payout) []*PayoutGroup {
	var out []*PayoutGroup
	for _, rule := range []db.PayRule{db.PayTVoeDLOB, db.PayBeamte} {
		g := &PayoutGroup{PayRule: rule}
		for _, r := range p.Rows {
			if r.State == db.PayoutIncluded && r.Agreement.PayRule == rule {
				g.add(r)
			}
		}
		if g.People > 0 {
			out = append(out, g)
		}
	}
	return out
}

func (g *PayoutGroup) add(r *db.PayoutRow) {
	g.People++
	g.WeightedPoints += r.WeightedPoints
	g.Cents += r.Cents
}

// PayrollExport is a payout as handed to payroll, with its recorded run.
type PayrollExport struct {
	Payout *db.Payout
	Run    *db.PayExportRun
	People map[int64]*db.Person
	Units  map[int64]*db.OrgUnit
}

// ExportPayroll computes year's payout and records the export (HR), in
// one transaction, so what is recorded is what is handed over.
func (sv *Viewer) ExportPayroll(ctx context.Context, year int, format string) (*PayrollExport, error) {
	return asViewer(ctx, sv, func(tx *gorm.DB, a db.Actor, v *access.Viewer) (*PayrollExport, error) {
		p, err := sv.payout(ctx, tx, year, (*access.Viewer).MayExportPayroll, (*access.Viewer).VisibleAgreements)
		if err != nil {
			return nil, err
		}
		run, err := db.RecordPayExport(tx, a, v.MayExportPayroll, p, format)
		if err != nil {
			return nil, err
		}
		out := &PayrollExport{Payout: p, Run: run, People: map[int64]*db.Person{}, Units: map[int64]*db.OrgUnit{}}
		var units []int64
		for _, r := range p.Rows {
			out.People[r.Person.ID] = r.Person
			units = append(units, r.Agreement.OrgUnitID)
		}
		var dropped []int64
		for _, d := range run.Dropped {
			dropped = append(dropped, d.PersonID)
		}
		if len(dropped) > 0 {
			ps, err := db.ByIDs(ctx, tx, dropped, func(p *db.Person) int64 { return p.ID })
			if err != nil {
				return nil, err
			}
			for id, p := range ps {
				out.People[id] = p
			}
		}
		us, err := db.ByIDs(ctx, tx, units, func(u *db.OrgUnit) int64 { return u.ID })
		out.Units = us
		return out, err
	})
}

// PayExports lists year's recorded payroll exports (HR).
func (sv *Viewer) PayExports(ctx context.Context, year int) ([]*db.PayExport, error) {
	v, err := sv.Policy(ctx)
	if err != nil {
		return nil, err
	}
	if !v.MayExportPayroll() {
		return nil, apperr.ErrForbidden
	}
	return db.PayExports(sv.db(ctx), year)
}

// PayoutDistribution counts p's included people per points value.
func PayoutDistribution(p *db.Payout) []*PointsCount {
	counts := map[int]int{}
	max := -1
	for _, r := range p.Rows {
		if r.State == db.PayoutIncluded {
			counts[r.Points]++
			if r.Points > max {
				max = r.Points
			}
		}
	}
	var out []*PointsCount
	for pts := 0; pts <= max; pts++ {
		out = append(out, &PointsCount{Points: pts, People: counts[pts]})
	}
	return out
}
