package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"gorm.io/gorm"

	"zielwerk/db"
	"zielwerk/db/dbtest"
	"zielwerk/demo"
	"zielwerk/identity"
)

// demoServer is the whole router with the embedded IdP on a fresh
// database, as `zielwerk serve` runs it: seeded with the demo city unless
// cfg says DEMO=false.
type demoServer struct {
	*httptest.Server
	gdb *gorm.DB
	url string // the database
}

func startDemo(t *testing.T, cfg config, pool db.Pool) *demoServer {
	t.Helper()
	u := dbtest.NewURL(t)
	gdb, err := db.Open(u, "", pool)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if s, err := gdb.DB(); err == nil {
			s.Close()
		}
	})
	if _, err := db.Migrate(t.Context(), gdb); err != nil {
		t.Fatal(err)
	}
	if cfg.seedsDemo() {
		if _, err := demo.Seed(t.Context(), gdb); err != nil {
			t.Fatal(err)
		}
	}
	ts := httptest.NewUnstartedServer(nil)
	icfg := identity.Config{PublicURL: "https://" + ts.Listener.Addr().String(), DemoAddr: "127.0.0.1:0",
		BootstrapAdmins: cfg.Identity.BootstrapAdmins, DemoAccounts: signInAccounts(cfg)}
	if !cfg.seedsDemo() {
		icfg.DemoDirectory = directoryAccounts(gdb)
	}
	ids, err := identity.New(t.Context(), icfg, gdb)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(ids.Close)
	ts.Config.Handler = newRouter(cfg, gdb, ids, nil)
	ts.StartTLS()
	t.Cleanup(ts.Close)
	return &demoServer{Server: ts, gdb: gdb, url: u}
}

// signIn signs in as a demo person through the demo IdP and returns a
// client that carries the session cookie.
func (s *demoServer) signIn(t *testing.T, acc demo.DemoAccount) *http.Client {
	t.Helper()
	jar, _ := cookiejar.New(nil)
	browser := &http.Client{Transport: s.Client().Transport, Jar: jar, Timeout: 20 * time.Second}
	res, err := browser.Get(s.URL + "/auth/login?return=/start")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if !strings.Contains(string(page), acc.Label) {
		t.Fatalf("the demo login page does not offer %q", acc.Label)
	}
	form := url.Values{"authRequestID": {res.Request.URL.Query().Get("authRequestID")}, "email": {acc.Email}}
	res, err = browser.PostForm(res.Request.URL.ResolveReference(&url.URL{Path: "/login"}).String(), form)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.Request.URL.Path != "/start" {
		t.Fatalf("%s: sign-in ended at %s (%d)", acc.Email, res.Request.URL, res.StatusCode)
	}
	return browser
}

