package graph

import (
	"context"
	"net/http"
	"sync/atomic"

	"zielwerk/store"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/validator/rules"
)

// Observed counts how far requests got, for tests that show a refusal
// came before validation and before any resolver.
type Observed struct {
	Validations atomic.Int64 // documents the validator ran on
	Fields      atomic.Int64 // fields resolved
}

// NewObservedHandler is NewHandler with counters on the validator (the
// rule set is asked for once per validated document) and on every field.
func NewObservedHandler(st *store.Store, opts Options) (http.Handler, *Observed) {
	o := &Observed{}
	srv := newServer(&Resolver{}, opts)
	srv.SetValidationRulesFn(func() *rules.Rules {
		o.Validations.Add(1)
		return validationRules()
	})
	srv.AroundFields(func(ctx context.Context, next graphql.Resolver) (any, error) {
		o.Fields.Add(1)
		return next(ctx)
	})
	return serve(st, opts, srv), o
}

// GuardStep is the guard as the server runs it, with the documents given
// in gqlgen's cache as validated.
func GuardStep(validated ...string) func(context.Context, *graphql.RawParams) *gqlerror.Error {
	cache := lru.New[*ast.QueryDocument](1000)
	for _, q := range validated {
		cache.Add(context.Background(), q, &ast.QueryDocument{})
	}
	return guard{accepted: cache, onRefused: func(string) {}}.MutateOperationParameters
}

// CompactJSON is compactJSON, for its test.
var CompactJSON = compactJSON
