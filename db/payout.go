package db

import (
	"context"
	"math"
	"math/big"
	"sort"
	"time"

	"gorm.io/gorm"
)

// The payout of a year's performance pay under its scheme:
//
//	points   = the band's points for the total degree (assessed or closed)
//	factor   = part-time factor × months in service in the year / 12
//	           (each where the scheme says pro rata)
//	weighted = points × factor
//	Punktwert = pot / Σ weighted
//	amount   = weighted × Punktwert, in whole cents
//
// The amounts add up to the pot exactly: each is rounded down to the
// cent, and the cents left over go one each to the rows with the largest
// remainders (ties: the lower agreement id), the largest-remainder method.
// Agreements not assessed yet are listed as pending; those whose pay rule
// does not take part get nothing.

// PayoutState says how an agreement enters the payout.
type PayoutState string

const (
	PayoutIncluded PayoutState = "INCLUDED" // assessed or closed, pay rule takes part
	PayoutPending  PayoutState = "PENDING"  // not assessed yet
	PayoutExcluded PayoutState = "EXCLUDED" // its pay rule does not take part
)

// PayoutRow is one agreement's share.
type PayoutRow struct {
	Agreement   *Agreement
	Person      *Person
	State       PayoutState
	TotalDegree *float64
	Points      int
	// Factor and WeightedPoints have four decimals.
	Factor         float64
	WeightedPoints float64
	Cents          int64
	// Objection: an objection is still open (the amount may change).
	ObjectionOpen bool
}

// Payout is the simulated (or final) payout of a year.
type Payout struct {
	Year       int
	Scheme     *PayScheme
	PotCents   int64
	TotalCents int64
	// TotalWeightedPoints has four decimals; PointValueCents is the
	// Punktwert (pot / total weighted points), unrounded.
	TotalWeightedPoints float64
	PointValueCents     float64
	Rows                []*PayoutRow
}

// Pot is the scheme's pot in cents: the amount, or the share of the pay
// sum rounded to the cent.
func (s *PayScheme) Pot() int64 {
	if s.PotCents != nil {
		return *s.PotCents
	}
	if s.PaySumCents == nil || s.PotShareBasisPoints == nil {
		return 0
	}
	p := new(big.Int).Mul(big.NewInt(*s.PaySumCents), big.NewInt(int64(*s.PotShareBasisPoints)))
	q, r := new(big.Int).QuoRem(p, big.NewInt(10000), new(big.Int))
	if r.Int64()*2 >= 10000 {
		q.Add(q, big.NewInt(1))
	}
	return q.Int64()
}

// ServiceMonths counts the full calendar months of year that p was in
// the city's service (entered on or before the month's first day, not
// left before its last).
func ServiceMonths(p *Person, year int) int {
	n := 0
	for m := time.January; m <= time.December; m++ {
		first := time.Date(year, m, 1, 0, 0, 0, 0, time.UTC)
		last := first.AddDate(0, 1, -1)
		if p.EnteredOn != nil && DateOf(*p.EnteredOn).After(first) {
			continue
		}
		if p.LeftOn != nil && DateOf(*p.LeftOn).Before(last) {
			continue
		}
		n++
	}
	return n
}

// PayFactor is the factor of p's points in year under s (four decimals).
func (s *PayScheme) PayFactor(p *Person, year int) float64 {
	f := 1.0
	if s.PartTimeProRata && p.PartTimeFactor > 0 {
		f *= p.PartTimeFactor
	}
	if s.PartialYearProRata {
		f *= float64(ServiceMonths(p, year)) / 12
	}
	return math.Round(f*10000) / 10000
}

// PayoutInput is an agreement with its agent and total degree (nil: not
// assessed yet).
type PayoutInput struct {
	Agreement     *Agreement
	Person        *Person
	TotalDegree   *float64
	ObjectionOpen bool
}

