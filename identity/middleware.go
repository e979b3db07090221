package identity

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"strings"

	"zielwerk/apperr"
)

// CSRFHeader must accompany every state-changing request that is
// authenticated by the session cookie. A cross-site form cannot set it, and
// a cross-site fetch that sets it needs a CORS preflight Zielwerk never
// grants.
const CSRFHeader = "X-Zielwerk-CSRF"

// Middleware resolves the session cookie or bearer token into a Principal
// (FromContext) and never rejects a request by itself, except that a
// present but invalid bearer token gets 401 (a client with a broken token
// should hear so instead of silently seeing public data). A valid identity
// that is not in the directory leaves the Principal nil and sets
// NotRegistered. An invalid token costs no database query.
func (s *Service) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		var p *Principal
		notRegistered := false
		if raw, ok := bearerToken(r); ok {
			claims, err := s.verifyAccessToken(ctx, raw)
			if err != nil {
				slog.InfoContext(ctx, "identity: bearer token refused", "reason", errText(err))
				w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token"`)
				writeError(w, http.StatusUnauthorized, "invalid or expired bearer token", "UNAUTHENTICATED")
				return
			}
			id := s.identityFrom(claims)
			pid, name, err := s.resolve(ctx, id)
			switch {
			case err != nil:
				unavailable(w, r, "directory lookup", err)
				return
			case pid == 0:
				notRegistered = true
			default:
				p = &Principal{PersonID: pid, Subject: id.Subject, Name: name, Roles: id.Roles, Demo: s.Demo()}
			}
		} else if c, err := r.Cookie(SessionCookie); err == nil && c.Value != "" {
			var err error
			if p, notRegistered, err = s.sessionPrincipal(ctx, w, c.Value); err != nil {
				unavailable(w, r, "session lookup", err)
				return
			}
		}
		if p != nil {
			ctx = WithPrincipal(ctx, p)
		}
		if notRegistered {
			ctx = WithNotRegistered(ctx)
		}
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// unavailable answers a request whose identity could not be checked
// because the database failed: 503 with Retry-After. Answering
// UNAUTHENTICATED instead would send every signed-in user to the sign-in
// page during a database restart.
func unavailable(w http.ResponseWriter, r *http.Request, what string, err error) {
	slog.ErrorContext(r.Context(), "identity: "+what, "err", err)
	apperr.WriteHTTP(w, http.StatusServiceUnavailable, apperr.ErrUnavailable, 2)
}

// bearerToken returns the token of an "Authorization: Bearer" header. Other
// schemes are not ours to judge and are ignored.
func bearerToken(r *http.Request) (string, bool) {
	h := r.Header.Get("Authorization")
	if len(h) < 7 || !strings.EqualFold(h[:7], "bearer ") {
		return "", false
	}
	return strings.TrimSpace(h[7:]), true
}

// CSRF refuses state-changing requests that carry the session cookie but
// not the X-Zielwerk-CSRF header. Bearer requests are exempt: browsers
// never attach an Authorization header on their own. Put it in front of
// the GraphQL handler (after or before Middleware, it only reads headers).
func CSRF(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodGet, http.MethodHead, http.MethodOptions:
			next.ServeHTTP(w, r)
			return
		}
		if _, bearer := bearerToken(r); !bearer {
			if c, err := r.Cookie(SessionCookie); err == nil && c.Value != "" && r.Header.Get(CSRFHeader) != "1" {
				writeError(w, http.StatusForbidden, "missing "+CSRFHeader+" header", "FORBIDDEN")
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

// writeError answers in the GraphQL error shape the SPA already parses.
func writeError(w http.ResponseWriter, status int, msg, code string) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"errors": []any{map[string]any{"message": msg, "extensions": map[string]any{"code": code}}},
	})
}
