package main

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/cenkalti/backoff/v5"
	"gorm.io/gorm"

	"zielwerk/db"
	"zielwerk/identity"
)

// retry runs op until it succeeds, the context ends or timeout has passed,
// backing off exponentially from half a second to ten and logging every
// failed try: in a cluster the database or the IdP is often a few seconds
// behind Zielwerk, and exiting at once would only make the orchestrator
// restart it in a loop.
func retry[T any](ctx context.Context, what string, timeout time.Duration, op func() (T, error)) (T, error) {
	if timeout <= 0 {
		timeout = defaultStartupTimeout
	}
	b := backoff.NewExponentialBackOff()
	b.InitialInterval = 500 * time.Millisecond
	b.MaxInterval = 10 * time.Second
	try := 0
	v, err := backoff.Retry(ctx, func() (T, error) {
		try++
		v, err := op()
		if err != nil {
			slog.WarnContext(ctx, "start-up: not reachable yet", "what", what, "try", try, "err", err)
		}
		return v, err
	}, backoff.WithBackOff(b), backoff.WithMaxElapsedTime(timeout))
	if err != nil {
		return v, fmt.Errorf("%s not reachable after %d tries in %s: %w", what, try, timeout, err)
	}
	return v, nil
}

// openDatabase connects with the configured pool, retrying while the
// server does not answer.
func openDatabase(ctx context.Context, cfg config) (*gorm.DB, error) {
	return retry(ctx, "database", cfg.StartupTimeout, func() (*gorm.DB, error) {
		gdb, err := db.Open(cfg.DatabaseURL, cfg.DataDir, cfg.Pool)
		if err != nil {
			return nil, err
		}
		sqlDB, _ := gdb.DB()
		pingCtx, cancel := context.WithTimeout(ctx, 5*time.Second)
		defer cancel()
		if err := sqlDB.PingContext(pingCtx); err != nil {
			sqlDB.Close()
			return nil, err
		}
		return gdb, nil
	})
}

// openIdentity connects to the IdP (discovery), retrying while it does not
// answer; the embedded demo provider answers at once.
func openIdentity(ctx context.Context, cfg identity.Config, gdb *gorm.DB, timeout time.Duration) (*identity.Service, error) {
	return retry(ctx, "identity provider", timeout, func() (*identity.Service, error) {
		return identity.New(ctx, cfg, gdb)
	})
}