// ComputePayout distributes s's pot over the rows.
func ComputePayout(s *PayScheme, in []PayoutInput) *Payout {
	out := &Payout{Year: s.Year, Scheme: s, PotCents: s.Pot()}
	scale := s.Scale()
	weights := make([]int64, len(in)) // weighted points × 10000
	var total int64
	for i, x := range in {
		row := &PayoutRow{Agreement: x.Agreement, Person: x.Person, TotalDegree: x.TotalDegree, ObjectionOpen: x.ObjectionOpen}
		switch {
		case !s.Takes(x.Agreement.PayRule):
			row.State = PayoutExcluded
		case x.TotalDegree == nil:
			row.State = PayoutPending
		default:
			row.State = PayoutIncluded
			row.Points = scale.Points(RoundDegree(*x.TotalDegree))
			row.Factor = s.PayFactor(x.Person, s.Year)
			weights[i] = int64(row.Points) * int64(math.Round(row.Factor*10000))
			row.WeightedPoints = float64(weights[i]) / 10000
			total += weights[i]
		}
		out.Rows = append(out.Rows, row)
	}
	out.TotalWeightedPoints = float64(total) / 10000
	if total == 0 {
		return out
	}
	out.PointValueCents = float64(out.PotCents) / out.TotalWeightedPoints
	// Largest remainder: floor(pot × w / W), then the rest one cent each.
	type rem struct {
		i  int
		r  *big.Int
		id int64
	}
	var rems []rem
	pot, W := big.NewInt(out.PotCents), big.NewInt(total)
	var given int64
	for i, w := range weights {
		if w == 0 {
			continue
		}
		q, r := new(big.Int).QuoRem(new(big.Int).Mul(pot, big.NewInt(w)), W, new(big.Int))
		out.Rows[i].Cents = q.Int64()
		given += q.Int64()
		rems = append(rems, rem{i, r, in[i].Agreement.ID})
	}
	sort.Slice(rems, func(a, b int) bool {
		if c := rems[a].r.Cmp(rems[b].r); c != 0 {
			return c > 0
		}
		return rems[a].id < rems[b].id
	})
	for k := int64(0); k < out.PotCents-given; k++ {
		out.Rows[rems[k].i].Cents++
	}
	for _, r := range out.Rows {
		out.TotalCents += r.Cents
	}
	return out
}

// PayoutAgreements lists the pay-relevant agreements of year in visible
// (HR's scope), with their agents, total degrees and open objections:
// the input of ComputePayout, in id order.
func PayoutAgreements(ctx context.Context, gdb *gorm.DB, visible Scope, year int) ([]PayoutInput, error) {
	q := gdb.WithContext(ctx)
	var ags []*Agreement
	if err := q.Scopes(visible).Where("agreements.year = ? AND agreements.pay_rule IN ?", year, []PayRule{PayTVoeDLOB, PayBeamte}).
		Order("agreements.id").Find(&ags).Error; err != nil {
		return nil, err
	}
	if len(ags) == 0 {
		return nil, nil
	}
	ids, people := make([]int64, len(ags)), make([]int64, len(ags))
	for i, a := range ags {
		ids[i], people[i] = a.ID, a.AgentID
	}
	var as []Assessment
	if err := q.Where("agreement_id IN ?", ids).Find(&as).Error; err != nil {
		return nil, err
	}
	var open []int64
	if err := q.Model(&Objection{}).Where("agreement_id IN ? AND decision = ''", ids).Pluck("agreement_id", &open).Error; err != nil {
		return nil, err
	}
	persons, err := ByIDs(ctx, gdb, people, func(p *Person) int64 { return p.ID })
	if err != nil {
		return nil, err
	}
	total := map[int64]float64{}
	for _, a := range as {
		total[a.AgreementID] = RoundDegree(a.TotalDegree)
	}
	isOpen := map[int64]bool{}
	for _, id := range open {
		isOpen[id] = true
	}
	out := make([]PayoutInput, len(ags))
	for i, a := range ags {
		out[i] = PayoutInput{Agreement: a, Person: persons[a.AgentID], ObjectionOpen: isOpen[a.ID]}
		if t, ok := total[a.ID]; ok && (a.Status == StatusAssessed || a.Status == StatusClosed) {
			out[i].TotalDegree = &t
		}
	}
	return out, nil
}

// Count counts p's rows for which keep holds.
func (p *Payout) Count(keep func(*PayoutRow) bool) int {
	n := 0
	for _, r := range p.Rows {
		if keep(r) {
			n++
		}
	}
	return n
}
