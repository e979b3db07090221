// Package demo is the demo city "Stadt Musterhamm": the seed that loads it
// into an empty database (Seed, SeedScaled for a city N times its size) and
// the people the demo identity provider offers for sign-in. Production
// needs none of it but for seeding a demo; nothing in db depends on it.
package demo

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"time"

	"zielwerk/db"

	"gorm.io/gorm"
)

// SeedCounts maps table name to rows inserted.
type SeedCounts map[string]int64

// ErrNotEmpty is returned by Seed when the database already holds data.
var ErrNotEmpty = errors.New("seed: the database already holds data (persons is not empty)")

// seedBatchSize is the number of rows per INSERT.
const seedBatchSize = 500

// The demo data is a snapshot of 20 November 2026 (seedSnapshot), and no
// seeded timestamp lies after it: the agreements for 2026 are agreed, most
// have had their mid-year review (June to September), a few were assessed
// early (retirement, change of post, leave) and some of those closed; the
// agreements for 2027 are being concluded (draft, proposed, a few signed
// in November). Actuals exist up to 2025; for 2026 the budget has a
// forecast, the HSP savings an expected realisation, the KPIs actuals for the
// quarters and months reported by the snapshot (Q1–Q3, January–October)
// and a preliminary (projected) actual for the year; 2027 is plan only.
const (
	seedFirstYear = 2022
	seedLastYear  = 2027
	seedYear      = 2026 // the running fiscal year
)

// seedSnapshot is the day the demo data describes; it is fixed so that the
// seed stays deterministic.
var seedSnapshot = time.Date(2026, time.November, 20, 0, 0, 0, 0, time.UTC)

// IsEmpty reports whether no seed/master data exists yet (persons table
// empty).
func IsEmpty(ctx context.Context, gdb *gorm.DB) (bool, error) {
	var n int64
	if err := gdb.WithContext(ctx).Model(&db.Person{}).Count(&n).Error; err != nil {
		return false, err
	}
	return n == 0, nil
}

// Seed loads the demo city into an EMPTY migrated database in one
// transaction; it returns ErrNotEmpty (and writes nothing) if data already
// exists. The data is the same on every call: a fixed-seed generator, fixed
// dates, explicit IDs (on PostgreSQL the id sequences are moved past them).
func Seed(ctx context.Context, gdb *gorm.DB) (SeedCounts, error) {
	return SeedScaled(ctx, gdb, 1)
}

