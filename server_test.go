package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"zielwerk/db"
	"zielwerk/db/dbtest"
	"zielwerk/demo"
	"zielwerk/identity"
)

func TestProbesHeadersAndWebApp(t *testing.T) {
	url := dbtest.NewURL(t)
	gdb := dbtest.OpenURL(t, url)
	ids, err := identity.New(t.Context(), identity.Config{DemoAddr: "127.0.0.1:0"}, gdb)
	if err != nil {
		t.Fatal(err)
	}
	defer ids.Close()
	srv := httptest.NewServer(newRouter(config{}, gdb, ids, nil))
	defer srv.Close()

	get := func(path string) (*http.Response, string) {
		t.Helper()
		res, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res, string(b)
	}
	if res, _ := get("/livez"); res.StatusCode != 200 {
		t.Fatalf("livez %d", res.StatusCode)
	}
	if res, _ := get("/readyz"); res.StatusCode != 503 {
		t.Fatalf("readyz before migration = %d, want 503", res.StatusCode)
	}
	if _, err := db.Migrate(t.Context(), gdb); err != nil {
		t.Fatal(err)
	}
	if res, _ := get("/readyz"); res.StatusCode != 200 {
		t.Fatalf("readyz after migration = %d, want 200", res.StatusCode)
	}
	res, body := get("/strategie/ziel/1") // an app route: served by index.html
	if res.StatusCode != 200 || !strings.Contains(body, "Zielwerk") {
		t.Fatalf("SPA fallback: %d %q", res.StatusCode, body)
	}
	for _, h := range []string{"Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options", "X-Request-ID"} {
		if res.Header.Get(h) == "" {
			t.Errorf("missing header %s", h)
		}
	}
	if _, body := get("/metrics"); strings.Contains(body, "zielwerk_") || strings.Contains(body, "go_goroutines") {
		t.Errorf("metrics on the public listener: %q", body)
	}
	if res, _ := get("/assets/missing.js"); res.StatusCode != 404 {
		t.Errorf("missing asset = %d, want 404", res.StatusCode)
	}
	if res, _ := get("/playground"); strings.Contains(res.Header.Get("Content-Type"), "html") && res.StatusCode == 200 {
		// without dev mode /playground is an app route, never the playground
		_, body := get("/playground")
		if strings.Contains(body, "GraphiQL") || strings.Contains(body, "graphiql") {
			t.Error("playground served outside development mode")
		}
	}
}

// TestDemoSignInThroughTheProductionPath signs in as each demo person
// through the embedded demo IdP — discovery, authorization code with PKCE,
// the callback, a database session — and asks the graph who they are.
func TestDemoSignInThroughTheProductionPath(t *testing.T) {
	s := startDemo(t, config{}, db.Pool{})
	for _, acc := range demo.DemoAccounts() {
		browser := s.signIn(t, acc)
		a := s.query(t, browser, `{ me { demo roles person { name } } }`)
		if a.code() != "" || get(a.Data, "me", "person", "name") != acc.Name || get(a.Data, "me", "demo") != true {
			t.Fatalf("%s: me = %+v", acc.Email, a)
		}
		roles := fmt.Sprint(get(a.Data, "me", "roles"))
		for _, r := range acc.Roles {
			if !strings.Contains(roles, r) {
				t.Fatalf("%s: role %s missing in %s", acc.Email, r, roles)
			}
		}
		// Without the CSRF header the same cookie is refused.
		req, _ := http.NewRequest("POST", s.URL+"/graphql", strings.NewReader(`{"query":"{ me { demo } }"}`))
		req.Header.Set("Content-Type", "application/json")
		res, err := browser.Do(req)
		if err != nil || res.StatusCode != http.StatusForbidden {
			t.Fatalf("a cookie POST without the CSRF header: %v %v", res.StatusCode, err)
		}
		res.Body.Close()
	}
}

// get walks decoded JSON: get(v, "a", "b").
func get(v any, path ...string) any {
	for _, k := range path {
		m, _ := v.(map[string]any)
		v = m[k]
	}
	return v
}

// TestSeedScaleFromFlagOrEnvironment: -scale before or after the command,
// SEED_SCALE as the default, and run's seed loading the scaled city.
func TestSeedScaleFromFlagOrEnvironment(t *testing.T) {
	for _, c := range []struct {
		env  string
		args []string
		want int
		cmd  []string
	}{
		{"", []string{"seed"}, 1, []string{"seed"}},
		{"", []string{"seed", "--scale", "4"}, 4, []string{"seed"}},
		{"", []string{"-scale", "2", "seed"}, 2, []string{"seed"}},
		{"3", []string{}, 3, []string{}},
		{"3", []string{"serve", "-scale=5"}, 5, []string{"serve"}},
	} {
		t.Setenv("SEED_SCALE", c.env)
		cfg, rest, err := parseConfig(c.args)
		if err != nil || cfg.SeedScale != c.want || !slices.Equal(rest, c.cmd) {
			t.Errorf("SEED_SCALE=%q %v: scale %d, args %v, err %v; want scale %d, args %v", c.env, c.args, cfg.SeedScale, rest, err, c.want, c.cmd)
		}
	}
	t.Setenv("SEED_SCALE", "zehn")
	if _, _, err := parseConfig(nil); err == nil {
		t.Error("SEED_SCALE=zehn accepted")
	}

	u := dbtest.NewURL(t)
	if err := run(t.Context(), "seed", config{DatabaseURL: u, SeedScale: 2}); err != nil {
		t.Fatal(err)
	}
	gdb := dbtest.OpenURL(t, u)
	var copies, thirds int64
	gdb.Model(&db.OrgUnit{}).Where("code LIKE ?", "%/2").Count(&copies)
	gdb.Model(&db.OrgUnit{}).Where("code LIKE ?", "%/3").Count(&thirds)
	if copies == 0 || thirds != 0 {
		t.Errorf("seed at scale 2: %d units of the second copy, %d of a third", copies, thirds)
	}
}
