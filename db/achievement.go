package db

import (
	"context"
	"math"

	"gorm.io/gorm"
)

// TrafficLight is the traffic light of a KPI or a roll-up.
type TrafficLight string

const (
	Green  TrafficLight = "GREEN"
	Yellow TrafficLight = "YELLOW"
	Red    TrafficLight = "RED"
	NoData TrafficLight = "NONE"
)

// Thresholds of a roll-up's own light.
const rollupGreen, rollupYellow = 0.95, 0.9

// maxDegree caps a degree so that one runaway KPI cannot dominate a roll-up.
const maxDegree = 1.5

// Degree is how far actual reached plan, direction-aware: 1.0 = 100 %.
// It is nil without both values, or when the plan makes a ratio meaningless.
func Degree(dir KPIDirection, plan, actual *float64) *float64 {
	if plan == nil || actual == nil {
		return nil
	}
	var d float64
	switch {
	case dir == LowerIsBetter && *actual <= 0:
		d = maxDegree // nothing happened of what should be low: best possible
	case dir == LowerIsBetter:
		d = *plan / *actual
	case *plan == 0:
		return nil
	default:
		d = *actual / *plan
	}
	d = math.Max(0, math.Min(d, maxDegree))
	return &d
}

// LightOf maps a degree to a light with the KPI's thresholds.
func LightOf(degree *float64, green, yellow float64) TrafficLight {
	switch {
	case degree == nil:
		return NoData
	case *degree >= green:
		return Green
	case *degree >= yellow:
		return Yellow
	default:
		return Red
	}
}

// Achievement of one KPI value or a roll-up of many.
type Achievement struct {
	Degree                     *float64
	Light                      TrafficLight
	Green, Yellow, Red, NoData int
	// Worst is the worst light among the KPIs with data (NoData without).
	Worst TrafficLight
}

// worse orders the lights with data: red is worse than yellow, yellow than
// green; no data is no light at all.
func worse(a, b TrafficLight) TrafficLight {
	rank := map[TrafficLight]int{NoData: 0, "": 0, Green: 1, Yellow: 2, Red: 3}
	if rank[b] > rank[a] {
		return b
	}
	return a
}

// Rollup combines KPI achievements: the mean degree of those with data, the
// count per light and the worst light. A mean hides spread, so a roll-up is
// green from 95 % (one KPI slightly short must not colour a whole strategic
// goal) and red below 90 %, like a single KPI — but never green while any
// of its KPIs is red: a goal with a red KPI is not "im Plan". This is the
// one place the rule lives; the web app shows light, distribution and
// worst light as they come.
func Rollup(parts []Achievement) Achievement {
	var sum float64
	var r Achievement
	n := 0
	for _, p := range parts {
		r.Green += p.Green
		r.Yellow += p.Yellow
		r.Red += p.Red
		r.NoData += p.NoData
		if p.Degree != nil {
			sum += *p.Degree
			n++
		}
		r.Worst = worse(r.Worst, p.Worst)
	}
	if n > 0 {
		m := sum / float64(n)
		r.Degree = &m
	}
	r.Light = LightOf(r.Degree, rollupGreen, rollupYellow)
	if r.Light == Green && r.Red > 0 {
		r.Light = Yellow
	}
	if r.Worst == "" {
		r.Worst = NoData
	}
	return r
}

// KPIAchievement rates one KPI value.
func KPIAchievement(k *KPI, plan, actual *float64) Achievement {
	d := Degree(k.Direction, plan, actual)
	a := Achievement{Degree: d, Light: LightOf(d, k.GreenThreshold, k.YellowThreshold)}
	switch a.Light {
	case Green:
		a.Green = 1
	case Yellow:
		a.Yellow = 1
	case Red:
		a.Red = 1
	default:
		a.NoData = 1
	}
	a.Worst = a.Light
	return a
}

type kpiYearRow struct {
	Root            int64
	Direction       KPIDirection
	GreenThreshold  float64
	YellowThreshold float64
	Plan, Actual    *float64
}

func rollupRows(rows []kpiYearRow) map[int64]Achievement {
	parts := map[int64][]Achievement{}
	for _, r := range rows {
		k := KPI{Direction: r.Direction, GreenThreshold: r.GreenThreshold, YellowThreshold: r.YellowThreshold}
		parts[r.Root] = append(parts[r.Root], KPIAchievement(&k, r.Plan, r.Actual))
	}
	out := make(map[int64]Achievement, len(parts))
	for root, p := range parts {
		out[root] = Rollup(p)
	}
	return out
}

const kpiYearColumns = `k.direction, k.green_threshold, k.yellow_threshold, v.plan, v.actual
FROM kpis k LEFT JOIN kpi_values v ON v.kpi_id = k.id AND v.year = ? AND v.quarter = 0 AND v.month = 0`

// GoalAchievements rolls up, per goal, the KPIs of the goal and of every
// goal below it, for one year — one statement for any number of goals.
func GoalAchievements(ctx context.Context, gdb *gorm.DB, goalIDs []int64, year int) (map[int64]Achievement, error) {
	var rows []kpiYearRow
	err := gdb.WithContext(ctx).Raw(`WITH RECURSIVE subtree(root, id) AS (
  SELECT id, id FROM goals WHERE id IN ?
  UNION ALL
  SELECT s.root, g.id FROM goals g JOIN subtree s ON g.parent_goal_id = s.id
)
SELECT s.root, `+kpiYearColumns+` JOIN subtree s ON k.goal_id = s.id`, goalIDs, year).Scan(&rows).Error
	if err != nil {
		return nil, err
	}
	return rollupRows(rows), nil
}

// StrategicGoalAchievements rolls up the KPIs of all goals that trace to
// each strategic goal, for one year.
func StrategicGoalAchievements(ctx context.Context, gdb *gorm.DB, ids []int64, year int) (map[int64]Achievement, error) {
	var rows []kpiYearRow
	err := gdb.WithContext(ctx).Raw(`SELECT g.traced_strategic_goal_id AS root, `+kpiYearColumns+`
JOIN goals g ON k.goal_id = g.id WHERE g.traced_strategic_goal_id IN ?`, year, ids).Scan(&rows).Error
	if err != nil {
		return nil, err
	}
	return rollupRows(rows), nil
}

// KPIAchievements rates each KPI's yearly value.
func KPIAchievements(ctx context.Context, gdb *gorm.DB, ids []int64, year int) (map[int64]Achievement, error) {
	var rows []kpiYearRow
	err := gdb.WithContext(ctx).Raw(`SELECT k.id AS root, `+kpiYearColumns+` WHERE k.id IN ?`, year, ids).Scan(&rows).Error
	if err != nil {
		return nil, err
	}
	out := make(map[int64]Achievement, len(rows))
	for _, r := range rows {
		k := KPI{Direction: r.Direction, GreenThreshold: r.GreenThreshold, YellowThreshold: r.YellowThreshold}
		out[r.Root] = KPIAchievement(&k, r.Plan, r.Actual)
	}
	return out, nil
}
