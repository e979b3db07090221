package db

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// Migration is one versioned, forward-only schema change. Each runs in its
// own transaction together with its row in schema_migrations.
type Migration struct {
	Version int
	Name    string
	Up      func(tx *gorm.DB) error
}

type schemaMigration struct {
	Version   int       `gorm:"primaryKey;autoIncrement:false"`
	Name      string    `gorm:"size:200;not null"`
	AppliedAt time.Time `gorm:"not null"`
}

// Migrations is the ordered list of schema versions. Never edit an applied
// migration; append a new one.
var Migrations = []Migration{
	{1, "initial schema", func(tx *gorm.DB) error {
		for _, m := range AllModels() {
			if err := tx.Migrator().CreateTable(m); err != nil {
				return err
			}
		}
		return nil
	}},
	{2, "audit events are append-only", appendOnlyAudit},
	{3, "sessions", func(tx *gorm.DB) error { return tx.Migrator().CreateTable(&Session{}) }},
	{4, "cache versions", cacheVersions},
}

func appendOnlyAudit(tx *gorm.DB) error {
	if Dialect(tx) == "postgres" {
		return tx.Exec(`
CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'audit_events is append-only'; END $$;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();`).Error
	}
	for _, op := range []string{"UPDATE", "DELETE"} {
		if err := tx.Exec(fmt.Sprintf(`CREATE TRIGGER audit_events_no_%s BEFORE %s ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END`, op, op)).Error; err != nil {
			return err
		}
	}
	return nil
}

// Migrate applies every pending migration and returns how many it applied.
func Migrate(ctx context.Context, gdb *gorm.DB) (int, error) {
	gdb = gdb.WithContext(ctx)
	if err := gdb.AutoMigrate(&schemaMigration{}); err != nil {
		return 0, fmt.Errorf("schema_migrations: %w", err)
	}
	applied := 0
	for _, m := range Migrations {
		err := gdb.Transaction(func(tx *gorm.DB) error {
			if Dialect(tx) == "postgres" {
				// Two replicas starting at once: one migrates, the other waits.
				if err := tx.Exec("SELECT pg_advisory_xact_lock(72510001)").Error; err != nil {
					return err
				}
			}
			var n int64
			if err := tx.Model(&schemaMigration{}).Where("version = ?", m.Version).Count(&n).Error; err != nil {
				return err
			}
			if n > 0 {
				return nil
			}
			if err := m.Up(tx); err != nil {
				return err
			}
			applied++
			return tx.Create(&schemaMigration{Version: m.Version, Name: m.Name, AppliedAt: time.Now().UTC()}).Error
		})
		if err != nil {
			return applied, fmt.Errorf("migration %d (%s): %w", m.Version, m.Name, err)
		}
	}
	return applied, nil
}

// PendingMigrations reports how many migrations are not yet applied; /readyz
// is ready only when it is zero.
func PendingMigrations(ctx context.Context, gdb *gorm.DB) (int, error) {
	var versions []int
	if err := gdb.WithContext(ctx).Model(&schemaMigration{}).Pluck("version", &versions).Error; err != nil {
		return len(Migrations), err
	}
	done := map[int]bool{}
	for _, v := range versions {
		done[v] = true
	}
	pending := 0
	for _, m := range Migrations {
		if !done[m.Version] {
			pending++
		}
	}
	return pending, nil
}
