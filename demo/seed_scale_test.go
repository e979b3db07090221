package demo_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"gorm.io/gorm"

	"zielwerk/access"
	"zielwerk/db"
	"zielwerk/db/dbtest"
	"zielwerk/demo"
	"zielwerk/identity"
)

func seedScaled(t *testing.T, gdb *gorm.DB, scale int) demo.SeedCounts {
	t.Helper()
	start := time.Now()
	counts, err := demo.SeedScaled(context.Background(), gdb, scale)
	if err != nil {
		t.Fatalf("seed at scale %d: %v", scale, err)
	}
	t.Logf("seed at scale %d on %s took %v: %v", scale, dbtest.Backend(), time.Since(start).Round(time.Millisecond), counts)
	return counts
}

// copiedRows counts the rows of the demo city that belong to an Amt
// subtree, which a scaled seed repeats; the rest is shared by all copies.
func copiedRows(s *seeded) map[string]int {
	var obID int64
	for _, u := range s.units {
		if u.Kind == db.KindBoard {
			obID = *u.LeaderID
		}
	}
	units := 0
	for _, u := range s.units {
		if (u.Kind == db.KindAmt && u.ValidTo == nil) || u.Kind == db.KindAbteilung {
			units++
		}
	}
	goals := 0
	for _, g := range s.goals {
		if g.Level != db.LevelDezernat {
			goals++
		}
	}
	amtAgreements := map[int64]bool{}
	for _, a := range s.agreements {
		if a.PrincipalID != obID {
			amtAgreements[a.ID] = true
		}
	}
	count := func(n int, of func(i int) int64) int {
		c := 0
		for i := range n {
			if amtAgreements[of(i)] {
				c++
			}
		}
		return c
	}
	return map[string]int{
		"people": units, "org_units": units, "goals": goals,
		"products": len(s.products), "budget_lines": len(s.budget), "kpis": len(s.kpis), "kpi_values": len(s.values),
		"consolidation_measures": len(s.measures), "measure_savings": len(s.savings),
		"agreements":      len(amtAgreements),
		"agreement_items": count(len(s.items), func(i int) int64 { return s.items[i].AgreementID }),
		"reviews":         count(len(s.reviews), func(i int) int64 { return s.reviews[i].AgreementID }),
		"assessments":     count(len(s.assessments), func(i int) int64 { return s.assessments[i].AgreementID }),
		"strategic_goals": 0, "product_areas": 0, "product_groups": 0, "consolidation_programmes": 0,
	}
}

// seedReferences are the foreign ids of the seeded tables: table, column,
// referenced table.
var seedReferences = [][3]string{
	{"org_units", "parent_id", "org_units"}, {"org_units", "leader_id", "people"},
	{"product_groups", "area_id", "product_areas"},
	{"products", "group_id", "product_groups"}, {"products", "org_unit_id", "org_units"},
	{"goals", "org_unit_id", "org_units"}, {"goals", "parent_goal_id", "goals"},
	{"goals", "strategic_goal_id", "strategic_goals"}, {"goals", "traced_strategic_goal_id", "strategic_goals"},
	{"goals", "product_id", "products"},
	{"kpis", "goal_id", "goals"}, {"kpis", "product_id", "products"},
	{"kpi_values", "kpi_id", "kpis"}, {"kpi_values", "recorded_by_id", "people"},
	{"budget_lines", "product_id", "products"},
	{"consolidation_measures", "programme_id", "consolidation_programmes"},
	{"consolidation_measures", "org_unit_id", "org_units"},
	{"measure_savings", "measure_id", "consolidation_measures"},
	{"agreements", "principal_id", "people"}, {"agreements", "agent_id", "people"},
	{"agreements", "org_unit_id", "org_units"},
	{"agreement_items", "agreement_id", "agreements"}, {"agreement_items", "goal_id", "goals"},
	{"agreement_items", "kpi_id", "kpis"}, {"agreement_items", "measure_id", "consolidation_measures"},
	{"reviews", "agreement_id", "agreements"}, {"reviews", "recorded_by_id", "people"},
	{"assessments", "agreement_id", "agreements"}, {"assessments", "assessed_by_id", "people"},
}

