package main

import (
	"strings"
	"testing"
	"time"

	vegeta "github.com/tsenart/vegeta/v12/lib"
)

func TestSaturation(t *testing.T) {
	limit := 250 * time.Millisecond
	step := func(rate, reqs, ok int, p99 time.Duration) stepResult {
		return stepResult{Rate: rate, Requests: reqs, OK: ok, P99: p99}
	}
	cases := []struct {
		name  string
		steps []stepResult
		want  int
		ok    bool
	}{
		{"all sustained", []stepResult{step(25, 250, 250, 10*time.Millisecond), step(50, 500, 500, 20*time.Millisecond)}, 50, true},
		{"p99 over the limit", []stepResult{step(25, 250, 250, 10*time.Millisecond), step(50, 500, 500, 250*time.Millisecond)}, 25, true},
		{"one failure is too many", []stepResult{step(25, 250, 250, time.Millisecond), step(50, 500, 499, time.Millisecond)}, 25, true},
		{"highest sustained, not the last", []stepResult{step(100, 1000, 1000, time.Millisecond), step(25, 250, 250, time.Millisecond)}, 100, true},
		{"none sustained", []stepResult{step(25, 250, 0, time.Millisecond)}, 0, false},
		{"no requests is no success", []stepResult{step(25, 0, 0, 0)}, 0, false},
		{"no steps", nil, 0, false},
	}
	for _, c := range cases {
		got, ok := saturation(c.steps, limit)
		if got != c.want || ok != c.ok {
			t.Errorf("%s: saturation = %d %v, want %d %v", c.name, got, ok, c.want, c.ok)
		}
	}
}

func TestSummaryAndRow(t *testing.T) {
	var s summary
	add := func(code uint16, ms int, body, err string) {
		s.add(&vegeta.Result{Code: code, Latency: time.Duration(ms) * time.Millisecond, Body: []byte(body), Error: err})
	}
	for i := 1; i <= 95; i++ {
		add(200, i, `{"data":{"agreements":{"totalCount":1}}}`, "")
	}
	add(200, 96, `{"errors":[{"message":"x"}],"data":null}`, "")
	add(503, 1, "", "503 Service Unavailable")
	add(500, 2, "", "500 Internal Server Error")
	add(0, 5000, "", `Post "http://127.0.0.1:18080/graphql": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`)
	add(0, 3, "", "dial tcp 127.0.0.1:18080: connect: connection refused")

	if s.requests() != 100 || s.ok != 95 || s.answered() != 98 {
		t.Fatalf("requests %d ok %d answered %d", s.requests(), s.ok, s.answered())
	}
	if got := s.failures(); got != "500:1 gql:1 timeout:1 neterr:1" {
		t.Fatalf("failures = %q", got)
	}
	if s.example != `200: {"errors":[{"message":"x"}],"data":null}` {
		t.Fatalf("example = %q", s.example)
	}
	if p50, p99, mx := s.quantile(0.5), s.quantile(0.99), s.quantile(1); p50 != 47*time.Millisecond || p99 != 96*time.Millisecond || mx != 5*time.Second {
		t.Fatalf("p50 %v p99 %v max %v", p50, p99, mx)
	}

	cpu, sql := 980*time.Millisecond, 490.0
	r := newStepResult(10, 10*time.Second, &s, s.codes[503], &cpu, &sql)
	if r.CPUPerReq != 10*time.Millisecond || r.SQLPerReq != 5 || r.Shed != 1 || r.SuccessPct() != 95 || r.Throughput != 9.5 {
		t.Fatalf("row %+v", r)
	}
	r = newStepResult(10, 10*time.Second, &s, 0, nil, nil)
	var b strings.Builder
	printRow(&b, r)
	if strings.Count(b.String(), "n/a") != 2 {
		t.Fatalf("unknown CPU and SQL should print n/a: %q", b.String())
	}
}

func TestNextFailed(t *testing.T) {
	limit := 250 * time.Millisecond
	ok := func(rate int) stepResult { return stepResult{Rate: rate, Requests: 10, OK: 10, P99: time.Millisecond} }
	bad := func(rate int) stepResult { return stepResult{Rate: rate, Requests: 10, OK: 9, P99: time.Millisecond} }
	steps := []stepResult{ok(25), ok(50), ok(100), bad(150), bad(200)}
	if got := nextFailed(steps, 100, limit); got != 150 {
		t.Fatalf("nextFailed = %d, want 150", got)
	}
	if got := nextFailed([]stepResult{ok(25), ok(50)}, 50, limit); got != 0 {
		t.Fatalf("nextFailed with nothing failed = %d, want 0", got)
	}
}
