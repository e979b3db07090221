package db

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"strings"

	"gorm.io/gorm"
)

// RoundDegree rounds a total degree (percent) to one decimal, as it is
// shown and paid on: a sum of weighted degrees in floating point comes out
// as 88.30000000000001.
func RoundDegree(d float64) float64 { return math.Round(d*10) / 10 }

// PayResultRow is an assessed, pay-relevant agreement with its result.
type PayResultRow struct {
	Agreement   *Agreement
	TotalDegree float64
}

// PayResults lists assessed or closed pay-relevant agreements of a year in
// visible, in id order after the given id.
func PayResults(ctx context.Context, gdb *gorm.DB, visible Scope, year, first int, after int64) (Page[PayResultRow], error) {
	scope := func(q *gorm.DB) *gorm.DB {
		return visible(q).Where("agreements.year = ? AND agreements.status IN ? AND agreements.pay_rule IN ?",
			year, []AgreementStatus{StatusAssessed, StatusClosed}, []PayRule{PayTVoeDLOB, PayBeamte})
	}
	ags, err := List[Agreement](ctx, gdb, scope, first, after)
	if err != nil {
		return Page[PayResultRow]{}, err
	}
	out := Page[PayResultRow]{HasNext: ags.HasNext, Total: ags.Total}
	if len(ags.Items) == 0 {
		return out, nil
	}
	ids := make([]int64, len(ags.Items))
	for i, a := range ags.Items {
		ids[i] = a.ID
	}
	var as []Assessment
	if err := gdb.WithContext(ctx).Where("agreement_id IN ?", ids).Find(&as).Error; err != nil {
		return out, err
	}
	total := map[int64]float64{}
	for _, a := range as {
		total[a.AgreementID] = RoundDegree(a.TotalDegree)
	}
	for _, a := range ags.Items {
		out.Items = append(out.Items, &PayResultRow{Agreement: a, TotalDegree: total[a.ID]})
	}
	return out, nil
}

// PointScale maps a total degree (percent) to LOB points: the points of the
// highest threshold reached. Cities set their own (LOB_POINTS).
type PointScale []struct {
	From   float64
	Points int
}

// DefaultPointScale: below 50 % no points, then one point per 25 %.
var DefaultPointScale = PointScale{{0, 0}, {50, 1}, {75, 2}, {100, 3}, {125, 4}, {150, 5}}

// Points applies the scale.
func (s PointScale) Points(degree float64) int {
	p := 0
	for _, step := range s {
		if degree >= step.From {
			p = step.Points
		}
	}
	return p
}

// ParsePointScale reads "0:0,50:1,75:2,100:3" (degree:points, ascending);
// empty means DefaultPointScale.
func ParsePointScale(s string) (PointScale, error) {
	if strings.TrimSpace(s) == "" {
		return DefaultPointScale, nil
	}
	var out PointScale
	for _, part := range strings.Split(s, ",") {
		from, pts, ok := strings.Cut(strings.TrimSpace(part), ":")
		f, err1 := strconv.ParseFloat(from, 64)
		p, err2 := strconv.Atoi(pts)
		if !ok || err1 != nil || err2 != nil || (len(out) > 0 && f <= out[len(out)-1].From) {
			return nil, fmt.Errorf("%q: want ascending degree:points pairs such as 0:0,50:1,100:3", part)
		}
		out = append(out, struct {
			From   float64
			Points int
		}{f, p})
	}
	return out, nil
}
