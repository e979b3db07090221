package graph

import (
	"bytes"
	"errors"
	"io"
	"net/http"

	"zielwerk/apperr"
)

var (
	errRequestTooLarge = apperr.New(apperr.RequestTooLarge, "request.tooLarge",
		"Die Anfrage ist zu groß (höchstens %d KiB).", "The request is too large (at most %d KiB).", MaxBodyBytes>>10)
	errUnreadableBody = apperr.New(apperr.BadUserInput, "request.unreadable",
		"Die Anfrage konnte nicht gelesen werden.", "The request could not be read.")
)

// limitBody reads the body, at most MaxBodyBytes, before gqlgen sees the
// request, and answers a larger one with 413 and a GraphQL-shaped error.
// gqlgen reads the body itself and would answer a cut-off read with 200;
// reading it here first costs one copy of an accepted body.
func limitBody(onRefused func(string), next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > MaxBodyBytes {
			onRefused("body")
			apperr.WriteHTTP(w, http.StatusRequestEntityTooLarge, errRequestTooLarge, 0)
			return
		}
		buf := bytes.NewBuffer(make([]byte, 0, max(r.ContentLength, 512)))
		if _, err := buf.ReadFrom(http.MaxBytesReader(w, r.Body, MaxBodyBytes)); err != nil {
			if _, tooLarge := errors.AsType[*http.MaxBytesError](err); tooLarge {
				onRefused("body")
				apperr.WriteHTTP(w, http.StatusRequestEntityTooLarge, errRequestTooLarge, 0)
				return
			}
			apperr.WriteHTTP(w, http.StatusBadRequest, errUnreadableBody, 0)
			return
		}
		r.Body = io.NopCloser(buf)
		next.ServeHTTP(w, r)
	})
}
