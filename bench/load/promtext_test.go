package main

import "testing"

func TestCounterValue(t *testing.T) {
	const text = `# HELP zielwerk_sql_statements_total SQL statements sent.
# TYPE zielwerk_sql_statements_total counter
zielwerk_sql_statements_total{kind="select"} 1200
zielwerk_sql_statements_total{kind="we}ird \"q\""} 3 1700000000000
zielwerk_sql_statements_total_created 1.7e9
zielwerk_sql_statements_totalx 99
zielwerk_http_requests_total{code="2xx"} 5
`
	got, ok := counterValue(text, "zielwerk_sql_statements_total")
	if !ok || got != 1203 {
		t.Fatalf("labelled series: %v %v, want 1203 true", got, ok)
	}
	if got, ok := counterValue("zielwerk_sql_statements_total 4.5e3\n", "zielwerk_sql_statements_total"); !ok || got != 4500 {
		t.Fatalf("unlabelled series: %v %v", got, ok)
	}
	if _, ok := counterValue(text, "zielwerk_missing_total"); ok {
		t.Fatal("a missing metric was found")
	}
	if _, ok := counterValue("# zielwerk_sql_statements_total 7\n", "zielwerk_sql_statements_total"); ok {
		t.Fatal("a comment was read as a sample")
	}
}
