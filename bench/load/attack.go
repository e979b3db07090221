package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"time"

	vegeta "github.com/tsenart/vegeta/v12/lib"
)

// stepper runs constant-rate steps against the GraphQL endpoint and reads
// the server's counters around each.
type stepper struct {
	// transport outlives the attackers (one per attack: an attacker stops
	// for good after its attack), so warmed-up connections carry over.
	transport  *http.Transport
	timeout    time.Duration
	maxWorkers uint64
	target     vegeta.Targeter
	pid        int    // the server's; 0: CPU unknown
	metricsURL string // the admin listener's /metrics; "": SQL unknown
	client     *http.Client
}

func newStepper(endpoint string, body []byte, header http.Header, o options, pid int) *stepper {
	s := &stepper{
		transport:  &http.Transport{MaxIdleConnsPerHost: vegeta.DefaultConnections},
		timeout:    o.Timeout,
		maxWorkers: o.Workers,
		target:     vegeta.NewStaticTargeter(vegeta.Target{Method: "POST", URL: endpoint, Body: body, Header: header}),
		pid:        pid,
		client:     &http.Client{Timeout: 2 * time.Second},
	}
	if o.AdminAddr != "" {
		s.metricsURL = "http://" + o.AdminAddr + "/metrics"
	}
	return s
}

// attack sends rate requests per second for d and summarises the answers;
// elapsed includes the wait for the last answers. Cancelling ctx stops it.
func (s *stepper) attack(ctx context.Context, rate int, d time.Duration) (sum *summary, elapsed time.Duration) {
	// An open model: requests leave at the rate whatever the answers do, up
	// to max-workers in flight; a slow answer is cut off at the client
	// timeout and counted as failed.
	atk := vegeta.NewAttacker(
		vegeta.Client(&http.Client{Transport: s.transport}), // first: the options below adjust it
		vegeta.Timeout(s.timeout),
		vegeta.MaxWorkers(s.maxWorkers),
		vegeta.Redirects(vegeta.NoFollow),
	)
	sum = &summary{}
	start := time.Now()
	unhook := context.AfterFunc(ctx, func() { atk.Stop() })
	defer unhook()
	for r := range atk.Attack(s.target, vegeta.Rate{Freq: rate, Per: time.Second}, d, fmt.Sprintf("%d/s", rate)) {
		sum.add(r)
	}
	return sum, time.Since(start)
}

// step is one row: the attack, with the server's CPU time and SQL
// statement count read before and after.
func (s *stepper) step(ctx context.Context, rate int, d time.Duration) stepResult {
	cpu0, cpuErr := s.cpu()
	sql0, sqlOK := s.sqlStatements(ctx)
	sum, elapsed := s.attack(ctx, rate, d)
	cpu1, cpuErr1 := s.cpu()
	sql1, sqlOK1 := s.sqlStatements(ctx)

	var cpu *time.Duration
	if cpuErr == nil && cpuErr1 == nil {
		delta := cpu1 - cpu0
		cpu = &delta
	}
	var sql *float64
	if sqlOK && sqlOK1 {
		delta := sql1 - sql0
		sql = &delta
	}
	return newStepResult(rate, elapsed, sum, sum.codes[http.StatusServiceUnavailable], cpu, sql)
}

func (s *stepper) cpu() (time.Duration, error) {
	if s.pid == 0 {
		return 0, fmt.Errorf("no server pid")
	}
	return processCPU(s.pid)
}

// sqlStatements reads zielwerk_sql_statements_total; ok is false without
// the admin listener or the metric.
func (s *stepper) sqlStatements(ctx context.Context) (float64, bool) {
	text, err := s.metrics(ctx)
	if err != nil {
		return 0, false
	}
	return counterValue(text, sqlMetric)
}

const sqlMetric = "zielwerk_sql_statements_total"

func (s *stepper) metrics(ctx context.Context) (string, error) {
	if s.metricsURL == "" {
		return "", fmt.Errorf("no admin listener")
	}
	req, _ := http.NewRequestWithContext(ctx, "GET", s.metricsURL, nil)
	res, err := s.client.Do(req)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return "", fmt.Errorf("%s: %s", s.metricsURL, res.Status)
	}
	b, err := io.ReadAll(io.LimitReader(res.Body, 8<<20))
	return string(b), err
}
