package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

// ownServer is the database and server the bench set up itself, with what
// undoes them.
type ownServer struct {
	base string
	pid  int
	undo []func(keepLog bool) error // in setup order
}

// teardown undoes the setup in reverse: the server stops before its
// database is dropped. keepLog keeps the server log for a look after an
// error or failed requests.
func (s *ownServer) teardown(keepLog bool) error {
	var errs []error
	for i := len(s.undo) - 1; i >= 0; i-- {
		errs = append(errs, s.undo[i](keepLog))
	}
	return errors.Join(errs...)
}

// setUp builds zielwerk (unless -bin), creates, migrates and seeds a
// throwaway database (unless -database-url), starts the server and waits
// until it is ready. On failure it undoes what it did.
func setUp(ctx context.Context, o options, out io.Writer) (s *ownServer, err error) {
	s = &ownServer{}
	defer func() {
		if err != nil {
			err = errors.Join(err, s.teardown(true))
		}
	}()
	tmp, err := os.MkdirTemp("", "zw-bench-")
	if err != nil {
		return s, err
	}
	logPath := filepath.Join(tmp, "server.log")
	s.undo = append(s.undo, func(keepLog bool) error {
		if _, err := os.Stat(logPath); keepLog && err == nil {
			fmt.Fprintf(os.Stderr, "bench-load: the server log is kept: %s\n", logPath)
			return os.RemoveAll(filepath.Join(tmp, "zielwerk")) // the built binary, not the log
		}
		return os.RemoveAll(tmp)
	})

	bin := o.Bin
	if bin == "" {
		if bin, err = buildZielwerk(ctx, tmp); err != nil {
			return s, err
		}
	}
	dbURL, scale := o.DatabaseURL, "given database"
	if dbURL == "" {
		tdb, err := createDB(ctx, o.AdminDB)
		if err != nil {
			return s, err
		}
		if o.KeepDB {
			fmt.Fprintf(out, "database: %s (kept: -keep-db)\n", tdb.URL)
		} else {
			s.undo = append(s.undo, func(bool) error { return tdb.drop() })
		}
		if err := prepareDB(ctx, bin, tdb.URL, o.Scale); err != nil {
			return s, err
		}
		dbURL, scale = tdb.URL, fmt.Sprintf("scale %d", o.Scale)
	}
	city, err := countCity(ctx, dbURL, o.Year)
	if err != nil {
		return s, fmt.Errorf("count the city: %w", err)
	}
	if o.DatabaseURL == "" && o.Scale > 1 {
		if err := checkScaled(ctx, o.AdminDB, bin, city, o.Scale, o.Year); err != nil {
			return s, err
		}
	}
	fmt.Fprintf(out, "city:    %s, %d persons, %d agreements in %d\n", scale, city.Persons, city.Agreements, o.Year)

	srv, err := startServer(bin, dbURL, logPath, o)
	if err != nil {
		return s, err
	}
	s.undo = append(s.undo, func(bool) error { return srv.stop() })
	s.base, s.pid = "http://"+o.Listen, srv.pid()
	if err := srv.waitReady(ctx, s.base, time.Minute); err != nil {
		return s, err
	}
	fmt.Fprintf(out, "server:  %s, pid %d, DB_MAX_CONNS=%d, admin %s\n", s.base, s.pid, o.MaxConns, orNone(o.AdminAddr))
	return s, nil
}
