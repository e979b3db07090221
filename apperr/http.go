package apperr

import (
	"encoding/json"
	"net/http"
	"strconv"
)

// Extensions are the extensions of a GraphQL error for e, the shape every
// client-facing error has.
func (e *Error) Extensions() map[string]any {
	ext := map[string]any{"code": e.Code, "key": e.Key, "messageDe": e.De, "messageEn": e.En}
	if e.Field != "" {
		ext["field"] = e.Field
	}
	return ext
}

// WriteHTTP answers a plain HTTP request with e in the GraphQL error shape
// that the web app already parses. retryAfter > 0 sets Retry-After (in
// seconds), which 503 answers carry.
func WriteHTTP(w http.ResponseWriter, status int, e *Error, retryAfter int) {
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Cache-Control", "no-store")
	if retryAfter > 0 {
		h.Set("Retry-After", strconv.Itoa(retryAfter))
	}
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"errors": []any{map[string]any{"message": e.En, "extensions": e.Extensions()}},
	})
}
