package db

import (
	"context"
	"math"

	"gorm.io/gorm"
)

// BudgetFigures is the budget link of an agreement in numbers: budget
// adherence of a unit's products and realisation of its HSP measures in
// one year, and the degree of achievement they suggest for the
// budget-compliance item. Only recorded figures count: a line without
// actual or forecast, or a saving not yet recorded as realised, is left out
// of the ratios rather than taken as on plan (or as nothing saved).
type BudgetFigures struct {
	PlanCents   int64
	ActualCents int64 // actual, or forecast where no actual exists yet, of the lines that have one
	// HSPRealisedCents is the realised saving of the savings recorded so far.
	HSPPlannedCents, HSPRealisedCents int64
	// Adherence is plan / actual over the lines with an actual or a
	// forecast (1.0 = on plan, above = under budget); nil without any.
	Adherence *float64
	// Realisation is realised / planned over the recorded savings; nil
	// without any.
	Realisation *float64
	// Degree is the suggested degree in percent: the mean of both, 0–150;
	// nil while neither is known.
	Degree *int
	// NoData: no actual, forecast or realised saving is recorded yet.
	NoData bool

	// reportedPlan and reportedPlanned are the plans of the lines and
	// savings that have a recorded figure; the ratios compare only those.
	reportedPlan, reportedPlanned  int64
	reportedLines, reportedSavings int
}

func ratio(num, den int64) *float64 {
	if den <= 0 || num < 0 {
		return nil
	}
	r := math.Min(float64(num)/float64(den), maxDegree)
	return &r
}

func (f *BudgetFigures) suggest() {
	f.Adherence, f.Realisation, f.Degree = nil, nil, nil
	if f.reportedLines > 0 {
		f.Adherence = ratio(f.reportedPlan, f.ActualCents)
	}
	if f.reportedSavings > 0 {
		f.Realisation = ratio(f.HSPRealisedCents, f.reportedPlanned)
	}
	f.NoData = f.reportedLines == 0 && f.reportedSavings == 0
	var sum float64
	n := 0
	for _, r := range []*float64{f.Adherence, f.Realisation} {
		if r != nil {
			sum += *r
			n++
		}
	}
	if n > 0 {
		d := int(math.Round(100 * sum / float64(n)))
		f.Degree = &d
	}
}

// budgetByUnit sums plan/actual and HSP figures per org unit for a year.
func budgetByUnit(tx *gorm.DB, year int) (map[int64]*BudgetFigures, error) {
	var lines []struct {
		OrgUnitID                  int64
		Plan, Actual, ReportedPlan int64
		Reported                   int
	}
	if err := tx.Raw(`SELECT p.org_unit_id, SUM(b.plan_cents) AS plan,
  SUM(COALESCE(b.actual_cents, b.forecast_cents, 0)) AS actual,
  SUM(CASE WHEN COALESCE(b.actual_cents, b.forecast_cents) IS NULL THEN 0 ELSE b.plan_cents END) AS reported_plan,
  COUNT(COALESCE(b.actual_cents, b.forecast_cents)) AS reported
FROM budget_lines b JOIN products p ON p.id = b.product_id WHERE b.year = ? GROUP BY p.org_unit_id`, year).Scan(&lines).Error; err != nil {
		return nil, err
	}
	var savings []struct {
		OrgUnitID                          int64
		Planned, Realised, ReportedPlanned int64
		Reported                           int
	}
	if err := tx.Raw(`SELECT m.org_unit_id, SUM(s.planned_cents) AS planned, SUM(COALESCE(s.realised_cents, 0)) AS realised,
  SUM(CASE WHEN s.realised_cents IS NULL THEN 0 ELSE s.planned_cents END) AS reported_planned,
  COUNT(s.realised_cents) AS reported
FROM measure_savings s JOIN consolidation_measures m ON m.id = s.measure_id WHERE s.year = ? GROUP BY m.org_unit_id`, year).Scan(&savings).Error; err != nil {
		return nil, err
	}
	out := map[int64]*BudgetFigures{}
	at := func(id int64) *BudgetFigures {
		if out[id] == nil {
			out[id] = &BudgetFigures{}
		}
		return out[id]
	}
	for _, l := range lines {
		f := at(l.OrgUnitID)
		f.PlanCents, f.ActualCents, f.reportedPlan, f.reportedLines = l.Plan, l.Actual, l.ReportedPlan, l.Reported
	}
	for _, s := range savings {
		f := at(s.OrgUnitID)
		f.HSPPlannedCents, f.HSPRealisedCents, f.reportedPlanned, f.reportedSavings = s.Planned, s.Realised, s.ReportedPlanned, s.Reported
	}
	return out, nil
}

func sumOver(per map[int64]*BudgetFigures, units []int64) BudgetFigures {
	var f BudgetFigures
	for _, id := range units {
		if p := per[id]; p != nil {
			f.PlanCents += p.PlanCents
			f.ActualCents += p.ActualCents
			f.HSPPlannedCents += p.HSPPlannedCents
			f.HSPRealisedCents += p.HSPRealisedCents
			f.reportedPlan += p.reportedPlan
			f.reportedPlanned += p.reportedPlanned
			f.reportedLines += p.reportedLines
			f.reportedSavings += p.reportedSavings
		}
	}
	f.suggest()
	return f
}

// BudgetSuggestion computes the figures of a unit and every unit below it.
func BudgetSuggestion(tx *gorm.DB, unitID int64, year int) (BudgetFigures, error) {
	figs, err := BudgetSuggestions(tx, []int64{unitID}, year)
	return figs[unitID], err
}

// BudgetSuggestions computes the figures of several units (each with the
// units below it) for one year in three statements.
func BudgetSuggestions(tx *gorm.DB, unitIDs []int64, year int) (map[int64]BudgetFigures, error) {
	var units []OrgUnit
	if err := tx.Select("id, parent_id").Find(&units).Error; err != nil {
		return nil, err
	}
	per, err := budgetByUnit(tx, year)
	if err != nil {
		return nil, err
	}
	out := make(map[int64]BudgetFigures, len(unitIDs))
	for _, id := range unitIDs {
		out[id] = sumOver(per, Subtree(units, id))
	}
	return out, nil
}

// DezernatBudget is one Dezernat's roll-up for the OB's office.
type DezernatBudget struct {
	Unit *OrgUnit
	BudgetFigures
}

// BudgetByDezernat rolls the figures up per Dezernat or Fachbereich
// existing in the year: three statements for the whole city.
func BudgetByDezernat(ctx context.Context, gdb *gorm.DB, year int) ([]DezernatBudget, error) {
	tx := gdb.WithContext(ctx)
	var units []OrgUnit
	if err := tx.Order("code").Find(&units).Error; err != nil {
		return nil, err
	}
	per, err := budgetByUnit(tx, year)
	if err != nil {
		return nil, err
	}
	var out []DezernatBudget
	for i := range units {
		u := &units[i]
		if u.isDezernatIn(year) {
			out = append(out, DezernatBudget{Unit: u, BudgetFigures: sumOver(per, Subtree(units, u.ID))})
		}
	}
	return out, nil
}
