package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// buildZielwerk builds the server from the module root into dir, as `make
// build` and the Dockerfile do (no cgo, trimmed paths).
func buildZielwerk(ctx context.Context, dir string) (string, error) {
	gomod, err := exec.CommandContext(ctx, "go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %w", err)
	}
	root := filepath.Dir(strings.TrimSpace(string(gomod)))
	bin := filepath.Join(dir, "zielwerk")
	cmd := exec.CommandContext(ctx, "go", "build", "-trimpath", "-o", bin, ".")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build: %w\n%s", err, out)
	}
	return bin, nil
}

// server is a `zielwerk serve` started by the bench.
type server struct {
	cmd    *exec.Cmd
	log    string
	exited chan struct{}
	err    error // of Wait, once exited is closed
}

// startServer runs `zielwerk serve` with its log in logPath. Nothing may
// listen on the three addresses yet: the bench would otherwise measure
// whatever answers there.
func startServer(bin, dbURL, logPath string, o options) (*server, error) {
	for _, addr := range []string{o.Listen, o.IdPAddr, o.AdminAddr} {
		if addr == "" {
			continue
		}
		if c, err := net.DialTimeout("tcp", addr, 200*time.Millisecond); err == nil {
			c.Close()
			return nil, fmt.Errorf("something already listens on %s; stop it or choose other addresses", addr)
		}
	}
	logf, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	defer logf.Close()
	admin := o.AdminAddr
	if admin == "" {
		admin = "off" // an empty ADMIN_ADDR means the server's default address
	}
	cmd := exec.Command(bin, "serve")
	cmd.Env = append(os.Environ(),
		"DATABASE_URL="+dbURL,
		"LISTEN_ADDR="+o.Listen,
		"DEMO_IDP_ADDR="+o.IdPAddr,
		"ADMIN_ADDR="+admin,
		"DB_MAX_CONNS="+strconv.Itoa(o.MaxConns),
		// The demo IdP runs only without an issuer; PUBLIC_URL is derived
		// from LISTEN_ADDR.
		"OIDC_ISSUER=", "PUBLIC_URL=", "DEV=",
	)
	cmd.Stdout, cmd.Stderr = logf, logf
	// Its own process group: Ctrl-C reaches the bench only, which then stops
	// the server before it drops the database.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	s := &server{cmd: cmd, log: logPath, exited: make(chan struct{})}
	go func() { s.err = cmd.Wait(); close(s.exited) }()
	return s, nil
}

func (s *server) pid() int { return s.cmd.Process.Pid }

// waitReady polls /readyz until it answers 200, the server exits or the
// time is up.
func (s *server) waitReady(ctx context.Context, base string, limit time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	c := &http.Client{Timeout: 2 * time.Second}
	for {
		req, _ := http.NewRequestWithContext(ctx, "GET", base+"/readyz", nil)
		if res, err := c.Do(req); err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return nil
			}
		}
		select {
		case <-s.exited:
			return fmt.Errorf("zielwerk serve exited (%v) before it was ready:\n%s", s.err, tail(s.log, 20))
		case <-ctx.Done():
			return fmt.Errorf("zielwerk serve not ready after %v:\n%s", limit, tail(s.log, 20))
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// stop asks for a graceful shutdown (SIGTERM, as in production) and kills
// the server if it has not stopped after its own 15 s shutdown limit.
func (s *server) stop() error {
	select {
	case <-s.exited:
		return fmt.Errorf("zielwerk serve had already exited: %v", s.err)
	default:
	}
	_ = s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.exited:
		if s.err != nil {
			return fmt.Errorf("zielwerk serve stopped with %v", s.err)
		}
		return nil
	case <-time.After(20 * time.Second):
		_ = s.cmd.Process.Kill()
		<-s.exited
		return fmt.Errorf("zielwerk serve did not stop within 20 s after SIGTERM: killed")
	}
}

// tail is the last n lines of a file, for error messages.
func tail(path string, n int) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return "(no log: " + err.Error() + ")"
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
