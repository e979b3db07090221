package store

import (
	"context"
	"sort"

	"zielwerk/access"
	"zielwerk/db"
)

// PayFairness are a year's statistics of degrees and points for HR and
// the commission: per Dezernat the distribution of points, the share of
// people at exactly 100 %, and the units where everyone gets the same
// result ("even spread"). No names; a group of fewer than
// access.MinGroupSize people shows only its size.
type PayFairness struct {
	Year         int
	MinGroupSize int
	Dezernate    []*FairnessGroup
	EvenSpread   []*EvenSpread
}

// FairnessGroup is one Dezernat's statistics (empty when Suppressed).
type FairnessGroup struct {
	Dezernat   *db.OrgUnit
	People     int
	Suppressed bool
	Points     []PointsCount // ascending points
	Exactly100 float64       // share 0..1 at a total degree of exactly 100 %
	MeanDegree float64
	MeanPoints float64
	MinDegree  float64
	MaxDegree  float64
}

// PointsCount: how many people got Points.
type PointsCount struct{ Points, People int }

// EvenSpread is a unit whose assessed people (at least MinGroupSize) all
// got the same points.
type EvenSpread struct {
	Unit   *db.OrgUnit
	People int
	Points int
}

// PayFairness computes the statistics of year under its stored scheme
// over every pay-relevant agreement (aggregates only).
func (sv *Viewer) PayFairness(ctx context.Context, year int) (*PayFairness, error) {
	p, err := sv.payout(ctx, sv.gdb, year, (*access.Viewer).MaySeePayStatistics, (*access.Viewer).PayStatisticsScope)
	if err != nil {
		return nil, err
	}
	dezs, dezOf, err := sv.dezernate(ctx)
	if err != nil {
		return nil, err
	}
	tree, err := sv.orgTree(ctx)
	if err != nil {
		return nil, err
	}
	unitByID := map[int64]*db.OrgUnit{}
	for i := range tree {
		unitByID[tree[i].ID] = &tree[i]
	}
	byDez := make([][]*db.PayoutRow, len(dezs))
	byUnit := map[int64][]*db.PayoutRow{}
	for _, r := range p.Rows {
		if r.State != db.PayoutIncluded {
			continue
		}
		if i, ok := dezOf[r.Agreement.OrgUnitID]; ok {
			byDez[i] = append(byDez[i], r)
		}
		byUnit[r.Agreement.OrgUnitID] = append(byUnit[r.Agreement.OrgUnitID], r)
	}
	out := &PayFairness{Year: year, MinGroupSize: access.MinGroupSize}
	for i, d := range dezs {
		if len(byDez[i]) > 0 {
			out.Dezernate = append(out.Dezernate, fairnessOf(d, byDez[i]))
		}
	}
	for id, rows := range byUnit {
		if len(rows) < access.MinGroupSize || unitByID[id] == nil {
			continue
		}
		same := true
		for _, r := range rows {
			same = same && r.Points == rows[0].Points
		}
		if same {
			out.EvenSpread = append(out.EvenSpread, &EvenSpread{Unit: unitByID[id], People: len(rows), Points: rows[0].Points})
		}
	}
	units := make([]*db.OrgUnit, len(out.EvenSpread))
	for i, e := range out.EvenSpread {
		units[i] = e.Unit
	}
	full, err := sv.fullUnits(ctx, units)
	if err != nil {
		return nil, err
	}
	for i := range out.EvenSpread {
		out.EvenSpread[i].Unit = full[i]
	}
	sort.Slice(out.EvenSpread, func(a, b int) bool { return out.EvenSpread[a].Unit.Name < out.EvenSpread[b].Unit.Name })
	return out, nil
}

func fairnessOf(d *db.OrgUnit, rows []*db.PayoutRow) *FairnessGroup {
	g := &FairnessGroup{Dezernat: d, People: len(rows)}
	if len(rows) < access.MinGroupSize {
		g.Suppressed = true
		return g
	}
	counts := map[int]int{}
	at100, sumDeg, sumPts := 0, 0.0, 0
	g.MinDegree, g.MaxDegree = *rows[0].TotalDegree, *rows[0].TotalDegree
	for _, r := range rows {
		deg := *r.TotalDegree
		counts[r.Points]++
		sumDeg += deg
		sumPts += r.Points
		if deg == 100 {
			at100++
		}
		g.MinDegree, g.MaxDegree = min(g.MinDegree, deg), max(g.MaxDegree, deg)
	}
	for pts, n := range counts {
		g.Points = append(g.Points, PointsCount{Points: pts, People: n})
	}
	sort.Slice(g.Points, func(a, b int) bool { return g.Points[a].Points < g.Points[b].Points })
	n := float64(len(rows))
	g.Exactly100, g.MeanDegree, g.MeanPoints = float64(at100)/n, db.RoundDegree(sumDeg/n), float64(sumPts)/n
	return g
}
