// Package demoidp is Zielwerk's embedded demo identity provider: a real
// OpenID provider (zitadel/oidc op: discovery, JWKS, authorization code with
// PKCE, refresh tokens, end_session) whose login page lets anyone pick a demo
// person without a password. It exists so that a zero-config start signs in
// through exactly the code path production uses. It listens on loopback only
// unless explicitly allowed, and the identity package never starts it when
// OIDC_ISSUER is set.
package demoidp

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/zitadel/oidc/v3/pkg/op"
	"golang.org/x/text/language"
)

// Account is one demo person offered on the login page. Roles are Zielwerk
// role names; they are issued as the "roles" claim.
type Account struct {
	Email, Name, Label string
	Roles              []string
}

// Config describes the demo provider and its one client.
type Config struct {
	Addr        string // listen address, e.g. 127.0.0.1:8081
	AllowRemote bool   // permit a non-loopback Addr
	// PublicHost replaces an unspecified listen host (0.0.0.0) in the issuer
	// URL; only used with AllowRemote.
	PublicHost             string
	ClientID, ClientSecret string
	RedirectURIs           []string
	PostLogoutRedirectURIs []string
	// Audience is added to the client id in the aud claim of issued tokens.
	Audience string
	Accounts []Account
	// Directory, if set, lists further people offered on the login page
	// (read at every visit, so people added later can sign in).
	Directory           func(context.Context) ([]Account, error)
	AccessTokenLifetime time.Duration // default 5 minutes
}

// Server is a running demo provider.
type Server struct {
	issuer    string
	srv       *http.Server
	provider  *op.Provider
	store     *storage
	accounts  []Account // in the caller's order, for the login page
	directory func(context.Context) ([]Account, error)
}

// Subject is the stable subject the demo provider issues for an email.
func Subject(email string) string {
	h := sha256.Sum256([]byte(strings.ToLower(strings.TrimSpace(email))))
	return "demo-" + hex.EncodeToString(h[:10])
}

