// Command zielwerk serves Zielwerk: the GraphQL API, the embedded web app
// and, without an identity provider configured, a demo sign-in.
//
//	zielwerk [serve]   migrate, seed an empty database, serve (default)
//	zielwerk migrate   apply pending migrations and exit
//	zielwerk seed      load the demo city into an empty database and exit
//
// Flags may come before or after the command; -scale N (SEED_SCALE) makes
// seed, and serve when it seeds, load a city N times the demo city.
// Configuration: config.go; limits of the serving path: limits.go.
package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
	"time"

	"github.com/99designs/gqlgen/graphql/playground"
	"gorm.io/gorm"

	"zielwerk/db"
	"zielwerk/demo"
	"zielwerk/graph"
	"zielwerk/identity"
	"zielwerk/identity/demoidp"
	"zielwerk/importer"
	"zielwerk/metrics"
	"zielwerk/printdoc"
	"zielwerk/store"
)

func main() {
	cfg, args, err := parseConfig(os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, "zielwerk:", err)
		os.Exit(2)
	}
	setupLogging(cfg.LogFormat)
	tuneGC()
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

// tuneGC sets the garbage collector's target to 200 % unless GOGC says
// otherwise: the live heap is small (tens of MB) and every answer is
// allocated and dropped at once, so with Go's default of 100 % the
// collector runs very often for little (a fifth of the CPU in profiles).
// Measured with make bench-load on the 10× city: saturation 130 → 140
// req/s. GOMEMLIMIT still caps memory.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(200)
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
	gdb, err := openDatabase(ctx, cfg)
	if err != nil {
		return err
	}
	if sqlDB, err := gdb.DB(); err == nil {
		defer sqlDB.Close()
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
		empty, err := demo.IsEmpty(ctx, gdb)
		if err != nil {
			return err
		}
		switch {
		case empty && cfg.seedsDemo():
			if err := seed(ctx, gdb, cfg.SeedScale); err != nil {
				return err
			}
		case empty:
			slog.Info("empty database, no demo city (DEMO=false or OIDC_ISSUER set): sign in with an address of BOOTSTRAP_ADMINS and import the city's data",
				"bootstrap_admins", len(cfg.Identity.BootstrapAdmins))
		}
		return serve(ctx, cfg, gdb)
	default:
		return fmt.Errorf("unknown command %q (serve, migrate, seed)", cmd)
	}
}

func seed(ctx context.Context, gdb *gorm.DB, scale int) error {
	start := time.Now()
	counts, err := demo.SeedScaled(ctx, gdb, scale)
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
	cfg.Identity.DemoAccounts = signInAccounts(cfg)
	if !cfg.seedsDemo() {
		cfg.Identity.DemoDirectory = directoryAccounts(gdb)
	}
	ids, err := openIdentity(ctx, cfg.Identity, gdb, cfg.StartupTimeout)
	if err != nil {
		return err
	}
	defer ids.Close()
	if ids.Demo() {
		fmt.Printf("Demo-Anmeldung / demo sign-in: %s (no OIDC_ISSUER set)\n", ids.DemoIssuer())
	}
	if err := startNotifier(ctx, cfg, gdb, cfg.Identity.PublicURL); err != nil {
		return err
	}
	admin, err := startAdmin(cfg.AdminAddr)
	if err != nil {
		return err
	}
	defer admin.Close()
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
	if sqlDB, err := gdb.DB(); err == nil {
		metrics.WatchPool(sqlDB)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /livez", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		// No connection within a second (pool exhausted, server gone): not ready.
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
	// The request paths get the store, never the database handle: what
	// they read and write goes through the viewer's policy (store.For).
	st := store.New(gdb, store.WithPoints(points), store.WithPublicURL(cfg.Identity.PublicURL))
	mux.Handle("/graphql", signedIn(graph.NewHandler(st, graph.Options{Dev: cfg.Dev, OnRefused: metrics.Refused,
		RoleMapping: ids.RoleMapping()})))
	files := importer.Handler(st, store.NewImports(gdb)) // CSV/XLSX import and export; they check sign-in and CSRF
	mux.Handle("/api/import/", signedIn(files))
	mux.Handle("/api/export/", signedIn(files))
	mux.Handle("GET /api/export/agreement/{id}", ids.Middleware(printdoc.Handler(st)))
	if cfg.Dev {
		mux.Handle("GET /playground", playground.Handler("Zielwerk", "/graphql"))
	}
	mux.Handle("/", spaHandler())
	return withBasics(metrics.Observe(shed(cfg.MaxInFlight, withDeadline(cfg.RequestTimeout, mux)), statusOf))
}

// ready means the database answers and every migration is applied.
func ready(ctx context.Context, gdb *gorm.DB) error {
	ctx, cancel := context.WithTimeout(ctx, time.Second)
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

// signInAccounts are the people the embedded provider (no OIDC_ISSUER)
// offers: the demo city's people when it seeds the demo city, else the
// bootstrap administrators, so an empty instance can be tried without an
// IdP.
func signInAccounts(cfg config) []demoidp.Account {
	var out []demoidp.Account
	if cfg.seedsDemo() {
		for _, a := range demo.DemoAccounts() {
			out = append(out, demoidp.Account(a))
		}
		return out
	}
	for _, email := range cfg.Identity.BootstrapAdmins {
		out = append(out, demoidp.Account{Email: email, Name: email, Label: "Erste Administration (BOOTSTRAP_ADMINS)"})
	}
	return out
}

// directoryAccounts offers the directory's people (not left) on the
// embedded sign-in page of an instance without the demo city, so people
// imported into an empty instance can try it without an IdP.
func directoryAccounts(gdb *gorm.DB) func(context.Context) ([]demoidp.Account, error) {
	return func(ctx context.Context) ([]demoidp.Account, error) {
		var people []db.Person
		err := gdb.WithContext(ctx).Where("left_on IS NULL").Order("name").Limit(500).Find(&people).Error
		out := make([]demoidp.Account, len(people))
		for i, p := range people {
			label := p.Name
			if p.Position != "" {
				label += " (" + p.Position + ")"
			}
			out[i] = demoidp.Account{Email: p.Email, Name: p.Name, Label: label}
		}
		return out, err
	}
}
