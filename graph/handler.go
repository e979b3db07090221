package graph

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/validator/core"
	"github.com/vektah/gqlparser/v2/validator/rules"

	"zielwerk/apperr"
	"zielwerk/graph/generated"
	"zielwerk/identity"
	"zielwerk/metrics"
	"zielwerk/store"
)

// Limits of one GraphQL request; the limits of the document are in
// guard.go, MaxErrors in errors.go.
const (
	MaxBodyBytes    = 256 << 10 // request body; larger ones get 413
	MaxParserTokens = 10_000    // tokens of the query document
	MaxComplexity   = 500_000   // see complexity.go
)

// Options configure the GraphQL endpoint.
type Options struct {
	// Dev enables introspection (and, in server.go, the playground).
	Dev bool
	// LoaderWait is how long loaders collect keys; 0: store.DefaultLoaderWait.
	LoaderWait time.Duration
	// RoleMapping is the sign-in's role configuration, shown to ADMIN.
	RoleMapping identity.RoleMapping
	// NoHotViews answers hot views (hot.go) through the graph like any
	// other document; tests compare the two answers.
	NoHotViews bool
	// OnRefused, if set, is called with a short stable reason for each
	// request refused for its size or cost: "body", "tokens", "fields",
	// "depth", "aliases", "duplicates", "directives", "operations",
	// "fragments", "variables" or "complexity". It is called from the
	// request's goroutine and must be safe for concurrent use.
	OnRefused func(reason string)
}

// NewHandler is the GraphQL endpoint: POST application/json only, for
// signed-in people, with limits on body, document and cost checked in
// that order before anything runs, no suggestions in error messages, at
// most MaxErrors errors per answer, and errors reduced to the stable codes
// of DESIGN.md §3 rule 4.
func NewHandler(st *store.Store, opts Options) http.Handler {
	resolver := &Resolver{RoleMapping: opts.RoleMapping}
	var h http.Handler = newServer(resolver, opts)
	if !opts.NoHotViews {
		h = resolver.hotViews(h)
	}
	return serve(st, opts, h)
}

// serve puts in front of srv what gqlgen does not do: the body limit, the
// request's loaders and its error tally.
func serve(st *store.Store, opts Options, srv http.Handler) http.Handler {
	return limitBody(refusedFunc(opts), withViewer(st, opts.LoaderWait,
		http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			r = withLanguage(r)
			srv.ServeHTTP(w, r.WithContext(withErrorTally(r.Context())))
		})))
}

// newServer is the gqlgen server. Its steps run in this order: sign-in
// and the guard on the raw request, then parse and validation (skipped for
// a cached document), the complexity limit, execution.
func newServer(resolver *Resolver, opts Options) *handler.Server {
	cfg := generated.Config{Resolvers: resolver}
	setComplexity(&cfg.Complexity)
	srv := handler.New(generated.NewExecutableSchema(cfg))
	srv.AddTransport(transport.POST{})
	validated := lru.New[*ast.QueryDocument](1000)
	srv.SetQueryCache(validated)
	srv.SetParserTokenLimit(MaxParserTokens)
	srv.SetDisableSuggestion(true)
	srv.SetValidationRulesFn(validationRules)
	srv.Use(signIn{})
	srv.Use(guard{accepted: validated, onRefused: refusedFunc(opts)})
	srv.Use(newComplexityLimit(refusedFunc(opts)))
	if opts.Dev {
		srv.Use(extension.Introspection{})
	} else {
		srv.AroundRootFields(refuseIntrospection)
	}
	srv.SetErrorPresenter(presentError)
	srv.AroundResponses(capErrors)
	srv.AroundOperations(observeOperation)
	srv.AroundResponses(observeOutcome)
	srv.SetRecoverFunc(func(ctx context.Context, p any) error {
		slog.ErrorContext(ctx, "panic in resolver", "panic", p, "stack", string(debug.Stack()))
		return errors.New("panic")
	})
	return srv
}

func refusedFunc(opts Options) func(string) {
	if opts.OnRefused == nil {
		return func(string) {}
	}
	return opts.OnRefused
}

// validationRules are gqlparser's default rules with every rule that
// appends "Did you mean …" swapped for its silent variant: suggestions
// spell out the schema to a client that may not see it. gqlgen's
// SetDisableSuggestion swaps only the field rules. gqlgen adjusts the set
// it gets, so each call builds a fresh one (once per validated document).
func validationRules() *rules.Rules {
	r := rules.NewDefaultRules()
	for _, silent := range []core.Rule{
		rules.FieldsOnCorrectTypeRuleWithoutSuggestions,
		rules.ScalarLeafsRuleWithoutSuggestions,
		rules.KnownArgumentNamesRuleWithoutSuggestions,
		rules.KnownTypeNamesRuleWithoutSuggestions,
		rules.ValuesOfCorrectTypeRuleWithoutSuggestions,
	} {
		r.RemoveRule(strings.TrimSuffix(silent.Name, "WithoutSuggestions"))
		r.AddRule(silent.Name, silent.RuleFunc)
	}
	return r
}

// signIn answers every request of an anonymous person with UNAUTHENTICATED,
// or with "not registered" for a person the IdP knows but Zielwerk's
// directory does not, before the document is even parsed.
type signIn struct{}

func (signIn) ExtensionName() string                   { return "SignIn" }
func (signIn) Validate(graphql.ExecutableSchema) error { return nil }

func (signIn) MutateOperationParameters(ctx context.Context, _ *graphql.RawParams) *gqlerror.Error {
	if identity.FromContext(ctx) != nil {
		return nil
	}
	if identity.NotRegistered(ctx) {
		return clientError(apperr.ErrNotRegistered)
	}
	return clientError(apperr.ErrUnauthenticated)
}

// observeOperation names the request's operation for the latency metric.
func observeOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	oc := graphql.GetOperationContext(ctx)
	name := oc.OperationName
	if name == "" && oc.Operation != nil {
		name = oc.Operation.Name
	}
	metrics.SetOperation(ctx, name)
	return next(ctx)
}

// observeOutcome marks answers that carry errors.
func observeOutcome(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	res := next(ctx)
	if res != nil && len(res.Errors) > 0 {
		metrics.SetOutcome(ctx, "error")
	}
	return res
}

var errIntrospection = apperr.New(apperr.Forbidden, "introspection.disabled",
	"Introspektion ist nur im Entwicklungsmodus eingeschaltet.", "Introspection is enabled in development mode only.")

// refuseIntrospection answers __schema and __type with FORBIDDEN.
func refuseIntrospection(ctx context.Context, next graphql.RootResolver) graphql.Marshaler {
	if f := graphql.GetRootFieldContext(ctx); f != nil && (f.Field.Name == "__schema" || f.Field.Name == "__type") {
		graphql.AddError(ctx, errIntrospection)
		return graphql.Null
	}
	return next(ctx)
}
