package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"path"
	"regexp"
	"runtime"
	"strings"
	"sync/atomic"
	"time"

	"zielwerk/frontend"
)

type requestIDKey struct{}

var validRequestID = regexp.MustCompile(`^[A-Za-z0-9._-]{8,64}$`)

// withBasics adds what every response needs: a request id, security
// headers, panic recovery and an access log line.
func withBasics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		id := r.Header.Get("X-Request-ID")
		if !validRequestID.MatchString(id) {
			b := make([]byte, 8)
			_, _ = rand.Read(b)
			id = hex.EncodeToString(b)
		}
		h := w.Header()
		h.Set("X-Request-ID", id)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
		h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "+
			"script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'")
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		ctx := context.WithValue(r.Context(), requestIDKey{}, id)
		defer func() {
			if p := recover(); p != nil {
				slog.ErrorContext(ctx, "panic", "panic", p, "request_id", id)
				http.Error(sw, "internal error", http.StatusInternalServerError)
			}
			metrics.observe(sw.status, time.Since(start))
			slog.InfoContext(ctx, "request", "method", r.Method, "path", r.URL.Path, "status", sw.status,
				"ms", time.Since(start).Milliseconds(), "request_id", id)
		}()
		next.ServeHTTP(sw, r.WithContext(ctx))
	})
}

// metrics are process-wide request counters in the Prometheus text format
// (GET /metrics): counts per status class and the total time spent. They
// hold no personal data.
var metrics = &requestMetrics{}

type requestMetrics struct {
	byClass [6]atomic.Int64 // index: status / 100
	nanos   atomic.Int64
}

func (m *requestMetrics) observe(status int, d time.Duration) {
	if c := status / 100; c >= 1 && c <= 5 {
		m.byClass[c].Add(1)
	}
	m.nanos.Add(int64(d))
}

func (m *requestMetrics) ServeHTTP(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4")
	fmt.Fprintln(w, "# HELP zielwerk_http_requests_total HTTP requests by status class.")
	fmt.Fprintln(w, "# TYPE zielwerk_http_requests_total counter")
	var total int64
	for c := 1; c <= 5; c++ {
		n := m.byClass[c].Load()
		total += n
		fmt.Fprintf(w, "zielwerk_http_requests_total{code=\"%dxx\"} %d\n", c, n)
	}
	fmt.Fprintln(w, "# HELP zielwerk_http_request_seconds_total Time spent serving HTTP requests.")
	fmt.Fprintln(w, "# TYPE zielwerk_http_request_seconds_total counter")
	fmt.Fprintf(w, "zielwerk_http_request_seconds_total %g\n", time.Duration(m.nanos.Load()).Seconds())
	fmt.Fprintln(w, "# TYPE go_goroutines gauge")
	fmt.Fprintf(w, "go_goroutines %d\n", runtime.NumGoroutine())
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (s *statusWriter) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusWriter) Unwrap() http.ResponseWriter { return s.ResponseWriter }

// spaHandler serves the embedded web app; paths that are not files get
// index.html so that the app's own routes survive a reload.
func spaHandler() http.Handler {
	dist, err := fs.Sub(frontend.Dist, "dist")
	if err != nil {
		panic(err)
	}
	files := http.FileServerFS(dist)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		name := strings.TrimPrefix(path.Clean(r.URL.Path), "/")
		if _, err := fs.Stat(dist, name); name == "" || err != nil {
			if strings.HasPrefix(name, "assets/") {
				http.NotFound(w, r)
				return
			}
			w.Header().Set("Cache-Control", "no-cache")
			http.ServeFileFS(w, r, dist, "index.html")
			return
		}
		if strings.HasPrefix(name, "assets/") { // content-hashed by the bundler
			w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		}
		files.ServeHTTP(w, r)
	})
}
