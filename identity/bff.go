package identity

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"html/template"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"

	"zielwerk/clock"
)

// pendingLogin travels sealed in the state cookie between /auth/login and
// /auth/callback, so any replica can finish a login another one started.
type pendingLogin struct {
	State    string `json:"s"`
	Nonce    string `json:"n"`
	Verifier string `json:"v"`
	Return   string `json:"r"`
	Expires  int64  `json:"e"`
}

const loginTTL = 10 * time.Minute

// safeReturn accepts only a same-site absolute path ("/x?y"), never "//host"
// or "/\host" which browsers treat as another origin.
func safeReturn(s string) string {
	if s == "" || len(s) > 1024 || s[0] != '/' || strings.HasPrefix(s, "//") || strings.HasPrefix(s, "/\\") ||
		strings.ContainsAny(s, "\r\n\t\x00") {
		return "/"
	}
	u, err := url.Parse(s)
	if err != nil || u.Scheme != "" || u.Host != "" || u.User != nil {
		return "/"
	}
	return s
}

func (s *Service) sealPending(p pendingLogin) string {
	b, _ := json.Marshal(p)
	return s.cookies.seal(b, authCookie)
}

func (s *Service) openPending(ctx context.Context, v string) (pendingLogin, bool) {
	var p pendingLogin
	b, err := s.cookies.open(v, authCookie)
	if err != nil || json.Unmarshal(b, &p) != nil || clock.Now(ctx).Unix() > p.Expires {
		return p, false
	}
	return p, p.State != "" && p.Nonce != "" && p.Verifier != ""
}

// login starts the authorization code flow with PKCE S256, state and nonce.
// A request that reached Zielwerk under another local name than
// PUBLIC_URL's (127.0.0.1 for localhost) is first sent to PUBLIC_URL, so
// the login cookie and the callback meet on one host.
func (s *Service) login(w http.ResponseWriter, r *http.Request) {
	if u := s.publicLoginURL(r); u != "" {
		http.Redirect(w, r, u, http.StatusFound)
		return
	}
	p := pendingLogin{
		State: randomToken(), Nonce: randomToken(), Verifier: oauth2.GenerateVerifier(),
		Return: safeReturn(r.URL.Query().Get("return")), Expires: clock.Now(r.Context()).Add(loginTTL).Unix(),
	}
	setCookie(w, authCookie, s.sealPending(p), http.SameSiteLaxMode, int(loginTTL.Seconds()))
	w.Header().Set("Cache-Control", "no-store")
	http.Redirect(w, r, s.oauth.AuthCodeURL(p.State, oidc.Nonce(p.Nonce), oauth2.S256ChallengeOption(p.Verifier)), http.StatusFound)
}

// callback finishes the flow: state, code exchange with the PKCE verifier,
// ID token (signature, issuer, audience, expiry, nonce, at_hash), then a
// server-side session. Every failure ends in a small error page.
func (s *Service) callback(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	clearCookie(w, authCookie, http.SameSiteLaxMode) // one attempt per pending login
	w.Header().Set("Cache-Control", "no-store")
	c, err := r.Cookie(authCookie)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, "no pending login", "Die Anmeldung ist abgelaufen oder wurde in einem anderen Fenster begonnen.")
		return
	}
	p, ok := s.openPending(r.Context(), c.Value)
	if !ok {
		s.fail(w, r, http.StatusBadRequest, "pending login invalid or expired", "Die Anmeldung ist abgelaufen.")
		return
	}
	q := r.URL.Query()
	if e := q.Get("error"); e != "" {
		s.fail(w, r, http.StatusUnauthorized, "IdP returned error "+e, "Der Identitätsanbieter hat die Anmeldung abgelehnt.")
		return
	}
	if subtle.ConstantTimeCompare([]byte(q.Get("state")), []byte(p.State)) != 1 {
		s.fail(w, r, http.StatusBadRequest, "state mismatch", "Die Anmeldung passt nicht zu dieser Sitzung.")
		return
	}
	tok, err := s.oauth.Exchange(s.ctx(ctx), q.Get("code"), oauth2.VerifierOption(p.Verifier))
	if err != nil {
		s.fail(w, r, http.StatusUnauthorized, "code exchange failed: "+errText(err), "Die Anmeldung konnte nicht abgeschlossen werden.")
		return
	}
	rawID, _ := tok.Extra("id_token").(string)
	if rawID == "" {
		s.fail(w, r, http.StatusUnauthorized, "no id_token in token response", "Die Anmeldung konnte nicht abgeschlossen werden.")
		return
	}
	idt, err := s.idVerifier.Verify(s.ctx(ctx), rawID)
	if err != nil {
		s.fail(w, r, http.StatusUnauthorized, "id token invalid: "+errText(err), "Die Anmeldung konnte nicht abgeschlossen werden.")
		return
	}
	if subtle.ConstantTimeCompare([]byte(idt.Nonce), []byte(p.Nonce)) != 1 {
		s.fail(w, r, http.StatusUnauthorized, "nonce mismatch", "Die Anmeldung konnte nicht abgeschlossen werden.")
		return
	}
	if idt.AccessTokenHash != "" {
		if err := idt.VerifyAccessToken(tok.AccessToken); err != nil {
			s.fail(w, r, http.StatusUnauthorized, "at_hash mismatch", "Die Anmeldung konnte nicht abgeschlossen werden.")
			return
		}
	}
	var idClaims map[string]any
	if err := idt.Claims(&idClaims); err != nil {
		s.fail(w, r, http.StatusUnauthorized, "id token claims: "+err.Error(), "Die Anmeldung konnte nicht abgeschlossen werden.")
		return
	}
	id := s.identityFrom(idClaims, s.accessTokenClaims(ctx, tok.AccessToken))
	pid, name, err := s.resolve(ctx, id)
	if err != nil {
		slog.ErrorContext(ctx, "identity: directory lookup at sign-in", "err", err)
		s.fail(w, r, http.StatusInternalServerError, "directory lookup failed", "Interner Fehler bei der Anmeldung.")
		return
	}
	if pid == 0 {
		slog.InfoContext(ctx, "identity: signed in but not in the directory", "subject", id.Subject)
		name = id.Name
	}
	// A fresh token on every sign-in; an older session of this browser ends.
	if old, err := r.Cookie(SessionCookie); err == nil && old.Value != "" {
		s.deleteSession(ctx, hashToken(old.Value))
	}
	token, err := s.createSession(ctx, id, pid, name, rawID, tok)
	if err != nil {
		slog.ErrorContext(ctx, "identity: creating session", "err", err)
		s.fail(w, r, http.StatusInternalServerError, "session store failed", "Interner Fehler bei der Anmeldung.")
		return
	}
	setCookie(w, SessionCookie, token, http.SameSiteStrictMode, 0)
	http.Redirect(w, r, p.Return, http.StatusSeeOther)
}