type gqlAnswer struct {
	status     int
	retryAfter string
	Data       map[string]any `json:"data"`
	Errors     []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

func (a gqlAnswer) code() string {
	if len(a.Errors) == 0 {
		return ""
	}
	c, _ := a.Errors[0].Extensions["code"].(string)
	return c
}

func (s *demoServer) query(t *testing.T, c *http.Client, q string) gqlAnswer {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": q})
	req, _ := http.NewRequest("POST", s.URL+"/graphql", strings.NewReader(string(body)))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set(identity.CSRFHeader, "1")
	res, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	a := gqlAnswer{status: res.StatusCode, retryAfter: res.Header.Get("Retry-After")}
	raw, _ := io.ReadAll(res.Body)
	if err := json.Unmarshal(raw, &a); err != nil {
		t.Fatalf("answer %d is not JSON: %s", res.StatusCode, raw)
	}
	return a
}

func demoAccount(t *testing.T, role string) demo.DemoAccount {
	for _, a := range demo.DemoAccounts() {
		for _, r := range a.Roles {
			if r == role {
				return a
			}
		}
	}
	t.Fatalf("no demo account with role %s", role)
	return demo.DemoAccount{}
}

// lockTable takes an exclusive lock on table in its own connection and
// holds it until the test releases it (or ends).
func lockTable(t *testing.T, gdb *gorm.DB, table string) (release func()) {
	t.Helper()
	tx := gdb.Begin()
	if err := tx.Exec("LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE").Error; err != nil {
		t.Fatal(err)
	}
	var once sync.Once
	release = func() { once.Do(func() { tx.Rollback() }) }
	t.Cleanup(release)
	return release
}

// waitForLockWaiter returns the pid of a backend of this database that
// waits for a lock, once there is one.
func waitForLockWaiter(t *testing.T, gdb *gorm.DB) int {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		var pids []int
		gdb.Raw(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()
			AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`).Scan(&pids)
		if len(pids) > 0 {
			return pids[0]
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatal("no request came to wait for the lock")
	return 0
}

func requirePostgres(t *testing.T) {
	t.Helper()
	if dbtest.Backend() != "postgres" {
		t.Skip("PostgreSQL only: SQLite has no server connections to end, no statement_timeout and no table locks; the PostgreSQL run covers it")
	}
}

// A database connection ended mid-request while the session is looked up
// is "try again" (503), never "please sign in".
func TestDatabaseGoneMidRequestIs503NotUnauthenticated(t *testing.T) {
	requirePostgres(t)
	s := startDemo(t, config{}, db.Pool{})
	browser := s.signIn(t, demoAccount(t, "LEADERSHIP"))
	if a := s.query(t, browser, `{ me { person { name } } }`); a.code() != "" {
		t.Fatalf("signed in: %+v", a)
	}
	release := lockTable(t, s.gdb, "sessions")
	done := make(chan gqlAnswer, 1)
	go func() { done <- s.query(t, browser, `{ me { person { name } } }`) }()
	pid := waitForLockWaiter(t, s.gdb)
	if err := s.gdb.Exec("SELECT pg_terminate_backend(?)", pid).Error; err != nil {
		t.Fatal(err)
	}
	a := <-done
	if a.status != http.StatusServiceUnavailable || a.code() != "SERVICE_UNAVAILABLE" || a.retryAfter == "" {
		t.Fatalf("answer after the connection ended: %d %q retry-after %q", a.status, a.code(), a.retryAfter)
	}
	if de, _ := a.Errors[0].Extensions["messageDe"].(string); de == "" {
		t.Errorf("no German message: %+v", a.Errors[0])
	}
	// The pool recovers: once the lock is gone the next request is answered.
	release()
	if a := s.query(t, browser, `{ me { person { name } } }`); a.code() != "" {
		t.Fatalf("after recovery: %+v", a)
	}
}

// A lock held elsewhere ends in the statement timeout, reported as
// SERVICE_UNAVAILABLE, not in a request that hangs.
func TestHeldLockEndsInStatementTimeout(t *testing.T) {
	requirePostgres(t)
	const timeout = 300 * time.Millisecond
	s := startDemo(t, config{}, db.Pool{StatementTimeout: timeout})
	browser := s.signIn(t, demoAccount(t, "LEADERSHIP"))
	lockTable(t, s.gdb, "agreements")
	start := time.Now()
	a := s.query(t, browser, `{ agreements(year: 2026, first: 5) { totalCount } }`)
	took := time.Since(start)
	if a.code() != "SERVICE_UNAVAILABLE" {
		t.Fatalf("answer while agreements is locked: %+v", a)
	}
	// Generous bound: the point is that the answer came from the timeout
	// (300 ms), not from the 15 s request deadline or the lock's release.
	if took > 5*time.Second {
		t.Fatalf("answer took %s with a statement timeout of %s", took, timeout)
	}
}

// With two connections, twenty concurrent requests all complete: requests
// wait for a connection rather than failing or opening more.
func TestPoolOfTwoServesTwentyConcurrentRequests(t *testing.T) {
	s := startDemo(t, config{}, db.Pool{MaxConns: 2})
	browser := s.signIn(t, demoAccount(t, "LEADERSHIP"))
	q := `{ agreements(year: 2026, role: PRINCIPAL, first: 20) { totalCount nodes { id status orgUnit { name } principal { name }
		items { title goal { title kpis(first: 3) { nodes { name values(fromYear: 2026, toYear: 2026) { plan actual } } } } } } } }`
	var wg sync.WaitGroup
	answers := make([]gqlAnswer, 20)
	for i := range answers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			answers[i] = s.query(t, browser, q)
		}()
	}
	wg.Wait()
	for i, a := range answers {
		if a.status != 200 || len(a.Errors) > 0 || a.Data["agreements"] == nil {
			t.Fatalf("request %d: %d %+v", i, a.status, a.Errors)
		}
	}
	want := 2
	if dbtest.Backend() == "sqlite" {
		want = 1 // one writer: SQLite keeps a single connection whatever the pool says
	}
	sqlDB, _ := s.gdb.DB()
	if open := sqlDB.Stats().MaxOpenConnections; open != want {
		t.Fatalf("pool allows %d connections, want %d", open, want)
	}
}

// /readyz says 503 while no connection can be had within its timeout.
func TestReadyzTurns503WhenThePoolIsExhausted(t *testing.T) {
	s := startDemo(t, config{}, db.Pool{MaxConns: 1})
	ready := func() int {
		res, err := s.Client().Get(s.URL + "/readyz")
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.StatusCode
	}
	if got := ready(); got != 200 {
		t.Fatalf("readyz = %d, want 200", got)
	}
	sqlDB, _ := s.gdb.DB()
	conn, err := sqlDB.Conn(context.Background()) // the only connection
	if err != nil {
		t.Fatal(err)
	}
	if got := ready(); got != 503 {
		t.Fatalf("readyz with the pool exhausted = %d, want 503", got)
	}
	conn.Close()
	if got := ready(); got != 200 {
		t.Fatalf("readyz after release = %d, want 200", got)
	}
}