func TestScaledSeedCopiesEveryAmtConsistently(t *testing.T) {
	const scale = 3
	demo := dbtest.Open(t)
	seed(t, demo)
	base := load(t, demo)
	gdb := dbtest.Open(t)
	counts := seedScaled(t, gdb, scale)
	s := load(t, gdb)

	t.Run("counts", func(t *testing.T) {
		baseCounts := map[string]int{"people": len(base.persons), "org_units": len(base.units),
			"strategic_goals": len(base.sgoals), "product_areas": len(base.areas), "product_groups": len(base.groups),
			"products": len(base.products), "goals": len(base.goals), "kpis": len(base.kpis), "kpi_values": len(base.values),
			"budget_lines": len(base.budget), "consolidation_programmes": len(base.programmes),
			"consolidation_measures": len(base.measures), "measure_savings": len(base.savings),
			"agreements": len(base.agreements), "agreement_items": len(base.items), "reviews": len(base.reviews),
			"assessments": len(base.assessments), "pay_schemes": 2, "pay_scheme_bands": 10} // schemes are per year: not copied
		copied := copiedRows(base)
		if len(counts) != len(baseCounts) {
			t.Errorf("counts has %d tables, want %d: %v", len(counts), len(baseCounts), counts)
		}
		for table, n := range baseCounts {
			if want := int64(n + (scale-1)*copied[table]); counts[table] != want {
				t.Errorf("%s: %d rows at scale %d, want %d (%d + %d × %d copied)", table, counts[table], scale, want, n, scale-1, copied[table])
			}
		}
		// All products, with their KPIs and budgets, hang off Ämter.
		for _, table := range []string{"products", "kpis", "kpi_values", "budget_lines", "consolidation_measures"} {
			if counts[table] != int64(scale*baseCounts[table]) {
				t.Errorf("%s: %d rows, want %d × %d", table, counts[table], scale, baseCounts[table])
			}
		}
	})

	t.Run("every reference points to a row", func(t *testing.T) {
		for _, r := range seedReferences {
			var dangling int64
			q := fmt.Sprintf(`SELECT COUNT(*) FROM %[1]s LEFT JOIN %[3]s ref ON ref.id = %[1]s.%[2]s
				WHERE %[1]s.%[2]s IS NOT NULL AND ref.id IS NULL`, r[0], r[1], r[2])
			if err := gdb.Raw(q).Scan(&dangling).Error; err != nil {
				t.Fatal(err)
			}
			if dangling != 0 {
				t.Errorf("%s.%s: %d rows point to no %s", r[0], r[1], dangling, r[2])
			}
		}
	})

	t.Run("a copy points into itself", checkCopiesStayInTheirAmt(s))

	t.Run("codes, e-mails and numbers are unique", func(t *testing.T) {
		seen := map[string]bool{}
		unique := func(kind, v string) {
			if seen[kind+" "+v] {
				t.Errorf("duplicate %s %q", kind, v)
			}
			seen[kind+" "+v] = true
		}
		for _, p := range s.persons {
			unique("e-mail", p.Email)
			unique("name", p.Name)
		}
		for _, u := range s.units {
			unique("org unit code", u.Code)
		}
		for _, p := range s.products {
			unique("product number", p.Number)
		}
		for _, m := range s.measures {
			unique("measure number", m.Number)
		}
	})

	// The demo city's own rules hold for the copies too, except the
	// absolute sizes (number of Ämter, measures, unlinked goals).
	t.Run("people", checkPeople(s))
	t.Run("products and budget", checkProducts(s))
	t.Run("kpis", checkKPIs(s))
	t.Run("agreements", checkAgreements(s))
	t.Run("nothing after the snapshot", checkSnapshot(s))

	t.Run("identical in a second database", func(t *testing.T) {
		other := dbtest.Open(t)
		counts2 := seedScaled(t, other, scale)
		for table, n := range counts {
			if counts2[table] != n {
				t.Errorf("%s: %d rows, then %d", table, n, counts2[table])
			}
		}
		tables := tableNames(counts)
		if a, b := digest(t, gdb, tables), digest(t, other, tables); a != b {
			t.Fatalf("seeding twice at scale %d gave different data: %s vs %s", scale, a, b)
		}
	})
}

