package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/99designs/gqlgen/graphql"

	"zielwerk/db/dbtest"
	"zielwerk/graph"
	"zielwerk/identity"
	"zielwerk/store"
)

// abusive is a document that once cost the server seconds or gigabytes,
// and the reason the guard now refuses it for.
type abusive struct {
	name, query, reason string
}

func abusiveDocuments() []abusive {
	var b strings.Builder

	// Each fragment spreads the previous one twice: 1 KB, 2^26 fields.
	b.WriteString("query { ...F26 }\nfragment F0 on Query { fiscalYears }\n")
	for i := 1; i <= 26; i++ {
		fmt.Fprintf(&b, "fragment F%d on Query { ...F%d ...F%d }\n", i, i-1, i-1)
	}
	doubling := b.String()

	// agreements → principal → agreements(first: 100), five deep.
	nested := "id"
	for range 5 {
		nested = "agreements(first: 100) { nodes { principal { " + nested + " } } }"
	}
	nested = "{ " + strings.Replace(nested, "principal { id }", "id", 1) + " }"

	typenames := "{ " + strings.Repeat("__typename ", 9990) + "}"

	b.Reset()
	b.WriteString("{ ")
	for i := 1; i <= 600; i++ {
		fmt.Fprintf(&b, "f: kpis(first: %d) { totalCount } ", i)
	}
	b.WriteString("}")
	conflicting := b.String()

	b.Reset()
	b.WriteString("{ ")
	for i := 1; i <= graph.MaxAliases+1; i++ {
		fmt.Fprintf(&b, "a%d: fiscalYears ", i)
	}
	b.WriteString("}")
	aliases := b.String()

	deep := "name"
	for range graph.MaxDepth {
		deep = "children { " + deep + " }"
	}
	deep = "{ orgTree { " + deep + " } }"

	directives := "{ fiscalYears" + strings.Repeat(" @include(if: true)", graph.MaxDirectives+1) + " }"

	// Wide, not deep: 30 aliases of one goal with a fragment of some 70
	// fields below each.
	b.Reset()
	b.WriteString("{ ")
	for i := 1; i <= graph.MaxAliases; i++ {
		fmt.Fprintf(&b, "g%d: goals(first: 1) { nodes { ...G } } ", i)
	}
	b.WriteString(`}
fragment L on Goal { id title description level fromYear toYear }
fragment G on Goal { ...L tracePath { ...L } children { nodes { ...L parent { ...L } } }
  parent { ...L parent { ...L parent { ...L parent { ...L parent { ...L } } } } } }`)
	wide := b.String()

	return []abusive{
		{"fragment doubling to 2^26", doubling, "duplicates"},
		{"agreements→principal→agreements five deep", nested, "depth"},
		{"9990 __typename", typenames, "duplicates"},
		{"600 conflicting fields", conflicting, "duplicates"},
		{"too many aliases", aliases, "aliases"},
		{"too deep", deep, "depth"},
		{"too many directives", directives, "directives"},
		{"too many fields", wide, "fields"},
		{"fragment cycle", "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }", "fragments"},
	}
}

// TestGuardRefusesBeforeValidation: each abusive document is refused with
// QUERY_TOO_COMPLEX, its reason reported to OnRefused, and neither the
// validator nor a single resolver ran for it.
func TestGuardRefusesBeforeValidation(t *testing.T) {
	gdb := dbtest.Open(t)
	var mu sync.Mutex
	var reasons []string
	h, seen := graph.NewObservedHandler(store.New(gdb), graph.Options{OnRefused: func(r string) {
		mu.Lock()
		defer mu.Unlock()
		reasons = append(reasons, r)
	}})
	c := newClientFor(t, h)

	for _, a := range abusiveDocuments() {
		t.Run(a.name, func(t *testing.T) {
			mu.Lock()
			reasons = nil
			mu.Unlock()
			r := c.do(a.query, nil)
			if r.code() != "QUERY_TOO_COMPLEX" || len(r.Errors) != 1 {
				t.Fatalf("%d bytes: errors %+v", len(a.query), r.Errors)
			}
			ext := r.Errors[0].Extensions
			if ext["key"] == nil || ext["messageDe"] == nil || ext["messageEn"] != r.Errors[0].Message {
				t.Errorf("extensions %v", ext)
			}
			mu.Lock()
			if fmt.Sprint(reasons) != "["+a.reason+"]" {
				t.Errorf("OnRefused got %v, want [%s]", reasons, a.reason)
			}
			mu.Unlock()
			if n := seen.Validations.Load(); n != 0 {
				t.Errorf("the validator ran %d times", n)
			}
			if n := seen.Fields.Load(); n != 0 {
				t.Errorf("%d fields were resolved", n)
			}
		})
	}

	// Over the token limit is a refusal too, and gqlparser still words it
	// the way the guard recognises.
	r := c.do("{"+strings.Repeat(" fiscalYears", graph.MaxParserTokens)+" }", nil)
	if r.code() != "QUERY_TOO_COMPLEX" || r.Errors[0].Extensions["key"] != "query.tooLong" {
		t.Errorf("token limit: %+v", r.Errors)
	}
	if seen.Validations.Load() != 0 {
		t.Error("the validator ran for a document over the token limit")
	}

	// The counters do count: an accepted document is validated once, and
	// from gqlgen's cache after that.
	for range 2 {
		c.must(`{ fiscalYears }`, nil)
	}
	if v, f := seen.Validations.Load(), seen.Fields.Load(); v != 1 || f == 0 {
		t.Errorf("accepted document: %d validations, %d fields resolved", v, f)
	}
}

