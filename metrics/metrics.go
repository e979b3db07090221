// Package metrics holds Zielwerk's Prometheus metrics (client_golang): the
// latency of every request by operation and outcome, SQL statements per
// request, the database pool, shed requests and refused queries. They are
// served on the admin listener (ADMIN_ADDR), never on the public one, and
// hold no personal data: labels are operation names and fixed words.
package metrics

import (
	"database/sql"
	"net/http"
	"sync"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"zielwerk/db"
)

// Registry holds every Zielwerk metric; a private registry keeps tests and
// several servers in one process from colliding with the global one.
var Registry = prometheus.NewRegistry()

var (
	requestSeconds = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name:    "zielwerk_http_request_duration_seconds",
		Help:    "Latency of HTTP requests by operation (GraphQL operation name or route) and outcome.",
		Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 15},
	}, []string{"operation", "outcome"})
	sqlPerRequest = prometheus.NewHistogram(prometheus.HistogramOpts{
		Name:    "zielwerk_sql_statements_per_request",
		Help:    "SQL statements one request ran.",
		Buckets: []float64{0, 1, 2, 5, 10, 20, 50, 100, 200, 500},
	})
	shed = prometheus.NewCounter(prometheus.CounterOpts{
		Name: "zielwerk_requests_shed_total",
		Help: "Requests answered 503 because the instance had its limit of requests in flight.",
	})
	refused = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "zielwerk_graphql_refused_total",
		Help: "GraphQL documents refused before validation, by reason.",
	}, []string{"reason"})
	inFlight = prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "zielwerk_requests_in_flight",
		Help: "Requests being served now.",
	})
	mails = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "zielwerk_mails_total",
		Help: "Tries to deliver an outbox message, by outcome (sent, retried, failed).",
	}, []string{"outcome"})
)

func init() {
	Registry.MustRegister(requestSeconds, sqlPerRequest, shed, refused, inFlight, mails,
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "zielwerk_sql_statements_total",
			Help: "SQL statements run since start.",
		}, func() float64 { return float64(db.StatementsTotal()) }),
	)
}

var (
	poolMu sync.Mutex
	pool   prometheus.Collector
)

// WatchPool exports the pool's open, in-use and idle connections and its
// waits (go_sql_* with db_name="zielwerk"). A later call replaces the
// pool watched before (tests start several servers in one process).
func WatchPool(sqlDB *sql.DB) {
	poolMu.Lock()
	defer poolMu.Unlock()
	if pool != nil {
		Registry.Unregister(pool)
	}
	pool = collectors.NewDBStatsCollector(sqlDB, "zielwerk")
	Registry.MustRegister(pool)
}

// Shed counts one request refused for load.
func Shed() { shed.Inc() }

// Refused counts one GraphQL document refused by the guards.
func Refused(reason string) { refused.WithLabelValues(reason).Inc() }

// Mail counts one try to deliver an outbox message: sent, retried or
// failed (given up).
func Mail(outcome string) { mails.WithLabelValues(outcome).Inc() }

// Handler serves the metrics in the Prometheus text format.
func Handler() http.Handler {
	return promhttp.HandlerFor(Registry, promhttp.HandlerOpts{Registry: Registry})
}
