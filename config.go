package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strconv"
	"time"

	"zielwerk/db"
	"zielwerk/demo"
	"zielwerk/identity"
)

// config comes from the environment, overridden by flags.
type config struct {
	ListenAddr  string
	AdminAddr   string // /metrics and /debug/pprof; empty or "off": none
	DataDir     string
	DatabaseURL string
	Dev         bool
	LogFormat   string
	LOBPoints   string
	SeedScale   int
	// Demo is DEMO: "true" seeds the demo city into an empty database,
	// "false" starts empty; unset means true without OIDC_ISSUER and false
	// with it (seedsDemo).
	Demo string
	Pool db.Pool
	// RequestTimeout bounds one request, database work included.
	RequestTimeout time.Duration
	// MaxInFlight is the most requests served at once; more get 503.
	MaxInFlight int
	// StartupTimeout is how long start-up retries the database and the IdP.
	StartupTimeout time.Duration
	Identity       identity.Config
	// Mail: SMTP_URL, MAIL_FROM, the scheduler (mail.go).
	Mail mailConfig
}

// Defaults of the serving path (README, "Limits and time-outs").
const (
	defaultRequestTimeout = 15 * time.Second
	defaultMaxInFlight    = 20
	defaultStartupTimeout = 60 * time.Second
)

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

// envParser reads typed environment values and collects what does not
// parse, so that a typo in one variable is reported rather than ignored.
type envParser struct{ errs []error }

func (p *envParser) duration(key string, def time.Duration) time.Duration {
	v := os.Getenv(key)
	if v == "" {
		return def
	}
	d, err := time.ParseDuration(v)
	if err != nil || d <= 0 {
		p.errs = append(p.errs, fmt.Errorf("%s=%q: want a positive duration such as 5s", key, v))
		return def
	}
	return d
}

func (p *envParser) positive(key string, def int) int {
	v := os.Getenv(key)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 {
		p.errs = append(p.errs, fmt.Errorf("%s=%q: want a positive whole number", key, v))
		return def
	}
	return n
}

func parseConfig(args []string) (config, []string, error) {
	var env envParser
	c := config{
		ListenAddr:  envOr("LISTEN_ADDR", "localhost:8080"),
		AdminAddr:   envOr("ADMIN_ADDR", "127.0.0.1:9090"),
		DataDir:     envOr("DATA_DIR", "data"),
		DatabaseURL: os.Getenv("DATABASE_URL"),
		Dev:         os.Getenv("DEV") == "true",
		LogFormat:   envOr("LOG_FORMAT", "text"),
		LOBPoints:   os.Getenv("LOB_POINTS"),
		SeedScale:   env.positive("SEED_SCALE", 1),
		Demo:        os.Getenv("DEMO"),
		Pool: db.Pool{
			MaxConns:         env.positive("DB_MAX_CONNS", db.DefaultPool.MaxConns),
			MaxLifetime:      env.duration("DB_CONN_MAX_LIFETIME", db.DefaultPool.MaxLifetime),
			StatementTimeout: env.duration("DB_STATEMENT_TIMEOUT", db.DefaultPool.StatementTimeout),
		},
		RequestTimeout: env.duration("REQUEST_TIMEOUT", defaultRequestTimeout),
		MaxInFlight:    env.positive("MAX_IN_FLIGHT", defaultMaxInFlight),
		StartupTimeout: env.duration("STARTUP_TIMEOUT", defaultStartupTimeout),
		Identity:       identity.ConfigFromEnv(),
		Mail:           mailConfigFromEnv(&env),
	}
	fs := flag.NewFlagSet("zielwerk", flag.ContinueOnError)
	c.Identity.RegisterFlags(fs)
	fs.StringVar(&c.LOBPoints, "lob-points", c.LOBPoints, "degree→points scale for LOB, e.g. 0:0,50:1,75:2,100:3 (LOB_POINTS)")
	fs.StringVar(&c.ListenAddr, "listen", c.ListenAddr, "address to listen on (LISTEN_ADDR)")
	fs.StringVar(&c.AdminAddr, "admin-listen", c.AdminAddr, "address of /metrics and /debug/pprof, \"off\" for none (ADMIN_ADDR)")
	fs.StringVar(&c.DataDir, "data-dir", c.DataDir, "folder of the embedded SQLite database (DATA_DIR)")
	fs.StringVar(&c.DatabaseURL, "database-url", c.DatabaseURL, "postgres://… to use PostgreSQL instead of SQLite (DATABASE_URL)")
	fs.BoolVar(&c.Dev, "dev", c.Dev, "development mode: introspection and playground (DEV=true)")
	fs.StringVar(&c.LogFormat, "log-format", c.LogFormat, "text or json (LOG_FORMAT)")
	fs.IntVar(&c.Pool.MaxConns, "db-max-conns", c.Pool.MaxConns, "most open PostgreSQL connections; idle = open (DB_MAX_CONNS)")
	fs.DurationVar(&c.Pool.StatementTimeout, "db-statement-timeout", c.Pool.StatementTimeout, "PostgreSQL statement_timeout (DB_STATEMENT_TIMEOUT)")
	fs.DurationVar(&c.RequestTimeout, "request-timeout", c.RequestTimeout, "deadline of one request, database work included (REQUEST_TIMEOUT)")
	fs.IntVar(&c.MaxInFlight, "max-in-flight", c.MaxInFlight, "requests served at once; more get 503 with Retry-After (MAX_IN_FLIGHT)")
	fs.DurationVar(&c.StartupTimeout, "startup-timeout", c.StartupTimeout, "how long start-up retries the database and the IdP (STARTUP_TIMEOUT)")
	fs.StringVar(&c.Demo, "demo", c.Demo, "true: seed the demo city into an empty database; false: start empty (DEMO; default: true without OIDC_ISSUER)")
	fs.IntVar(&c.SeedScale, "scale", c.SeedScale, fmt.Sprintf("seed a city this many times the demo city, 1–%d (SEED_SCALE)", demo.MaxSeedScale))
	if err := errors.Join(env.errs...); err != nil {
		return c, nil, err
	}
	err := fs.Parse(args)
	if err != nil || fs.NArg() < 2 {
		return c, fs.Args(), errors.Join(err, c.checkDemo())
	}
	// Flags after the command: zielwerk seed --scale 10.
	cmd := fs.Arg(0)
	err = fs.Parse(fs.Args()[1:])
	return c, append([]string{cmd}, fs.Args()...), errors.Join(err, c.checkDemo())
}

func (c config) checkDemo() error {
	switch c.Demo {
	case "", "true", "false":
		return nil
	}
	return fmt.Errorf("DEMO=%q: want true or false", c.Demo)
}

// seedsDemo reports whether serve seeds the demo city into an empty
// database: DEMO=true, or DEMO unset and no OIDC_ISSUER (the embedded
// demo provider). A city's instance (OIDC_ISSUER set) starts empty.
func (c config) seedsDemo() bool {
	if c.Demo != "" {
		return c.Demo == "true"
	}
	return c.Identity.Issuer == ""
}
