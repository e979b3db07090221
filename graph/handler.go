package graph

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"runtime/debug"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"gorm.io/gorm"

	"zielwerk/apperr"
	"zielwerk/db"
	"zielwerk/graph/generated"
	"zielwerk/identity"
	"zielwerk/metrics"
)

// Limits of one GraphQL request.
const (
	MaxBodyBytes    = 256 << 10 // request body
	MaxParserTokens = 10_000    // tokens of the query document
	MaxComplexity   = 25_000    // see complexity below
)

// Options configure the GraphQL endpoint.
type Options struct {
	// Dev enables introspection (and, in server.go, the playground).
	Dev bool
	// Points maps total degrees to LOB points (LOB_POINTS); nil: the default.
	Points db.PointScale
	// LoaderWait is how long loaders collect keys; 0: DefaultLoaderWait.
	LoaderWait time.Duration
	// NoHotViews answers hot views (hot.go) through the graph like any
	// other document; tests compare the two answers.
	NoHotViews bool
}

// NewHandler is the GraphQL endpoint: POST application/json only, with
// limits on body, tokens and complexity, no field suggestions, and errors
// reduced to the stable codes of DESIGN.md §3 rule 4.
func NewHandler(gdb *gorm.DB, opts Options) http.Handler {
	resolver := &Resolver{DB: gdb, Points: opts.Points}
	cfg := generated.Config{Resolvers: resolver}
	setComplexity(&cfg.Complexity)
	srv := handler.New(generated.NewExecutableSchema(cfg))
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.SetParserTokenLimit(MaxParserTokens)
	srv.SetDisableSuggestion(true)
	srv.Use(extension.FixedComplexityLimit(MaxComplexity))
	if opts.Dev {
		srv.Use(extension.Introspection{})
	} else {
		srv.AroundRootFields(refuseIntrospection)
	}
	srv.SetErrorPresenter(presentError)
	srv.AroundOperations(requireSignIn)
	srv.AroundOperations(observeOperation)
	if !opts.NoHotViews {
		srv.AroundOperations(resolver.answerHotViews)
	}
	srv.AroundResponses(observeOutcome)
	srv.SetRecoverFunc(func(ctx context.Context, p any) error {
		slog.ErrorContext(ctx, "panic in resolver", "panic", p, "stack", string(debug.Stack()))
		return errors.New("panic")
	})
	return WithLoaders(gdb, opts.LoaderWait, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, MaxBodyBytes)
		srv.ServeHTTP(w, r)
	}))
}

// presentError shows client-facing errors with their code and message
// keys, keeps gqlgen's own parse and validation errors, and replaces
// everything else by a bare internal error (logged, never shown).
func presentError(ctx context.Context, err error) *gqlerror.Error {
	out := graphql.DefaultErrorPresenter(ctx, err)
	if e, ok := apperr.As(err); ok {
		out.Message = e.En
		out.Extensions = map[string]any{"code": e.Code, "key": e.Key, "messageDe": e.De, "messageEn": e.En}
		if e.Field != "" {
			out.Extensions["field"] = e.Field
		}
		return out
	}
	var ge *gqlerror.Error
	if errors.As(err, &ge) && ge.Err == nil {
		if out.Extensions == nil {
			out.Extensions = map[string]any{}
		}
		if _, ok := out.Extensions["code"]; !ok {
			out.Extensions["code"] = apperr.BadUserInput
		}
		return out
	}
	if db.IsUnavailable(err) {
		slog.WarnContext(ctx, "database unavailable", "err", err, "path", out.Path.String())
		return &gqlerror.Error{Message: apperr.ErrUnavailable.En, Path: out.Path, Extensions: apperr.ErrUnavailable.Extensions()}
	}
	slog.ErrorContext(ctx, "request failed", "err", err, "path", out.Path.String())
	return &gqlerror.Error{Message: "internal error", Path: out.Path,
		Extensions: map[string]any{"code": apperr.Internal, "key": "internal",
			"messageDe": "Interner Fehler. Bitte versuchen Sie es später erneut.",
			"messageEn": "Internal error. Please try again later."}}
}

// requireSignIn answers every operation of an anonymous request with
// UNAUTHENTICATED, or with "not registered" for a person the IdP knows but
// Zielwerk's directory does not.
func requireSignIn(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	if identity.FromContext(ctx) != nil {
		return next(ctx)
	}
	err := apperr.ErrUnauthenticated
	if identity.NotRegistered(ctx) {
		err = apperr.ErrNotRegistered
	}
	return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{presentError(ctx, err)}})
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

// pageCost is the cost of a connection: each of up to first nodes costs
// its selection.
func pageCost(child int, first *int) int {
	n := 20
	if first != nil && *first > 0 {
		n = *first
	}
	return 1 + n*child
}

// yearsCost is the cost of a year series of at most 20 entries per year.
func yearsCost(child, from, to int) int {
	n := to - from + 1
	if n < 1 || n > 20 {
		n = 20
	}
	return 1 + n*child
}

func setComplexity(c *generated.ComplexityRoot) {
	page := func(child int, first *int, _ *string) int { return pageCost(child, first) }
	c.AlignmentReport.UnlinkedGoals = page
	c.ConsolidationProgramme.Measures = page
	c.Goal.Children = page
	c.Goal.Kpis = page
	c.OrgUnit.ConsolidationMeasures = page
	c.OrgUnit.Products = page
	c.Product.Kpis = page
	c.Query.Kpis = page
	c.OrgUnit.Goals = func(child int, _ *int, first *int, _ *string) int { return pageCost(child, first) }
	c.StrategicGoal.Goals = c.OrgUnit.Goals
	c.Query.Products = func(child int, _ *int, first *int, _ *string) int { return pageCost(child, first) }
	c.Query.ConsolidationMeasures = func(child int, _ *db.MeasureStatus, first *int, _ *string) int {
		return pageCost(child, first)
	}
	c.Query.Goals = func(child int, _ *int, _ *string, first *int, _ *string) int { return pageCost(child, first) }
	c.Query.OrgUnits = func(child int, _ *db.OrgUnitKind, _ *time.Time, first *int, _ *string) int {
		return pageCost(child, first)
	}
	years := func(child, from, to int) int { return yearsCost(child, from, to) }
	c.ConsolidationMeasure.Savings = years
	c.KPI.Values = func(child, from, to int) int { return yearsCost(child*4, from, to) } // quarters too
	c.Product.BudgetLines = years
	// Lists without pagination are small by nature (children of one unit,
	// the nine strategic goals); they count as a page of 20.
	c.OrgUnit.Children = func(child int, _ *time.Time) int { return pageCost(child, nil) }
	c.Query.OrgTree = c.OrgUnit.Children
	c.Query.StrategicGoals = func(child int) int { return pageCost(child, nil) }
	c.Goal.TracePath = func(child int) int { return 1 + 3*child }
}
