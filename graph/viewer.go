package graph

import (
	"context"
	"net/http"
	"time"

	"zielwerk/access"
	"zielwerk/identity"
	"zielwerk/store"
)

// Every request gets the store bound to its signed-in person
// (store.Viewer): resolvers read and write only through it.

type (
	listKey           = store.ListKey
	pageLoader[T any] = store.PageLoader[T]
	viewerKey         struct{}
)

// withViewer binds st to the request's person (identity middleware runs
// before) with fresh loaders, so every request has its own batches and
// cache.
func withViewer(st *store.Store, wait time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sv := st.For(identity.FromContext(r.Context()), wait)
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), viewerKey{}, sv)))
	})
}

func viewerFrom(ctx context.Context) *store.Viewer {
	if sv, ok := ctx.Value(viewerKey{}).(*store.Viewer); ok {
		return sv
	}
	panic("graph: request without a store viewer; wrap the handler with withViewer")
}

func loadersFrom(ctx context.Context) *store.Loaders { return viewerFrom(ctx).Loaders }

// policy is the request's access policy (nil: nobody signed in).
func policy(ctx context.Context) (*access.Viewer, error) { return viewerFrom(ctx).Policy(ctx) }
