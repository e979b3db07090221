// Command zielwerk serves Zielwerk: the GraphQL API, the embedded web app
// and, without an identity provider configured, a demo sign-in.
//
//	zielwerk [serve]   migrate, seed an empty database, serve (default)
//	zielwerk migrate   apply pending migrations and exit
//	zielwerk seed      load the demo city into an empty database and exit
//
// Flags may come before or after the command; -scale N (SEED_SCALE) makes
// seed, and serve when it seeds, load a city N times the demo city.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"

	"github.com/99designs/gqlgen/graphql/playground"
	"gorm.io/gorm"

	"zielwerk/db"
	"zielwerk/graph"
	"zielwerk/identity"
	"zielwerk/identity/demoidp"
	"zielwerk/importer"
	"zielwerk/printdoc"
)

// config comes from the environment, overridden by flags.
type config struct {
	ListenAddr  string
	DataDir     string
	DatabaseURL string
	Dev         bool
	LogFormat   string
	LOBPoints   string
	SeedScale   int
	Identity    identity.Config
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

func parseConfig(args []string) (config, []string, error) {
	c := config{
		ListenAddr:  envOr("LISTEN_ADDR", "localhost:8080"),
		DataDir:     envOr("DATA_DIR", "data"),
		DatabaseURL: os.Getenv("DATABASE_URL"),
		Dev:         os.Getenv("DEV") == "true",
		LogFormat:   envOr("LOG_FORMAT", "text"),
		LOBPoints:   os.Getenv("LOB_POINTS"),
		SeedScale:   1,
		Identity:    identity.ConfigFromEnv(),
	}
	fs := flag.NewFlagSet("zielwerk", flag.ContinueOnError)
	if v := os.Getenv("SEED_SCALE"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			// Reported like a bad flag: main exits without a message of its own.
			fmt.Fprintf(fs.Output(), "invalid SEED_SCALE %q: %v\n", v, err)
			return c, nil, err
		}
		c.SeedScale = n
	}
	c.Identity.RegisterFlags(fs)
	fs.StringVar(&c.LOBPoints, "lob-points", c.LOBPoints, "degree→points scale for LOB, e.g. 0:0,50:1,75:2,100:3 (LOB_POINTS)")
	fs.StringVar(&c.ListenAddr, "listen", c.ListenAddr, "address to listen on (LISTEN_ADDR)")
	fs.StringVar(&c.DataDir, "data-dir", c.DataDir, "folder of the embedded SQLite database (DATA_DIR)")
	fs.StringVar(&c.DatabaseURL, "database-url", c.DatabaseURL, "postgres://… to use PostgreSQL instead of SQLite (DATABASE_URL)")
	fs.BoolVar(&c.Dev, "dev", c.Dev, "development mode: introspection and playground (DEV=true)")
	fs.StringVar(&c.LogFormat, "log-format", c.LogFormat, "text or json (LOG_FORMAT)")
	fs.IntVar(&c.SeedScale, "scale", c.SeedScale, fmt.Sprintf("seed a city this many times the demo city, 1–%d (SEED_SCALE)", db.MaxSeedScale))
	err := fs.Parse(args)
	if err != nil || fs.NArg() < 2 {
		return c, fs.Args(), err
	}
	// Flags after the command: zielwerk seed --scale 10.
	cmd := fs.Arg(0)
	err = fs.Parse(fs.Args()[1:])
	return c, append([]string{cmd}, fs.Args()...), err
}

func main() {
	cfg, args, err := parseConfig(os.Args[1:])
	if err != nil {
		os.Exit(2)
	}
	setupLogging(cfg.LogFormat)
	cmd := "serve"
	if len(args) > 0 {
		cmd = args[0]
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, cmd, cfg); err != nil {
		slog.Error("zielwerk stopped", "err", err)
		os.Exit(1)
	}
}

func setupLogging(format string) {
	var h slog.Handler = slog.NewTextHandler(os.Stderr, nil)
	if format == "json" {
		h = slog.NewJSONHandler(os.Stderr, nil)
	}
	slog.SetDefault(slog.New(h))
}

