package demo

import (
	"fmt"
	"strconv"
	"strings"
	"zielwerk/db"
)

// A load benchmark needs a city the size of Cologne, about ten times the
// demo city. scaleUp gets there by copying rather than generating: every
// active Amt below a Dezernat, with everything that hangs off it (its
// Abteilungen, leaders, goals, products, KPIs and their values, budget
// lines, HSP measures and savings, and the agreements with its units and
// their items, reviews and assessments), is added scale-1 times under the
// same Dezernat. Copying leaves the demo city and its random sequence
// untouched, keeps every figure plausible and every date inside the
// snapshot, and stays deterministic. The board, the Dezernate, their goals
// and the OB's agreements are not copied; copied Amt goals hang off the same
// Dezernat goals. Only what must be unique or names the unit changes.

// MaxSeedScale bounds the scale, so a typo cannot fill the disk.
const MaxSeedScale = 100

// idMap maps the id of an original row to the id of its copy.
type idMap map[int64]int64

// of returns the copy of id, or id itself when that row is shared by all
// copies (a Dezernat goal, the Dezernent, the controller, the programme).
func (m idMap) of(id int64) int64 {
	if c, ok := m[id]; ok {
		return c
	}
	return id
}

func (m idMap) ptr(id *int64) *int64 {
	if id == nil {
		return nil
	}
	return ptr(m.of(*id))
}

func (m idMap) has(id *int64) bool {
	_, ok := m[deref(id)]
	return id != nil && ok
}

func deref(id *int64) int64 {
	if id == nil {
		return 0
	}
	return *id
}

func nextID[T any](rows []T) int64 { return int64(len(rows) + 1) }

// scaleUp adds copies 2…scale of every Amt subtree.
func (s *seedSet) scaleUp(scale int) {
	if scale <= 1 {
		return
	}
	// base keeps the demo city's slices: appending to s never overwrites
	// the first len(base.x) rows, which stay the originals.
	base := *s
	names := newSeedNames(s.persons)
	lastProduct := map[string]int{} // product group number -> highest product suffix in use
	for _, p := range base.products {
		n, _ := strconv.Atoi(p.Number[4:])
		lastProduct[p.Number[:4]] = max(lastProduct[p.Number[:4]], n)
	}
	for c := 2; c <= scale; c++ {
		s.addCopy(&base, c, names, lastProduct)
	}
}

