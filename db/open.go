package db

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"github.com/glebarez/sqlite"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// Open connects to PostgreSQL when url is a postgres:// URL, otherwise to the
// embedded SQLite file zielwerk.db in dataDir (created if missing).
func Open(url, dataDir string) (*gorm.DB, error) {
	cfg := &gorm.Config{
		Logger:                 &statementLogger{slow: 500 * time.Millisecond},
		NowFunc:                func() time.Time { return time.Now().UTC() },
		SkipDefaultTransaction: true, // writes open their own transaction with the audit event
		TranslateError:         true,
	}
	var (
		gdb *gorm.DB
		err error
	)
	if IsPostgres(url) {
		gdb, err = gorm.Open(postgres.Open(url), cfg)
	} else {
		if dataDir == "" {
			dataDir = "data"
		}
		if err := os.MkdirAll(dataDir, 0o750); err != nil {
			return nil, fmt.Errorf("create data dir: %w", err)
		}
		path := filepath.Join(dataDir, "zielwerk.db")
		if url != "" {
			path = strings.TrimPrefix(url, "sqlite://")
		}
		dsn := path + "?_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_pragma=synchronous(NORMAL)&_txlock=immediate"
		gdb, err = gorm.Open(sqlite.Open(dsn), cfg)
		if err == nil {
			// SQLite allows one writer; a single connection keeps writers queued
			// in Go rather than failing with SQLITE_BUSY.
			sqlDB, _ := gdb.DB()
			sqlDB.SetMaxOpenConns(1)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	return gdb, nil
}

// IsPostgres reports whether url names a PostgreSQL database.
func IsPostgres(url string) bool {
	return strings.HasPrefix(url, "postgres://") || strings.HasPrefix(url, "postgresql://")
}

// Dialect returns "postgres" or "sqlite".
func Dialect(gdb *gorm.DB) string { return gdb.Dialector.Name() }

type counterKey struct{}

// WithStatementCounter returns a context in which every SQL statement run
// through gorm increments the returned counter. Tests use it to prove that
// a query's statement count does not grow with the number of rows.
func WithStatementCounter(ctx context.Context) (context.Context, *atomic.Int64) {
	c := new(atomic.Int64)
	return context.WithValue(ctx, counterKey{}, c), c
}

// statementLogger counts statements and logs slow ones and errors through
// slog, never the bound values (they may hold personal data).
type statementLogger struct{ slow time.Duration }

func (l *statementLogger) LogMode(logger.LogLevel) logger.Interface { return l }
func (l *statementLogger) Info(context.Context, string, ...any)     {}
func (l *statementLogger) Warn(context.Context, string, ...any)     {}
func (l *statementLogger) Error(context.Context, string, ...any)    {}

func (l *statementLogger) Trace(ctx context.Context, begin time.Time, fc func() (string, int64), err error) {
	if c, ok := ctx.Value(counterKey{}).(*atomic.Int64); ok {
		c.Add(1)
	}
	elapsed := time.Since(begin)
	switch {
	case err != nil && err != gorm.ErrRecordNotFound:
		sql, _ := fc()
		slog.ErrorContext(ctx, "sql error", "err", err, "sql", truncate(sql, 300), "ms", elapsed.Milliseconds())
	case elapsed > l.slow:
		sql, _ := fc()
		slog.WarnContext(ctx, "slow sql", "sql", truncate(sql, 300), "ms", elapsed.Milliseconds())
	}
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}
