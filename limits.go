package main

import (
	"context"
	"net/http"
	"time"

	"zielwerk/apperr"
	"zielwerk/metrics"
)

// shedWait is the longest a request waits for a free slot: long enough to
// ride out a burst at saturation, short enough that "try again" still
// comes within milliseconds.
const shedWait = 50 * time.Millisecond

// shed serves at most max requests at once; a request that finds no slot
// free within shedWait is answered with 503 and Retry-After. Past
// saturation the instance so keeps answering quickly — with the answer or
// with "try again" — instead of queueing requests until every one of them
// is late. The probes are never shed: a busy instance is alive and, while
// its pool answers, ready.
func shed(max int, next http.Handler) http.Handler {
	if max <= 0 {
		max = defaultMaxInFlight
	}
	slots := make(chan struct{}, max)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/livez" || r.URL.Path == "/readyz" {
			next.ServeHTTP(w, r)
			return
		}
		select {
		case slots <- struct{}{}:
		default:
			t := time.NewTimer(shedWait)
			select {
			case slots <- struct{}{}:
				t.Stop()
			case <-t.C:
				metrics.Shed()
				apperr.WriteHTTP(w, http.StatusServiceUnavailable, apperr.ErrOverloaded, 1)
				return
			case <-r.Context().Done():
				t.Stop()
				return
			}
		}
		defer func() { <-slots }()
		next.ServeHTTP(w, r)
	})
}

// withDeadline cancels a request's context, and with it its database work,
// after d: a slow statement or a lock cannot keep a request, its goroutines
// and its connection busy beyond that.
func withDeadline(d time.Duration, next http.Handler) http.Handler {
	if d <= 0 {
		d = defaultRequestTimeout
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}
