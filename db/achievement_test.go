package db_test

import (
	"testing"

	"zielwerk/db"
)

func f(v float64) *float64 { return &v }

func TestDegreeAndLight(t *testing.T) {
	cases := []struct {
		dir          db.KPIDirection
		plan, actual *float64
		want         *float64
		light        db.TrafficLight
	}{
		{db.HigherIsBetter, f(100), f(100), f(1), db.Green},
		{db.HigherIsBetter, f(100), f(95), f(0.95), db.Yellow},
		{db.HigherIsBetter, f(100), f(50), f(0.5), db.Red},
		{db.HigherIsBetter, f(100), f(400), f(1.5), db.Green}, // capped
		{db.HigherIsBetter, f(0), f(5), nil, db.NoData},
		{db.HigherIsBetter, nil, f(5), nil, db.NoData},
		{db.LowerIsBetter, f(10), f(20), f(0.5), db.Red},
		{db.LowerIsBetter, f(10), f(10.5), f(10 / 10.5), db.Yellow},
		{db.LowerIsBetter, f(10), f(0), f(1.5), db.Green},
	}
	for _, c := range cases {
		got := db.Degree(c.dir, c.plan, c.actual)
		if (got == nil) != (c.want == nil) || (got != nil && *got-*c.want > 1e-9) {
			t.Errorf("Degree(%s, %v, %v) = %v, want %v", c.dir, c.plan, c.actual, got, c.want)
		}
		if l := db.LightOf(got, 1, 0.9); l != c.light {
			t.Errorf("LightOf(%v) = %s, want %s", got, l, c.light)
		}
	}
}

// A roll-up with a red KPI is not green, whatever the mean; it carries
// the distribution and the worst light.
func TestRollupIsNeverGreenWithARedKPI(t *testing.T) {
	kpi := db.KPI{Direction: db.HigherIsBetter, GreenThreshold: 1, YellowThreshold: 0.9}
	parts := []db.Achievement{}
	for _, actual := range []float64{120, 120, 120, 120, 120, 120, 120, 120, 120, 50} { // mean 113 %
		plan := 100.0
		parts = append(parts, db.KPIAchievement(&kpi, &plan, &actual))
	}
	r := db.Rollup(parts)
	if *r.Degree < 1.1 || r.Light != db.Yellow || r.Worst != db.Red || r.Green != 9 || r.Red != 1 {
		t.Fatalf("roll-up %+v (degree %v)", r, *r.Degree)
	}
	if all := db.Rollup(parts[:9]); all.Light != db.Green || all.Worst != db.Green {
		t.Fatalf("all green: %+v", all)
	}
	if none := db.Rollup(nil); none.Worst != db.NoData || none.Light != db.NoData {
		t.Fatalf("no KPIs: %+v", none)
	}
}
