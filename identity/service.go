package identity

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"
	"gorm.io/gorm"

	"zielwerk/identity/demoidp"
)

// Service is the identity layer. It keeps no per-user state in the process:
// sessions live in the database, pending logins in a sealed cookie.
type Service struct {
	cfg      Config
	gdb      *gorm.DB
	demo     *demoidp.Server
	client   *http.Client
	jwks     *jwksLimiter
	provider *oidc.Provider
	oauth    oauth2.Config
	roleMap  map[string][]Role

	idVerifier  *oidc.IDTokenVerifier // ID tokens for our client
	atVerifier  *oidc.IDTokenVerifier // bearer access tokens for OIDC_AUDIENCE
	rawVerifier *oidc.IDTokenVerifier // signature/issuer/expiry only (BFF access token claims)
	endSession  string

	cookies *sealer // state cookie
	tokens  *sealer // tokens stored in session rows
}

// New connects to the configured issuer, or starts the demo provider when
// cfg.Issuer is empty and connects to that through the same code path.
func New(ctx context.Context, cfg Config, gdb *gorm.DB) (*Service, error) {
	if err := cfg.normalize(); err != nil {
		return nil, fmt.Errorf("identity config: %w", err)
	}
	s := &Service{cfg: cfg, gdb: gdb}
	s.roleMap, _ = parseRoleMap(cfg.RoleMap)
	if cfg.Demo() {
		publicHost := ""
		if u, err := url.Parse(cfg.PublicURL); err == nil {
			publicHost = u.Hostname()
		}
		d, err := demoidp.Start(demoidp.Config{
			Addr: cfg.DemoAddr, AllowRemote: cfg.DemoAllowRemote, PublicHost: publicHost,
			ClientID: cfg.ClientID, ClientSecret: cfg.ClientSecret,
			RedirectURIs:           []string{cfg.RedirectURL},
			PostLogoutRedirectURIs: []string{cfg.PublicURL + "/"},
			Audience:               cfg.Audience, Accounts: cfg.DemoAccounts, Directory: cfg.DemoDirectory,
		})
		if err != nil {
			return nil, err
		}
		s.demo = d
		s.cfg.Issuer = d.Issuer()
		slog.Warn("OIDC_ISSUER not set: running the embedded demo identity provider; anyone who reaches it can sign in as any demo person",
			"issuer", d.Issuer())
	}
	if err := s.connect(ctx); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

func (s *Service) connect(ctx context.Context) error {
	var err error
	if s.cookies, err = newSealer(s.cfg.ClientSecret, "state cookie"); err != nil {
		return err
	}
	if s.tokens, err = newSealer(s.cfg.ClientSecret, "session tokens"); err != nil {
		return err
	}
	s.jwks = &jwksLimiter{base: http.DefaultTransport, interval: s.cfg.JWKSMinInterval}
	s.client = &http.Client{Transport: s.jwks, Timeout: 15 * time.Second}
	s.provider, err = oidc.NewProvider(oidc.ClientContext(ctx, s.client), s.cfg.Issuer)
	if err != nil {
		return fmt.Errorf("identity: OIDC discovery for %s: %w", s.cfg.Issuer, err)
	}
	var meta struct {
		JWKS       string `json:"jwks_uri"`
		EndSession string `json:"end_session_endpoint"`
	}
	if err := s.provider.Claims(&meta); err != nil {
		return err
	}
	s.jwks.setURL(meta.JWKS)
	s.endSession = meta.EndSession
	s.oauth = oauth2.Config{
		ClientID:     s.cfg.ClientID,
		ClientSecret: s.cfg.ClientSecret,
		Endpoint:     s.provider.Endpoint(),
		RedirectURL:  s.cfg.RedirectURL,
		Scopes:       strings.Fields(s.cfg.Scopes),
	}
	s.idVerifier = s.provider.Verifier(&oidc.Config{ClientID: s.cfg.ClientID})
	s.atVerifier = s.provider.Verifier(&oidc.Config{ClientID: s.cfg.Audience})
	s.rawVerifier = s.provider.Verifier(&oidc.Config{SkipClientIDCheck: true})
	slog.Info("identity ready", "issuer", s.cfg.Issuer, "client_id", s.cfg.ClientID, "audience", s.cfg.Audience,
		"roles_claim", s.cfg.RolesClaim, "user_claim", s.cfg.UserClaim, "demo", s.Demo())
	return nil
}

// Demo reports whether the embedded demo provider is in use.
func (s *Service) Demo() bool { return s.demo != nil }

// RoleMapping is the role configuration in force.
func (s *Service) RoleMapping() RoleMapping { return s.cfg.RoleMapping() }

// DemoIssuer is the demo provider's URL, empty in production.
func (s *Service) DemoIssuer() string {
	if s.demo == nil {
		return ""
	}
	return s.demo.Issuer()
}

// Close stops the demo provider, if any.
func (s *Service) Close() {
	if s.demo != nil {
		_ = s.demo.Close()
	}
}

// Routes registers /auth/login, /auth/callback and /auth/logout.
func (s *Service) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /auth/login", s.login)
	mux.HandleFunc("GET /auth/callback", s.callback)
	// Logout is a plain form POST from the SPA; Go's cross-origin check
	// (Sec-Fetch-Site / Origin) keeps other sites from logging users out.
	mux.Handle("POST /auth/logout", http.NewCrossOriginProtection().Handler(http.HandlerFunc(s.logout)))
}

// ctx adds the HTTP client (with the JWKS limiter) for go-oidc and oauth2.
func (s *Service) ctx(ctx context.Context) context.Context {
	return oidc.ClientContext(ctx, s.client)
}
