package demo_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"math"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"testing"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/schema"

	"zielwerk/db"
	"zielwerk/db/dbtest"
	"zielwerk/demo"
)

var hammGoals = []string{
	"Nachhaltige Sicherung der Zukunftsfähigkeit unserer Stadt bei Chancengleichheit für alle",
	"Stärkung des Wirtschafts-, Beschäftigungs- und Bildungsstandortes Hamm",
	"Familien- und generationenfreundliche soziale Stadt",
	"Ausbau der Integration von Mitbürgerinnen und Mitbürgern mit Migrationshintergrund",
	"Bereitstellung eines bedarfsgerechten, kostengünstigen und bürgerorientierten Leistungsangebotes",
	"Ausbau zur Bürgerkommune durch verbesserten Service, verstärkte Bürgerbeteiligung und Förderung des ehrenamtlichen Engagements",
	"Ausbau und Digitalisierung durch Erweiterung von technischer Infrastruktur und digitaler Serviceangebote sowie Stärkung von Kooperation mit Dritten",
	"Umfassende Haushaltssicherung und dauerhafte Erhaltung der finanziellen Handlungsfähigkeit im Rahmen des Haushaltssanierungsplans",
	"Klima- und Umwelt- sowie nachhaltiger Schutz und Erhalt der natürlichen Lebensgrundlage",
}

// seeded is every row of a seeded database.
type seeded struct {
	persons     []db.Person
	units       []db.OrgUnit
	sgoals      []db.StrategicGoal
	areas       []db.ProductArea
	groups      []db.ProductGroup
	products    []db.Product
	goals       []db.Goal
	kpis        []db.KPI
	values      []db.KPIValue
	budget      []db.BudgetLine
	programmes  []db.ConsolidationProgramme
	measures    []db.ConsolidationMeasure
	savings     []db.MeasureSaving
	agreements  []db.Agreement
	items       []db.AgreementItem
	reviews     []db.Review
	assessments []db.Assessment
}

// snapshot is the day the demo data describes; no seeded timestamp lies
// after its end.
var (
	snapshot    = time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	snapshotEnd = time.Date(2026, 11, 20, 23, 59, 59, 0, time.UTC)
)

