package importer_test

import (
	"bytes"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"zielwerk/db"
	"zielwerk/identity"
	"zielwerk/importer"
	"zielwerk/store"
)

// BenchmarkImport10kKPIValues imports a German CSV of 10 000 KPI values
// (2 500 KPIs × 4 quarters) through the HTTP handler: parse, validate,
// batched lookups, one transaction with batched inserts or updates and one
// audit event per row. Run it on PostgreSQL:
//
//	ZIELWERK_TEST_DB=postgres go test ./importer -run '^$' -bench Import10k -benchtime 5x
func BenchmarkImport10kKPIValues(b *testing.B) {
	w := newWorld(b, 2500)
	logger := slog.Default()
	slog.SetDefault(slog.New(slog.DiscardHandler))
	b.Cleanup(func() { slog.SetDefault(logger) })
	h := importer.Handler(store.New(w.gdb), store.NewImports(w.gdb))
	p := principal(w.controller, identity.RoleControlling)
	run := func(b *testing.B, file []byte) {
		req := httptest.NewRequest(http.MethodPost, "/api/import/kpi-values", bytes.NewReader(file))
		req.Header.Set("Content-Type", "text/csv")
		req.Header.Set("X-Zielwerk-CSRF", "1")
		req = req.WithContext(identity.WithPrincipal(req.Context(), p))
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != 200 {
			b.Fatalf("status %d: %.500s", rec.Code, rec.Body.String())
		}
	}
	report := func(b *testing.B) {
		b.ReportMetric(float64(10_000*b.N)/b.Elapsed().Seconds(), "rows/s")
	}
	b.Run("create", func(b *testing.B) {
		file := w.kpiFile(2500, nil)
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			must(b, w.gdb.Exec("DELETE FROM kpi_values").Error)
			b.StartTimer()
			run(b, file)
		}
		report(b)
	})
	round := 0
	b.Run("update", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			round++
			file := w.kpiFile(2500, func(_ int, c []string) { c[5] = fmt.Sprintf("%d,5", 2000+round) })
			b.StartTimer()
			run(b, file)
		}
		report(b)
	})
	var n int64
	must(b, w.gdb.Model(&db.KPIValue{}).Count(&n).Error)
	if n != 10_000 {
		b.Fatalf("%d values, want 10000", n)
	}
}