// IsLoopback reports whether a listen address only accepts local connections.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Start listens on cfg.Addr and serves the provider until Close.
func Start(cfg Config) (*Server, error) {
	if cfg.ClientID == "" || cfg.ClientSecret == "" || len(cfg.RedirectURIs) == 0 {
		return nil, errors.New("demoidp: client id, secret and redirect URI are required")
	}
	if !cfg.AllowRemote && !IsLoopback(cfg.Addr) {
		return nil, fmt.Errorf("demoidp: refusing non-loopback address %q (set DEMO_IDP_ALLOW_REMOTE=true to allow)", cfg.Addr)
	}
	if cfg.AccessTokenLifetime <= 0 {
		cfg.AccessTokenLifetime = 5 * time.Minute
	}
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return nil, fmt.Errorf("demoidp: %w", err)
	}
	host, _, _ := net.SplitHostPort(cfg.Addr)
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
		host = cfg.PublicHost
		if host == "" {
			host = "localhost"
		}
	}
	issuer := "http://" + net.JoinHostPort(host, port)

	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		ln.Close()
		return nil, err
	}
	aud := []string{cfg.ClientID}
	if cfg.Audience != "" && cfg.Audience != cfg.ClientID {
		aud = append(aud, cfg.Audience)
	}
	st := &storage{
		client: &client{id: cfg.ClientID, secret: cfg.ClientSecret, redirects: cfg.RedirectURIs,
			postLogout: cfg.PostLogoutRedirectURIs, audience: aud},
		accounts: map[string]Account{},
		key:      key,
		keyID:    randomID()[:16],
		atTTL:    cfg.AccessTokenLifetime,
		requests: map[string]*authRequest{},
		codes:    map[string]string{},
		tokens:   map[string]*accessToken{},
		refresh:  map[string]*refreshToken{},
	}
	for _, a := range cfg.Accounts {
		st.accounts[Subject(a.Email)] = a
	}
	var cryptoKey [32]byte
	_, _ = rand.Read(cryptoKey[:])
	provider, err := op.NewProvider(&op.Config{
		CryptoKey:                cryptoKey,
		DefaultLogoutRedirectURI: "/logged-out",
		CodeMethodS256:           true,
		GrantTypeRefreshToken:    true,
		SupportedUILocales:       []language.Tag{language.German},
	}, st, op.StaticIssuer(issuer), op.WithAllowInsecure())
	if err != nil {
		ln.Close()
		return nil, err
	}
	s := &Server{issuer: issuer, provider: provider, store: st, accounts: cfg.Accounts, directory: cfg.Directory}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /login", s.loginPage)
	mux.HandleFunc("POST /login", s.loginSubmit)
	mux.HandleFunc("GET /favicon.svg", serveFavicon)
	mux.HandleFunc("GET /logged-out", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<!doctype html><html lang="de"><meta charset="utf-8"><title>Abgemeldet</title><h1>Abgemeldet</h1>`)
	})
	mux.Handle("/", provider)
	s.srv = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := s.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			slog.Error("demo IdP stopped", "err", err)
		}
	}()
	return s, nil
}

// Issuer is the provider's issuer URL (discovery lives below it).
func (s *Server) Issuer() string { return s.issuer }

// Close stops the listener.
func (s *Server) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	return s.srv.Shutdown(ctx)
}

// IssueAccessToken signs an access token for the account with the given
// audience, built exactly like the token endpoint builds one. For tests and
// for trying the API with curl against a demo instance.
func (s *Server) IssueAccessToken(email, audience string) (string, error) {
	sub := Subject(email)
	if _, ok := s.store.account(sub); !ok {
		return "", fmt.Errorf("demoidp: no account %q", email)
	}
	s.store.mu.Lock()
	t := s.store.newAccessToken(sub, s.store.client.id, []string{"openid", "profile", "email"})
	s.store.mu.Unlock()
	req := &tokenRequest{subject: sub, audience: []string{audience}, scopes: t.scopes}
	return op.CreateJWT(context.Background(), s.issuer, req, t.expires, t.id, s.store.client, s.store)
}

var loginTmpl = template.Must(template.New("login").Parse(`<!doctype html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Demo-Anmeldung</title>
<link rel="icon" type="image/svg+xml" href="/favicon.svg">
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}
button{font:inherit;padding:.3rem .8rem;margin-right:.5rem}li{margin:.4rem 0}.hint{color:#555}</style></head>
<body><h1>Demo-Anmeldung</h1>
<p class="hint">Eingebauter Demo-Identitätsanbieter von Zielwerk. Wählen Sie eine Person –
ohne Passwort. Nur für Vorführung und Tests; im Betrieb meldet man sich über den
Identitätsanbieter der Stadt an.</p>
{{if .Error}}<p role="alert"><strong>{{.Error}}</strong></p>{{end}}
<form method="post" action="/login">
<input type="hidden" name="authRequestID" value="{{.ID}}">
{{range .Groups}}<h2>{{.Title}}</h2><ul>
{{range .Accounts}}<li><button type="submit" name="email" value="{{.Email}}">{{.Name}}</button>{{.Label}}</li>
{{end}}</ul>{{end}}
</form></body></html>`))

var roleTitles = []struct{ role, title string }{
	{"OB", "Oberbürgermeister/in"},
	{"OB_OFFICE", "Büro der Oberbürgermeisterin / des Oberbürgermeisters"},
	{"LEADERSHIP", "Verwaltungsvorstand"},
	{"CONTROLLING", "Controlling"},
	{"HR", "Personal"},
	{"ADMIN", "Administration"},
	{"PAY_COMMISSION", "Paritätische Kommission (LOB)"},
}

type group struct {
	Title    string
	Accounts []Account
}

// groups lists the accounts under the title of their first role, in the
// order of roleTitles, then everyone without a (known) role, then the
// directory's people.
func (s *Server) groups(directory []Account) []group {
	var out []group
	known := map[string]bool{}
	for _, rt := range roleTitles {
		known[rt.role] = true
		g := group{Title: rt.title}
		for _, a := range s.accounts {
			if len(a.Roles) > 0 && a.Roles[0] == rt.role {
				g.Accounts = append(g.Accounts, a)
			}
		}
		if len(g.Accounts) > 0 {
			out = append(out, g)
		}
	}
	rest := group{Title: "Beschäftigte"}
	for _, a := range s.accounts {
		if len(a.Roles) == 0 || !known[a.Roles[0]] {
			rest.Accounts = append(rest.Accounts, a)
		}
	}
	if len(rest.Accounts) > 0 {
		out = append(out, rest)
	}
	if len(directory) > 0 {
		out = append(out, group{Title: "Aus dem Verzeichnis", Accounts: directory})
	}
	return out
}

func (s *Server) renderLogin(w http.ResponseWriter, r *http.Request, id, msg string, status int) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	// The login form redirects to Zielwerk's callback, another origin: browsers
	// apply form-action to that redirect too, so the callback's origin is allowed.
	w.Header().Set("Content-Security-Policy", "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; form-action 'self' "+s.redirectOrigins())
	w.Header().Set("X-Frame-Options", "DENY")
	w.WriteHeader(status)
	_ = loginTmpl.Execute(w, map[string]any{"ID": id, "Error": msg, "Groups": s.groups(s.directoryAccounts(r.Context()))})
}

// favicon is Zielwerk's icon (frontend/public/favicon.svg), so that the
// sign-in page has one and browsers do not log a failed /favicon.ico.
const favicon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" role="img" aria-label="Zielwerk">
  <rect width="32" height="32" rx="6" fill="#153a73"/>
  <circle cx="16" cy="16" r="11" fill="none" stroke="#fff" stroke-width="2.5"/>
  <circle cx="16" cy="16" r="6" fill="none" stroke="#fff" stroke-width="2.5"/>
  <circle cx="16" cy="16" r="2" fill="#f2b705"/>
</svg>
`

func serveFavicon(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "image/svg+xml")
	w.Header().Set("Cache-Control", "public, max-age=86400")
	fmt.Fprint(w, favicon)
}