func load(t *testing.T, gdb *gorm.DB) *seeded {
	t.Helper()
	s := &seeded{}
	for _, dest := range []any{&s.persons, &s.units, &s.sgoals, &s.areas, &s.groups, &s.products, &s.goals,
		&s.kpis, &s.values, &s.budget, &s.programmes, &s.measures, &s.savings, &s.agreements, &s.items,
		&s.reviews, &s.assessments} {
		if err := gdb.Order("id").Find(dest).Error; err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// digest hashes every row of every seeded table in id order.
func digest(t *testing.T, gdb *gorm.DB, tables []string) string {
	t.Helper()
	h := sha256.New()
	for _, table := range tables {
		var rows []map[string]any
		if err := gdb.Table(table).Order("1, 2").Find(&rows).Error; err != nil { // id, or year and band
			t.Fatal(err)
		}
		b, err := json.Marshal(rows)
		if err != nil {
			t.Fatal(err)
		}
		h.Write([]byte(table))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))
}

func seed(t *testing.T, gdb *gorm.DB) demo.SeedCounts {
	t.Helper()
	start := time.Now()
	counts, err := demo.Seed(context.Background(), gdb)
	if err != nil {
		t.Fatalf("seed: %v", err)
	}
	t.Logf("seed on %s took %v: %v", dbtest.Backend(), time.Since(start).Round(time.Millisecond), counts)
	return counts
}

func TestSeedIsCompleteConsistentAndDeterministic(t *testing.T) {
	ctx := context.Background()
	gdb := dbtest.Open(t)
	if empty, err := demo.IsEmpty(ctx, gdb); err != nil || !empty {
		t.Fatalf("fresh database: IsEmpty = %v, %v", empty, err)
	}
	counts := seed(t, gdb)
	if empty, err := demo.IsEmpty(ctx, gdb); err != nil || empty {
		t.Fatalf("seeded database: IsEmpty = %v, %v", empty, err)
	}
	s := load(t, gdb)

	t.Run("counts", func(t *testing.T) {
		want := map[string]int{"people": len(s.persons), "org_units": len(s.units), "strategic_goals": len(s.sgoals),
			"product_areas": len(s.areas), "product_groups": len(s.groups), "products": len(s.products),
			"goals": len(s.goals), "kpis": len(s.kpis), "kpi_values": len(s.values), "budget_lines": len(s.budget),
			"consolidation_programmes": len(s.programmes), "consolidation_measures": len(s.measures),
			"measure_savings": len(s.savings), "agreements": len(s.agreements), "agreement_items": len(s.items),
			"reviews": len(s.reviews), "assessments": len(s.assessments), "pay_schemes": 2, "pay_scheme_bands": 10}
		if len(counts) != len(want) {
			t.Errorf("counts has %d tables, want %d: %v", len(counts), len(want), counts)
		}
		for table, n := range want {
			if counts[table] != int64(n) || n == 0 {
				t.Errorf("%s: counted %d, table holds %d", table, counts[table], n)
			}
		}
	})

	t.Run("people", checkPeople(s))
	t.Run("org tree", checkOrgTree(s))
	t.Run("strategic goals", func(t *testing.T) {
		if len(s.sgoals) != 9 {
			t.Fatalf("%d strategic goals, want 9", len(s.sgoals))
		}
		for i, g := range s.sgoals {
			if g.Number != i+1 || g.Title != hammGoals[i] {
				t.Errorf("strategic goal %d = %d %q, want %q", i+1, g.Number, g.Title, hammGoals[i])
			}
		}
	})
	t.Run("products and budget", checkProducts(s))
	t.Run("goal cascade", checkGoals(s))
	t.Run("kpis", checkKPIs(s))
	t.Run("consolidation", checkConsolidation(s))
	t.Run("agreements", checkAgreements(s))
	t.Run("nothing after the snapshot", checkSnapshot(s))

	t.Run("second seed fails and writes nothing", func(t *testing.T) {
		tables := tableNames(counts)
		before := digest(t, gdb, tables)
		if _, err := demo.Seed(ctx, gdb); !errors.Is(err, demo.ErrNotEmpty) {
			t.Fatalf("second seed: err = %v, want ErrNotEmpty", err)
		}
		if after := digest(t, gdb, tables); after != before {
			t.Fatal("second seed changed the data")
		}
	})

	t.Run("identical in a second database", func(t *testing.T) {
		tables := tableNames(counts)
		other := dbtest.Open(t)
		counts2 := seed(t, other)
		for table, n := range counts {
			if counts2[table] != n {
				t.Errorf("%s: %d rows, then %d", table, n, counts2[table])
			}
		}
		if a, b := digest(t, gdb, tables), digest(t, other, tables); a != b {
			t.Fatalf("seeding twice gave different data: %s vs %s", a, b)
		}
	})

	t.Run("ids continue after the seed", func(t *testing.T) {
		p := db.Person{Name: "Neue Kollegin", Email: "neue.kollegin@example.org", Version: 1}
		if err := gdb.Create(&p).Error; err != nil {
			t.Fatalf("insert after seed: %v", err)
		}
		if p.ID <= int64(len(s.persons)) {
			t.Fatalf("new person got id %d, seeded ids go up to %d", p.ID, len(s.persons))
		}
	})
}

func tableNames(c demo.SeedCounts) []string {
	var out []string
	for k := range c {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

var emailRE = regexp.MustCompile(`^[a-z]+(-[a-z]+)*\.[a-z]+(-[a-z]+)*@example\.org$`)

func checkPeople(s *seeded) func(t *testing.T) {
	return func(t *testing.T) {
		byEmail := map[string]db.Person{}
		for _, p := range s.persons {
			if !emailRE.MatchString(p.Email) {
				t.Errorf("e-mail %q is not vorname.nachname@example.org in lowercase ASCII", p.Email)
			}
			if p.Position == "" {
				t.Errorf("%s has no position", p.Name)
			}
			byEmail[p.Email] = p
		}
		acc := demo.DemoAccounts()
		wantRoles := [][]string{{"OB"}, {"OB_OFFICE"}, {"LEADERSHIP"}, {}, {"CONTROLLING"}, {"HR"}, {"ADMIN"}, {"PAY_COMMISSION"}}
		if len(acc) != len(wantRoles) {
			t.Fatalf("%d demo accounts, want %d", len(acc), len(wantRoles))
		}
		leads := map[int64][]db.OrgUnit{}
		for _, u := range s.units {
			if u.LeaderID != nil {
				leads[*u.LeaderID] = append(leads[*u.LeaderID], u)
			}
		}
		for i, a := range acc {
			p, ok := byEmail[a.Email]
			if !ok || p.Name != a.Name {
				t.Errorf("demo account %q (%s) is not a seeded person", a.Label, a.Email)
			}
			if !slices.Equal(a.Roles, wantRoles[i]) || a.Label == "" {
				t.Errorf("demo account %d: roles %v label %q, want roles %v", i, a.Roles, a.Label, wantRoles[i])
			}
			var kinds []db.OrgUnitKind
			for _, u := range leads[p.ID] {
				kinds = append(kinds, u.Kind)
			}
			wantKind := map[int]db.OrgUnitKind{0: db.KindBoard, 2: db.KindDezernat, 3: db.KindAmt}[i]
			if wantKind != "" && !slices.Equal(kinds, []db.OrgUnitKind{wantKind}) {
				t.Errorf("demo account %q leads %v, want one %s", a.Label, kinds, wantKind)
			}
			if wantKind == "" && len(kinds) != 0 {
				t.Errorf("demo account %q leads %v, want no unit", a.Label, kinds)
			}
		}
	}
}

func checkOrgTree(s *seeded) func(t *testing.T) {
	return func(t *testing.T) {
		now := snapshot
		byID := map[int64]db.OrgUnit{}
		for _, u := range s.units {
			byID[u.ID] = u
			if u.Version != 1 {
				t.Errorf("%s: version %d", u.Code, u.Version)
			}
		}
		var roots, dez, amts, fb, abt int
		for _, u := range s.units {
			var parent db.OrgUnit
			if u.ParentID != nil {
				parent = byID[*u.ParentID]
			}
			switch {
			case u.Kind == db.KindBoard:
				roots++
				if u.ParentID != nil || u.LeaderID == nil || u.Code != "OB" {
					t.Errorf("root %s: parent %v leader %v", u.Code, u.ParentID, u.LeaderID)
				}
			case u.Kind == db.KindFachbereich:
				fb++
				if u.ActiveOn(now) || !u.ValidFrom.Equal(time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC)) ||
					!u.ValidTo.Equal(time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)) {
					t.Errorf("Fachbereich %s valid %v–%v, want 2010-01-01–2019-01-01", u.Code, u.ValidFrom, u.ValidTo)
				}
			case !u.ActiveOn(now):
				if parent.Kind != db.KindFachbereich || u.ValidTo == nil || !u.ValidTo.Equal(*parent.ValidTo) {
					t.Errorf("dissolved unit %s is not under a dissolved Fachbereich", u.Code)
				}
			case u.Kind == db.KindDezernat:
				dez++
				if parent.Kind != db.KindBoard || u.LeaderID == nil {
					t.Errorf("Dezernat %s: parent %s leader %v", u.Code, parent.Kind, u.LeaderID)
				}
			case u.Kind == db.KindAmt:
				amts++
				if parent.Kind != db.KindDezernat || u.LeaderID == nil {
					t.Errorf("Amt %s: parent %s leader %v", u.Code, parent.Kind, u.LeaderID)
				}
			case u.Kind == db.KindAbteilung:
				abt++
				if parent.Kind != db.KindAmt {
					t.Errorf("Abteilung %s under %s", u.Code, parent.Kind)
				}
			}
			if u.ActiveOn(now) && u.ParentID != nil && !parent.ActiveOn(now) {
				t.Errorf("active %s under dissolved %s", u.Code, parent.Code)
			}
		}
		if roots != 1 || dez != 6 || amts < 30 || amts > 45 || fb != 2 || abt == 0 {
			t.Errorf("org tree: %d roots, %d Dezernate, %d active Ämter, %d Fachbereiche, %d Abteilungen", roots, dez, amts, fb, abt)
		}
	}
}

func checkProducts(s *seeded) func(t *testing.T) {
	return func(t *testing.T) {
		if len(s.areas) != 17 || len(s.products) < 190 {
			t.Fatalf("%d areas, %d products", len(s.areas), len(s.products))
		}
		now := snapshot
		units := map[int64]db.OrgUnit{}
		for _, u := range s.units {
			units[u.ID] = u
		}
		groupArea := map[int64]int64{}
		groupNum := map[int64]string{}
		for _, g := range s.groups {
			groupArea[g.ID], groupNum[g.ID] = g.AreaID, g.Number
		}
		perArea := map[int64]int{}
		for _, p := range s.products {
			perArea[groupArea[p.GroupID]]++
			if len(p.Number) != 6 || p.Number[:4] != groupNum[p.GroupID] {
				t.Errorf("product %s in group %s", p.Number, groupNum[p.GroupID])
			}
			if u := units[p.OrgUnitID]; u.Kind != db.KindAmt || !u.ActiveOn(now) {
				t.Errorf("product %s owned by %s %s", p.Number, u.Kind, u.Code)
			}
		}
		for _, a := range s.areas {
			if perArea[a.ID] == 0 {
				t.Errorf("area %02d %s has no product", a.Number, a.Name)
			}
		}
		lines := map[int64][]db.BudgetLine{}
		for _, l := range s.budget {
			lines[l.ProductID] = append(lines[l.ProductID], l)
		}
		for _, p := range s.products {
			ls := lines[p.ID]
			if len(ls) != 6 {
				t.Errorf("product %s has %d budget lines, want 2022–2027", p.Number, len(ls))
				continue
			}
			for i, l := range ls {
				y := 2022 + i
				if l.Year != y || l.PlanCents < 10_000*100 || l.PlanCents > 50_000_000*100 {
					t.Errorf("product %s %d: plan %d cents", p.Number, l.Year, l.PlanCents)
				}
				if (l.ActualCents != nil) != (y <= 2025) || (l.ForecastCents != nil) != (y == 2026) {
					t.Errorf("product %s %d: actual %v forecast %v", p.Number, y, l.ActualCents, l.ForecastCents)
				}
			}
		}
	}
}

var levelRank = map[db.GoalLevel]int{db.LevelDezernat: 0, db.LevelAmt: 1, db.LevelProduct: 2}

func checkGoals(s *seeded) func(t *testing.T) {
	return func(t *testing.T) {
		byID := map[int64]db.Goal{}
		for _, g := range s.goals {
			byID[g.ID] = g
		}
		units := map[int64]db.OrgUnit{}
		for _, u := range s.units {
			units[u.ID] = u
		}
		unlinked := 0
		perDez := map[int64]int{}
		covered2027 := map[int64]bool{}
		for _, g := range s.goals {
			if g.FromYear > g.ToYear {
				t.Errorf("goal %d: %d–%d", g.ID, g.FromYear, g.ToYear)
			}
			var want *int64
			switch {
			case g.ParentGoalID != nil:
				parent := byID[*g.ParentGoalID]
				if levelRank[parent.Level] != levelRank[g.Level]-1 {
					t.Errorf("goal %d (%s) has parent %d (%s)", g.ID, g.Level, parent.ID, parent.Level)
				}
				if g.Level == db.LevelAmt && (units[g.OrgUnitID].ParentID == nil || *units[g.OrgUnitID].ParentID != parent.OrgUnitID) {
					t.Errorf("Amt goal %d: parent goal belongs to another Dezernat", g.ID)
				}
				if g.Level == db.LevelProduct && (g.ProductID == nil || g.OrgUnitID != parent.OrgUnitID) {
					t.Errorf("product goal %d: product %v, unit %d, parent unit %d", g.ID, g.ProductID, g.OrgUnitID, parent.OrgUnitID)
				}
				want = parent.TracedStrategicGoalID
			case g.StrategicGoalID != nil:
				if g.Level != db.LevelDezernat {
					t.Errorf("goal %d (%s) links a strategic goal directly", g.ID, g.Level)
				}
				perDez[g.OrgUnitID]++
				want = g.StrategicGoalID
			default:
				unlinked++
			}
			if (want == nil) != (g.TracedStrategicGoalID == nil) || (want != nil && *want != *g.TracedStrategicGoalID) {
				t.Errorf("goal %d: traced %v, want %v", g.ID, g.TracedStrategicGoalID, want)
			}
			if g.TracedStrategicGoalID != nil && g.FromYear <= 2027 && 2027 <= g.ToYear {
				covered2027[*g.TracedStrategicGoalID] = true
			}
		}
		if unlinked < 4 || unlinked > 6 {
			t.Errorf("%d unlinked goals, want 4–6", unlinked)
		}
		if len(perDez) != 6 {
			t.Errorf("%d Dezernate with goals, want 6", len(perDez))
		}
		for u, n := range perDez {
			if n < 3 || n > 5 {
				t.Errorf("Dezernat %s has %d goals, want 3–5", units[u].Code, n)
			}
		}
		if len(covered2027) != 8 {
			t.Errorf("%d strategic goals covered in 2027, want 8 (exactly one uncovered)", len(covered2027))
		}
	}
}

func checkKPIs(s *seeded) func(t *testing.T) {
	return func(t *testing.T) {
		if len(s.kpis) < 300 {
			t.Fatalf("%d KPIs, want ≥ 300", len(s.kpis))
		}
		kpis := map[int64]db.KPI{}
		withProduct := 0
		for _, k := range s.kpis {
			kpis[k.ID] = k
			if k.GoalID == nil || k.Definition == "" || k.Unit == "" {
				t.Errorf("KPI %d %q: goal %v, definition %q", k.ID, k.Name, k.GoalID, k.Definition)
			}
			if k.ProductID != nil {
				withProduct++
			}
		}
		if withProduct*10 < len(s.kpis)*8 {
			t.Errorf("only %d of %d KPIs have a product", withProduct, len(s.kpis))
		}
		yearly := map[int64]map[int]db.KPIValue{}
		quarters := map[int64]int{}
		lights := map[db.TrafficLight]int{}
		reportedQ, reportedM := 0, 0
		for _, v := range s.values {
			k := kpis[v.KPIID]
			if v.Quarter == 0 && v.Month == 0 {
				if yearly[v.KPIID] == nil {
					yearly[v.KPIID] = map[int]db.KPIValue{}
				}
				yearly[v.KPIID][v.Year] = v
				if v.Year <= 2026 {
					lights[db.LightOf(db.Degree(k.Direction, v.Plan, v.Actual), k.GreenThreshold, k.YellowThreshold)]++
				}
			} else if v.Year == 2026 && v.Quarter > 0 {
				quarters[v.KPIID]++
			}
			// At the snapshot Q1–Q3 and January–October of 2026 are
			// reported, the rest of the year and 2027 are plan only.
			switch {
			case v.Year == 2027 && v.Actual != nil:
				t.Errorf("KPI value %d: actual for 2027", v.ID)
			case v.Quarter == 4 && v.Actual != nil, v.Month >= 11 && v.Actual != nil:
				t.Errorf("KPI value %d: actual for %d Q%d M%d, not reported by the snapshot", v.ID, v.Year, v.Quarter, v.Month)
			case v.Quarter > 0 && v.Actual != nil:
				reportedQ++
			case v.Month > 0 && v.Actual != nil:
				reportedM++
			}
			if v.RecordedByID == nil || v.RecordedAt.IsZero() {
				t.Errorf("KPI value %d has no recorder", v.ID)
			}
		}
		with2026 := 0
		for _, k := range s.kpis {
			for y := 2022; y <= 2026; y++ {
				v, ok := yearly[k.ID][y]
				if !ok || v.Plan == nil || (y < 2026 && v.Actual == nil) {
					t.Errorf("KPI %d: no plan/actual for %d", k.ID, y)
				}
			}
			if yearly[k.ID][2026].Actual != nil {
				with2026++
			}
			if k.Frequency == db.Quarterly && quarters[k.ID] != 4 {
				t.Errorf("quarterly KPI %d has %d quarters in 2026", k.ID, quarters[k.ID])
			}
		}
		if with2026*2 < len(s.kpis) {
			t.Errorf("only %d KPIs have a 2026 actual", with2026)
		}
		if reportedQ == 0 || reportedM == 0 {
			t.Errorf("2026: %d quarterly and %d monthly actuals reported", reportedQ, reportedM)
		}
		total := lights[db.Green] + lights[db.Yellow] + lights[db.Red]
		for _, c := range []db.TrafficLight{db.Green, db.Yellow, db.Red} {
			if lights[c]*10 < total {
				t.Errorf("traffic lights %v: too few %s", lights, c)
			}
		}
	}
}

func checkConsolidation(s *seeded) func(t *testing.T) {
	return func(t *testing.T) {
		if len(s.programmes) != 1 || s.programmes[0].Kind != db.HSP || s.programmes[0].FromYear != 2012 || s.programmes[0].ToYear != 2030 {
			t.Fatalf("programmes: %+v", s.programmes)
		}
		if n := len(s.measures); n < 25 || n > 40 {
			t.Errorf("%d measures, want 25–40", n)
		}
		statuses := map[db.MeasureStatus]bool{}
		for _, m := range s.measures {
			statuses[m.Status] = true
		}
		if len(statuses) != 5 {
			t.Errorf("measure statuses %v, want all five", statuses)
		}
		short := 0
		for _, sv := range s.savings {
			if (sv.RealisedCents == nil) != (sv.Year > 2026) {
				t.Errorf("saving %d (%d): realised %v", sv.ID, sv.Year, sv.RealisedCents)
			}
			if sv.RealisedCents != nil && *sv.RealisedCents < sv.PlannedCents {
				short++
			}
		}
		if short == 0 {
			t.Error("no measure realises less than planned")
		}
	}
}

func checkAgreements(s *seeded) func(t *testing.T) {
	return func(t *testing.T) {
		units := map[int64]db.OrgUnit{}
		for _, u := range s.units {
			units[u.ID] = u
		}
		var obID int64
		for _, u := range s.units {
			if u.Kind == db.KindBoard {
				obID = *u.LeaderID
			}
		}
		items := map[int64][]db.AgreementItem{}
		for _, it := range s.items {
			items[it.AgreementID] = append(items[it.AgreementID], it)
		}
		reviews := map[int64]int{}
		review := map[int64]db.Review{}
		for _, r := range s.reviews {
			reviews[r.AgreementID]++
			review[r.AgreementID] = r
		}
		assessments := map[int64]db.Assessment{}
		for _, a := range s.assessments {
			assessments[a.AgreementID] = a
		}
		rank := map[db.AgreementStatus]int{db.StatusDraft: 0, db.StatusProposed: 1, db.StatusAgreed: 2,
			db.StatusReviewed: 3, db.StatusAssessed: 4, db.StatusClosed: 5}
		perYear := map[int]map[db.AgreementStatus]bool{}
		all := map[db.AgreementStatus]bool{}
		obAgreements := map[int]int{}
		// 2026 states of the OB's and of the Dezernenten's agreements.
		obStates, amtStates2026, states2027 := map[db.AgreementStatus]int{}, map[db.AgreementStatus]int{}, map[db.AgreementStatus]int{}
		for _, ag := range s.agreements {
			if perYear[ag.Year] == nil {
				perYear[ag.Year] = map[db.AgreementStatus]bool{}
			}
			perYear[ag.Year][ag.Status], all[ag.Status] = true, true
			switch {
			case ag.Year == 2026 && ag.PrincipalID == obID:
				obStates[ag.Status]++
			case ag.Year == 2026:
				amtStates2026[ag.Status]++
			default:
				states2027[ag.Status]++
			}
			r := rank[ag.Status]
			its := items[ag.ID]
			if len(its) < 3 || len(its) > 6 {
				t.Errorf("agreement %d has %d items", ag.ID, len(its))
			}
			sum, budget := 0, 0
			var total float64
			for _, it := range its {
				sum += it.WeightPercent
				links := 0
				for _, l := range []bool{it.GoalID != nil, it.KPIID != nil, it.MeasureID != nil} {
					if l {
						links++
					}
				}
				if links != 1 {
					t.Errorf("item %d links %d targets", it.ID, links)
				}
				if it.KPIID != nil && it.TargetValue == nil {
					t.Errorf("KPI item %d without target", it.ID)
				}
				if it.BudgetCompliance && it.Title == "Einhaltung des Haushaltsplans einschließlich der HSP-Maßnahmen" {
					budget++
				}
				if (it.InterimDegree != nil) != (r >= 3) || (it.FinalDegree != nil) != (r >= 4) {
					t.Errorf("item %d of %s agreement: interim %v final %v", it.ID, ag.Status, it.InterimDegree, it.FinalDegree)
				}
				if (it.SelfDegree != nil) != (ag.SelfAssessedAt != nil) {
					t.Errorf("item %d: self degree %v, agreement self-assessed at %v", it.ID, it.SelfDegree, ag.SelfAssessedAt)
				}
				if it.FinalDegree != nil {
					if *it.FinalDegree < 0 || *it.FinalDegree > 150 {
						t.Errorf("item %d: final degree %v", it.ID, *it.FinalDegree)
					}
					total += float64(it.WeightPercent) * *it.FinalDegree
				}
			}
			if sum != 100 {
				t.Errorf("agreement %d: weights add up to %d", ag.ID, sum)
			}
			if ag.PrincipalID == obID {
				obAgreements[ag.Year]++
				if units[ag.OrgUnitID].Kind != db.KindDezernat || budget != 1 || ag.PayRule != db.PayBeamte {
					t.Errorf("OB agreement %d: unit %s, %d budget items, pay %s", ag.ID, units[ag.OrgUnitID].Kind, budget, ag.PayRule)
				}
			} else if units[ag.OrgUnitID].LeaderID == nil || *units[ag.OrgUnitID].LeaderID != ag.AgentID ||
				*units[*units[ag.OrgUnitID].ParentID].LeaderID != ag.PrincipalID {
				t.Errorf("agreement %d: agent does not lead the unit or principal does not lead the unit above", ag.ID)
			}
			if (ag.ProposedAt != nil) != (r >= 1) || (ag.AgreedAt != nil) != (r >= 2) ||
				(ag.AgentSignedAt != nil) != (r >= 2) || (ag.ClosedAt != nil) != (r >= 5) {
				t.Errorf("agreement %d (%s): timestamps do not match the status", ag.ID, ag.Status)
			}
			if ag.AgreedAt != nil && (ag.AgreedAt.Before(*ag.ProposedAt) || ag.AgreedAt.Before(*ag.PrincipalSignedAt) || ag.AgreedAt.Before(*ag.AgentSignedAt)) {
				t.Errorf("agreement %d agreed before it was proposed or signed", ag.ID)
			}
			if ag.UpdatedAt.Before(ag.CreatedAt) || ag.Version != 1 {
				t.Errorf("agreement %d: created %v updated %v version %d", ag.ID, ag.CreatedAt, ag.UpdatedAt, ag.Version)
			}
			if (reviews[ag.ID] == 1) != (r >= 3) {
				t.Errorf("agreement %d (%s) has %d reviews", ag.ID, ag.Status, reviews[ag.ID])
			}
			a, assessed := assessments[ag.ID]
			if assessed != (r >= 4) {
				t.Errorf("agreement %d (%s): assessment %v", ag.ID, ag.Status, assessed)
			}
			if assessed && math.Abs(a.TotalDegree-total/100) > 1e-9 {
				t.Errorf("agreement %d: total degree %v, weighted sum %v", ag.ID, a.TotalDegree, total/100)
			}
			// Self-assessment: only once reviewed, always before the
			// assessment, and the assessment keeps its note.
			if (ag.SelfAssessedAt != nil && r < 3) || (ag.SelfAssessedAt == nil && r >= 4) ||
				(ag.SelfAssessedAt != nil) != (ag.SelfAssessmentNote != "") {
				t.Errorf("agreement %d (%s): self-assessed at %v, note %q", ag.ID, ag.Status, ag.SelfAssessedAt, ag.SelfAssessmentNote)
			}
			if assessed && a.SelfAssessmentNote != ag.SelfAssessmentNote {
				t.Errorf("agreement %d: assessment keeps self-assessment note %q, agreement has %q", ag.ID, a.SelfAssessmentNote, ag.SelfAssessmentNote)
			}
			checkTimeline(t, ag, review[ag.ID], a)
		}
		t.Logf("2026: OB %v, Dezernenten %v; 2027: %v", obStates, amtStates2026, states2027)
		for _, st := range []db.AgreementStatus{db.StatusAgreed, db.StatusReviewed, db.StatusAssessed, db.StatusClosed} {
			if obStates[st] == 0 || amtStates2026[st] == 0 {
				t.Errorf("2026: no %s agreement of the OB (%v) or of a Dezernent (%v)", st, obStates, amtStates2026)
			}
		}
		early, running := 0, 0
		for _, m := range []map[db.AgreementStatus]int{obStates, amtStates2026} {
			early += m[db.StatusAssessed] + m[db.StatusClosed]
			running += m[db.StatusAgreed] + m[db.StatusReviewed]
		}
		if running < 3*early {
			t.Errorf("2026 at the snapshot: %d agreed or reviewed, %d already assessed: want mostly agreed and reviewed", running, early)
		}
		if obAgreements[2026] != 6 || obAgreements[2027] != 6 {
			t.Errorf("OB agreements per year: %v", obAgreements)
		}
		if len(all) != 6 || len(perYear[2026]) != 6 {
			t.Errorf("statuses overall %v, 2026 %v: want all six", all, perYear[2026])
		}
		for st := range perYear[2027] {
			if rank[st] > 2 {
				t.Errorf("2027 agreement already %s", st)
			}
		}
		if len(perYear[2027]) != 3 {
			t.Errorf("2027 statuses %v, want DRAFT, PROPOSED, AGREED", perYear[2027])
		}

		byEmail := map[string]int64{}
		for _, p := range s.persons {
			byEmail[p.Email] = p.ID
		}
		acc := demo.DemoAccounts()
		dezernent, amtsleitung := byEmail[acc[2].Email], byEmail[acc[3].Email]
		asAgent, asPrincipal, amtStates := map[db.AgreementStatus]bool{}, map[db.AgreementStatus]bool{}, map[db.AgreementStatus]bool{}
		for _, ag := range s.agreements {
			if ag.AgentID == dezernent {
				asAgent[ag.Status] = true
			}
			if ag.PrincipalID == dezernent {
				asPrincipal[ag.Status] = true
			}
			if ag.AgentID == amtsleitung {
				amtStates[ag.Status] = true
			}
		}
		if len(asAgent) < 2 || len(asPrincipal) < 4 || len(amtStates) < 2 {
			t.Errorf("demo Dezernent as agent %v, as principal %v; demo Amtsleitung %v", asAgent, asPrincipal, amtStates)
		}
		// What graph/matrix_test.go builds on: the OB's assessed agreement
		// with the demo Dezernent, the demo Dezernent's assessed agreement
		// with pay with the demo Amtsleitung, and one without pay between
		// other people, all in 2026.
		var a1, a2, a3 bool
		for _, ag := range s.agreements {
			done := ag.Status == db.StatusAssessed || ag.Status == db.StatusClosed
			if ag.Year != 2026 {
				continue
			}
			a1 = a1 || (ag.PrincipalID == obID && ag.AgentID == dezernent && done)
			a2 = a2 || (ag.PrincipalID == dezernent && ag.AgentID == amtsleitung && ag.PayRule != db.PayNone && done)
			a3 = a3 || (ag.PrincipalID != obID && ag.PrincipalID != dezernent && ag.AgentID != amtsleitung && ag.PayRule == db.PayNone)
		}
		if !a1 || !a2 || !a3 {
			t.Errorf("2026: OB–demo Dezernent assessed %v, demo Dezernent–demo Amtsleitung assessed with pay %v, without pay elsewhere %v", a1, a2, a3)
		}
	}
}

// checkTimeline asserts the order of an agreement's timestamps: created,
// proposed, signed (either side first), agreed, review held and recorded,
// self-assessed, assessed, closed; the last of them is the last update
// (a returned draft was updated later, when it was returned).
func checkTimeline(t *testing.T, ag db.Agreement, r db.Review, a db.Assessment) {
	t.Helper()
	type step struct {
		name string
		at   *time.Time
	}
	chain := []step{{"created", &ag.CreatedAt}, {"proposed", ag.ProposedAt}, {"agreed", ag.AgreedAt}}
	if r.ID != 0 {
		chain = append(chain, step{"review held", &r.HeldOn}, step{"review recorded", &r.CreatedAt})
	}
	chain = append(chain, step{"self-assessed", ag.SelfAssessedAt})
	if a.ID != 0 {
		chain = append(chain, step{"assessed", &a.AssessedAt})
	}
	chain = append(chain, step{"closed", ag.ClosedAt})
	var prev step
	last := ag.CreatedAt
	for _, st := range chain {
		if st.at == nil {
			continue
		}
		if prev.at != nil && !st.at.After(*prev.at) {
			t.Errorf("agreement %d (%s): %s %v not after %s %v", ag.ID, ag.Status, st.name, *st.at, prev.name, *prev.at)
		}
		prev = st
		if st.at.After(last) {
			last = *st.at
		}
	}
	for _, sig := range []step{{"principal signed", ag.PrincipalSignedAt}, {"agent signed", ag.AgentSignedAt}} {
		if sig.at == nil {
			continue
		}
		if ag.ProposedAt == nil || !sig.at.After(*ag.ProposedAt) || (ag.AgreedAt != nil && sig.at.After(*ag.AgreedAt)) {
			t.Errorf("agreement %d: %s %v, proposed %v, agreed %v", ag.ID, sig.name, *sig.at, ag.ProposedAt, ag.AgreedAt)
		}
		if sig.at.After(last) {
			last = *sig.at
		}
	}
	if !ag.UpdatedAt.Equal(last) && !(ag.ReturnReason != "" && ag.UpdatedAt.After(last)) {
		t.Errorf("agreement %d (%s): updated %v, last step %v", ag.ID, ag.Status, ag.UpdatedAt, last)
	}
}

// checkSnapshot asserts that no timestamp of any seeded table lies after the
// snapshot day 2026-11-20: every time.Time field of every row, by
// reflection, and among them at least the columns named in want.
func checkSnapshot(s *seeded) func(t *testing.T) {
	return func(t *testing.T) {
		want := []string{"agreements.proposed_at", "agreements.principal_signed_at", "agreements.agent_signed_at",
			"agreements.agreed_at", "agreements.self_assessed_at", "agreements.closed_at", "agreements.created_at",
			"agreements.updated_at", "reviews.held_on", "reviews.created_at", "assessments.assessed_at",
			"kpi_values.recorded_at", "org_units.valid_from"}
		naming := schema.NamingStrategy{}
		timeType := reflect.TypeFor[time.Time]()
		seen := map[string]int{} // column -> non-null values checked
		latest := map[string]time.Time{}
		for _, rows := range []any{s.persons, s.units, s.sgoals, s.areas, s.groups, s.products, s.goals, s.kpis,
			s.values, s.budget, s.programmes, s.measures, s.savings, s.agreements, s.items, s.reviews, s.assessments} {
			v := reflect.ValueOf(rows)
			typ := v.Type().Elem()
			table := naming.TableName(typ.Name())
			for i := range v.Len() {
				row := v.Index(i)
				for f := range typ.NumField() {
					field := row.Field(f)
					if field.Kind() == reflect.Pointer {
						if field.IsNil() {
							continue
						}
						field = field.Elem()
					}
					if field.Type() != timeType {
						continue
					}
					col := table + "." + naming.ColumnName(table, typ.Field(f).Name)
					ts := field.Interface().(time.Time)
					seen[col]++
					if ts.After(latest[col]) {
						latest[col] = ts
					}
					if ts.After(snapshotEnd) {
						t.Errorf("%s of row %d is %v, after the snapshot %v", col, row.FieldByName("ID").Int(), ts, snapshotEnd)
					}
				}
			}
		}
		for _, col := range want {
			if seen[col] == 0 {
				t.Errorf("%s: no value checked", col)
			}
		}
		t.Logf("latest timestamps: %v", latest)
	}
}