func (s *seedSet) addCopy(base *seedSet, c int, names *seedNames, lastProduct map[string]int) {
	persons, units, products, goals, kpis, measures, agreements := idMap{}, idMap{}, idMap{}, idMap{}, idMap{}, idMap{}, idMap{}
	suffix := fmt.Sprintf(" (Bezirk %d)", c)
	kind := map[int64]db.OrgUnitKind{}
	for _, u := range base.units {
		kind[u.ID] = u.Kind
		// Parents come before their children, so an Abteilung sees its
		// Amt already copied.
		amt := u.Kind == db.KindAmt && u.ValidTo == nil && u.ParentID != nil && kind[*u.ParentID] == db.KindDezernat
		if !amt && !units.has(u.ParentID) {
			continue
		}
		cp := u
		cp.ID, cp.ParentID = nextID(s.units), units.ptr(u.ParentID)
		cp.Code = fmt.Sprintf("%s/%d", u.Code, c)
		if amt {
			cp.Name += suffix
		}
		if u.LeaderID != nil {
			if _, ok := persons[*u.LeaderID]; !ok {
				// Seeded ids are positions; a leader's position (the
				// job) ends with the name of the Amt.
				p := base.persons[*u.LeaderID-1]
				p.ID, p.Position = nextID(s.persons), p.Position+suffix
				p.Name = names.next(seedFemale(p.Name))
				p.Email = seedEmail(p.Name)
				s.persons = append(s.persons, p)
				persons[*u.LeaderID] = p.ID
			}
			cp.LeaderID = persons.ptr(u.LeaderID)
		}
		s.units = append(s.units, cp)
		units[u.ID] = cp.ID
	}
	number := map[int64][2]string{} // product id -> old and new number
	for _, p := range base.products {
		if !units.has(&p.OrgUnitID) {
			continue
		}
		group := p.Number[:4]
		lastProduct[group]++
		cp := p
		cp.ID, cp.OrgUnitID = nextID(s.products), units.of(p.OrgUnitID)
		cp.Number = fmt.Sprintf("%s%02d", group, lastProduct[group])
		s.products = append(s.products, cp)
		products[p.ID] = cp.ID
		number[p.ID] = [2]string{p.Number, cp.Number}
	}
	// renumber puts the copy's product number into a text that names the
	// original product.
	renumber := func(text string, product *int64) string {
		if n, ok := number[deref(product)]; ok {
			return strings.ReplaceAll(text, "Produkt "+n[0], "Produkt "+n[1])
		}
		return text
	}
	for _, g := range base.goals {
		if !units.has(&g.OrgUnitID) {
			continue
		}
		cp := g
		cp.ID, cp.OrgUnitID = nextID(s.goals), units.of(g.OrgUnitID)
		cp.ParentGoalID, cp.ProductID = goals.ptr(g.ParentGoalID), products.ptr(g.ProductID)
		cp.Description = renumber(g.Description, g.ProductID)
		s.goals = append(s.goals, cp)
		goals[g.ID] = cp.ID
	}
	for _, k := range base.kpis {
		if !goals.has(k.GoalID) && !products.has(k.ProductID) {
			continue
		}
		cp := k
		cp.ID, cp.GoalID, cp.ProductID = nextID(s.kpis), goals.ptr(k.GoalID), products.ptr(k.ProductID)
		cp.Definition = renumber(k.Definition, k.ProductID)
		s.kpis = append(s.kpis, cp)
		kpis[k.ID] = cp.ID
	}
	for _, v := range base.kpiValues {
		if kpis.has(&v.KPIID) {
			v.ID, v.KPIID, v.RecordedByID = nextID(s.kpiValues), kpis.of(v.KPIID), persons.ptr(v.RecordedByID)
			s.kpiValues = append(s.kpiValues, v)
		}
	}
	for _, l := range base.budget {
		if products.has(&l.ProductID) {
			l.ID, l.ProductID = nextID(s.budget), products.of(l.ProductID)
			s.budget = append(s.budget, l)
		}
	}
	measureNumber := map[int64][2]string{}
	for _, m := range base.measures {
		if !units.has(&m.OrgUnitID) {
			continue
		}
		cp := m
		cp.ID, cp.OrgUnitID = nextID(s.measures), units.of(m.OrgUnitID)
		cp.Number = fmt.Sprintf("HSP-%03d", cp.ID) // continues the plan's numbering
		s.measures = append(s.measures, cp)
		measures[m.ID] = cp.ID
		measureNumber[m.ID] = [2]string{m.Number, cp.Number}
	}
	for _, sv := range base.savings {
		if measures.has(&sv.MeasureID) {
			sv.ID, sv.MeasureID = nextID(s.savings), measures.of(sv.MeasureID)
			s.savings = append(s.savings, sv)
		}
	}
	for _, a := range base.agreements {
		if !units.has(&a.OrgUnitID) {
			continue
		}
		cp := a
		cp.ID, cp.OrgUnitID = nextID(s.agreements), units.of(a.OrgUnitID)
		cp.PrincipalID, cp.AgentID = persons.of(a.PrincipalID), persons.of(a.AgentID)
		s.agreements = append(s.agreements, cp)
		agreements[a.ID] = cp.ID
	}
	for _, it := range base.items {
		if !agreements.has(&it.AgreementID) {
			continue
		}
		cp := it
		cp.ID, cp.AgreementID = nextID(s.items), agreements.of(it.AgreementID)
		cp.GoalID, cp.KPIID, cp.MeasureID = goals.ptr(it.GoalID), kpis.ptr(it.KPIID), measures.ptr(it.MeasureID)
		if n, ok := measureNumber[deref(it.MeasureID)]; ok {
			cp.Title = strings.Replace(it.Title, n[0], n[1], 1)
		}
		s.items = append(s.items, cp)
	}
	for _, r := range base.reviews {
		if agreements.has(&r.AgreementID) {
			r.ID, r.AgreementID, r.RecordedByID = nextID(s.reviews), agreements.of(r.AgreementID), persons.of(r.RecordedByID)
			s.reviews = append(s.reviews, r)
		}
	}
	for _, a := range base.assessments {
		if agreements.has(&a.AgreementID) {
			a.ID, a.AgreementID, a.AssessedByID = nextID(s.assessments), agreements.of(a.AgreementID), persons.of(a.AssessedByID)
			s.assessments = append(s.assessments, a)
		}
	}
}

