package graph

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"sync/atomic"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"golang.org/x/text/language"

	"zielwerk/apperr"
	"zielwerk/db"
)

// MaxErrors is the most entries the errors of one answer hold. Past it the
// answer keeps the first MaxErrors-1 and ends with one entry saying how
// many were left out: a document of conflicting fields once answered with
// 174,000 errors in 51 MB.
const MaxErrors = 50

// presentError shows client-facing errors with their code and message
// keys, keeps gqlgen's own parse and validation errors, and replaces
// everything else by a bare internal error (logged, never shown). Past
// MaxErrors in one request it only marks the error as left out, so a flood
// of errors is neither presented nor logged one by one.
func presentError(ctx context.Context, err error) *gqlerror.Error {
	if t, ok := ctx.Value(errorTallyKey{}).(*atomic.Int64); ok && t.Add(1) > MaxErrors {
		return &gqlerror.Error{Message: "left out", Rule: leftOut}
	}
	out := graphql.DefaultErrorPresenter(ctx, err)
	de := prefersGerman(ctx)
	if e, ok := apperr.As(err); ok {
		out.Message = pick(de, e.De, e.En)
		out.Extensions = e.Extensions()
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
		return &gqlerror.Error{Message: pick(de, apperr.ErrUnavailable.De, apperr.ErrUnavailable.En), Path: out.Path,
			Extensions: apperr.ErrUnavailable.Extensions()}
	}
	slog.ErrorContext(ctx, "request failed", "err", err, "path", out.Path.String())
	return &gqlerror.Error{Message: pick(de, "Interner Fehler.", "internal error"), Path: out.Path,
		Extensions: map[string]any{"code": apperr.Internal, "key": "internal",
			"messageDe": "Interner Fehler. Bitte versuchen Sie es später erneut.",
			"messageEn": "Internal error. Please try again later."}}
}

// clientError carries e through gqlgen steps that want a *gqlerror.Error;
// presentError then gives it its full extensions.
func clientError(e *apperr.Error) *gqlerror.Error {
	return &gqlerror.Error{Message: e.En, Err: e, Extensions: map[string]any{"code": string(e.Code)}}
}

// leftOut marks, in gqlerror.Error.Rule (never sent), an error that
// presentError counted past MaxErrors.
const leftOut = "zielwerk.leftOut"

type errorTallyKey struct{}

// withErrorTally gives each request the counter presentError counts on.
func withErrorTally(ctx context.Context) context.Context {
	return context.WithValue(ctx, errorTallyKey{}, new(atomic.Int64))
}

// capErrors cuts the errors of an answer, validation or execution, to
// MaxErrors entries, the last one saying how many were left out.
func capErrors(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	if resp == nil {
		return nil
	}
	marked := false
	for _, e := range resp.Errors {
		if e.Rule == leftOut {
			marked = true
			break
		}
	}
	if !marked && len(resp.Errors) <= MaxErrors {
		return resp
	}
	kept := make(gqlerror.List, 0, MaxErrors)
	for _, e := range resp.Errors {
		if e.Rule != leftOut && len(kept) < MaxErrors-1 {
			kept = append(kept, e)
		}
	}
	n := len(resp.Errors) - len(kept)
	e := apperr.New(apperr.ErrorsTruncated, "errors.truncated",
		"Weitere %d Fehler wurden ausgelassen.", "%d more errors were left out.", n)
	resp.Errors = append(kept, &gqlerror.Error{Message: e.En, Extensions: e.Extensions()})
	return resp
}

type langKey struct{}

// withLanguage keeps the request's Accept-Language: the top-level error
// message follows it, German when it prefers German to English (English
// without the header, for API clients; every message also carries
// messageDe and messageEn). It is parsed only when an error is presented
// (prefersGerman), so a request without errors pays nothing for it.
func withLanguage(r *http.Request) *http.Request {
	h := r.Header.Get("Accept-Language")
	if h == "" {
		return r
	}
	return r.WithContext(context.WithValue(r.Context(), langKey{}, h))
}

var languageMatcher = language.NewMatcher([]language.Tag{language.German, language.English})

func prefersGerman(ctx context.Context) bool {
	h, _ := ctx.Value(langKey{}).(string)
	if h == "" {
		return false
	}
	tags, _, err := language.ParseAcceptLanguage(h)
	if err != nil || len(tags) == 0 {
		return false
	}
	_, i, _ := languageMatcher.Match(tags...)
	return i == 0
}

func pick(de bool, german, english string) string {
	if de {
		return german
	}
	return english
}
