package db_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"gorm.io/gorm"

	"zielwerk/db"
	"zielwerk/db/dbtest"
	"zielwerk/demo"
)

// schemaOf describes everything the migrations make, one line per object,
// sorted, so two databases can be compared line by line. PostgreSQL: the
// catalog (columns, constraints, indexes, triggers, functions, sequences);
// SQLite: sqlite_master.
func schemaOf(t *testing.T, gdb *gorm.DB) []string {
	t.Helper()
	var queries []string
	if db.Dialect(gdb) == "postgres" {
		queries = []string{
			`SELECT 'column ' || table_name || '.' || column_name || ' #' || ordinal_position || ' ' || data_type ||
			   COALESCE('(' || character_maximum_length || ')', '') || ' null=' || is_nullable || ' default=' || COALESCE(column_default, '')
			 FROM information_schema.columns WHERE table_schema = current_schema()`,
			`SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
			 FROM pg_constraint WHERE connamespace = current_schema()::regnamespace`,
			`SELECT 'index ' || indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = current_schema()`,
			`SELECT 'trigger ' || tgname || ' ' || pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal`,
			`SELECT 'function ' || proname || ' ' || prosrc FROM pg_proc WHERE pronamespace = current_schema()::regnamespace`,
			`SELECT 'sequence ' || sequence_name || ' ' || data_type FROM information_schema.sequences WHERE sequence_schema = current_schema()`,
		}
	} else {
		queries = []string{`SELECT type || ' ' || name || ' ' || tbl_name || ' ' || COALESCE(sql, '') FROM sqlite_master`}
	}
	var out []string
	for _, q := range queries {
		var rows []string
		if err := gdb.Raw(q).Scan(&rows).Error; err != nil {
			t.Fatalf("schema: %v", err)
		}
		out = append(out, rows...)
	}
	slices.Sort(out)
	return out
}

func TestBothDialectsHaveTheSameVersions(t *testing.T) {
	pg, err := db.Migrations("postgres")
	if err != nil {
		t.Fatal(err)
	}
	lite, err := db.Migrations("sqlite")
	if err != nil {
		t.Fatal(err)
	}
	if len(pg) != len(lite) || len(pg) < 5 {
		t.Fatalf("postgres has %d migrations, sqlite %d", len(pg), len(lite))
	}
	for i := range pg {
		if pg[i].Version != lite[i].Version || pg[i].Name != lite[i].Name {
			t.Errorf("migration %d: postgres %d %q, sqlite %d %q", i, pg[i].Version, pg[i].Name, lite[i].Version, lite[i].Name)
		}
	}
}

// An existing database (here at version 1, with data) is upgraded to the
// newest version and then has exactly the schema of a fresh database.
func TestUpgradeEqualsFreshSchema(t *testing.T) {
	ctx := t.Context()
	old := dbtest.OpenURL(t, dbtest.NewURL(t))
	if n, err := db.MigrateTo(ctx, old, 1); err != nil || n != 1 {
		t.Fatalf("migrate to 1: %d, %v", n, err)
	}
	writeOnlyExistingColumns(t, old)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	now := time.Now().UTC().Truncate(time.Second)
	ob, agent := db.Person{Name: "OB", Email: "ob@example.org"}, db.Person{Name: "Dez", Email: "d@example.org"}
	must(old.Create(&ob).Error)
	must(old.Create(&agent).Error)
	board := db.OrgUnit{Code: "VV", Name: "Vorstand", Kind: db.KindBoard, LeaderID: &ob.ID, ValidFrom: now}
	must(old.Create(&board).Error)
	dez := db.OrgUnit{Code: "D1", Name: "Dezernat I", Kind: db.KindDezernat, ParentID: &board.ID, LeaderID: &agent.ID, ValidFrom: now}
	must(old.Create(&dez).Error)
	a := db.Agreement{Year: 2026, PrincipalID: ob.ID, AgentID: agent.ID, OrgUnitID: dez.ID, Status: db.StatusDraft,
		PayRule: db.PayNone, CreatedAt: now, UpdatedAt: now, Version: 1}
	must(old.Create(&a).Error)
	items := []db.AgreementItem{{AgreementID: a.ID, Position: 1, Title: "eins", WeightPercent: 60, Version: 1},
		{AgreementID: a.ID, Position: 2, Title: "zwei", WeightPercent: 40, Version: 1}}
	must(old.Create(&items).Error)
	must(old.Delete(&items[1]).Error) // its id must not come back
	must(old.Create(&db.AuditEvent{At: now, ActorID: &ob.ID, Entity: "Agreement", EntityID: a.ID, Action: "create"}).Error)

	n, err := db.Migrate(ctx, old)
	if err != nil {
		t.Fatalf("upgrade: %v", err)
	}
	all, _ := db.Migrations(db.Dialect(old))
	if n != len(all)-1 {
		t.Fatalf("upgrade applied %d migrations, want %d", n, len(all)-1)
	}
	var versions []int
	must(old.Raw("SELECT version FROM schema_migrations ORDER BY version").Scan(&versions).Error)
	if len(versions) != len(all) || versions[len(versions)-1] != all[len(all)-1].Version {
		t.Fatalf("schema_migrations after upgrade: %v", versions)
	}

	upgraded, fresh := schemaOf(t, old), schemaOf(t, dbtest.Open(t))
	t.Logf("%d schema objects", len(fresh))
	for _, want := range []string{"fk_agreements_agent_id", "uq_agreements_agent_unit_year", "audit_events_no_", "org_units_bump_org_tree"} {
		if !slices.ContainsFunc(fresh, func(l string) bool { return strings.Contains(l, want) }) {
			t.Fatalf("the schema description misses %s", want)
		}
	}
	if d := diff(upgraded, fresh); d != "" {
		t.Fatalf("upgraded and fresh schema differ:\n%s", d)
	}

	// The data came along, and ids go on after the deleted item's.
	var got []db.AgreementItem
	must(old.Order("id").Find(&got).Error)
	if len(got) != 1 || got[0].Title != "eins" {
		t.Fatalf("items after upgrade: %+v", got)
	}
	next := db.AgreementItem{AgreementID: a.ID, Position: 2, Title: "neu", WeightPercent: 40, Version: 1}
	must(old.Create(&next).Error)
	if next.ID <= items[1].ID {
		t.Fatalf("new item got id %d, the deleted one had %d", next.ID, items[1].ID)
	}
	if p, err := db.PendingMigrations(ctx, old); err != nil || p != 0 {
		t.Fatalf("pending after upgrade: %d, %v", p, err)
	}
}