// logout ends the session server-side and, where the IdP offers
// end_session_endpoint, continues with RP-initiated logout there. A fetch
// from the SPA (X-Zielwerk-CSRF header) gets {"redirect": url} as JSON; a
// form post gets a 303.
func (s *Service) logout(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	target := s.cfg.PublicURL + "/"
	if c, err := r.Cookie(SessionCookie); err == nil && len(c.Value) == 43 {
		var idToken string
		if sess, ok := s.loadRaw(ctx, hashToken(c.Value)); ok {
			if b, err := s.tokens.open(sess.IDToken, "idt:"+sess.ID); err == nil {
				idToken = string(b)
			}
			s.deleteSession(ctx, sess.ID)
			if s.endSession != "" {
				v := url.Values{"client_id": {s.cfg.ClientID}, "post_logout_redirect_uri": {s.cfg.PublicURL + "/"}}
				if idToken != "" {
					v.Set("id_token_hint", idToken)
				}
				target = s.endSession + sep(s.endSession) + v.Encode()
			}
		}
	}
	clearCookie(w, SessionCookie, http.SameSiteStrictMode)
	w.Header().Set("Cache-Control", "no-store")
	if r.Header.Get(CSRFHeader) != "" {
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]string{"redirect": target})
		return
	}
	http.Redirect(w, r, target, http.StatusSeeOther)
}

func sep(u string) string {
	if strings.Contains(u, "?") {
		return "&"
	}
	return "?"
}

// errText shortens library errors for the log; they never contain tokens,
// but token endpoint bodies can be long.
func errText(err error) string {
	s := err.Error()
	if len(s) > 300 {
		s = s[:300] + "…"
	}
	return s
}

var failTmpl = template.Must(template.New("fail").Parse(`<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Anmeldung fehlgeschlagen</title></head>
<body><h1>Anmeldung fehlgeschlagen</h1><p>{{.}}</p><p><a href="/auth/login">Erneut anmelden</a></p></body></html>`))

func (s *Service) fail(w http.ResponseWriter, r *http.Request, status int, reason, msg string) {
	slog.WarnContext(r.Context(), "identity: sign-in refused", "reason", reason, "status", status)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_ = failTmpl.Execute(w, msg)
}

// publicLoginURL is the login URL on PUBLIC_URL's host when r came to
// another loopback name of this machine; "" when r is on the right host
// or not on a loopback name (behind a proxy the request's host may differ
// from PUBLIC_URL for good reasons, and redirecting could loop).
func (s *Service) publicLoginURL(r *http.Request) string {
	pub, err := url.Parse(s.cfg.PublicURL)
	if err != nil || pub.Host == "" || strings.EqualFold(r.Host, pub.Host) || !isLoopbackHost(r.Host) {
		return ""
	}
	u := *pub
	u.Path = strings.TrimSuffix(pub.Path, "/") + "/auth/login"
	u.RawQuery = r.URL.RawQuery
	return u.String()
}

func isLoopbackHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}