// TestComplexityRefusesNestedAgreements: agreements → principal →
// agreements(first: 100) three and four levels deep keeps the guard's depth
// but not the complexity limit, now that agreement lists have a cost; no
// resolver runs for it. (The cost of each agreement path on its own:
// TestAgreementPathsCost.)
func TestComplexityRefusesNestedAgreements(t *testing.T) {
	gdb := dbtest.Open(t)
	var reasons []string
	h, seen := graph.NewObservedHandler(store.New(gdb), graph.Options{OnRefused: func(r string) { reasons = append(reasons, r) }})
	c := newClientFor(t, h)
	for _, levels := range []int{3, 4} {
		q := "id"
		for range levels {
			q = "agreements(first: 100) { nodes { principal { " + q + " } } }"
		}
		q = "{ " + strings.Replace(q, "principal { id }", "id", 1) + " }"
		if r := c.do(q, nil); r.code() != "COMPLEXITY_LIMIT_EXCEEDED" || r.Errors[0].Extensions["messageDe"] == nil {
			t.Errorf("%d levels: %+v", levels, r.Errors)
		}
	}
	if fmt.Sprint(reasons) != "[complexity complexity]" {
		t.Errorf("OnRefused got %v", reasons)
	}
	if n := seen.Fields.Load(); n != 0 {
		t.Errorf("%d fields were resolved", n)
	}
}

// TestBodyOverTheLimitIs413: the answer is 413 with a GraphQL error body.
func TestBodyOverTheLimitIs413(t *testing.T) {
	gdb := dbtest.Open(t)
	var reasons []string
	c := newClient(t, gdb, graph.Options{OnRefused: func(r string) { reasons = append(reasons, r) }})
	pad := strings.Repeat("a", graph.MaxBodyBytes)
	big := []byte(`{"query":"{ fiscalYears }", "variables": {"x": "` + pad + `"}}`)
	r := c.post("application/json", big)
	if r.status != http.StatusRequestEntityTooLarge || r.code() != "REQUEST_TOO_LARGE" || r.Errors[0].Extensions["messageDe"] == nil {
		t.Fatalf("status %d, errors %+v", r.status, r.Errors)
	}
	// Without a length up front, the read that goes past the limit finds out.
	res := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodPost, "/", struct{ *bytes.Reader }{bytes.NewReader(big)})
	req.ContentLength = -1
	req.Header.Set("Content-Type", "application/json")
	graph.NewHandler(store.New(gdb), graph.Options{}).ServeHTTP(res, req.WithContext(identity.WithPrincipal(req.Context(), c.principal)))
	if res.Code != http.StatusRequestEntityTooLarge || !strings.Contains(res.Body.String(), "REQUEST_TOO_LARGE") {
		t.Errorf("chunked: %d %s", res.Code, res.Body.String())
	}
	if fmt.Sprint(reasons) != "[body]" {
		t.Errorf("OnRefused got %v", reasons)
	}
	// At the limit is fine.
	ok := []byte(`{"query":"{ fiscalYears }", "variables": {"x": "` + pad[:graph.MaxBodyBytes-60] + `"}}`)
	if r := c.post("application/json", ok); r.status != http.StatusOK || len(r.Errors) > 0 {
		t.Errorf("a body under the limit: %d %+v", r.status, r.Errors)
	}
}

