package db

import (
	"context"
	"fmt"
	"log/slog"
	neturl "net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/glebarez/sqlite"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// Pool bounds the connections and the time of each statement. The zero
// value of a field means its default (DefaultPool).
type Pool struct {
	// MaxConns is the most open connections (DB_MAX_CONNS); idle = open,
	// so a burst does not open and close connections per request.
	MaxConns int
	// MaxLifetime closes a connection after this long, so a fail-over or a
	// PgBouncer restart is picked up (DB_CONN_MAX_LIFETIME).
	MaxLifetime time.Duration
	// StatementTimeout is PostgreSQL's statement_timeout for every statement
	// (DB_STATEMENT_TIMEOUT): a lock held elsewhere cannot keep a request
	// waiting longer.
	StatementTimeout time.Duration
}

// DefaultPool is what Open uses for a field left zero.
var DefaultPool = Pool{MaxConns: 20, MaxLifetime: 30 * time.Minute, StatementTimeout: 5 * time.Second}

func (p Pool) withDefaults() Pool {
	if p.MaxConns <= 0 {
		p.MaxConns = DefaultPool.MaxConns
	}
	if p.MaxLifetime <= 0 {
		p.MaxLifetime = DefaultPool.MaxLifetime
	}
	if p.StatementTimeout <= 0 {
		p.StatementTimeout = DefaultPool.StatementTimeout
	}
	return p
}

// Open connects to PostgreSQL when url is a postgres:// URL, otherwise to the
// embedded SQLite file zielwerk.db in dataDir (created if missing). An
// optional Pool overrides DefaultPool.
func Open(url, dataDir string, pool ...Pool) (*gorm.DB, error) {
	var p Pool
	if len(pool) > 0 {
		p = pool[0]
	}
	p = p.withDefaults()
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
		gdb, err = gorm.Open(postgres.Open(withStatementTimeout(url, p.StatementTimeout)), cfg)
		if err == nil {
			sqlDB, _ := gdb.DB()
			sqlDB.SetMaxOpenConns(p.MaxConns)
			sqlDB.SetMaxIdleConns(p.MaxConns)
			sqlDB.SetConnMaxLifetime(p.MaxLifetime)
		}
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

// withStatementTimeout adds statement_timeout as a run-time parameter of
// the connection (pgx sends unknown URL parameters to the server), unless
// the URL sets one itself.
func withStatementTimeout(raw string, d time.Duration) string {
	u, err := neturl.Parse(raw)
	if err != nil {
		return raw
	}
	q := u.Query()
	if q.Get("statement_timeout") == "" {
		q.Set("statement_timeout", strconv.FormatInt(d.Milliseconds(), 10))
	}
	u.RawQuery = q.Encode()
	return u.String()
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
	statements.Add(1)
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