// checkCopiesStayInTheirAmt asserts that what an Amt's rows link to
// belongs to the same Amt: a product goal's product, a product KPI's goal,
// the goals, KPIs and measures of the items of an agreement with an Amt. A
// copy that pointed into the original (or another copy) would fail here.
func checkCopiesStayInTheirAmt(s *seeded) func(t *testing.T) {
	return func(t *testing.T) {
		productUnit, goalUnit, measureUnit, kpiGoal := map[int64]int64{}, map[int64]int64{}, map[int64]int64{}, map[int64]int64{}
		dezernat := map[int64]bool{}
		for _, u := range s.units {
			dezernat[u.ID] = u.Kind == db.KindDezernat
		}
		for _, p := range s.products {
			productUnit[p.ID] = p.OrgUnitID
		}
		for _, g := range s.goals {
			goalUnit[g.ID] = g.OrgUnitID
			if g.ProductID != nil && productUnit[*g.ProductID] != g.OrgUnitID {
				t.Errorf("goal %d of unit %d is about a product of unit %d", g.ID, g.OrgUnitID, productUnit[*g.ProductID])
			}
		}
		for _, k := range s.kpis {
			kpiGoal[k.ID] = *k.GoalID
			if k.ProductID != nil && productUnit[*k.ProductID] != goalUnit[*k.GoalID] {
				t.Errorf("KPI %d: product of unit %d, goal of unit %d", k.ID, productUnit[*k.ProductID], goalUnit[*k.GoalID])
			}
		}
		for _, m := range s.measures {
			measureUnit[m.ID] = m.OrgUnitID
		}
		agreementUnit := map[int64]int64{}
		for _, a := range s.agreements {
			agreementUnit[a.ID] = a.OrgUnitID
		}
		for _, it := range s.items {
			own := agreementUnit[it.AgreementID]
			if dezernat[own] {
				continue // the OB's agreements name the Dezernat's goals and an Amt's measure
			}
			var unit int64
			switch {
			case it.GoalID != nil:
				unit = goalUnit[*it.GoalID]
			case it.KPIID != nil:
				unit = goalUnit[kpiGoal[*it.KPIID]]
			case it.MeasureID != nil:
				unit = measureUnit[*it.MeasureID]
			}
			if unit != own {
				t.Errorf("item %d of agreement %d (unit %d) links a target of unit %d", it.ID, it.AgreementID, own, unit)
			}
		}
	}
}

// TestScaledSeedGivesTheDemoDezernentFiftyAgreements is what the load
// benchmark needs of the 10× city: the demo Dezernent reads the content of
// at least 50 agreements of 2026 (access.ContentAgreements: those they are
// a party to), each with an item on a goal whose KPIs have 2026 values.
func TestScaledSeedGivesTheDemoDezernentFiftyAgreements(t *testing.T) {
	ctx := context.Background()
	gdb := dbtest.Open(t)
	seedScaled(t, gdb, 10)
	var dezernent db.Person
	if err := gdb.Where("email = ?", demo.DemoAccounts()[2].Email).First(&dezernent).Error; err != nil {
		t.Fatal(err)
	}
	v, err := access.Load(ctx, gdb, &identity.Principal{PersonID: dezernent.ID, Roles: []identity.Role{identity.RoleLeadership}},
		time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	var n int64
	err = gdb.Model(&db.Agreement{}).Scopes(v.ContentAgreements()).Where("agreements.year = ?", 2026).
		Where(`EXISTS (SELECT 1 FROM agreement_items i JOIN kpis k ON k.goal_id = i.goal_id
			JOIN kpi_values kv ON kv.kpi_id = k.id AND kv.year = 2026 AND kv.actual IS NOT NULL
			WHERE i.agreement_id = agreements.id)`).Count(&n).Error
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s sees the content of %d agreements of 2026 with KPI-backed goals", dezernent.Name, n)
	if n < 50 {
		t.Errorf("the demo Dezernent sees %d such agreements at scale 10, want ≥ 50", n)
	}
}
