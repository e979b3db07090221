package db

import (
	"testing"
	"time"
)

// The KPI list's overdue filter (LastDuePeriod, per year) and the tasks
// (kpiPeriod, the latest due period of any year) follow one rule: for
// every day of two years and every frequency, the period the tasks ask
// for is the one the filter judges for its year, and no period of the
// next year is due yet.
func TestOverdueFilterAndTasksFollowOneRule(t *testing.T) {
	for now := time.Date(2025, 1, 1, 9, 0, 0, 0, time.UTC); now.Year() < 2027; now = now.Add(24 * time.Hour) {
		for _, f := range []UpdateFrequency{Yearly, Quarterly, Monthly} {
			y, q, m, _, _ := kpiPeriod(f, now)
			fq, fm, ok := LastDuePeriod(f, y, now)
			if !ok || fq != q || fm != m {
				t.Fatalf("%s on %s: tasks ask for %d Q%d M%d, the filter judges Q%d M%d (due %v)", f, now.Format(time.DateOnly), y, q, m, fq, fm, ok)
			}
			if _, _, ok := LastDuePeriod(f, y+1, now); ok {
				t.Fatalf("%s on %s: a period of %d is due before the tasks ask for it", f, now.Format(time.DateOnly), y+1)
			}
		}
	}
}
