package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"strconv"
	"strings"

	"zielwerk/db"
)

// throwawayDB is a database created for one run on the -admin-db server.
type throwawayDB struct {
	admin string
	name  string
	URL   string
}

// createDB creates an empty database zw_bench_<random> next to adminURL's.
func createDB(ctx context.Context, adminURL string) (*throwawayDB, error) {
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	name := "zw_bench_" + hex.EncodeToString(b)
	if err := adminExec(ctx, adminURL, "CREATE DATABASE "+name); err != nil {
		return nil, fmt.Errorf("create database on %s: %w", adminURL, err)
	}
	u, err := url.Parse(adminURL)
	if err != nil {
		return nil, err
	}
	u.Path = "/" + name
	return &throwawayDB{admin: adminURL, name: name, URL: u.String()}, nil
}

// drop runs on a fresh context: it also has to happen after Ctrl-C. FORCE
// ends connections a killed server may have left.
func (t *throwawayDB) drop() error {
	return adminExec(context.Background(), t.admin, "DROP DATABASE IF EXISTS "+t.name+" WITH (FORCE)")
}

func adminExec(ctx context.Context, adminURL, stmt string) error {
	gdb, err := db.Open(adminURL, "")
	if err != nil {
		return err
	}
	sqlDB, err := gdb.DB()
	if err != nil {
		return err
	}
	defer sqlDB.Close()
	return gdb.WithContext(ctx).Exec(stmt).Error
}

// prepareDB migrates and seeds a fresh database with the zielwerk binary,
// as an operator would.
func prepareDB(ctx context.Context, bin, dbURL string, scale int) error {
	if out, err := zielwerk(ctx, bin, dbURL, "migrate"); err != nil {
		return fmt.Errorf("zielwerk migrate: %w\n%s", err, out)
	}
	args := []string{"seed"}
	if scale != 1 {
		args = append(args, "--scale", strconv.Itoa(scale))
	}
	if out, err := zielwerk(ctx, bin, dbURL, args...); err != nil {
		return fmt.Errorf("zielwerk %s: %w (does this zielwerk know --scale? -scale 1 seeds the plain city)\n%s",
			strings.Join(args, " "), err, out)
	}
	// What an operator does after a bulk load, and what autovacuum would
	// otherwise do in the middle of the first steps.
	if err := adminExec(ctx, dbURL, "VACUUM (ANALYZE)"); err != nil {
		return fmt.Errorf("vacuum after seeding: %w", err)
	}
	return nil
}

func zielwerk(ctx context.Context, bin, dbURL string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = append(os.Environ(), "DATABASE_URL="+dbURL)
	return cmd.CombinedOutput()
}

// citySize is what the query reads from: persons, and agreements in year.
type citySize struct{ Persons, Agreements int64 }

func countCity(ctx context.Context, dbURL string, year int) (citySize, error) {
	var c citySize
	gdb, err := db.Open(dbURL, "")
	if err != nil {
		return c, err
	}
	sqlDB, err := gdb.DB()
	if err != nil {
		return c, err
	}
	defer sqlDB.Close()
	g := gdb.WithContext(ctx)
	if err := g.Model(&db.Person{}).Count(&c.Persons).Error; err != nil {
		return c, err
	}
	err = g.Model(&db.Agreement{}).Where("year = ?", year).Count(&c.Agreements).Error
	return c, err
}

// checkScaled guards against a zielwerk that accepts `seed --scale N` but
// seeds the plain city (today's main reads flags only before the command):
// it seeds a second throwaway database without --scale, which takes well
// under a second, and wants more agreements in the scaled one.
func checkScaled(ctx context.Context, adminURL, bin string, scaled citySize, scale, year int) error {
	base, err := createDB(ctx, adminURL)
	if err != nil {
		return err
	}
	defer base.drop()
	if err := prepareDB(ctx, bin, base.URL, 1); err != nil {
		return err
	}
	plain, err := countCity(ctx, base.URL, year)
	if err != nil {
		return err
	}
	if scaled.Agreements <= plain.Agreements {
		return fmt.Errorf("zielwerk seed --scale %d seeded %d agreements for %d, the plain city has %d: "+
			"this zielwerk ignores --scale; merge the seed scale change or run with -scale 1",
			scale, scaled.Agreements, year, plain.Agreements)
	}
	return nil
}