// TestErrorsAreCapped: an answer holds at most MaxErrors errors, the last
// saying how many were left out, for validation and execution errors.
func TestErrorsAreCapped(t *testing.T) {
	gdb := dbtest.Open(t)
	seedFixture(t, gdb, 8) // 32 KPIs
	c := newClient(t, gdb, graph.Options{})

	var unknown strings.Builder
	unknown.WriteString("{")
	for i := range 120 {
		fmt.Fprintf(&unknown, " f%d", i)
	}
	unknown.WriteString(" }")
	cases := map[string]string{
		"validation": unknown.String(),
		"execution":  `{ kpis(first: 100) { nodes { values(fromYear: 2025, toYear: 2020) { year } achievement(year: 1999) { light } } } }`,
	}
	for name, q := range cases {
		r := c.do(q, nil)
		if len(r.Errors) != graph.MaxErrors {
			t.Errorf("%s: %d errors", name, len(r.Errors))
			continue
		}
		last := r.Errors[len(r.Errors)-1]
		if last.Extensions["code"] != "ERRORS_TRUNCATED" || last.Extensions["messageDe"] == nil {
			t.Errorf("%s: last error %+v", name, last)
		}
		for _, e := range r.Errors[:len(r.Errors)-1] {
			if e.Extensions["code"] == "ERRORS_TRUNCATED" || e.Message == "left out" {
				t.Errorf("%s: %+v among the kept errors", name, e)
			}
		}
	}
	if r := c.do(unknown.String(), nil); !strings.Contains(r.Errors[graph.MaxErrors-1].Message, fmt.Sprint(120-graph.MaxErrors+1)) {
		t.Errorf("the last entry should count the %d left out: %q", 120-graph.MaxErrors+1, r.Errors[graph.MaxErrors-1].Message)
	}
	// Under the cap nothing changes.
	if r := c.do(`{ f1 f2 }`, nil); len(r.Errors) != 2 {
		t.Errorf("two unknown fields: %+v", r.Errors)
	}
}

// TestNoSuggestions: no error of any kind spells out the schema with
// "Did you mean".
func TestNoSuggestions(t *testing.T) {
	gdb := dbtest.Open(t)
	c := newClient(t, gdb, graph.Options{})
	typos := map[string]string{
		"field":             `{ fiscalYear }`,
		"argument":          `{ kpis(frist: 1) { totalCount } }`,
		"enum value":        `{ agreements(status: AGRED) { totalCount } }`,
		"enum as string":    `{ agreements(status: "AGREED") { totalCount } }`,
		"enum variable":     `query($s: AgreementStatus) { agreements(status: $s) { totalCount } }`,
		"input field":       `mutation { agreementPropose(input: {agreementId: "x", expectedVerson: 1}) { userErrors { code } } }`,
		"fragment type":     `{ ...F } fragment F on Querry { fiscalYears }`,
		"leaf selection":    `{ me }`,
		"directive arg":     `{ fiscalYears @include(iff: true) }`,
		"unknown directive": `{ fiscalYears @inclde(if: true) }`,
	}
	for name, q := range typos {
		r := c.do(q, map[string]any{"s": "AGRED"})
		if len(r.Errors) == 0 {
			t.Errorf("%s: no error", name)
			continue
		}
		if bytes.Contains(r.raw, []byte("Did you mean")) {
			t.Errorf("%s: %s", name, r.raw)
		}
	}
}

// BenchmarkGuardRefusal is what a refusal costs the server, body decoding
// to answer written: go test -run - -bench GuardRefusal -benchtime 200x ./graph/
func BenchmarkGuardRefusal(b *testing.B) {
	gdb := dbtest.Open(b)
	h := graph.NewHandler(store.New(gdb), graph.Options{})
	ctx := identity.WithPrincipal(context.Background(), &identity.Principal{PersonID: 1, Name: "Test", Roles: []identity.Role{identity.RoleControlling}})
	for _, a := range abusiveDocuments() {
		body, _ := json.Marshal(map[string]any{"query": a.query})
		b.Run(strings.ReplaceAll(a.name, " ", "_"), func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				req := httptest.NewRequestWithContext(ctx, http.MethodPost, "/", bytes.NewReader(body))
				req.Header.Set("Content-Type", "application/json")
				res := httptest.NewRecorder()
				h.ServeHTTP(res, req)
				if !strings.Contains(res.Body.String(), "QUERY_TOO_COMPLEX") {
					b.Fatal(res.Body.String())
				}
			}
		})
	}
}

// BenchmarkGuardAccepted is the guard's cost for an accepted query: for a
// hot one that gqlgen has cached, and for one seen the first time (parse
// and walk; gqlgen then parses and validates it once more).
func BenchmarkGuardAccepted(b *testing.B) {
	ctx := context.Background()
	b.Run("cached", func(b *testing.B) {
		step := graph.GuardStep(cascadeQuery)
		for b.Loop() {
			if err := step(ctx, &graphql.RawParams{Query: cascadeQuery}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("first_seen", func(b *testing.B) {
		step := graph.GuardStep()
		for b.Loop() {
			if err := step(ctx, &graphql.RawParams{Query: cascadeQuery}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