// SeedScaled is Seed for a city scale times the demo city (seed_scale.go);
// scale 1 is the demo city itself.
func SeedScaled(ctx context.Context, gdb *gorm.DB, scale int) (SeedCounts, error) {
	if scale < 1 || scale > MaxSeedScale {
		return nil, fmt.Errorf("seed: scale %d outside 1–%d", scale, MaxSeedScale)
	}
	s, err := buildSeed(scale)
	if err != nil {
		return nil, err
	}
	counts := SeedCounts{}
	err = gdb.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		pg := db.Dialect(tx) == "postgres"
		if pg {
			// Two replicas seeding at once: one seeds, the other then sees data.
			if err := tx.Exec("SELECT pg_advisory_xact_lock(72510002)").Error; err != nil {
				return err
			}
			// Loading is one-off work, not a request: the pool's statement
			// timeout (meant for requests) does not apply to it.
			if err := tx.Exec("SET LOCAL statement_timeout = 0").Error; err != nil {
				return err
			}
		}
		empty, err := IsEmpty(ctx, tx)
		if err != nil {
			return err
		}
		if !empty {
			return ErrNotEmpty
		}
		for _, rows := range s.tables() {
			stmt := &gorm.Statement{DB: tx}
			if err := stmt.Parse(rows); err != nil {
				return err
			}
			table := stmt.Schema.Table
			if sinceVersion10[table] && !tx.Migrator().HasTable(table) {
				continue
			}
			res := tx.CreateInBatches(rows, seedBatchSize)
			if res.Error != nil {
				return fmt.Errorf("seed %s: %w", table, res.Error)
			}
			counts[table] = res.RowsAffected
			if pg && res.RowsAffected > 0 && stmt.Schema.LookUpField("id") != nil {
				q := fmt.Sprintf(`SELECT setval(pg_get_serial_sequence('%s', 'id'), (SELECT MAX(id) FROM %s))`, table, table)
				if err := tx.Exec(q).Error; err != nil {
					return fmt.Errorf("seed %s: reset id sequence: %w", table, err)
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if db.Dialect(gdb) == "postgres" {
		// Fresh statistics, so the planner does not take the just-loaded
		// tables for empty until autovacuum comes by.
		// ANALYZE of every table takes longer than a request may on a busy
		// machine; like the load it runs without the statement timeout.
		err := gdb.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
			if err := tx.Exec("SET LOCAL statement_timeout = 0").Error; err != nil {
				return err
			}
			return tx.Exec("ANALYZE").Error
		})
		if err != nil {
			return nil, fmt.Errorf("seed: analyze: %w", err)
		}
	}
	return counts, nil
}

// DemoAccount is a seeded person the demo identity provider offers for
// sign-in.
type DemoAccount struct {
	Email, Name, Label string
	Roles              []string
}

// DemoAccounts lists the seeded demo people by role: OB, Büro OB, a
// Dezernent, an Amtsleitung (a manager only by the org tree), Controlling,
// HR and Admin.
func DemoAccounts() []DemoAccount {
	var dez, amt string
	for _, d := range dezernatSpecs {
		if d.Roman == seedDemoDezernat {
			dez = d.Leader
		}
	}
	var amtName string
	for _, a := range amtSpecs {
		if a.Num == seedDemoAmt {
			amt, amtName = a.Leader, a.Name
		}
	}
	acc := func(name, label string, roles ...string) DemoAccount {
		if roles == nil {
			roles = []string{}
		}
		return DemoAccount{Email: seedEmail(name), Name: name, Label: label, Roles: roles}
	}
	return []DemoAccount{
		acc(seedOBName, "Oberbürgermeisterin", "OB"),
		acc(seedOfficeName, "Büro der Oberbürgermeisterin", "OB_OFFICE"),
		acc(dez, "Dezernent "+seedDemoDezernat+" (Dezernent/Verwaltungsvorstand)", "LEADERSHIP"),
		acc(amt, "Amtsleitung "+amtName),
		acc(seedControlName, "Controlling (Kämmerei)", "CONTROLLING"),
		acc(seedHRName, "Personalwesen (Personal- und Organisationsamt)", "HR"),
		acc(seedAdminName, "Administration (Amt für Informationstechnik und Digitalisierung)", "ADMIN"),
		acc(seedCommissionName, "Paritätische Kommission LOB (Personalrat)", "PAY_COMMISSION"),
	}
}

var seedTranslit = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss", "é", "e", "è", "e", " ", "-")

// seedEmail turns "Dr. Jörg Wessels" into "joerg.wessels@example.org".
func seedEmail(name string) string {
	name = strings.TrimPrefix(name, "Dr. ")
	first, last, _ := strings.Cut(name, " ")
	return seedTranslit.Replace(strings.ToLower(first)) + "." + seedTranslit.Replace(strings.ToLower(last)) + "@example.org"
}

// seedSet holds every row, parents before children.
type seedSet struct {
	persons     []db.Person
	units       []db.OrgUnit
	sgoals      []db.StrategicGoal
	areas       []db.ProductArea
	groups      []db.ProductGroup
	products    []db.Product
	goals       []db.Goal
	kpis        []db.KPI
	kpiValues   []db.KPIValue
	budget      []db.BudgetLine
	programmes  []db.ConsolidationProgramme
	measures    []db.ConsolidationMeasure
	savings     []db.MeasureSaving
	agreements  []db.Agreement
	items       []db.AgreementItem
	reviews     []db.Review
	assessments []db.Assessment
	schemes     []db.PayScheme
	bands       []db.PayBand
}

func (s *seedSet) tables() []any {
	return []any{&s.persons, &s.units, &s.sgoals, &s.areas, &s.groups, &s.products, &s.goals,
		&s.kpis, &s.kpiValues, &s.budget, &s.programmes, &s.measures, &s.savings,
		&s.agreements, &s.items, &s.reviews, &s.assessments, &s.schemes, &s.bands}
}

// sinceVersion10 are the tables of schema version 10 (pay schemes): a
// database migrated only to an older version (the upgrade test seeds at
// version 4) gets the demo city without them.
var sinceVersion10 = map[string]bool{"pay_schemes": true, "pay_scheme_bands": true}

type seedAmt struct {
	spec     *amtSpec
	dez      int
	unitID   int64
	leaderID int64
	goals    []int // linked Amt goals (indices into goals)
	products []int
	kpis     []int // specific KPIs, product or Amt level
	measures []int
}

type seedKPI struct {
	spec   kpiSpec
	plan   map[int]float64
	actual map[int]*float64
}

type seedMeasure struct {
	annual  float64
	planned map[int]int64
	real    map[int]*int64
}

type seedBuilder struct {
	r *rand.Rand
	s *seedSet

	personID  map[string]int64
	emails    map[string]bool
	obID      int64
	controlID int64
	rootID    int64
	dezUnit   []int64
	dezLeader []int64
	dezGoals  [][]int        // indices into goals per Dezernat
	dezGoal   map[string]int // key -> index into goals
	amts      []*seedAmt
	amtByNum  map[int]*seedAmt
	prodKPIs  map[int][]int // product index -> KPI indices
	prodGoal  map[int]int   // product index -> product goal index
	kpiData   []seedKPI
	measData  []seedMeasure
}

func buildSeed(scale int) (s *seedSet, err error) {
	// The static tables are checked while building; a broken table panics
	// with a message, which Seed reports as an error.
	defer func() {
		if r := recover(); r != nil {
			s, err = nil, fmt.Errorf("seed: invalid seed data: %v", r)
		}
	}()
	b := &seedBuilder{
		r:        rand.New(rand.NewPCG(0x5EED2027, 0x4A4D4D)),
		s:        &seedSet{},
		personID: map[string]int64{},
		emails:   map[string]bool{},
		dezGoal:  map[string]int{},
		amtByNum: map[int]*seedAmt{},
		prodKPIs: map[int][]int{},
		prodGoal: map[int]int{},
	}
	b.people()
	b.orgUnits()
	b.strategicGoals()
	b.productPlan()
	b.goalCascade()
	b.budgetLines()
	b.kpiCatalogue()
	b.kpiValues()
	b.consolidation()
	b.agreements()
	b.paySchemes()
	b.s.scaleUp(scale)
	b.s.checkSnapshot()
	return b.s, nil
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
func at(y, m, d, h, mi int) time.Time {
	return time.Date(y, time.Month(m), d, h, mi, 0, 0, time.UTC)
}
func ptr[T any](v T) *T { return &v }

// between returns a uniform value in [lo, hi).
func (b *seedBuilder) between(lo, hi float64) float64 { return lo + (hi-lo)*b.r.Float64() }

func (b *seedBuilder) addPerson(name, position string) int64 {
	email := seedEmail(name)
	if b.emails[email] {
		panic("duplicate person e-mail " + email)
	}
	b.emails[email] = true
	id := int64(len(b.s.persons) + 1)
	b.s.persons = append(b.s.persons, db.Person{ID: id, Name: name, Email: email, Position: position, Version: 1})
	b.personID[name] = id
	return id
}

func (b *seedBuilder) people() {
	b.obID = b.addPerson(seedOBName, "Oberbürgermeisterin")
	for _, st := range staffSpecs {
		b.addPerson(st.Name, st.Position)
	}
	b.controlID = b.personID[seedControlName]
	for _, d := range dezernatSpecs {
		b.dezLeader = append(b.dezLeader, b.addPerson(d.Leader, d.Position))
	}
	for i := range amtSpecs {
		a := &amtSpecs[i]
		title := "Amtsleiter"
		if a.Female {
			title = "Amtsleiterin"
		}
		b.addPerson(a.Leader, title+", "+a.Name)
	}
	for _, ab := range abteilungSpecs {
		title := "Abteilungsleiter"
		if ab.Female {
			title = "Abteilungsleiterin"
		}
		b.addPerson(ab.Leader, fmt.Sprintf("%s %s, %s", title, ab.Name, b.amtSpec(ab.Amt).Name))
	}
	b.addPerson(seedCommissionName, "Personalrätin, Mitglied der Paritätischen Kommission LOB")
}

func (b *seedBuilder) amtSpec(num int) *amtSpec {
	for i := range amtSpecs {
		if amtSpecs[i].Num == num {
			return &amtSpecs[i]
		}
	}
	panic(fmt.Sprintf("unknown Amt %d", num))
}

func (b *seedBuilder) amt(num int) *seedAmt {
	a, ok := b.amtByNum[num]
	if !ok {
		panic(fmt.Sprintf("unknown Amt %d", num))
	}
	return a
}

func (b *seedBuilder) addUnit(u db.OrgUnit) int64 {
	for _, o := range b.s.units {
		if o.Code == u.Code {
			panic("duplicate org unit code " + u.Code)
		}
	}
	u.ID = int64(len(b.s.units) + 1)
	u.Version = 1
	b.s.units = append(b.s.units, u)
	return u.ID
}

func (b *seedBuilder) unitID(code string) int64 {
	for _, u := range b.s.units {
		if u.Code == code {
			return u.ID
		}
	}
	panic("unknown org unit " + code)
}

func (b *seedBuilder) orgUnits() {
	old, current := day(2010, 1, 1), day(2019, 1, 1)
	b.rootID = b.addUnit(db.OrgUnit{Code: "OB", Name: "Verwaltungsvorstand", Kind: db.KindBoard,
		LeaderID: ptr(b.obID), ValidFrom: old})
	for _, d := range dissolvedSpecs {
		parent := b.rootID
		if d.Parent != "" {
			parent = b.unitID(d.Parent)
		}
		b.addUnit(db.OrgUnit{Code: d.Code, Name: d.Name, Kind: d.Kind, ParentID: ptr(parent),
			ValidFrom: old, ValidTo: ptr(current)})
	}
	for i, d := range dezernatSpecs {
		b.dezUnit = append(b.dezUnit, b.addUnit(db.OrgUnit{Code: "D-" + d.Roman, Name: "Dezernat " + d.Roman + " – " + d.Name,
			Kind: db.KindDezernat, ParentID: ptr(b.rootID), LeaderID: ptr(b.dezLeader[i]), ValidFrom: current}))
	}
	for i := range amtSpecs {
		a := &amtSpecs[i]
		dez := slices.IndexFunc(dezernatSpecs, func(d dezSpec) bool { return d.Roman == a.Dez })
		if dez < 0 {
			panic(fmt.Sprintf("Amt %d: unknown Dezernat %s", a.Num, a.Dez))
		}
		leader := b.personID[a.Leader]
		id := b.addUnit(db.OrgUnit{Code: fmt.Sprintf("A-%d", a.Num), Name: a.Name, Kind: db.KindAmt,
			ParentID: ptr(b.dezUnit[dez]), LeaderID: ptr(leader), ValidFrom: current})
		sa := &seedAmt{spec: a, dez: dez, unitID: id, leaderID: leader}
		b.amts = append(b.amts, sa)
		b.amtByNum[a.Num] = sa
	}
	for _, ab := range abteilungSpecs {
		b.addUnit(db.OrgUnit{Code: ab.Code, Name: ab.Name, Kind: db.KindAbteilung,
			ParentID: ptr(b.amt(ab.Amt).unitID), LeaderID: ptr(b.personID[ab.Leader]), ValidFrom: current})
	}
}

func (b *seedBuilder) strategicGoals() {
	for i, g := range strategicGoalSpecs {
		b.s.sgoals = append(b.s.sgoals, db.StrategicGoal{ID: int64(i + 1), Number: i + 1, Title: g.Title,
			Description: g.Description, Version: 1})
	}
}

func (b *seedBuilder) productPlan() {
	for _, a := range productAreaSpecs {
		areaID := int64(len(b.s.areas) + 1)
		b.s.areas = append(b.s.areas, db.ProductArea{ID: areaID, Number: a.Number, Name: a.Name})
		for _, g := range a.Groups {
			if g.Number[:2] != fmt.Sprintf("%02d", a.Number) {
				panic("product group " + g.Number + " outside its area")
			}
			groupID := int64(len(b.s.groups) + 1)
			b.s.groups = append(b.s.groups, db.ProductGroup{ID: groupID, AreaID: areaID, Number: g.Number, Name: g.Name})
			for _, p := range g.Products {
				if p.Number[:4] != g.Number {
					panic("product " + p.Number + " outside its group")
				}
				owner := b.amt(p.Amt)
				idx := len(b.s.products)
				b.s.products = append(b.s.products, db.Product{ID: int64(idx + 1), GroupID: groupID, Number: p.Number,
					Name: p.Name, OrgUnitID: owner.unitID, Version: 1})
				owner.products = append(owner.products, idx)
			}
		}
	}
}

func (b *seedBuilder) addGoal(g db.Goal) int {
	idx := len(b.s.goals)
	g.ID = int64(idx + 1)
	g.Version = 1
	b.s.goals = append(b.s.goals, g)
	return idx
}

var productGoalTemplates = []struct {
	Title string
	SG    int // preferred strategic goal of the parent; 0 = any
}{
	{"%s: Leistungsqualität sichern und Bearbeitungszeiten verkürzen", 5},
	{"%s: Angebot bedarfsgerecht weiterentwickeln", 0},
	{"%s: Wirtschaftlichkeit verbessern und Zuschussbedarf begrenzen", 8},
	{"%s: Digitale Zugänge und Services ausbauen", 7},
	{"%s: Zufriedenheit der Nutzerinnen und Nutzer steigern", 0},
}

func (b *seedBuilder) goalCascade() {
	for i, d := range dezernatSpecs {
		dezName := "Dezernat " + d.Roman
		b.dezGoals = append(b.dezGoals, nil)
		for _, g := range d.Goals {
			if !strings.HasPrefix(g.Key, d.Roman+"-") {
				panic("Dezernat goal key " + g.Key + " outside " + dezName)
			}
			if _, dup := b.dezGoal[g.Key]; dup {
				panic("duplicate Dezernat goal key " + g.Key)
			}
			sg := int64(g.SG)
			idx := b.addGoal(db.Goal{OrgUnitID: b.dezUnit[i], Level: db.LevelDezernat, Title: g.Title,
				Description: fmt.Sprintf("Beitrag des Dezernats %s zum strategischen Ziel %d „%s“.", d.Roman, g.SG, strategicGoalSpecs[g.SG-1].Title),
				FromYear:    g.From, ToYear: g.To, StrategicGoalID: &sg, TracedStrategicGoalID: &sg})
			b.dezGoal[g.Key] = idx
			b.dezGoals[i] = append(b.dezGoals[i], idx)
		}
	}
	for _, a := range b.amts {
		for _, g := range a.spec.Goals {
			pi, ok := b.dezGoal[g.Parent]
			if !ok || !strings.HasPrefix(g.Parent, dezernatSpecs[a.dez].Roman+"-") {
				panic(fmt.Sprintf("Amt %d: parent goal %s is not a goal of its Dezernat", a.spec.Num, g.Parent))
			}
			parent := b.s.goals[pi]
			idx := b.addGoal(db.Goal{OrgUnitID: a.unitID, Level: db.LevelAmt, Title: g.Title,
				Description: fmt.Sprintf("Amtsziel %s; abgeleitet aus dem Dezernatsziel „%s“.", seedOfUnit(a.spec.Name), parent.Title),
				FromYear:    parent.FromYear, ToYear: parent.ToYear, ParentGoalID: ptr(parent.ID),
				TracedStrategicGoalID: parent.TracedStrategicGoalID})
			a.goals = append(a.goals, idx)
		}
	}
	for _, u := range unlinkedGoalSpecs {
		a := b.amt(u.Amt)
		b.addGoal(db.Goal{OrgUnitID: a.unitID, Level: db.LevelAmt, Title: u.Title,
			Description: "Internes Vorhaben des Amtes; bislang keinem Dezernatsziel und keinem strategischen Ziel zugeordnet.",
			FromYear:    2024, ToYear: 2027})
	}
	for pi, p := range b.s.products {
		if pi%5 != 0 && pi%5 != 2 {
			continue
		}
		a := b.ownerOf(pi)
		t := productGoalTemplates[(pi/5+pi)%len(productGoalTemplates)]
		parentIdx := a.goals[pi%len(a.goals)]
		if t.SG != 0 {
			for _, gi := range a.goals {
				if *b.s.goals[gi].TracedStrategicGoalID == int64(t.SG) {
					parentIdx = gi
					break
				}
			}
		}
		parent := b.s.goals[parentIdx]
		idx := b.addGoal(db.Goal{OrgUnitID: a.unitID, Level: db.LevelProduct, Title: fmt.Sprintf(t.Title, p.Name),
			Description: fmt.Sprintf("Produktziel für das Produkt %s %s; trägt zum Amtsziel „%s“ bei.", p.Number, p.Name, parent.Title),
			FromYear:    parent.FromYear, ToYear: parent.ToYear, ParentGoalID: ptr(parent.ID), ProductID: ptr(p.ID),
			TracedStrategicGoalID: parent.TracedStrategicGoalID})
		b.prodGoal[pi] = idx
	}
}

// seedOfUnit gives the genitive of an Amt with its article: "des
// Jugendamtes", "des Amtes für Wohnungswesen", "der Kämmerei".
func seedOfUnit(name string) string {
	switch {
	case strings.HasPrefix(name, "Amt "):
		return "des Amtes " + strings.TrimPrefix(name, "Amt ")
	case strings.HasSuffix(name, "amt"):
		return "des " + name + "es"
	case name == "Kommunales Integrationszentrum":
		return "des Kommunalen Integrationszentrums"
	case name == "Stadtmuseum", name == "Stadtarchiv":
		return "des " + name + "s"
	default: // Kämmerei, Stadtkasse, Feuerwehr, Volkshochschule, Musikschule, Stadtbüchereien
		return "der " + name
	}
}

func (b *seedBuilder) ownerOf(productIdx int) *seedAmt {
	id := b.s.products[productIdx].OrgUnitID
	for _, a := range b.amts {
		if a.unitID == id {
			return a
		}
	}
	panic("product without owner")
}

func (b *seedBuilder) productArea(productIdx int) areaSpec {
	num := b.s.products[productIdx].Number
	n, _ := strconv.Atoi(num[:2])
	return productAreaSpecs[n-1]
}

func (b *seedBuilder) budgetLines() {
	for pi, p := range b.s.products {
		area := b.productArea(pi)
		base := math.Exp(b.between(math.Log(area.MinEUR), math.Log(area.MaxEUR)))
		growth := b.between(0.01, 0.04)
		for y := seedFirstYear; y <= seedLastYear; y++ {
			planEUR := math.Round(base*math.Pow(1+growth, float64(y-seedFirstYear))/100) * 100
			line := db.BudgetLine{ID: int64(len(b.s.budget) + 1), ProductID: p.ID, Year: y,
				PlanCents: int64(planEUR) * 100, Version: 1}
			switch {
			case y < seedYear:
				line.ActualCents = ptr(int64(math.Round(planEUR * b.between(0.93, 1.07) * 100)))
			case y == seedYear:
				line.ForecastCents = ptr(int64(math.Round(planEUR * b.between(0.94, 1.07) * 100)))
			}
			b.s.budget = append(b.s.budget, line)
		}
	}
}

// budgetOf returns the budget line of a product in a year.
func (b *seedBuilder) budgetOf(productIdx, year int) db.BudgetLine {
	return b.s.budget[productIdx*(seedLastYear-seedFirstYear+1)+year-seedFirstYear]
}

var seedFreqText = map[db.UpdateFrequency]string{
	db.Yearly:    "jährlich zum Stichtag 31.12.",
	db.Quarterly: "quartalsweise",
	db.Monthly:   "monatlich",
}

func (b *seedBuilder) addKPI(spec kpiSpec, goalIdx int, productIdx int, owner *seedAmt) {
	idx := len(b.s.kpis)
	var source, dirText string
	if productIdx >= 0 {
		p := b.s.products[productIdx]
		source = fmt.Sprintf("Kennzahl des Produkts %s %s", p.Number, p.Name)
	} else {
		source = "Kennzahl auf Ebene " + seedOfUnit(owner.spec.Name)
	}
	if spec.Dir == db.HigherIsBetter {
		dirText = "Ein höherer Wert ist besser."
	} else {
		dirText = "Ein niedrigerer Wert ist besser."
	}
	def := fmt.Sprintf("%s. Erhebung %s, Einheit: %s. %s Datenquelle: Fachverfahren und Berichtswesen %s.",
		source, seedFreqText[spec.Freq], spec.Unit, dirText, seedOfUnit(owner.spec.Name))
	if spec.Generated {
		if strings.HasPrefix(spec.Name, "Zuschussbedarf") {
			def = fmt.Sprintf("%s. Ordentliches Ergebnis (Zuschussbedarf) des Produkts laut Haushaltsplan bzw. Jahresabschluss, geteilt durch %s Einwohnerinnen und Einwohner. %s", source, fmtDE(seedPopulation, 0), dirText)
		} else {
			def = fmt.Sprintf("%s. Ordentliche Erträge in Prozent der ordentlichen Aufwendungen des Produkts. %s", source, dirText)
		}
	}
	green, yellow := 1.0, 0.9
	if b.r.IntN(7) == 0 {
		alt := [][2]float64{{0.98, 0.9}, {1.0, 0.95}, {0.95, 0.85}}[b.r.IntN(3)]
		green, yellow = alt[0], alt[1]
	}
	kpi := db.KPI{ID: int64(idx + 1), Name: spec.Name, Unit: spec.Unit, Direction: spec.Dir, Kind: spec.Kind,
		Frequency: spec.Freq, Definition: def, GoalID: ptr(b.s.goals[goalIdx].ID),
		GreenThreshold: green, YellowThreshold: yellow, Version: 1}
	if productIdx >= 0 {
		kpi.ProductID = ptr(b.s.products[productIdx].ID)
		b.prodKPIs[productIdx] = append(b.prodKPIs[productIdx], idx)
	}
	b.s.kpis = append(b.s.kpis, kpi)
	b.kpiData = append(b.kpiData, seedKPI{spec: spec, plan: map[int]float64{}, actual: map[int]*float64{}})
	if !spec.Generated {
		owner.kpis = append(owner.kpis, idx)
	}
}

func (b *seedBuilder) kpiCatalogue() {
	for _, a := range b.amts {
		for gi, g := range a.spec.Goals {
			for _, k := range g.KPIs {
				b.addKPI(k, a.goals[gi], -1, a)
			}
		}
	}
	for pi, p := range b.s.products {
		a := b.ownerOf(pi)
		goalIdx, ok := b.prodGoal[pi]
		if !ok {
			goalIdx = a.goals[pi%len(a.goals)]
		}
		area := b.productArea(pi)
		var specs []kpiSpec
		for _, g := range area.Groups {
			for _, ps := range g.Products {
				if ps.Number == p.Number {
					specs = ps.KPIs
				}
			}
		}
		for _, k := range specs {
			b.addKPI(k, goalIdx, pi, a)
		}
		if pi%2 == 0 {
			continue
		}
		if pi%4 == 1 {
			plan := float64(b.budgetOf(pi, seedFirstYear).PlanCents) / 100 / seedPopulation
			b.addKPI(kpiSpec{Name: "Zuschussbedarf je Einwohnerin und Einwohner – " + p.Name, Unit: "EUR", Dir: lo,
				Kind: kEf, Freq: fy, Base: plan, Generated: true}, goalIdx, pi, a)
		} else {
			b.addKPI(kpiSpec{Name: "Kostendeckungsgrad – " + p.Name, Unit: "%", Dir: hi,
				Kind: kEf, Freq: fy, Base: math.Round(b.between(5, 60)), Generated: true}, goalIdx, pi, a)
		}
	}
}

// kpiDecimals is the precision of a KPI's values.
func kpiDecimals(unit string, base float64) int {
	base = math.Abs(base)
	switch {
	case unit == "%":
		return 1
	case unit == "EUR":
		if base >= 1000 {
			return 0
		}
		return 2
	case unit == "Anzahl":
		if base >= 10 {
			return 0
		}
		return 1
	case base >= 100:
		return 0
	default:
		return 1
	}
}

func roundTo(v float64, dec int) float64 {
	p := math.Pow(10, float64(dec))
	return math.Round(v*p) / p
}

var seedAdditiveUnits = map[string]bool{"Anzahl": true, "EUR": true, "Stunden": true, "MWh": true,
	"t": true, "kg": true, "ha": true, "km": true, "m²": true}

// degree is the degree of achievement of actual against plan.
func degree(dir db.KPIDirection, plan, actual float64) float64 {
	if plan == 0 || actual == 0 {
		return 1
	}
	if dir == db.LowerIsBetter {
		return plan / actual
	}
	return actual / plan
}

func (b *seedBuilder) drawDegree() float64 {
	switch u := b.r.Float64(); {
	case u < 0.5:
		return b.between(1.0, 1.12)
	case u < 0.78:
		return b.between(0.9, 1.0)
	default:
		return b.between(0.74, 0.9)
	}
}

func applyDegree(dir db.KPIDirection, plan, deg float64) float64 {
	if dir == db.LowerIsBetter {
		return plan / deg
	}
	return plan * deg
}

func (b *seedBuilder) addValue(ki, year, quarter, month int, plan float64, actual *float64, recorded time.Time, comment string) {
	b.s.kpiValues = append(b.s.kpiValues, db.KPIValue{ID: int64(len(b.s.kpiValues) + 1), KPIID: b.s.kpis[ki].ID,
		Year: year, Quarter: quarter, Month: month, Plan: ptr(plan), Actual: actual, Comment: comment,
		RecordedByID: ptr(b.controlID), RecordedAt: recorded, Version: 1})
}

// seedPeriodRecorded is when the actual of a sub-year period of the running
// year is recorded: mid of the month after a quarter, the 8th of the month
// after a month.
func seedPeriodRecorded(periods, i int) time.Time {
	if periods == 4 {
		return at(seedYear, 3*(i+1)+1, 15, 9, 30)
	}
	return at(seedYear, i+2, 8, 9, 30)
}

func (b *seedBuilder) kpiValues() {
	planRecorded := func(y int) time.Time {
		if y > seedYear {
			// Plan of the coming year from the draft budget.
			return at(y-1, 11, 10, 14, 0)
		}
		return at(y-1, 12, 10, 14, 0)
	}
	for ki := range b.s.kpis {
		d := &b.kpiData[ki]
		spec := d.spec
		dec := kpiDecimals(spec.Unit, spec.Base)
		clamp := func(v float64) float64 {
			if spec.Unit == "%" {
				v = min(v, 100)
			}
			return roundTo(max(v, 0), dec)
		}
		generatedBudget := spec.Generated && spec.Unit == "EUR"
		pi := -1
		if pid := b.s.kpis[ki].ProductID; pid != nil {
			pi = int(*pid) - 1
		}
		trend := b.between(0.01, 0.04)
		bias := b.between(-0.04, 0.04)
		for y := seedFirstYear; y <= seedLastYear; y++ {
			if generatedBudget {
				d.plan[y] = roundTo(float64(b.budgetOf(pi, y).PlanCents)/100/seedPopulation, 2)
				continue
			}
			step := trend * float64(y-seedFirstYear)
			if spec.Dir == db.HigherIsBetter {
				d.plan[y] = clamp(spec.Base * (1 + step))
			} else {
				d.plan[y] = clamp(spec.Base * (1 - step))
			}
		}
		missing := !generatedBudget && b.r.Float64() < 0.15
		// Sub-year values of the running year first: actuals exist for the
		// periods reported by the snapshot (Q1–Q3, January–October), the
		// rest is plan only; the year's preliminary actual is projected
		// from them. missing: the latest period is not reported yet, so
		// there is no projection either.
		var yearDeg2026 float64
		var projected time.Time
		var projectedNote string
		if spec.Freq != db.Yearly {
			n := 4
			if spec.Freq == db.Monthly {
				n = 12
			}
			reported := 0
			for i := range n {
				if seedPeriodRecorded(n, i).Before(seedSnapshot) {
					reported = i + 1
				}
			}
			additive := seedAdditiveUnits[spec.Unit] && !spec.Averaged
			weights := make([]float64, n)
			sum := 0.0
			for i := range weights {
				weights[i] = b.between(0.9, 1.1)
				sum += weights[i]
			}
			yearDeg := b.drawDegree() + bias
			var total, planSoFar float64
			actuals := 0
			for i := range n {
				plan := d.plan[seedYear]
				if additive {
					plan = plan * weights[i] / sum
				}
				plan = roundTo(plan, dec)
				var actual *float64
				recorded := seedPeriodRecorded(n, i)
				if i < reported && !(missing && i == reported-1) {
					a := clamp(applyDegree(spec.Dir, plan, yearDeg+b.between(-0.04, 0.04)))
					actual = ptr(a)
					total += a
					planSoFar += plan
					actuals++
					projected = recorded.Add(24*time.Hour + 30*time.Minute)
				} else {
					recorded = planRecorded(seedYear)
				}
				q, m := 0, 0
				if n == 4 {
					q = i + 1
				} else {
					m = i + 1
				}
				b.addValue(ki, seedYear, q, m, plan, actual, recorded, "")
			}
			if !missing && actuals > 0 {
				var est float64
				switch {
				case !additive:
					est = total / float64(actuals)
				case planSoFar > 0:
					est = total * d.plan[seedYear] / planSoFar
				default:
					est = total * float64(n) / float64(actuals)
				}
				est = clamp(est)
				yearDeg2026 = degree(spec.Dir, d.plan[seedYear], est)
				d.actual[seedYear] = ptr(est)
				if n == 4 {
					projectedNote = fmt.Sprintf("Hochrechnung auf Basis der Quartalswerte Q1–Q%d %d.", reported, seedYear)
				} else {
					projectedNote = fmt.Sprintf("Hochrechnung auf Basis der Monatswerte Januar–%s %d.", seedMonthNames[reported-1], seedYear)
				}
			}
		}
		for y := seedFirstYear; y <= seedLastYear; y++ {
			plan := d.plan[y]
			var actual *float64
			var deg float64
			switch {
			case y > seedYear:
			case generatedBudget:
				bl := b.budgetOf(pi, y)
				cents := bl.ActualCents
				if cents == nil {
					cents = bl.ForecastCents
				}
				actual = ptr(roundTo(float64(*cents)/100/seedPopulation, 2))
				deg = degree(spec.Dir, plan, *actual)
			case y == seedYear && spec.Freq != db.Yearly:
				actual = d.actual[y]
				deg = yearDeg2026
			case y == seedYear && missing:
			default:
				deg = b.drawDegree() + bias
				actual = ptr(clamp(applyDegree(spec.Dir, plan, deg)))
				deg = degree(spec.Dir, plan, *actual)
			}
			d.actual[y] = actual
			comment := ""
			recorded := at(y+1, 2, 10+ki%15, 10, 0)
			switch {
			case actual == nil && y == seedYear && spec.Freq == db.Yearly:
				// The reference date 31.12. has not come yet.
				recorded = planRecorded(y)
			case actual == nil && y <= seedYear:
				comment = "Ist-Wert wird nachgemeldet."
				recorded = planRecorded(y)
			case actual == nil:
				recorded = planRecorded(y)
			case y == seedYear:
				// Preliminary: the year is still running.
				switch {
				case generatedBudget:
					comment = fmt.Sprintf("Vorläufiger Wert auf Basis der Ergebnisprognose %d (Stand 31.10.).", seedYear)
					recorded = at(seedYear, 11, 3+ki%10, 10, 0)
				case spec.Freq != db.Yearly:
					comment = projectedNote
					recorded = projected
				default:
					comment = fmt.Sprintf("Vorläufiger Wert (Hochrechnung, Stand 31.10.%d); endgültiger Wert zum Stichtag 31.12.", seedYear)
					recorded = at(seedYear, 11, 3+ki%10, 10, 0)
				}
				if deg < 0.9 && b.r.Float64() < 0.6 {
					comment += " " + redComments[b.r.IntN(len(redComments))]
				}
			case deg < 0.9 && b.r.Float64() < 0.6:
				comment = redComments[b.r.IntN(len(redComments))]
			case deg > 1.08 && b.r.Float64() < 0.25:
				comment = greenComments[b.r.IntN(len(greenComments))]
			}
			b.addValue(ki, y, 0, 0, plan, actual, recorded, comment)
		}
	}
}

func (b *seedBuilder) consolidation() {
	b.s.programmes = append(b.s.programmes, db.ConsolidationProgramme{ID: 1, Kind: db.HSP,
		Name: "Haushaltssanierungsplan 2012–2030", FromYear: 2012, ToYear: 2030})
	statusText := map[db.MeasureStatus]string{
		db.MeasurePlanned:    "Die Maßnahme ist beschlossen und wirkt ab dem Haushaltsjahr 2027.",
		db.MeasureInProgress: "Die Umsetzung läuft; die Einsparung wird schrittweise erreicht.",
		db.MeasureRealised:   "Die Maßnahme ist vollständig umgesetzt.",
		db.MeasureAtRisk:     "Die Realisierung ist gefährdet; Kompensationsmaßnahmen werden geprüft.",
		db.MeasureDropped:    "Die Maßnahme wurde durch Ratsbeschluss aufgegeben; der Konsolidierungsbeitrag ist anderweitig zu erbringen.",
	}
	for i, m := range measureSpecs {
		a := b.amt(m.Amt)
		idx := len(b.s.measures)
		b.s.measures = append(b.s.measures, db.ConsolidationMeasure{ID: int64(idx + 1), ProgrammeID: 1,
			Number: fmt.Sprintf("HSP-%03d", i+1), Title: m.Title,
			Description: fmt.Sprintf("Maßnahme des Haushaltssanierungsplans seit %d. Konsolidierungsbeitrag bei voller Wirkung: %s EUR jährlich. %s",
				m.Since, fmtDE(m.AnnualEUR, 0), statusText[m.Status]),
			OrgUnitID: a.unitID, Status: m.Status, Version: 1})
		a.measures = append(a.measures, idx)
		md := seedMeasure{annual: m.AnnualEUR, planned: map[int]int64{}, real: map[int]*int64{}}
		for y := max(seedFirstYear, m.Since); y <= seedLastYear; y++ {
			plannedEUR := m.AnnualEUR * (1 + 0.015*float64(y-seedFirstYear))
			if y == m.Since {
				plannedEUR /= 2
			}
			planned := int64(math.Round(plannedEUR/1000)) * 1000 * 100
			var realised *int64
			if y <= seedYear {
				var f float64
				switch m.Status {
				case db.MeasureRealised:
					f = b.between(1.0, 1.08)
				case db.MeasureInProgress:
					f = b.between(0.78, 1.0)
				case db.MeasureAtRisk:
					f = b.between(0.3, 0.7)
				}
				realised = ptr(int64(math.Round(float64(planned)*f/100)) * 100)
			}
			md.planned[y], md.real[y] = planned, realised
			b.s.savings = append(b.s.savings, db.MeasureSaving{ID: int64(len(b.s.savings) + 1), MeasureID: int64(idx + 1),
				Year: y, PlannedCents: planned, RealisedCents: realised, Version: 1})
		}
		b.measData = append(b.measData, md)
	}
}

// seedCase is the state of one agreement at the snapshot.
type seedCase struct {
	status db.AgreementStatus
	// early says why an agreement of the running year has been assessed
	// before the year's end; every ASSESSED or CLOSED one needs it.
	early string
	// self: the agent of a REVIEWED agreement has handed in the
	// self-assessment already (ASSESSED and CLOSED ones always have one).
	self bool
	// leaves: the agent leaves the post; there is no agreement for the next
	// year until the successor is appointed.
	leaves bool
}

// Agreement states at the snapshot: the OB's agreements per Dezernat
// (I–VI), cases for single Ämter (the demo Dezernat, early assessments,
// stragglers) and a cycle for the rest. The running year is mostly agreed
// and reviewed; the next one is being concluded.
var (
	obCases = map[int][]seedCase{
		seedYear: {
			{status: db.StatusReviewed},
			{status: db.StatusAssessed, early: "Vorgezogenes Bewertungsgespräch: Der Rat entscheidet im Dezember 2026 über die Wiederwahl des Beigeordneten."},
			{status: db.StatusAgreed},
			{status: db.StatusReviewed},
			{status: db.StatusClosed, early: "Vorgezogenes Bewertungsgespräch wegen der Elternzeit des Stadtbaurats von Dezember 2026 bis Februar 2027."},
			{status: db.StatusAgreed},
		},
		seedLastYear: {{status: db.StatusProposed}, {status: db.StatusProposed}, {status: db.StatusAgreed}, {status: db.StatusDraft},
			{status: db.StatusProposed}, {status: db.StatusAgreed}},
	}
	amtCases = map[[2]int]seedCase{
		{seedYear, 50}: {status: db.StatusClosed, leaves: true,
			early: "Vorgezogenes Bewertungsgespräch: Die Amtsleiterin tritt mit Ablauf des 30.11.2026 in den Ruhestand."},
		{seedYear, 51}: {status: db.StatusAssessed,
			early: "Vorgezogenes Bewertungsgespräch vor der Abordnung der Amtsleiterin an das Landesjugendamt von Dezember 2026 bis Mai 2027."},
		{seedYear, 53}: {status: db.StatusReviewed, self: true},
		{seedYear, 54}: {status: db.StatusAgreed},
		{seedYear, 56}: {status: db.StatusReviewed},
		{seedYear, 22}: {status: db.StatusClosed, leaves: true,
			early: "Vorgezogenes Bewertungsgespräch: Der Amtsleiter wechselt zum 01.12.2026 als Kämmerer in eine Nachbarstadt."},
		{seedYear, 33}: {status: db.StatusReviewed, self: true},
		{seedYear, 41}: {status: db.StatusAssessed,
			early: "Vorgezogenes Bewertungsgespräch wegen der Elternzeit der Amtsleiterin ab Dezember 2026."},
		{seedYear, 62}: {status: db.StatusAssessed, leaves: true,
			early: "Vorgezogenes Bewertungsgespräch: Der Amtsleiter tritt mit Ablauf des 31.12.2026 in den Ruhestand."},
		{seedYear, 70}: {status: db.StatusAssessed,
			early: "Anlassbewertung: Der Amtsleiter bewirbt sich um die Geschäftsführung der städtischen Entsorgungsgesellschaft."},
		// Late in the running year: a new Amtsleitung (draft never
		// concluded) and a disputed proposal.
		{seedYear, 64}: {status: db.StatusDraft}, {seedYear, 68}: {status: db.StatusProposed},
		{seedLastYear, 51}: {status: db.StatusProposed}, {seedLastYear, 53}: {status: db.StatusDraft},
		{seedLastYear, 54}: {status: db.StatusDraft}, {seedLastYear, 56}: {status: db.StatusProposed},
	}
	amtStatusCycle = map[int][]db.AgreementStatus{
		seedYear:     {db.StatusReviewed, db.StatusAgreed, db.StatusReviewed, db.StatusReviewed, db.StatusAgreed},
		seedLastYear: {db.StatusDraft, db.StatusProposed, db.StatusAgreed, db.StatusProposed, db.StatusDraft, db.StatusProposed, db.StatusDraft, db.StatusProposed},
	}
	statusRank = map[db.AgreementStatus]int{db.StatusDraft: 0, db.StatusProposed: 1, db.StatusAgreed: 2,
		db.StatusReviewed: 3, db.StatusAssessed: 4, db.StatusClosed: 5}
)

const budgetComplianceTitle = "Einhaltung des Haushaltsplans einschließlich der HSP-Maßnahmen"

// itemDraft is an agreement item before degrees are known; truth is the
// degree of achievement the item reaches in 2026.
type itemDraft struct {
	item  db.AgreementItem
	truth int
}

func clampDegree(v int) int { return min(max(v, 0), 150) }

func (b *seedBuilder) splitWeights(total, n int) []int {
	w := make([]int, n)
	rest := total - 10*n
	for i := range w {
		w[i] = 10
	}
	for ; rest > 0; rest -= 5 {
		w[b.r.IntN(n)] += 5
	}
	return w
}

func (b *seedBuilder) goalActive(gi, year int) bool {
	g := b.s.goals[gi]
	return g.FromYear <= year && year <= g.ToYear
}

func (b *seedBuilder) goalItem(gi int) itemDraft {
	g := b.s.goals[gi]
	return itemDraft{item: db.AgreementItem{Title: g.Title, GoalID: ptr(g.ID),
		Description: "Zielerreichung wird anhand der dem Ziel zugeordneten Kennzahlen und Meilensteine beurteilt."},
		truth: 70 + b.r.IntN(61)}
}

func (b *seedBuilder) kpiItem(ki, year int) itemDraft {
	k, d := b.s.kpis[ki], b.kpiData[ki]
	target := d.plan[year]
	truth := 85 + b.r.IntN(26)
	if a := d.actual[seedYear]; a != nil {
		truth = int(math.Round(100 * degree(k.Direction, d.plan[seedYear], *a)))
	}
	dec := kpiDecimals(k.Unit, d.spec.Base)
	return itemDraft{item: db.AgreementItem{
		Title:       fmt.Sprintf("%s: Zielwert %s %s", k.Name, fmtDE(target, dec), k.Unit),
		Description: fmt.Sprintf("Zielwert entspricht dem Planwert %d der Kennzahl.", year),
		KPIID:       ptr(k.ID), TargetValue: ptr(target)}, truth: truth}
}

func (b *seedBuilder) measureItem(mi, year int) itemDraft {
	m, d := b.s.measures[mi], b.measData[mi]
	planned := float64(d.planned[year]) / 100
	truth := 100
	if r := d.real[seedYear]; r != nil && d.planned[seedYear] > 0 {
		truth = int(math.Round(100 * float64(*r) / float64(d.planned[seedYear])))
	}
	return itemDraft{item: db.AgreementItem{
		Title:       fmt.Sprintf("HSP-Maßnahme %s umsetzen: %s", m.Number, m.Title),
		Description: fmt.Sprintf("Einsparziel %d laut Haushaltssanierungsplan: %s EUR.", year, fmtDE(planned, 0)),
		MeasureID:   ptr(m.ID), TargetValue: ptr(planned), TargetUnit: db.UnitEUR}, truth: truth}
}

// activeMeasures are an Amt's measures that have a saving in the year and
// were not dropped.
func (b *seedBuilder) activeMeasures(a *seedAmt, year int) []int {
	var out []int
	for _, mi := range a.measures {
		if _, ok := b.measData[mi].planned[year]; ok && b.s.measures[mi].Status != db.MeasureDropped {
			out = append(out, mi)
		}
	}
	return out
}

// budgetDegree is the 2026 budget compliance of a Dezernat, computed as
// BudgetSuggestion does (budget.go): the mean of plan / forecast and
// realised / planned HSP savings, capped at 150 %.
func (b *seedBuilder) budgetDegree(dez int) int {
	var plan, forecast, planned, realised int64
	for _, a := range b.amts {
		if a.dez != dez {
			continue
		}
		for _, pi := range a.products {
			bl := b.budgetOf(pi, seedYear)
			plan += bl.PlanCents
			forecast += *bl.ForecastCents
		}
		for _, mi := range a.measures {
			if p, ok := b.measData[mi].planned[seedYear]; ok {
				planned += p
				realised += *b.measData[mi].real[seedYear]
			}
		}
	}
	adherence := min(float64(plan)/float64(forecast), 1.5)
	realisation := min(float64(realised)/float64(planned), 1.5)
	return clampDegree(int(math.Round(100 * (adherence + realisation) / 2)))
}

func (b *seedBuilder) obItems(dez, year int) []itemDraft {
	budgetGoal := -1
	var items []itemDraft
	for _, gi := range b.dezGoals[dez] {
		if *b.s.goals[gi].StrategicGoalID == 8 && budgetGoal < 0 {
			budgetGoal = gi
		}
	}
	if budgetGoal < 0 {
		panic("Dezernat without a budget goal")
	}
	items = append(items, itemDraft{item: db.AgreementItem{Title: budgetComplianceTitle, BudgetCompliance: true,
		GoalID:      ptr(b.s.goals[budgetGoal].ID),
		Description: fmt.Sprintf("Der Zuschussbedarf aller Produkte des Dezernats hält den Haushaltsplan %d ein; die zugeordneten Maßnahmen des Haushaltssanierungsplans werden umgesetzt.", year)},
		truth: b.budgetDegree(dez)})
	for _, gi := range b.dezGoals[dez] {
		if gi != budgetGoal && b.goalActive(gi, year) {
			items = append(items, b.goalItem(gi))
		}
	}
	if len(items) < 5 {
		best := -1
		for _, a := range b.amts {
			if a.dez != dez {
				continue
			}
			for _, mi := range b.activeMeasures(a, year) {
				if best < 0 || b.measData[mi].annual > b.measData[best].annual {
					best = mi
				}
			}
		}
		if best >= 0 {
			items = append(items, b.measureItem(best, year))
		}
	}
	w := b.splitWeights(70, len(items)-1)
	items[0].item.WeightPercent = 30
	for i := range w {
		items[i+1].item.WeightPercent = w[i]
	}
	return items
}

func (b *seedBuilder) amtItems(a *seedAmt, ai, year int) []itemDraft {
	var items []itemDraft
	var goals []int
	for _, gi := range a.goals {
		if b.goalActive(gi, year) {
			goals = append(goals, gi)
		}
	}
	for i := range min(2, len(goals)) {
		items = append(items, b.goalItem(goals[(i+year+ai)%len(goals)]))
	}
	nk := 1 + b.r.IntN(2)
	if b.r.IntN(5) == 0 {
		nk = 3
	}
	ms := b.activeMeasures(a, year)
	if len(ms) > 0 {
		nk = min(nk, 6-len(items)-1)
	}
	nk = max(min(nk, len(a.kpis)), 3-len(items)-min(len(ms), 1))
	if nk > len(a.kpis) {
		panic(fmt.Sprintf("Amt %d: not enough goals, KPIs and measures for an agreement", a.spec.Num))
	}
	start := (year + 3*ai) % len(a.kpis)
	for i := range nk {
		items = append(items, b.kpiItem(a.kpis[(start+i)%len(a.kpis)], year))
	}
	if len(ms) > 0 {
		items = append(items, b.measureItem(ms[(year+ai)%len(ms)], year))
	}
	for i, w := range b.splitWeights(100, len(items)) {
		items[i].item.WeightPercent = w
	}
	return items
}

// seedWeekday moves a Saturday or Sunday to the next Monday.
func seedWeekday(t time.Time) time.Time {
	switch t.Weekday() {
	case time.Saturday:
		return t.AddDate(0, 0, 2)
	case time.Sunday:
		return t.AddDate(0, 0, 1)
	}
	return t
}

// addAgreement adds an agreement of year in the state c with timestamps
// that fit the snapshot: agreements of the running year were concluded at
// its start, reviewed from June to September and, if assessed, assessed
// early in October or November; those of the next year are concluded in
// October and November before the snapshot.
func (b *seedBuilder) addAgreement(year int, principal, agent, unit int64, pay db.PayRule,
	c seedCase, n int, late bool, returnReason string, items []itemDraft) {
	id := int64(len(b.s.agreements) + 1)
	status := c.status
	rank := statusRank[status]
	next := year > seedYear
	if rank >= statusRank[db.StatusReviewed] && year != seedYear {
		panic(fmt.Sprintf("agreement %d of %d cannot be %s at the snapshot", id, year, status))
	}
	if (rank >= statusRank[db.StatusAssessed]) != (c.early != "") {
		panic(fmt.Sprintf("agreement %d (%s): an early assessment needs its reason, and only it", id, status))
	}
	created := seedWeekday(at(year-1, 11, 3+n%20, 9, 0))
	switch {
	case late:
		created = at(year, 10, 26, 9, 0)
	case next:
		created = seedWeekday(at(year-1, 10, 12+n%20, 9, 0))
	}
	ag := db.Agreement{ID: id, Year: year, PrincipalID: principal, AgentID: agent, OrgUnitID: unit,
		Status: status, PayRule: pay, ReturnReason: returnReason, CreatedAt: created, UpdatedAt: created, Version: 1}
	last := created
	if status == db.StatusDraft && returnReason != "" {
		// Proposed, then returned with the reason.
		last = seedWeekday(at(year-1, 11, 10+n%8, 16, 0))
	}
	if rank >= statusRank[db.StatusProposed] {
		proposed := seedWeekday(created.AddDate(0, 0, 20+(n*7)%60).Add(time.Hour))
		switch {
		case late:
			proposed = at(year, 11, 16, 10, 0)
		case next && status == db.StatusProposed:
			proposed = seedWeekday(at(year-1, 11, 2+n%15, 10, 0))
		case next:
			proposed = at(year-1, 11, 2+n%5, 10, 0) // Monday to Friday
		}
		ag.ProposedAt, last = ptr(proposed), proposed
		signedP := seedWeekday(proposed.AddDate(0, 0, 2+n%9).Add(3 * time.Hour))
		signedA := seedWeekday(proposed.AddDate(0, 0, 1+(n*3)%12).Add(5 * time.Hour))
		if rank >= statusRank[db.StatusAgreed] {
			ag.PrincipalSignedAt, ag.AgentSignedAt = ptr(signedP), ptr(signedA)
			last = signedP
			if signedA.After(last) {
				last = signedA
			}
			ag.AgreedAt = ptr(last)
		} else if n%2 == 1 && !late {
			// The principal has accepted; the agent's signature is pending.
			signedP = seedWeekday(proposed.AddDate(0, 0, 1+n%3).Add(3 * time.Hour))
			ag.PrincipalSignedAt, last = ptr(signedP), signedP
		}
	}
	if rank >= statusRank[db.StatusReviewed] {
		held := seedWeekday(day(year, 6, 1).AddDate(0, 0, (n*17)%116))
		recorded := seedWeekday(held.AddDate(0, 0, 1)).Add(15 * time.Hour)
		b.s.reviews = append(b.s.reviews, db.Review{ID: int64(len(b.s.reviews) + 1), AgreementID: id, HeldOn: held,
			Note: reviewNotes[n%len(reviewNotes)], RecordedByID: principal, CreatedAt: recorded})
		last = recorded
	}
	var assessed, closed time.Time
	switch status {
	case db.StatusClosed:
		assessed = seedWeekday(day(year, 10, 12+n%18)).Add(11 * time.Hour)
		closed = seedWeekday(assessed.AddDate(0, 0, 5+n%8)).Add(4 * time.Hour)
	case db.StatusAssessed:
		assessed = seedWeekday(day(year, 10, 19).AddDate(0, 0, (n*5)%29)).Add(11 * time.Hour)
	}
	selfAssessed := c.self || rank >= statusRank[db.StatusAssessed]
	if selfAssessed {
		selfAt := seedWeekday(day(year, 11, 3+n%14)).Add(15 * time.Hour)
		if rank >= statusRank[db.StatusAssessed] {
			selfAt = assessed.AddDate(0, 0, -(3 + n%6)).Add(4 * time.Hour)
		}
		ag.SelfAssessedAt, ag.SelfAssessmentNote = ptr(selfAt), selfNotes[n%len(selfNotes)]
		last = selfAt
	}
	var total float64
	for i := range items {
		it := &items[i].item
		it.ID = int64(len(b.s.items) + 1)
		it.AgreementID = id
		it.Position = i + 1
		it.Version = 1
		truth := clampDegree(items[i].truth)
		if rank >= statusRank[db.StatusReviewed] {
			it.InterimDegree = ptr(float64(clampDegree(truth + b.r.IntN(31) - 15)))
		}
		if selfAssessed {
			it.SelfDegree = ptr(float64(clampDegree(truth + b.r.IntN(11))))
		}
		if rank >= statusRank[db.StatusAssessed] {
			it.FinalDegree = ptr(float64(truth))
			total += float64(it.WeightPercent*truth) / 100
			switch {
			case truth < 80:
				it.AssessmentComment = "Ziel nur teilweise erreicht."
			case truth >= 110:
				it.AssessmentComment = "Ziel übertroffen."
			}
		}
		b.s.items = append(b.s.items, *it)
	}
	if rank >= statusRank[db.StatusAssessed] {
		comment := "Ziele nur teilweise erreicht; Ursachen im Bewertungsgespräch erörtert."
		switch {
		case total >= 100:
			comment = "Ziele insgesamt erreicht bzw. übertroffen."
		case total >= 80:
			comment = "Ziele überwiegend erreicht."
		}
		comment += " " + c.early + " Grundlage sind die Werte bis Oktober und die Hochrechnungen für das Gesamtjahr."
		b.s.assessments = append(b.s.assessments, db.Assessment{ID: int64(len(b.s.assessments) + 1), AgreementID: id,
			TotalDegree: total, SelfAssessmentNote: ag.SelfAssessmentNote, Comment: comment,
			AssessedByID: principal, AssessedAt: assessed})
		last = assessed
	}
	if status == db.StatusClosed {
		ag.ClosedAt, last = ptr(closed), closed
	}
	ag.UpdatedAt = last
	b.s.agreements = append(b.s.agreements, ag)
}

func (b *seedBuilder) agreements() {
	leaving := map[int]bool{}
	for _, year := range []int{seedYear, seedLastYear} {
		n := 0
		for dez := range dezernatSpecs {
			c := obCases[year][dez]
			reason := ""
			if year == seedLastYear && c.status == db.StatusDraft {
				reason = returnReasons[1]
			}
			b.addAgreement(year, b.obID, b.dezLeader[dez], b.dezUnit[dez], db.PayBeamte, c, n, false, reason,
				b.obItems(dez, year))
			n++
		}
		cycle := 0
		for dez := range dezernatSpecs {
			for ai, a := range b.amts {
				if a.dez != dez || leaving[a.spec.Num] {
					continue
				}
				c, ok := amtCases[[2]int{year, a.spec.Num}]
				if !ok {
					c = seedCase{status: amtStatusCycle[year][cycle%len(amtStatusCycle[year])]}
					cycle++
				}
				if c.leaves {
					leaving[a.spec.Num] = true
				}
				late := year == seedYear && statusRank[c.status] < statusRank[db.StatusAgreed]
				reason := ""
				if year == seedLastYear && a.spec.Num == 54 {
					reason = returnReasons[0]
				}
				b.addAgreement(year, b.dezLeader[dez], a.leaderID, a.unitID, a.spec.Pay, c, n, late, reason,
					b.amtItems(a, ai, year))
				n++
			}
		}
	}
}

// checkSnapshot panics if a seeded timestamp lies after the snapshot day.
func (s *seedSet) checkSnapshot() {
	limit := seedSnapshot.Add(24*time.Hour - time.Second)
	check := func(what string, id int64, ts ...*time.Time) {
		for _, t := range ts {
			if t != nil && t.After(limit) {
				panic(fmt.Sprintf("%s %d: %v lies after the snapshot %s", what, id, *t, seedSnapshot.Format(time.DateOnly)))
			}
		}
	}
	for _, u := range s.units {
		check("org unit", u.ID, &u.ValidFrom)
	}
	for _, v := range s.kpiValues {
		check("KPI value", v.ID, &v.RecordedAt)
	}
	for _, a := range s.agreements {
		check("agreement", a.ID, a.ProposedAt, a.PrincipalSignedAt, a.AgentSignedAt, a.AgreedAt, a.SelfAssessedAt,
			a.ClosedAt, &a.CreatedAt, &a.UpdatedAt)
	}
	for _, r := range s.reviews {
		check("review", r.ID, &r.HeldOn, &r.CreatedAt)
	}
	for _, a := range s.assessments {
		check("assessment", a.ID, &a.AssessedAt)
	}
}

// fmtDE formats a number the German way: 1.234.567,89.
func fmtDE(v float64, dec int) string {
	s := strconv.FormatFloat(v, 'f', dec, 64)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	var sb strings.Builder
	if neg {
		sb.WriteByte('-')
	}
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			sb.WriteByte('.')
		}
		sb.WriteRune(c)
	}
	if frac != "" {
		sb.WriteByte(',')
		sb.WriteString(frac)
	}
	return sb.String()
}