// redirectOrigins lists the origins of the client's redirect URIs.
func (s *Server) redirectOrigins() string {
	var out []string
	for _, r := range s.store.client.redirects {
		if u, err := url.Parse(r); err == nil && u.Host != "" {
			out = append(out, u.Scheme+"://"+u.Host)
		}
	}
	return strings.Join(out, " ")
}

func (s *Server) loginPage(w http.ResponseWriter, r *http.Request) {
	s.renderLogin(w, r, r.URL.Query().Get("authRequestID"), "", http.StatusOK)
}

func (s *Server) loginSubmit(w http.ResponseWriter, r *http.Request) {
	id, email := r.PostFormValue("authRequestID"), r.PostFormValue("email")
	sub := Subject(email)
	if _, ok := s.store.account(sub); !ok {
		acc, found := s.fromDirectory(r.Context(), email)
		if !found {
			s.renderLogin(w, r, id, "Unbekannte Person.", http.StatusBadRequest)
			return
		}
		s.store.addAccount(acc)
	}
	if err := s.store.complete(id, sub); err != nil {
		s.renderLogin(w, r, id, "Die Anmeldung ist abgelaufen. Bitte in Zielwerk neu beginnen.", http.StatusBadRequest)
		return
	}
	ctx := op.ContextWithIssuer(r.Context(), s.issuer)
	http.Redirect(w, r, op.AuthCallbackURL(s.provider)(ctx, id), http.StatusFound)
}

// fromDirectory finds email among the directory's people.
func (s *Server) fromDirectory(ctx context.Context, email string) (Account, bool) {
	for _, a := range s.directoryAccounts(ctx) {
		if strings.EqualFold(a.Email, email) {
			return a, true
		}
	}
	return Account{}, false
}

// directoryAccounts lists the directory's people not configured already.
func (s *Server) directoryAccounts(ctx context.Context) []Account {
	if s.directory == nil {
		return nil
	}
	all, err := s.directory(ctx)
	if err != nil {
		return nil
	}
	var out []Account
	for _, a := range all {
		if !s.isConfigured(a.Email) {
			out = append(out, a)
		}
	}
	return out
}

func (s *Server) isConfigured(email string) bool {
	for _, a := range s.accounts {
		if strings.EqualFold(a.Email, email) {
			return true
		}
	}
	return false
}