// diff lists the lines only in a (-) and only in b (+).
func diff(a, b []string) string {
	out := ""
	for _, l := range a {
		if !slices.Contains(b, l) {
			out += fmt.Sprintln("-", l)
		}
	}
	for _, l := range b {
		if !slices.Contains(a, l) {
			out += fmt.Sprintln("+", l)
		}
	}
	return out
}

// The demo city, loaded at version 4, survives the upgrade to the newest
// version: its rows fit every constraint version 5 added.
func TestUpgradeOfTheDemoCity(t *testing.T) {
	ctx := t.Context()
	gdb := dbtest.OpenURL(t, dbtest.NewURL(t))
	if _, err := db.MigrateTo(ctx, gdb, 4); err != nil {
		t.Fatal(err)
	}
	writeOnlyExistingColumns(t, gdb)
	counts, err := demo.Seed(ctx, gdb)
	if err != nil {
		t.Fatalf("seed at version 4: %v", err)
	}
	all, _ := db.Migrations(db.Dialect(gdb))
	start := time.Now()
	if n, err := db.Migrate(ctx, gdb); err != nil || n != len(all)-4 {
		t.Fatalf("upgrade of the demo city: %d, %v", n, err)
	}
	t.Logf("upgrade of %d agreements, %d KPI values took %v", counts["agreements"], counts["kpi_values"], time.Since(start))
	for table, want := range counts {
		var got int64
		if err := gdb.Table(table).Count(&got).Error; err != nil || got != want {
			t.Errorf("%s after upgrade: %d rows, %v; want %d", table, got, err, want)
		}
	}
}

// writeOnlyExistingColumns lets today's structs write into a database at an
// older version: creates and updates leave out the columns that version
// does not have yet (the later migrations add them with their defaults).
// The columns are read once, right after migrating to the old version.
func writeOnlyExistingColumns(t *testing.T, gdb *gorm.DB) {
	t.Helper()
	tables, err := gdb.Migrator().GetTables()
	if err != nil {
		t.Fatal(err)
	}
	columns := map[string]map[string]bool{}
	for _, table := range tables {
		types, err := gdb.Migrator().ColumnTypes(table)
		if err != nil {
			t.Fatal(err)
		}
		columns[table] = map[string]bool{}
		for _, c := range types {
			columns[table][c.Name()] = true
		}
	}
	omit := func(tx *gorm.DB) {
		s := tx.Statement
		have, ok := columns[s.Table]
		if s.Schema == nil || !ok {
			return
		}
		for _, name := range s.Schema.DBNames {
			if !have[name] {
				s.Omits = append(s.Omits, name)
			}
		}
	}
	if err := gdb.Callback().Create().Before("gorm:create").Register("test:old_columns", omit); err != nil {
		t.Fatal(err)
	}
	if err := gdb.Callback().Update().Before("gorm:update").Register("test:old_columns", omit); err != nil {
		t.Fatal(err)
	}
}
