package main

import (
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	"time"

	"zielwerk/metrics"
)

// adminHandler serves what operators need and the public must not see:
// Prometheus metrics and Go's profiler.
func adminHandler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", metrics.Handler())
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	return mux
}

// adminServer is the admin listener, or nothing when it is switched off.
type adminServer struct{ srv *http.Server }

// startAdmin listens on addr (loopback by default); "" or "off" starts
// nothing. A taken port is an error: metrics that silently go missing are
// worse than a clear start-up failure.
func startAdmin(addr string) (*adminServer, error) {
	if addr == "" || addr == "off" {
		return &adminServer{}, nil
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("admin listener (ADMIN_ADDR): %w", err)
	}
	srv := &http.Server{Handler: adminHandler(), ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			slog.Error("admin listener stopped", "err", err)
		}
	}()
	slog.Info("admin listener: /metrics and /debug/pprof", "addr", ln.Addr().String())
	return &adminServer{srv: srv}, nil
}

func (a *adminServer) Close() {
	if a.srv != nil {
		_ = a.srv.Close()
	}
}
