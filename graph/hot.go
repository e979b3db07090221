package graph

import (
	"context"
	"encoding/json"
	"errors"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"zielwerk/db"
	"zielwerk/graph/model"
)

// ExecutiveDocument is the executive view of a Dezernent's start page:
// their agreements of a year with unit, items, each item's goal with up to
// ten KPIs and the year's values. It is a hot view: sent exactly like this
// (whitespace aside), PostgreSQL answers it in one statement that builds
// the JSON (db.ExecutiveJSON), instead of the graph resolving some 6,000
// fields one by one. Its answer is the same as the graph's; a test holds
// the two side by side for every demo viewer.
const ExecutiveDocument = `query Executive($year: Int!) {
  agreements(year: $year, role: PRINCIPAL, first: 50) {
    totalCount
    nodes {
      id status version
      orgUnit { id code name }
      items {
        id position title weightPercent
        goal {
          id title
          kpis(first: 10) { nodes { id name unit values(fromYear: $year, toYear: $year) { year quarter month plan actual } } }
        }
      }
    }
  }
}`

// hotView answers one known document, or says it cannot (ok false), in
// which case the graph answers it as any other document.
type hotView func(ctx context.Context, r *Resolver, vars map[string]any) (data []byte, ok bool, err error)

// hotViews maps a normalised document to its hot view.
var hotViews = map[string]hotView{
	normaliseDocument(ExecutiveDocument): executiveView,
}

// normaliseDocument folds runs of white space (and commas, which GraphQL
// ignores) into one space, so that indentation does not matter.
func normaliseDocument(doc string) string {
	return strings.Join(strings.FieldsFunc(doc, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == ','
	}), " ")
}

// answerHotViews runs after sign-in, parsing, validation and the guards:
// only a document that passed all of them and is a known hot view is
// answered from its one statement.
func (r *Resolver) answerHotViews(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	oc := graphql.GetOperationContext(ctx)
	view, found := hotViews[normaliseDocument(oc.RawQuery)]
	if !found || oc.Operation == nil || oc.Operation.Operation != "query" {
		return next(ctx)
	}
	data, ok, err := view(ctx, r, oc.Variables)
	if err != nil && !errors.Is(err, db.ErrNoHotPath) {
		return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{presentError(ctx, err)}})
	}
	if !ok {
		return next(ctx)
	}
	return graphql.OneShot(&graphql.Response{Data: data})
}

func executiveView(ctx context.Context, r *Resolver, vars map[string]any) ([]byte, bool, error) {
	year, ok := intVar(vars["year"])
	if !ok {
		return nil, false, nil
	}
	if err := r.checkYear(ctx, year); err != nil {
		return nil, false, nil // the graph answers with the proper error
	}
	v, err := loadersFrom(ctx).Viewer(ctx)
	if err != nil {
		return nil, false, err
	}
	role := model.AgreementRolePrincipal
	scope := agreementFilter(v, agreementArgs{Year: year, Role: &role})
	data, err := db.ExecutiveJSON(ctx, r.DB, scope, year, 50)
	return data, err == nil, err
}

// intVar reads an Int variable as gqlgen hands it over.
func intVar(v any) (int, bool) {
	switch n := v.(type) {
	case int:
		return n, true
	case int64:
		return int(n), true
	case float64:
		return int(n), n == float64(int(n))
	case json.Number:
		i, err := strconv.Atoi(string(n))
		return i, err == nil
	}
	return 0, false
}
