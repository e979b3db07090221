package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"zielwerk/db"
	"zielwerk/db/dbtest"
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
