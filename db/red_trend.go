package db

import (
	"context"

	"gorm.io/gorm"
)

// QuarterRed is how many KPIs were red in one quarter of a year, and how
// many had an actual to be rated at all.
type QuarterRed struct {
	Quarter    int
	Red, Rated int
}

// RedKPITrend counts, per quarter of year, the KPIs whose value of that
// quarter is red by their own thresholds (KPIAchievement, the rule of the
// yearly light). A quarterly KPI is rated by its quarter's value, a
// monthly one by the last month of the quarter with an actual. Yearly KPIs
// have no value within the year and are left out.
func RedKPITrend(ctx context.Context, gdb *gorm.DB, year int) ([]QuarterRed, error) {
	var rows []struct {
		KPIID           int64
		Direction       KPIDirection
		GreenThreshold  float64
		YellowThreshold float64
		Quarter, Month  int
		Plan, Actual    *float64
	}
	err := gdb.WithContext(ctx).Raw(`SELECT k.id AS kpi_id, k.direction, k.green_threshold, k.yellow_threshold,
  v.quarter, v.month, v.plan, v.actual
FROM kpis k JOIN kpi_values v ON v.kpi_id = k.id
WHERE v.year = ? AND (v.quarter > 0 OR v.month > 0) AND v.actual IS NOT NULL
ORDER BY k.id, v.quarter, v.month`, year).Scan(&rows).Error
	if err != nil {
		return nil, err
	}
	// The light of each KPI and quarter; a later month of the quarter
	// overwrites an earlier one (rows come ordered by month).
	type key struct {
		kpi     int64
		quarter int
	}
	lights := map[key]TrafficLight{}
	for _, r := range rows {
		q := r.Quarter
		if q == 0 {
			q = (r.Month + 2) / 3
		}
		k := KPI{Direction: r.Direction, GreenThreshold: r.GreenThreshold, YellowThreshold: r.YellowThreshold}
		lights[key{r.KPIID, q}] = KPIAchievement(&k, r.Plan, r.Actual).Light
	}
	out := []QuarterRed{{Quarter: 1}, {Quarter: 2}, {Quarter: 3}, {Quarter: 4}}
	for k, l := range lights {
		if l == NoData {
			continue
		}
		out[k.quarter-1].Rated++
		if l == Red {
			out[k.quarter-1].Red++
		}
	}
	return out, nil
}
