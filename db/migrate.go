package db

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"

	"gorm.io/gorm"

	"zielwerk/clock"
)

// The schema is plain SQL, one file per version and dialect, so what a
// database holds is written down and reviewed, and does not follow today's
// Go structs (gorm's CreateTable did: an upgraded database could differ
// from a fresh one). Never edit an applied file; add a new version to both
// folders.
//
//go:embed migrations/postgres/*.sql migrations/sqlite/*.sql
var migrationFiles embed.FS

// Migration is one versioned, forward-only schema change. Each runs in its
// own transaction together with its row in schema_migrations.
type Migration struct {
	Version int
	Name    string // from the file name: 0005_integrity.sql is "integrity"
	SQL     string
}

// migrationLock is the advisory lock two replicas starting at once take:
// one migrates, the other waits and then finds nothing to do.
const migrationLock = 72510001

// schema_migrations as gorm's AutoMigrate created it (versions 1–4 were
// recorded there), so existing databases keep their rows and their table.
var schemaMigrationsDDL = map[string]string{
	"postgres": `CREATE TABLE IF NOT EXISTS "schema_migrations" ("version" bigint,"name" varchar(200) NOT NULL,"applied_at" timestamptz NOT NULL,PRIMARY KEY ("version"))`,
	"sqlite":   "CREATE TABLE IF NOT EXISTS `schema_migrations` (`version` integer,`name` text NOT NULL,`applied_at` datetime NOT NULL,PRIMARY KEY (`version`))",
}

// Migrations reads the ordered migrations of a dialect ("postgres" or
// "sqlite") from the embedded files.
func Migrations(dialect string) ([]Migration, error) {
	dir := "migrations/" + dialect
	entries, err := fs.ReadDir(migrationFiles, dir)
	if err != nil {
		return nil, fmt.Errorf("migrations for %q: %w", dialect, err)
	}
	var out []Migration
	for _, e := range entries {
		num, name, ok := strings.Cut(strings.TrimSuffix(e.Name(), ".sql"), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migration file %s: want NNNN_name.sql", e.Name())
		}
		body, err := fs.ReadFile(migrationFiles, path.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		out = append(out, Migration{Version: v, Name: strings.ReplaceAll(name, "_", " "), SQL: string(body)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Version < out[j].Version })
	// Versions rise and are unique. A gap is allowed: branches number
	// their migrations in parallel (0010 and 0011 from two branches), and
	// apply checks each version on its own, so a version that lands after
	// a higher one is still applied.
	for i, m := range out {
		if i > 0 && m.Version == out[i-1].Version {
			return nil, fmt.Errorf("migrations for %q: version %d twice", dialect, m.Version)
		}
	}
	return out, nil
}

// Migrate applies every pending migration and returns how many it applied.
func Migrate(ctx context.Context, gdb *gorm.DB) (int, error) {
	return migrateTo(ctx, gdb, 0)
}

// migrateTo applies the pending migrations up to version last (0: all).
func migrateTo(ctx context.Context, gdb *gorm.DB, last int) (int, error) {
	dialect := Dialect(gdb)
	ms, err := Migrations(dialect)
	if err != nil {
		return 0, err
	}
	sqlDB, err := gdb.DB()
	if err != nil {
		return 0, err
	}
	// One connection for the whole run: SQLite's foreign_keys pragma is a
	// setting of the connection.
	conn, err := sqlDB.Conn(ctx)
	if err != nil {
		return 0, err
	}
	defer conn.Close()
	if err := inMigrationTx(ctx, conn, dialect, func(tx *sql.Tx) error {
		// PostgreSQL checks the right to create in the schema even for
		// CREATE TABLE IF NOT EXISTS; looking first lets the app role
		// (no DDL) start a server on an up-to-date schema.
		if dialect == "postgres" {
			var exists bool
			if err := tx.QueryRowContext(ctx, "SELECT to_regclass('schema_migrations') IS NOT NULL").Scan(&exists); err != nil || exists {
				return err
			}
		}
		_, err := tx.ExecContext(ctx, schemaMigrationsDDL[dialect])
		return err
	}); err != nil {
		return 0, fmt.Errorf("schema_migrations: %w", err)
	}
	applied := 0
	for _, m := range ms {
		if last > 0 && m.Version > last {
			break
		}
		did, err := apply(ctx, conn, dialect, m)
		if err != nil {
			return applied, fmt.Errorf("migration %d (%s): %w", m.Version, m.Name, err)
		}
		if did {
			applied++
		}
	}
	return applied, nil
}

// apply runs one migration unless schema_migrations already has it.
func apply(ctx context.Context, conn *sql.Conn, dialect string, m Migration) (did bool, err error) {
	if dialect == "sqlite" {
		// SQLite cannot add a constraint to a table: a migration rebuilds it
		// (create, copy, drop, rename), which needs foreign keys off; the
		// pragma is a no-op inside a transaction, so it is set around it,
		// and foreign_key_check before the commit proves the data fits.
		if _, err := conn.ExecContext(ctx, "PRAGMA foreign_keys = OFF"); err != nil {
			return false, err
		}
		defer func() {
			if _, onErr := conn.ExecContext(context.WithoutCancel(ctx), "PRAGMA foreign_keys = ON"); onErr != nil && err == nil {
				err = onErr
			}
		}()
	}
	insert := "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)"
	if dialect == "sqlite" {
		insert = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"
	}
	err = inMigrationTx(ctx, conn, dialect, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM schema_migrations WHERE version = "+strconv.Itoa(m.Version)).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return nil
		}
		if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
			return err
		}
		if dialect == "sqlite" {
			if err := foreignKeyCheck(ctx, tx); err != nil {
				return err
			}
		}
		did = true
		_, err := tx.ExecContext(ctx, insert, m.Version, m.Name, clock.Now(ctx))
		return err
	})
	return did, err
}

// inMigrationTx runs fn in a transaction that, on PostgreSQL, holds the
// migration lock.
func inMigrationTx(ctx context.Context, conn *sql.Conn, dialect string, fn func(*sql.Tx) error) error {
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if dialect == "postgres" {
		if _, err := tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock("+strconv.Itoa(migrationLock)+")"); err != nil {
			return err
		}
	}
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit()
}

// foreignKeyCheck fails when any row references a missing parent.
func foreignKeyCheck(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, "PRAGMA foreign_key_check")
	if err != nil {
		return err
	}
	defer rows.Close()
	if rows.Next() {
		var table, parent string
		var rowid sql.NullInt64
		var fk int
		if err := rows.Scan(&table, &rowid, &parent, &fk); err != nil {
			return err
		}
		return fmt.Errorf("foreign key check: %s row %d references a missing %s", table, rowid.Int64, parent)
	}
	return rows.Err()
}

// PendingMigrations reports how many migrations are not yet applied; /readyz
// is ready only when it is zero.
func PendingMigrations(ctx context.Context, gdb *gorm.DB) (int, error) {
	ms, err := Migrations(Dialect(gdb))
	if err != nil {
		return 0, err
	}
	var versions []int
	if err := gdb.WithContext(ctx).Raw("SELECT version FROM schema_migrations").Scan(&versions).Error; err != nil {
		return len(ms), err
	}
	done := map[int]bool{}
	for _, v := range versions {
		done[v] = true
	}
	pending := 0
	for _, m := range ms {
		if !done[m.Version] {
			pending++
		}
	}
	return pending, nil
}
