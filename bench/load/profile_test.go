package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFetchProfile(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/debug/pprof/profile" || r.URL.Query().Get("seconds") != "3" {
			http.Error(w, "wrong request "+r.URL.String(), http.StatusBadRequest)
			return
		}
		w.Write([]byte("pprof bytes"))
	}))
	defer srv.Close()
	addr := strings.TrimPrefix(srv.URL, "http://")
	path := filepath.Join(t.TempDir(), "cpu.pprof")
	if err := fetchProfile(t.Context(), addr, 3, path); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "pprof bytes" {
		t.Fatalf("profile file holds %q", b)
	}
	// A refusal is an error, and no file is written.
	other := filepath.Join(t.TempDir(), "other.pprof")
	if err := fetchProfile(t.Context(), addr, 4, other); err == nil || !strings.Contains(err.Error(), "400") {
		t.Fatalf("a 400 answer: %v", err)
	}
	if _, err := os.Stat(other); err == nil {
		t.Fatal("a refused profile left a file")
	}
}
