// Package dbtest gives each test a throwaway, migrated database: a fresh
// PostgreSQL database (ZIELWERK_TEST_DB=postgres, the default when
// TEST_DATABASE_URL or the local server is reachable) or a fresh SQLite file
// (ZIELWERK_TEST_DB=sqlite). It never skips: a missing server fails the test.
package dbtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"

	"gorm.io/gorm"

	"zielwerk/db"
)

// Backend names the database the suite runs against.
func Backend() string {
	if b := os.Getenv("ZIELWERK_TEST_DB"); b != "" {
		return b
	}
	return "postgres"
}

// AdminURL is the PostgreSQL server used to create throwaway databases.
func AdminURL() string {
	if u := os.Getenv("TEST_DATABASE_URL"); u != "" {
		return u
	}
	return "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"
}

// NewURL creates an empty database and returns its URL; the database is
// dropped when the test ends. For SQLite it is a file in t.TempDir().
func NewURL(t testing.TB) string {
	t.Helper()
	if Backend() == "sqlite" {
		return "sqlite://" + t.TempDir() + "/test.db"
	}
	admin, err := db.Open(AdminURL(), "")
	if err != nil {
		t.Fatalf("dbtest: PostgreSQL at %s: %v", AdminURL(), err)
	}
	sqlAdmin, _ := admin.DB()
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	name := "zw_test_" + hex.EncodeToString(b)
	if err := admin.Exec("CREATE DATABASE " + name).Error; err != nil {
		t.Fatalf("dbtest: create database: %v", err)
	}
	u, err := url.Parse(AdminURL())
	if err != nil {
		t.Fatalf("dbtest: %v", err)
	}
	u.Path = "/" + name
	t.Cleanup(func() {
		admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
		sqlAdmin.Close()
	})
	return u.String()
}

// Open returns a migrated, empty database for this test.
func Open(t testing.TB) *gorm.DB {
	t.Helper()
	gdb := OpenURL(t, NewURL(t))
	if _, err := db.Migrate(context.Background(), gdb); err != nil {
		t.Fatalf("dbtest: migrate: %v", err)
	}
	return gdb
}

// OpenURL connects to an existing test database and closes it at the end.
func OpenURL(t testing.TB, u string) *gorm.DB {
	t.Helper()
	gdb, err := db.Open(u, "")
	if err != nil {
		t.Fatalf("dbtest: open: %v", err)
	}
	t.Cleanup(func() {
		if s, err := gdb.DB(); err == nil {
			s.Close()
		}
	})
	return gdb
}

// IsSQLite reports whether u is a SQLite URL.
func IsSQLite(u string) bool { return strings.HasPrefix(u, "sqlite://") }