// seedFemale reports whether a seeded Amt or Abteilung leader is a woman,
// so that a copy's leader fits the "Amtsleiterin" of the position.
func seedFemale(name string) bool {
	for _, a := range amtSpecs {
		if a.Leader == name {
			return a.Female
		}
	}
	for _, ab := range abteilungSpecs {
		if ab.Leader == name {
			return ab.Female
		}
	}
	return false
}

// Name parts of the copies' leaders: first × last name gives 1,152 people
// per gender, double-barrelled last names the rest up to MaxSeedScale.
var (
	seedFirstNames = [2][]string{
		{"Andreas", "Bernd", "Christian", "Dirk", "Elias", "Florian", "Georg", "Hendrik", "Jan", "Kai", "Lukas", "Markus",
			"Niklas", "Oliver", "Patrick", "Ralf", "Sebastian", "Timo", "Uwe", "Volker", "Werner", "Yannick", "Felix", "Moritz"},
		{"Anja", "Britta", "Claudia", "Doris", "Elke", "Friederike", "Gabriele", "Hanna", "Ivonne", "Julia", "Katrin", "Laura",
			"Miriam", "Nadine", "Petra", "Regina", "Silke", "Tanja", "Ulrike", "Vanessa", "Wiebke", "Yvonne", "Sabine", "Marion"},
	}
	seedLastNames = []string{"Albers", "Bergmann", "Brinkmann", "Dreier", "Ebert", "Feldkamp", "Gerdes", "Hagedorn",
		"Hillebrand", "Holtkamp", "Husmann", "Kemper", "Klostermann", "Kortmann", "Krämer", "Lammers", "Lücke", "Meinert",
		"Möller", "Niehaus", "Ostendorf", "Pieper", "Raschke", "Rüther", "Schlüter", "Schröer", "Sievers", "Spieker",
		"Steinhoff", "Tebbe", "Thiemann", "Uhlenbrock", "Vennemann", "Voß", "Wagener", "Wenning", "Wiesmann", "Wolters",
		"Zurhorst", "Althoff", "Bökamp", "Determann", "Everding", "Grothues", "Heitkamp", "Jöring", "Kuhlmann", "Lindemann"}
)

// seedNames hands out unused names in a fixed order.
type seedNames struct {
	used  map[string]bool // e-mails
	count [2]int          // names handed out per gender, skipped ones included
}

func newSeedNames(people []db.Person) *seedNames {
	g := &seedNames{used: map[string]bool{}}
	for _, p := range people {
		g.used[p.Email] = true
	}
	return g
}

func (g *seedNames) next(female bool) string {
	sex := 0
	if female {
		sex = 1
	}
	first, nl := seedFirstNames[sex], len(seedLastNames)
	for {
		i := g.nextIndex(sex)
		last := seedLastNames[(i/len(first))%nl]
		if k := i / (len(first) * nl); k > 0 {
			second := seedLastNames[(k-1)%nl]
			if second == last {
				continue
			}
			last += "-" + second
		}
		name := first[i%len(first)] + " " + last
		if e := seedEmail(name); !g.used[e] {
			g.used[e] = true
			return name
		}
	}
}

func (g *seedNames) nextIndex(sex int) int {
	i := g.count[sex]
	g.count[sex]++
	return i
}
