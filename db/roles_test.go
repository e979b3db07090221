package db_test

import (
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"

	"zielwerk/db"
	"zielwerk/db/dbtest"
)

// The owner migrates; the app role (roles_postgres.sql) does its work but
// cannot touch the audit trail's protection.
func TestAppRoleCannotDisableTheAuditTrail(t *testing.T) {
	if dbtest.Backend() != "postgres" {
		t.Skip("roles are a PostgreSQL matter")
	}
	ctx := t.Context()
	admin, err := db.Open(dbtest.AdminURL(), "")
	if err != nil {
		t.Fatal(err)
	}
	sqlAdmin, _ := admin.DB()
	t.Cleanup(func() { sqlAdmin.Close() })
	b := make([]byte, 4)
	_, _ = rand.Read(b)
	owner, app := "zw_owner_"+hex.EncodeToString(b), "zw_app_"+hex.EncodeToString(b)
	for _, r := range []string{owner, app} {
		if err := admin.Exec("CREATE ROLE " + r + " LOGIN").Error; err != nil {
			t.Fatal(err)
		}
	}
	// Registered before the database exists, so it runs after its drop.
	t.Cleanup(func() {
		for _, r := range []string{app, owner} {
			if err := admin.Exec("DROP ROLE IF EXISTS " + r).Error; err != nil {
				t.Errorf("drop role %s: %v", r, err)
			}
		}
	})
	u := dbtest.NewURL(t)
	parsed, _ := url.Parse(u)
	dbName := strings.TrimPrefix(parsed.Path, "/")
	// As an administrator would: the owner owns the database, and so its
	// public schema (PostgreSQL 15: owned by pg_database_owner).
	if err := admin.Exec("ALTER DATABASE " + dbName + " OWNER TO " + owner).Error; err != nil {
		t.Fatal(err)
	}
	as := func(role string) string {
		p := *parsed
		p.User = url.User(role)
		return p.String()
	}

	ownerDB := dbtest.OpenURL(t, as(owner))
	if _, err := db.Migrate(ctx, ownerDB); err != nil {
		t.Fatalf("migrate as owner: %v", err)
	}
	grants, err := os.ReadFile("roles_postgres.sql")
	if err != nil {
		t.Fatal(err)
	}
	script := strings.NewReplacer("zielwerk_owner", owner, "zielwerk_app", app).Replace(string(grants))
	if err := ownerDB.Exec(script).Error; err != nil {
		t.Fatalf("grants: %v", err)
	}

	appDB := dbtest.OpenURL(t, as(app))
	if n, err := db.Migrate(ctx, appDB); err != nil || n != 0 {
		t.Fatalf("the server's Migrate as app on an up-to-date schema: %d, %v", n, err)
	}
	if p, err := db.PendingMigrations(ctx, appDB); err != nil || p != 0 {
		t.Fatalf("pending as app: %d, %v", p, err)
	}
	p := db.Person{Name: "App", Email: "app@example.org"}
	if err := appDB.Create(&p).Error; err != nil {
		t.Fatalf("app inserts a person: %v", err)
	}
	if err := db.Audit(appDB, db.Actor{PersonID: p.ID}, "Person", p.ID, "create", nil, p); err != nil {
		t.Fatalf("app appends an audit event: %v", err)
	}
	var n int64
	if err := appDB.Model(&db.AuditEvent{}).Count(&n).Error; err != nil || n != 1 {
		t.Fatalf("app reads the audit trail: %d, %v", n, err)
	}
	if err := appDB.Model(&p).Update("position", "Leitung").Error; err != nil {
		t.Fatalf("app updates a person: %v", err)
	}

	for _, stmt := range []string{
		"ALTER TABLE audit_events DISABLE TRIGGER ALL",
		"ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update",
		"DROP TRIGGER audit_events_no_update ON audit_events",
		"DROP FUNCTION audit_events_append_only() CASCADE",
		"UPDATE audit_events SET action = 'forged'",
		"DELETE FROM audit_events",
		"TRUNCATE audit_events",
		"SET session_replication_role = replica",
		"DROP TABLE people CASCADE",
		"ALTER TABLE agreements DROP CONSTRAINT uq_agreements_agent_unit_year",
		"CREATE TABLE shadow (id int)",
		"INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'forged', now())",
	} {
		// 42501: insufficient privilege (not, say, a syntax error).
		if err := appDB.Exec(stmt).Error; err == nil || !strings.Contains(err.Error(), "42501") {
			t.Errorf("app role runs %q: %v, want insufficient privilege", stmt, err)
		}
	}
	// The trigger is still there and still enabled.
	var enabled string
	if err := ownerDB.Raw(`SELECT tgenabled FROM pg_trigger WHERE tgname = 'audit_events_no_update'`).Scan(&enabled).Error; err != nil || enabled != "O" {
		t.Fatalf("audit trigger: enabled %q, %v", enabled, err)
	}
}
