package db

import (
	"testing"
	"time"
)

func TestComputePayoutGivesTheRemainderToTheLargestShares(t *testing.T) {
	pot := int64(100)
	s := &PayScheme{Year: 2026, PotCents: &pot, TVoeDLOB: true, PartTimeProRata: true, PartialYearProRata: true,
		Bands: []PayBand{{FromDegree: 0, Points: 1}, {FromDegree: 100, Points: 2}}}
	deg := func(d float64) *float64 { return &d }
	in := []PayoutInput{
		{Agreement: &Agreement{ID: 1, PayRule: PayTVoeDLOB}, Person: &Person{PartTimeFactor: 1}, TotalDegree: deg(90)},
		{Agreement: &Agreement{ID: 2, PayRule: PayTVoeDLOB}, Person: &Person{PartTimeFactor: 1}, TotalDegree: deg(90)},
		{Agreement: &Agreement{ID: 3, PayRule: PayTVoeDLOB}, Person: &Person{PartTimeFactor: 1}, TotalDegree: deg(90)},
		{Agreement: &Agreement{ID: 4, PayRule: PayBeamte}, Person: &Person{PartTimeFactor: 1}, TotalDegree: deg(130)},
		{Agreement: &Agreement{ID: 5, PayRule: PayTVoeDLOB}, Person: &Person{PartTimeFactor: 1}},
	}
	p := ComputePayout(s, in)
	got := []int64{p.Rows[0].Cents, p.Rows[1].Cents, p.Rows[2].Cents, p.Rows[3].Cents, p.Rows[4].Cents}
	if got[0] != 34 || got[1] != 33 || got[2] != 33 || got[3] != 0 || got[4] != 0 || p.TotalCents != 100 {
		t.Fatalf("cents %v, total %d: want 34 33 33 0 0 (the older agreement gets the cent)", got, p.TotalCents)
	}
	if p.Rows[3].State != PayoutExcluded || p.Rows[4].State != PayoutPending {
		t.Fatalf("states %s %s", p.Rows[3].State, p.Rows[4].State)
	}
}

func TestPotAsAShareOfThePaySum(t *testing.T) {
	sum, share := int64(123_456_789), 200 // 2 % of 1,234,567.89 €
	s := &PayScheme{PaySumCents: &sum, PotShareBasisPoints: &share}
	if got := s.Pot(); got != 2_469_136 {
		t.Fatalf("pot %d, want 2,469,136 (2,469,135.78 rounded)", got)
	}
}

func TestServiceMonthsCountFullMonths(t *testing.T) {
	d := func(m, day int) *time.Time { x := time.Date(2026, time.Month(m), day, 0, 0, 0, 0, time.UTC); return &x }
	for _, c := range []struct {
		p    Person
		want int
	}{{Person{}, 12}, {Person{EnteredOn: d(7, 1)}, 6}, {Person{EnteredOn: d(7, 2)}, 5}, {Person{LeftOn: d(3, 31)}, 3},
		{Person{EnteredOn: d(2, 1), LeftOn: d(2, 27)}, 0}} {
		if got := ServiceMonths(&c.p, 2026); got != c.want {
			t.Errorf("%+v: %d months, want %d", c.p, got, c.want)
		}
	}
}
