package main

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"zielwerk/db"
)

// Past the limit of requests in flight the next request is answered at
// once with 503 and Retry-After; the probes and, once a slot is free,
// other requests still get through.
func TestShedAnswers503PastTheLimit(t *testing.T) {
	release := make(chan struct{})
	var entered sync.WaitGroup
	entered.Add(2)
	h := shed(2, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow" {
			entered.Done()
			<-release
		}
		w.Write([]byte("ok"))
	}))
	srv := httptest.NewServer(h)
	defer srv.Close()
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := http.Get(srv.URL + "/slow")
			if err == nil {
				res.Body.Close()
			}
		}()
	}
	entered.Wait() // both slots taken
	res, err := http.Get(srv.URL + "/graphql")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 503 || res.Header.Get("Retry-After") == "" || !strings.Contains(string(body), "SERVICE_UNAVAILABLE") {
		t.Fatalf("third request: %d retry-after %q %s", res.StatusCode, res.Header.Get("Retry-After"), body)
	}
	if res, _ := http.Get(srv.URL + "/livez"); res.StatusCode != 200 {
		t.Fatalf("livez while saturated: %d", res.StatusCode)
	}
	close(release)
	wg.Wait()
	if res, _ := http.Get(srv.URL + "/graphql"); res.StatusCode != 200 {
		t.Fatalf("after the slots are free: %d", res.StatusCode)
	}
}

// The request deadline reaches the handler's context.
func TestRequestDeadlineCancelsTheWork(t *testing.T) {
	var err error
	h := withDeadline(50*time.Millisecond, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
		err = r.Context().Err()
	}))
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/graphql", nil))
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("handler context ended with %v", err)
	}
}

// Start-up keeps trying an unreachable database, logging each try, and
// gives up with the number of tries after the configured time.
func TestStartupRetriesTheDatabase(t *testing.T) {
	cfg := config{
		DatabaseURL:    "postgres://postgres@127.0.0.1:1/none?sslmode=disable&connect_timeout=1", // nothing listens on port 1
		StartupTimeout: 1500 * time.Millisecond,
	}
	_, err := openDatabase(t.Context(), cfg)
	if err == nil || !strings.Contains(err.Error(), "database not reachable after") || strings.Contains(err.Error(), "after 1 tries") {
		t.Fatalf("err = %v, want several tries", err)
	}
	tries := 0
	v, err := retry(t.Context(), "test", 10*time.Second, func() (int, error) {
		if tries++; tries < 3 {
			return 0, errors.New("not yet")
		}
		return 42, nil
	})
	if err != nil || v != 42 || tries != 3 {
		t.Fatalf("retry = %d, %v after %d tries", v, err, tries)
	}
}

// The admin listener serves the Prometheus metrics of what the public
// listener did: latency by operation and outcome, SQL per request, the
// pool; the public listener serves none of it.
func TestAdminMetrics(t *testing.T) {
	s := startDemo(t, config{}, db.Pool{})
	browser := s.signIn(t, demoAccount(t, "LEADERSHIP"))
	if a := s.query(t, browser, `query StartPage { me { person { name } } }`); a.code() != "" {
		t.Fatalf("%+v", a)
	}
	admin := httptest.NewServer(adminHandler())
	defer admin.Close()
	res, err := http.Get(admin.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	for _, want := range []string{
		`zielwerk_http_request_duration_seconds_count{operation="StartPage",outcome="ok"}`,
		`zielwerk_sql_statements_per_request_count`,
		`zielwerk_sql_statements_total`,
		`zielwerk_requests_shed_total`,
		`go_sql_open_connections{db_name="zielwerk"}`,
		`go_goroutines`,
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	if res, _ := http.Get(admin.URL + "/debug/pprof/"); res.StatusCode != 200 {
		t.Errorf("pprof index: %d", res.StatusCode)
	}
}
