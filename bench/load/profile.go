package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"time"
)

// fetchProfile asks the server's pprof on the admin listener for a CPU
// profile of the next seconds and writes it to path.
func fetchProfile(ctx context.Context, adminAddr string, seconds int, path string) error {
	u := fmt.Sprintf("http://%s/debug/pprof/profile?seconds=%d", adminAddr, seconds)
	req, _ := http.NewRequestWithContext(ctx, "GET", u, nil)
	res, err := (&http.Client{Timeout: time.Duration(seconds)*time.Second + 15*time.Second}).Do(req)
	if err != nil {
		return fmt.Errorf("cpu profile: %w", err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(io.LimitReader(res.Body, 300))
		return fmt.Errorf("cpu profile: %s answered %s: %s", u, res.Status, b)
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := io.Copy(f, res.Body); err != nil {
		f.Close()
		return fmt.Errorf("cpu profile: %w", err)
	}
	return f.Close()
}
