// Command load is the load benchmark behind `make bench-load`. It starts
// Zielwerk on a throwaway PostgreSQL database seeded with a scaled demo
// city, signs in as the demo Dezernent through the demo IdP, and sends the
// executive start-page query at rising constant rates (vegeta), printing one
// row per rate: latency quantiles, success, shed load, the server's CPU time
// and SQL statements per request, and the saturation point. See README.md,
// "Benchmarks".
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"
	"time"
)

func main() {
	o, err := parseFlags(os.Args[1:], os.Stderr)
	if errors.Is(err, flag.ErrHelp) {
		return
	} else if err != nil {
		fmt.Fprintln(os.Stderr, "bench-load:", err)
		os.Exit(2)
	}
	// The db package warns of slow statements; CREATE and DROP DATABASE
	// take most of a second, and the warnings would land amid the table.
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError})))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err = run(ctx, o, os.Stdout)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench-load:", err)
		os.Exit(1)
	}
}

// run sets up (or reuses) database and server, then runs the steps. Every
// error before the first step is a setup failure; cleanup runs on every
// path, Ctrl-C included.
func run(ctx context.Context, o options, out io.Writer) (err error) {
	acc, err := dezernent()
	if err != nil {
		return err
	}
	m := thisMachine()
	fmt.Fprintf(out, "zielwerk load benchmark, %s\n", time.Now().UTC().Format(time.RFC3339))
	fmt.Fprintf(out, "machine: %d CPUs (nproc), %s, %s\n", m.CPUs, m.Model, m.Go)

	base, pid := strings.TrimRight(o.ServerURL, "/"), o.ServerPID
	failures := false // a step had failed requests: keep the server log
	if base == "" {
		var own *ownServer
		if own, err = setUp(ctx, o, out); err != nil { // err: the result, which the teardown reads
			return err
		}
		defer func() {
			if terr := own.teardown(err != nil || failures); terr != nil && err == nil {
				err = terr
			}
		}()
		base, pid = own.base, own.pid
	} else {
		fmt.Fprintf(out, "server:  %s (running), pid %s, admin %s\n", base, pidText(pid), orNone(o.AdminAddr))
	}

	cookie, err := signIn(ctx, base, acc.Email)
	if err != nil {
		return err
	}
	endpoint, body, header := base+"/graphql", graphqlBody(o.Year), graphqlHeader(cookie)
	shape, err := checkQuery(ctx, endpoint, body, header)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "query:   Exec(year: %d) as %s, %s: %.1f KB, %d of %d agreements, %d items, %d KPIs, %d values\n",
		o.Year, acc.Name, acc.Label, float64(shape.Bytes)/1024, shape.Agreements, shape.Total, shape.Items, shape.KPIs, shape.Values)

	st := newStepper(endpoint, body, header, o, pid)
	sqlNote := "SQL statements per request from " + st.metricsURL
	if st.metricsURL == "" {
		sqlNote = "SQL statements per request n/a (no admin listener)"
	} else if _, ok := st.sqlStatements(ctx); !ok {
		sqlNote = "SQL statements per request n/a (no " + sqlMetric + " at " + st.metricsURL + ")"
	}
	fmt.Fprintf(out, "steps:   %v each, %v pause, %v warm-up, client timeout %v, max-p99 %v; %s\n",
		o.Duration, o.Pause, o.Warmup, o.Timeout, o.MaxP99, sqlNote)
	fmt.Fprintln(out, "         the client runs on the same machine and takes CPU from the server")

	steps, prof, err := runSteps(ctx, st, o, out)
	failures = slices.ContainsFunc(steps, func(r stepResult) bool { return r.OK < r.Requests })
	if err != nil {
		return err
	}
	fmt.Fprintln(out)
	printSaturation(out, steps, o.MaxP99)
	printExamples(out, steps)
	if prof != nil && prof.err == nil {
		fmt.Fprintf(out, "cpu profile: %d s of the %d/s step in %s (go tool pprof -http=: %s)\n", prof.seconds, prof.rate, o.CPUProfile, o.CPUProfile)
	} else if prof != nil {
		return prof.err // asked for and not had: not a clean run
	}
	return nil
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

func pidText(pid int) string {
	if pid == 0 {
		return "unknown (-server-pid)"
	}
	return fmt.Sprint(pid)
}
