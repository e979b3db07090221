package db

import (
	"context"
	"database/sql/driver"
	"errors"
	"io"
	"net"
	"strings"
	"sync/atomic"

	"github.com/jackc/pgx/v5/pgconn"
)

// IsUnavailable reports whether err means the database could not answer in
// time — it is down, restarting, out of connections, or a statement ran
// into the statement timeout or the request deadline — rather than that
// the request was wrong. Callers answer such errors with 503
// (SERVICE_UNAVAILABLE) so that a client retries instead of, say, signing
// in again.
func IsUnavailable(err error) bool {
	if err == nil {
		return false
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) ||
		errors.Is(err, driver.ErrBadConn) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return true
	}
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		switch {
		case strings.HasPrefix(pgErr.Code, "08"): // connection exception
			return true
		case pgErr.Code == "57014", // query_canceled: statement_timeout
			pgErr.Code == "57P01", pgErr.Code == "57P02", pgErr.Code == "57P03", // shutdown, cannot connect now
			pgErr.Code == "53300", // too_many_connections
			pgErr.Code == "55P03": // lock_not_available
			return true
		}
		return false
	}
	var connErr *pgconn.ConnectError
	if errors.As(err, &connErr) || pgconn.Timeout(err) {
		return true
	}
	var netErr net.Error
	if errors.As(err, &netErr) {
		return true
	}
	// pgx reports a connection the server closed as "conn closed"; SQLite
	// reports a writer that waited out busy_timeout as SQLITE_BUSY.
	msg := err.Error()
	return strings.Contains(msg, "conn closed") || strings.Contains(msg, "database is locked") ||
		strings.Contains(msg, "SQLITE_BUSY")
}

// statements counts every SQL statement run through gorm since start, for
// the zielwerk_sql_statements_total metric.
var statements atomic.Int64

// StatementsTotal is the number of SQL statements run since start.
func StatementsTotal() int64 { return statements.Load() }
