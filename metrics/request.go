package metrics

import (
	"context"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"time"

	"zielwerk/db"
)

// Request is what one request reports about itself: handlers deeper in
// the stack (the GraphQL handler) name the operation and the outcome; the
// middleware observes it when the request ends.
type Request struct {
	mu        sync.Mutex
	operation string
	outcome   string
}

type requestKey struct{}

// SetOperation names the request's operation, e.g. the GraphQL operation
// name. Names are client-chosen, so only plain names are kept and their
// number is capped (see label).
func SetOperation(ctx context.Context, name string) {
	if r, ok := ctx.Value(requestKey{}).(*Request); ok {
		r.mu.Lock()
		r.operation = label(name)
		r.mu.Unlock()
	}
}

// SetOutcome overrides the outcome derived from the status code, e.g.
// "error" for a GraphQL answer with errors.
func SetOutcome(ctx context.Context, outcome string) {
	if r, ok := ctx.Value(requestKey{}).(*Request); ok {
		r.mu.Lock()
		r.outcome = outcome
		r.mu.Unlock()
	}
}

var (
	plainName  = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]{0,63}$`)
	namesMu    sync.Mutex
	names      = map[string]bool{}
	maxNames   = 200 // distinct operation labels; more would let clients grow the series without bound
	otherLabel = "other"
)

func label(name string) string {
	if name == "" {
		return "anonymous"
	}
	if !plainName.MatchString(name) {
		return otherLabel
	}
	namesMu.Lock()
	defer namesMu.Unlock()
	if names[name] {
		return name
	}
	if len(names) >= maxNames {
		return otherLabel
	}
	names[name] = true
	return name
}

// route names a request that is not a GraphQL operation.
func route(path string) string {
	switch {
	case path == "/graphql":
		return "graphql"
	case strings.HasPrefix(path, "/api/import/"):
		return "import"
	case strings.HasPrefix(path, "/api/export/"):
		return "export"
	case strings.HasPrefix(path, "/auth/"):
		return "auth"
	case path == "/livez" || path == "/readyz":
		return "probe"
	default:
		return "static"
	}
}

func outcomeOf(status int) string {
	switch {
	case status == http.StatusServiceUnavailable:
		return "unavailable"
	case status >= 500:
		return "server_error"
	case status == http.StatusRequestEntityTooLarge:
		return "refused"
	case status >= 400:
		return "client_error"
	default:
		return "ok"
	}
}

// Observe wraps a handler: it counts the request's SQL statements (through
// db.WithStatementCounter) and observes latency, operation and outcome.
// status reports the status code the handler wrote.
func Observe(next http.Handler, status func(w http.ResponseWriter) int) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		info := &Request{operation: route(r.URL.Path)}
		ctx, statements := db.WithStatementCounter(context.WithValue(r.Context(), requestKey{}, info))
		inFlight.Inc()
		defer func() {
			inFlight.Dec()
			info.mu.Lock()
			op, outcome := info.operation, info.outcome
			info.mu.Unlock()
			if outcome == "" || outcomeOf(status(w)) != "ok" {
				outcome = outcomeOf(status(w))
			}
			requestSeconds.WithLabelValues(op, outcome).Observe(time.Since(start).Seconds())
			if op != "static" && op != "probe" {
				sqlPerRequest.Observe(float64(statements.Load()))
			}
		}()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}