func run(ctx context.Context, cmd string, cfg config) error {
	gdb, err := db.Open(cfg.DatabaseURL, cfg.DataDir)
	if err != nil {
		return err
	}
	if n, err := db.Migrate(ctx, gdb); err != nil {
		return err
	} else if n > 0 {
		slog.Info("migrated", "applied", n, "database", db.Dialect(gdb))
	}
	switch cmd {
	case "migrate":
		return nil
	case "seed":
		return seed(ctx, gdb, cfg.SeedScale)
	case "serve":
		if empty, err := db.IsEmpty(ctx, gdb); err != nil {
			return err
		} else if empty {
			if err := seed(ctx, gdb, cfg.SeedScale); err != nil {
				return err
			}
		}
		return serve(ctx, cfg, gdb)
	default:
		return fmt.Errorf("unknown command %q (serve, migrate, seed)", cmd)
	}
}

func seed(ctx context.Context, gdb *gorm.DB, scale int) error {
	start := time.Now()
	counts, err := db.SeedScaled(ctx, gdb, scale)
	if err != nil {
		return fmt.Errorf("seed: %w", err)
	}
	var total int64
	for _, n := range counts {
		total += n
	}
	slog.Info("seeded the demo city", "scale", scale, "rows", total, "ms", time.Since(start).Milliseconds())
	return nil
}

func serve(ctx context.Context, cfg config, gdb *gorm.DB) error {
	points, err := db.ParsePointScale(cfg.LOBPoints)
	if err != nil {
		return fmt.Errorf("LOB_POINTS: %w", err)
	}
	ln, err := net.Listen("tcp", cfg.ListenAddr)
	if err != nil {
		return err
	}
	if cfg.Identity.PublicURL == "" { // neither PUBLIC_URL nor -public-url
		cfg.Identity.PublicURL = publicURL(ln.Addr())
	}
	for _, a := range db.DemoAccounts() {
		cfg.Identity.DemoAccounts = append(cfg.Identity.DemoAccounts, demoidp.Account(a))
	}
	ids, err := identity.New(ctx, cfg.Identity, gdb)
	if err != nil {
		return err
	}
	defer ids.Close()
	if ids.Demo() {
		fmt.Printf("Demo-Anmeldung / demo sign-in: %s (no OIDC_ISSUER set)\n", ids.DemoIssuer())
	}
	srv := &http.Server{
		Handler:           newRouter(cfg, gdb, ids, points),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
	fmt.Printf("Zielwerk läuft auf / is running at %s\n", publicURL(ln.Addr()))
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	slog.Info("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// publicURL is what a person types into the browser for a listen address.
func publicURL(addr net.Addr) string {
	host, port, _ := net.SplitHostPort(addr.String())
	if ip := net.ParseIP(host); ip == nil || ip.IsUnspecified() || ip.IsLoopback() {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, port)
}

// newRouter wires the request flow of DESIGN.md §3: HTTP basics, then the
// endpoints.
func newRouter(cfg config, gdb *gorm.DB, ids *identity.Service, points db.PointScale) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /livez", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		if err := ready(r.Context(), gdb); err != nil {
			slog.WarnContext(r.Context(), "not ready", "err", err)
			http.Error(w, "not ready\n", http.StatusServiceUnavailable)
			return
		}
		w.Write([]byte("ok\n"))
	})
	// CSRF before identity: a forged cookie POST is refused before any query.
	signedIn := func(h http.Handler) http.Handler { return identity.CSRF(ids.Middleware(h)) }
	ids.Routes(mux)
	mux.Handle("GET /metrics", metrics)
	mux.Handle("/graphql", signedIn(graph.NewHandler(gdb, graph.Options{Dev: cfg.Dev, Points: points})))
	files := importer.Handler(gdb) // CSV/XLSX import and export; they check sign-in and CSRF
	mux.Handle("/api/import/", signedIn(files))
	mux.Handle("/api/export/", signedIn(files))
	mux.Handle("GET /api/export/agreement/{id}", ids.Middleware(printdoc.Handler(gdb)))
	if cfg.Dev {
		mux.Handle("GET /playground", playground.Handler("Zielwerk", "/graphql"))
	}
	mux.Handle("/", spaHandler())
	return withBasics(mux)
}

// ready means the database answers and every migration is applied.
func ready(ctx context.Context, gdb *gorm.DB) error {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	sqlDB, err := gdb.DB()
	if err != nil {
		return err
	}
	if err := sqlDB.PingContext(ctx); err != nil {
		return err
	}
	pending, err := db.PendingMigrations(ctx, gdb)
	if err != nil {
		return err
	}
	if pending > 0 {
		return fmt.Errorf("%d migrations pending", pending)
	}
	return nil
}
