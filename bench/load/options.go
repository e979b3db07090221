package main

import (
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
)

// options are the bench's flags; see README.md, "Benchmarks".
type options struct {
	Bin         string // zielwerk binary; empty: build one from the module
	Scale       int    // demo city size passed to `zielwerk seed --scale`
	AdminDB     string // PostgreSQL server to create the throwaway database on
	DatabaseURL string // an existing, seeded database instead of a throwaway one
	KeepDB      bool

	ServerURL string // a running server instead of starting one
	ServerPID int    // its pid, for the CPU column
	Listen    string
	IdPAddr   string
	AdminAddr string // metrics and pprof; empty: no SQL column, no profile
	MaxConns  int

	Rates    []int
	Duration time.Duration
	Warmup   time.Duration
	Pause    time.Duration
	Timeout  time.Duration
	Year     int
	MaxP99   time.Duration
	Refine   int
	Workers  uint64

	CPUProfile     string // file for a CPU profile of one step
	ProfileRate    int    // the step to profile; 0: the highest rate
	ProfileSeconds int
}

func parseFlags(args []string, stderr io.Writer) (options, error) {
	o := options{Rates: []int{25, 50, 100, 150, 200, 300}}
	fs := flag.NewFlagSet("bench-load", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: go run ./bench/load [flags]   (make bench-load BENCH_FLAGS='…')")
		fmt.Fprintln(stderr, "Sends the Dezernent's executive query to a Zielwerk server at rising constant rates.")
		fs.PrintDefaults()
	}
	fs.StringVar(&o.Bin, "bin", "", "zielwerk binary to run; empty: go build one from this module")
	fs.IntVar(&o.Scale, "scale", 10, "size of the demo city: zielwerk seed --scale N (1: plain zielwerk seed)")
	fs.StringVar(&o.AdminDB, "admin-db", "postgres://postgres@127.0.0.1:5432/test?sslmode=disable", "PostgreSQL server on which the throwaway zw_bench_* database is created and dropped")
	fs.StringVar(&o.DatabaseURL, "database-url", "", "use this migrated and seeded database instead of a throwaway one (it is neither seeded nor dropped)")
	fs.BoolVar(&o.KeepDB, "keep-db", false, "keep the throwaway database and print its URL, e.g. to rerun with -database-url")
	fs.StringVar(&o.ServerURL, "server", "", "benchmark this running server (e.g. http://localhost:8080) instead of starting one")
	fs.IntVar(&o.ServerPID, "server-pid", 0, "pid of the -server process, for the CPU column (0: n/a)")
	fs.StringVar(&o.Listen, "listen", "127.0.0.1:18080", "LISTEN_ADDR of the started server")
	fs.StringVar(&o.IdPAddr, "idp", "127.0.0.1:18081", "DEMO_IDP_ADDR of the started server")
	fs.StringVar(&o.AdminAddr, "admin", "127.0.0.1:19090", "ADMIN_ADDR: /metrics for the SQL column and /debug/pprof (empty: none)")
	fs.IntVar(&o.MaxConns, "db-max-conns", 20, "DB_MAX_CONNS of the started server")
	fs.Func("rates", "comma-separated request rates per second, one step each (default 25,50,100,150,200,300)", func(s string) (err error) {
		o.Rates, err = parseRates(s)
		return err
	})
	fs.DurationVar(&o.Duration, "duration", 10*time.Second, "length of each step")
	fs.DurationVar(&o.Warmup, "warmup", 3*time.Second, "unreported warm-up at the lowest rate (0: none)")
	fs.DurationVar(&o.Pause, "pause", 2*time.Second, "pause between steps, to let the server settle")
	fs.DurationVar(&o.Timeout, "timeout", 5*time.Second, "client timeout: a slower answer counts as failed")
	fs.IntVar(&o.Year, "year", 2026, "fiscal year of the query")
	fs.IntVar(&o.Refine, "refine", 3, "extra steps that bisect between the highest sustained rate and the next that was not")
	fs.DurationVar(&o.MaxP99, "max-p99", 250*time.Millisecond, "saturation rule: highest rate with 100 % success and p99 below this")
	fs.Uint64Var(&o.Workers, "max-workers", 2000, "most requests in flight at once (the client timeout bounds them too)")
	fs.StringVar(&o.CPUProfile, "cpuprofile", "", "save a CPU profile of the server, taken from ADMIN_ADDR/debug/pprof/profile during one step, to this file")
	fs.IntVar(&o.ProfileRate, "profile-rate", 0, "the step (rate) to profile with -cpuprofile; 0: the highest rate")
	fs.IntVar(&o.ProfileSeconds, "profile-seconds", 10, "length of the CPU profile, at most the step's duration")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if fs.NArg() > 0 {
		return o, fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	return o, o.check()
}

func (o *options) check() error {
	switch {
	case o.Scale < 1:
		return fmt.Errorf("-scale must be at least 1")
	case o.Duration <= 0:
		return fmt.Errorf("-duration must be positive")
	case o.Timeout <= 0:
		return fmt.Errorf("-timeout must be positive")
	case o.Workers == 0:
		return fmt.Errorf("-max-workers must be positive")
	case o.CPUProfile != "" && o.AdminAddr == "":
		return fmt.Errorf("-cpuprofile needs the admin listener (-admin)")
	case o.ServerURL != "" && o.DatabaseURL != "":
		return fmt.Errorf("-server and -database-url exclude each other: a running server has its database")
	}
	if o.CPUProfile != "" {
		if o.ProfileRate == 0 {
			o.ProfileRate = slices.Max(o.Rates)
		}
		if !slices.Contains(o.Rates, o.ProfileRate) {
			return fmt.Errorf("-profile-rate %d is not one of -rates %v", o.ProfileRate, o.Rates)
		}
		if o.ProfileSeconds < 1 {
			return fmt.Errorf("-profile-seconds must be at least 1")
		}
	}
	return nil
}

func parseRates(s string) ([]int, error) {
	var rates []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			return nil, fmt.Errorf("rate %q is not a positive whole number", f)
		}
		rates = append(rates, n)
	}
	return rates, nil
}
