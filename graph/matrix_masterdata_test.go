package graph_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"zielwerk/db"
)

// mayMaintain: who may call each master data mutation in the matrix. The
// goal mutations act on goals of the demo Amt: ADMIN, and whoever leads
// the Amt or a unit above it.
var mayMaintain = map[string]map[string]bool{
	"strategicGoal": {"ADMIN": true},
	"organisation":  {"ADMIN": true},
	"kpi":           {"ADMIN": true, "CONTROLLING": true},
	"measure":       {"ADMIN": true, "CONTROLLING": true},
	"goal":          {"ADMIN": true, "OB": true, "DEZERNENT": true, "DEZERNENT_LEADERSHIP": true, "AMTSLEITUNG": true},
}

// checkMasterDataMutations calls every master data mutation as vname on
// fixtures of its own: allowed viewers change it with one audit event,
// everyone else gets FORBIDDEN and nothing is written.
func checkMasterDataMutations(t *testing.T, w *world, c *client, vname string) int {
	t.Helper()
	g := w.gdb
	amt := w.agreements["A2"].OrgUnitID
	var prod db.Product
	must(t, g.Where("org_unit_id = ?", amt).Order("id").First(&prod).Error)
	var group db.ProductGroup
	must(t, g.First(&group, prod.GroupID).Error)
	tag := strings.ToLower(strings.ReplaceAll(vname, "_", "-"))
	n := 0 // distinct numbers per viewer: its place among the viewers
	for i, name := range sortedKeys(w.viewers) {
		if name == vname {
			n = i
		}
	}
	from := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)

	sg := db.StrategicGoal{Number: 20 + 3*n, Title: "Ziel " + tag, Version: 1}
	must(t, g.Create(&sg).Error)
	goal := db.Goal{OrgUnitID: amt, Level: db.LevelAmt, Title: "Ziel " + tag, FromYear: 2026, ToYear: 2028,
		UntracedReason: "Matrix", Version: 1}
	must(t, g.Create(&goal).Error)
	kpi := db.KPI{Name: "KPI " + tag, Unit: "%", Direction: db.HigherIsBetter, Kind: db.KPIOutput, Frequency: db.Yearly,
		ProductID: &prod.ID, GreenThreshold: 1, YellowThreshold: 0.9, Version: 1}
	must(t, g.Create(&kpi).Error)
	unit := db.OrgUnit{Code: "MX-" + tag, Name: "Abteilung " + tag, Kind: db.KindAbteilung, ParentID: &amt, ValidFrom: from, Version: 1}
	must(t, g.Create(&unit).Error)
	person := db.Person{Name: "Person " + tag, Email: "matrix-" + tag + "@stadt.example", Employment: db.EmploymentTarif,
		PartTimeFactor: 1, Version: 1}
	must(t, g.Create(&person).Error)
	product := db.Product{GroupID: group.ID, Number: fmt.Sprintf("%s%02d", group.Number, 60+2*n), Name: "Produkt " + tag,
		OrgUnitID: amt, Version: 1}
	must(t, g.Create(&product).Error)
	var programme db.ConsolidationProgramme
	must(t, g.Order("id").First(&programme).Error)
	measure := db.ConsolidationMeasure{ProgrammeID: programme.ID, Number: "MX-" + tag, Title: "Maßnahme " + tag, OrgUnitID: amt,
		Status: db.MeasurePlanned, Version: 1}
	must(t, g.Create(&measure).Error)

	calls := []struct{ rule, name, q string }{
		{"strategicGoal", "strategicGoalCreate", fmt.Sprintf(`mutation { r: strategicGoalCreate(input: {number: %d, title: "Neu %s"}) { userErrors { code message } } }`, sg.Number+1, tag)},
		{"strategicGoal", "strategicGoalUpdate", fmt.Sprintf(`mutation { r: strategicGoalUpdate(input: {id: %q, expectedVersion: 1, title: "Geändert"}) { userErrors { code message } } }`, gid("StrategicGoal", sg.ID))},
		{"strategicGoal", "strategicGoalRetire", fmt.Sprintf(`mutation { r: strategicGoalRetire(input: {id: %q, expectedVersion: %%d}) { userErrors { code message } } }`, gid("StrategicGoal", sg.ID))},
		{"goal", "goalCreate", fmt.Sprintf(`mutation { r: goalCreate(input: {orgUnitId: %q, level: AMT, title: "Neu", fromYear: 2026, toYear: 2027, untracedReason: "Test"}) { userErrors { code message } } }`, gid("OrgUnit", amt))},
		{"goal", "goalUpdate", fmt.Sprintf(`mutation { r: goalUpdate(input: {id: %q, expectedVersion: 1, title: "Geändert"}) { userErrors { code message } } }`, gid("Goal", goal.ID))},
		{"goal", "goalRetire", fmt.Sprintf(`mutation { r: goalRetire(input: {id: %q, expectedVersion: %%d, lastYear: 2027}) { userErrors { code message } } }`, gid("Goal", goal.ID))},
		{"kpi", "kpiCreate", fmt.Sprintf(`mutation { r: kpiCreate(input: {name: "Neu", direction: HIGHER_IS_BETTER, kind: OUTPUT, frequency: YEARLY, productId: %q}) { userErrors { code message } } }`, gid("Product", prod.ID))},
		{"kpi", "kpiUpdate", fmt.Sprintf(`mutation { r: kpiUpdate(input: {id: %q, expectedVersion: 1, greenThreshold: 1.1}) { userErrors { code message } } }`, gid("KPI", kpi.ID))},
		{"kpi", "kpiRetire", fmt.Sprintf(`mutation { r: kpiRetire(input: {id: %q, expectedVersion: %%d}) { userErrors { code message } } }`, gid("KPI", kpi.ID))},
		{"organisation", "orgUnitCreate", fmt.Sprintf(`mutation { r: orgUnitCreate(input: {code: "MN-%s", name: "Neu", kind: ABTEILUNG, parentId: %q, validFrom: "2026-01-01"}) { userErrors { code message } } }`, tag, gid("OrgUnit", amt))},
		{"organisation", "orgUnitUpdate", fmt.Sprintf(`mutation { r: orgUnitUpdate(input: {id: %q, expectedVersion: 1, name: "Geändert"}) { userErrors { code message } } }`, gid("OrgUnit", unit.ID))},
		{"organisation", "personCreate", fmt.Sprintf(`mutation { r: personCreate(input: {name: "Neu", email: "neu-%s@stadt.example"}) { userErrors { code message } } }`, tag)},
		{"organisation", "personUpdate", fmt.Sprintf(`mutation { r: personUpdate(input: {id: %q, expectedVersion: 1, position: "Sachgebietsleitung"}) { userErrors { code message } } }`, gid("Person", person.ID))},
		{"organisation", "personLeave", fmt.Sprintf(`mutation { r: personLeave(input: {id: %q, expectedVersion: %%d, day: "2026-12-31"}) { userErrors { code message } } }`, gid("Person", person.ID))},
		{"organisation", "leaderAssign", fmt.Sprintf(`mutation { r: leaderAssign(input: {orgUnitId: %q, expectedVersion: %%d, leaderId: %q, from: "2026-01-01"}) { userErrors { code message } } }`, gid("OrgUnit", unit.ID), gid("Person", person.ID))},
		{"organisation", "orgUnitReorganise", fmt.Sprintf(`mutation { r: orgUnitReorganise(input: {on: "2027-01-01", dissolve: [%q], create: [], moves: [], dryRun: false}) { applied userErrors { code message } } }`, gid("OrgUnit", unit.ID))},
		{"measure", "consolidationMeasureCreate", fmt.Sprintf(`mutation { r: consolidationMeasureCreate(input: {programmeId: %q, number: "MN-%s", title: "Neu", orgUnitId: %q}) { userErrors { code message } } }`, gid("ConsolidationProgramme", programme.ID), tag, gid("OrgUnit", amt))},
		{"measure", "consolidationMeasureUpdate", fmt.Sprintf(`mutation { r: consolidationMeasureUpdate(input: {id: %q, expectedVersion: 1, title: "Geändert"}) { userErrors { code message } } }`, gid("ConsolidationMeasure", measure.ID))},
		{"organisation", "productCreate", fmt.Sprintf(`mutation { r: productCreate(input: {number: "%s%02d", name: "Neu", orgUnitId: %q}) { userErrors { code message } } }`, group.Number, 61+2*n, gid("OrgUnit", amt))},
		{"organisation", "productUpdate", fmt.Sprintf(`mutation { r: productUpdate(input: {id: %q, expectedVersion: 1, name: "Geändert"}) { userErrors { code message } } }`, gid("Product", product.ID))},
	}
	versionOf := map[string]func() int{
		"strategicGoalRetire": func() int {
			var v int
			g.Model(&db.StrategicGoal{}).Where("id = ?", sg.ID).Pluck("version", &v)
			return v
		},
		"goalRetire":  func() int { var v int; g.Model(&db.Goal{}).Where("id = ?", goal.ID).Pluck("version", &v); return v },
		"kpiRetire":   func() int { var v int; g.Model(&db.KPI{}).Where("id = ?", kpi.ID).Pluck("version", &v); return v },
		"personLeave": func() int { var v int; g.Model(&db.Person{}).Where("id = ?", person.ID).Pluck("version", &v); return v },
		"leaderAssign": func() int {
			var v int
			g.Model(&db.OrgUnit{}).Where("id = ?", unit.ID).Pluck("version", &v)
			return v
		},
	}
	cases := 0
	for _, call := range calls {
		q := call.q
		if f := versionOf[call.name]; f != nil {
			q = fmt.Sprintf(q, f())
		}
		before := auditEventCount(t, g)
		r := c.do(q, nil)
		cases++
		if mayMaintain[call.rule][vname] {
			if r.code() != "" || len(get(r.Data, "r", "userErrors").([]any)) > 0 {
				t.Errorf("%s %s: %+v %v", vname, call.name, r.Errors, r.Data)
			} else if after := auditEventCount(t, g); after != before+1 {
				t.Errorf("%s %s: %d audit events written, want 1", vname, call.name, after-before)
			}
		} else if r.code() != "FORBIDDEN" || auditEventCount(t, g) != before {
			t.Errorf("%s %s: want FORBIDDEN and nothing written, got %+v %v", vname, call.name, r.Errors, r.Data)
		}
	}
	// Personnel details of someone else: ADMIN and HR only.
	r := c.do(fmt.Sprintf(`{ node(id: %q) { ... on Person { name email employment partTimeFactor } } }`, gid("Person", person.ID)), nil)
	cases++
	seesDetails := vname == "ADMIN" || vname == "HR"
	if r.code() != "" || (get(r.Data, "node", "email") != nil) != seesDetails || (get(r.Data, "node", "employment") != nil) != seesDetails {
		t.Errorf("%s personnel details: %+v %v", vname, r.Errors, r.Data)
	}
	return cases
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// checkDirectoryQueries: the directory is for every signed-in person (name
// and position), e-mail search for ADMIN and HR only; the role mapping
// for ADMIN only.
func checkDirectoryQueries(t *testing.T, w *world, c *client, vname string) int {
	t.Helper()
	var p db.Person
	must(t, w.gdb.Where("position <> ''").Order("id").First(&p).Error)
	r := c.do(`query($s: String) { people(search: $s) { totalCount nodes { name } } }`, map[string]any{"s": p.Name})
	if r.code() != "" || get(r.Data, "people", "totalCount").(float64) < 1 {
		t.Errorf("%s people by name: %+v %v", vname, r.Errors, r.Data)
	}
	local := strings.Split(p.Email, "@")[0]
	if strings.Contains(strings.ToLower(p.Name+" "+p.Position), local) {
		t.Fatalf("the e-mail %s does not tell e-mail search from name search", p.Email)
	}
	r = c.do(`query($s: String) { people(search: $s) { totalCount } }`, map[string]any{"s": local})
	found := r.code() == "" && get(r.Data, "people", "totalCount").(float64) >= 1
	if seesAll := vname == "ADMIN" || vname == "HR"; found != seesAll {
		t.Errorf("%s finds people by e-mail: %v, want %v", vname, found, seesAll)
	}
	r = c.do(`{ roleMapping { claim entries { value roles } bootstrapAdmins } }`, nil)
	if (r.code() == "") != (vname == "ADMIN") || (vname != "ADMIN" && r.code() != "FORBIDDEN") {
		t.Errorf("%s roleMapping: %+v", vname, r.Errors)
	}
	return 3
}
