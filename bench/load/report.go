package main

import (
	"fmt"
	"io"
	"time"
)

// stepResult is one row of the table: one constant-rate step.
type stepResult struct {
	Rate          int // requested per second
	Requests      int
	Throughput    float64 // successful requests per second of the step
	P50, P95, P99 time.Duration
	Max           time.Duration
	OK            int
	Shed          int    // 503: the server refused work rather than queue it
	Failures      string // the other failures by kind, "-" for none
	Example       string // the first failure, "" for none
	// CPUPerReq is the server's CPU time per answered request; CPUKnown is
	// false without the server's pid.
	CPUPerReq time.Duration
	CPUKnown  bool
	// SQLPerReq is statements per answered request; SQLKnown is false
	// without the admin listener or its counter.
	SQLPerReq float64
	SQLKnown  bool
}

// newStepResult turns a step's answers and the server's counters into a
// row; cpu and sql are the deltas over the step, nil when unknown.
func newStepResult(rate int, elapsed time.Duration, s *summary, shed int, cpu *time.Duration, sql *float64) stepResult {
	r := stepResult{
		Rate: rate, Requests: s.requests(), OK: s.ok, Shed: shed, Failures: s.failures(), Example: s.example,
		P50: s.quantile(0.50), P95: s.quantile(0.95), P99: s.quantile(0.99), Max: s.quantile(1),
	}
	if elapsed > 0 {
		r.Throughput = float64(s.ok) / elapsed.Seconds()
	}
	if n := s.answered(); n > 0 {
		if cpu != nil {
			r.CPUPerReq, r.CPUKnown = *cpu/time.Duration(n), true
		}
		if sql != nil {
			r.SQLPerReq, r.SQLKnown = *sql/float64(n), true
		}
	}
	return r
}

// SuccessPct is the share of requests that succeeded, in percent.
func (r stepResult) SuccessPct() float64 {
	if r.Requests == 0 {
		return 0
	}
	return 100 * float64(r.OK) / float64(r.Requests)
}

// sustained is the saturation rule: every request succeeded and the p99 is
// below the limit.
func (r stepResult) sustained(maxP99 time.Duration) bool {
	return r.Requests > 0 && r.OK == r.Requests && r.P99 < maxP99
}

// saturation is the highest tested rate that was sustained; ok is false
// when none was.
func saturation(steps []stepResult, maxP99 time.Duration) (rate int, ok bool) {
	for _, s := range steps {
		if s.sustained(maxP99) && (!ok || s.Rate > rate) {
			rate, ok = s.Rate, true
		}
	}
	return rate, ok
}

const rowFormat = "%6s %6s %7s %8s %8s %8s %8s %7s %5s  %-22s %10s %8s\n"

func printTableHeader(w io.Writer) {
	fmt.Fprintf(w, rowFormat, "rate/s", "reqs", "ok/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "ok %", "shed", "failures", "cpu ms/req", "sql/req")
}

func printRow(w io.Writer, r stepResult) {
	cpu, sql := "n/a", "n/a"
	if r.CPUKnown {
		cpu = fmt.Sprintf("%.2f", ms(r.CPUPerReq))
	}
	if r.SQLKnown {
		sql = fmt.Sprintf("%.1f", r.SQLPerReq)
	}
	fmt.Fprintf(w, rowFormat,
		fmt.Sprint(r.Rate), fmt.Sprint(r.Requests), fmt.Sprintf("%.1f", r.Throughput),
		fmt.Sprintf("%.1f", ms(r.P50)), fmt.Sprintf("%.1f", ms(r.P95)), fmt.Sprintf("%.1f", ms(r.P99)), fmt.Sprintf("%.1f", ms(r.Max)),
		fmt.Sprintf("%.2f", r.SuccessPct()), fmt.Sprint(r.Shed), r.Failures, cpu, sql)
}

func printSaturation(w io.Writer, steps []stepResult, maxP99 time.Duration) {
	if rate, ok := saturation(steps, maxP99); ok {
		fmt.Fprintf(w, "saturation point: %d req/s (highest tested rate with 100 %% success and p99 < %v)\n", rate, maxP99)
		return
	}
	fmt.Fprintf(w, "saturation point: none (no tested rate had 100 %% success and p99 < %v)\n", maxP99)
}

// printExamples shows the first failure of each step that had one.
func printExamples(w io.Writer, steps []stepResult) {
	for _, s := range steps {
		if s.Example != "" {
			fmt.Fprintf(w, "first failure at %d/s: %s\n", s.Rate, s.Example)
		}
	}
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
