// Package apperr holds the errors a client may see: a stable code for
// extensions.code (DESIGN.md §3 rule 4), a message key the UI translates,
// and the message in German and English. Anything else is internal and is
// never shown to a client.
package apperr

import (
	"errors"
	"fmt"
)

type Code string

const (
	Unauthenticated Code = "UNAUTHENTICATED"
	Forbidden       Code = "FORBIDDEN"
	NotFound        Code = "NOT_FOUND"
	BadUserInput    Code = "BAD_USER_INPUT"
	Conflict        Code = "CONFLICT"
	Internal        Code = "INTERNAL_SERVER_ERROR"
	// Unavailable: the database could not answer in time, or the instance
	// is at its limit of requests in flight. Retrying later helps.
	Unavailable Code = "SERVICE_UNAVAILABLE"

	// Refusals of the serving path: the request is too big or too costly
	// to be worked on at all; nothing was read or written.
	QueryTooComplex Code = "QUERY_TOO_COMPLEX"         // the document breaks a limit checked before validation
	ComplexityLimit Code = "COMPLEXITY_LIMIT_EXCEEDED" // the validated operation costs too much (gqlgen's code)
	RequestTooLarge Code = "REQUEST_TOO_LARGE"         // the HTTP body is too large (HTTP 413)
	ErrorsTruncated Code = "ERRORS_TRUNCATED"          // the last entry of an answer whose errors were cut short
)

// Error is a client-facing error.
type Error struct {
	Code  Code
	Key   string // message key for the UI, e.g. "pagination.first"
	De    string
	En    string
	Field string // the input field at fault, if any
}

func (e *Error) Error() string { return e.En }

// New builds an error; de and en may carry fmt verbs filled from args.
func New(code Code, key, de, en string, args ...any) *Error {
	return &Error{Code: code, Key: key, De: fmt.Sprintf(de, args...), En: fmt.Sprintf(en, args...)}
}

// BadInput is a BAD_USER_INPUT error on an input field.
func BadInput(field, key, de, en string, args ...any) *Error {
	e := New(BadUserInput, key, de, en, args...)
	e.Field = field
	return e
}

// As returns the client-facing error inside err, if any.
func As(err error) (*Error, bool) {
	var e *Error
	ok := errors.As(err, &e)
	return e, ok
}

var (
	ErrUnauthenticated = New(Unauthenticated, "auth.required", "Bitte melden Sie sich an.", "Please sign in.")
	ErrNotRegistered   = New(Unauthenticated, "auth.notRegistered",
		"Ihr Konto ist in Zielwerk nicht registriert. Bitte wenden Sie sich an die Administration.",
		"Your account is not registered in Zielwerk. Please contact the administrators.")
	ErrForbidden = New(Forbidden, "access.forbidden", "Dafür fehlt Ihnen die Berechtigung.", "You are not allowed to do this.")
	ErrNotFound  = New(NotFound, "object.notFound", "Nicht gefunden.", "Not found.")
	ErrConflict  = New(Conflict, "object.conflict",
		"Der Datensatz wurde inzwischen geändert. Bitte laden Sie ihn neu.",
		"The record was changed in the meantime. Please reload it.")
)

var (
	ErrUnavailable = New(Unavailable, "service.unavailable",
		"Zielwerk ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Sekunden erneut.",
		"Zielwerk is unavailable right now. Please try again in a few seconds.")
	ErrOverloaded = New(Unavailable, "service.overloaded",
		"Zielwerk ist gerade ausgelastet. Bitte versuchen Sie es in einigen Sekunden erneut.",
		"Zielwerk is busy right now. Please try again in a few seconds.")
)
