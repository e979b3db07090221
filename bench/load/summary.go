package main

import (
	"bytes"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"time"

	vegeta "github.com/tsenart/vegeta/v12/lib"
)

// summary counts the answers of one step. A request succeeds only with a
// 2xx answer that carries no GraphQL error: a resolver failing under load
// (a database pool timeout, say) still answers 200.
type summary struct {
	latencies []time.Duration
	codes     map[int]int // HTTP status of every answered request
	ok        int         // 2xx, body read, no GraphQL error
	gqlErrors int         // 2xx with an "errors" entry
	broken    int         // 2xx whose body broke off
	timeouts  int         // no answer within the client timeout
	netErrors int         // no answer for another reason
	example   string      // the first failure, to tell what went wrong
}

// gqlErrorKey marks a GraphQL answer with errors. The query selects no field
// named errors, and a JSON string cannot hold an unescaped quote, so only
// the top-level key matches.
var gqlErrorKey = []byte(`"errors":`)

func (s *summary) add(r *vegeta.Result) {
	if s.codes == nil {
		s.codes = map[int]int{}
	}
	s.latencies = append(s.latencies, r.Latency)
	if r.Code != 0 {
		s.codes[int(r.Code)]++
	}
	switch {
	case r.Code == 0 && isTimeout(r.Error):
		s.timeouts++
	case r.Code == 0:
		s.netErrors++
	case r.Code < 200 || r.Code > 299:
	case r.Error != "":
		s.broken++
	case bytes.Contains(r.Body, gqlErrorKey):
		s.gqlErrors++
	default:
		s.ok++
		return
	}
	if s.example == "" {
		s.example = describe(r)
	}
}

// describe is one failure in a line: the status or error, and the start of
// the body.
func describe(r *vegeta.Result) string {
	what := r.Error
	if what == "" {
		what = fmt.Sprint(r.Code)
	}
	if body := strings.Join(strings.Fields(string(r.Body)), " "); body != "" {
		what += ": " + body
	}
	if len(what) > 300 {
		what = what[:300] + "…"
	}
	return what
}

// isTimeout recognises net/http's "Client.Timeout exceeded", a context
// deadline and a dial or read timeout.
func isTimeout(err string) bool {
	err = strings.ToLower(err)
	return strings.Contains(err, "timeout") || strings.Contains(err, "deadline exceeded")
}

func (s *summary) requests() int { return len(s.latencies) }

// answered counts requests that got an HTTP status: the server's CPU and
// statements of a step are shared out among them.
func (s *summary) answered() int { return s.requests() - s.timeouts - s.netErrors }

// quantile is the nearest-rank q-quantile of the latencies (q in 0..1).
func (s *summary) quantile(q float64) time.Duration {
	if len(s.latencies) == 0 {
		return 0
	}
	l := slices.Clone(s.latencies)
	slices.Sort(l)
	i := int(math.Ceil(q*float64(len(l)))) - 1
	return l[min(max(i, 0), len(l)-1)]
}

// failures lists what went wrong by kind, e.g. "500:3 gql:2 timeout:4";
// 503 is left out, it has a column of its own ("shed").
func (s *summary) failures() string {
	var parts []string
	for _, code := range slices.Sorted(maps.Keys(s.codes)) {
		if (code < 200 || code > 299) && code != 503 {
			parts = append(parts, fmt.Sprintf("%d:%d", code, s.codes[code]))
		}
	}
	for _, f := range []struct {
		name string
		n    int
	}{{"gql", s.gqlErrors}, {"broken", s.broken}, {"timeout", s.timeouts}, {"neterr", s.netErrors}} {
		if f.n > 0 {
			parts = append(parts, fmt.Sprintf("%s:%d", f.name, f.n))
		}
	}
	if len(parts) == 0 {
		return "-"
	}
	return strings.Join(parts, " ")
}
