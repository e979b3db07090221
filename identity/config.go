package identity

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"flag"
	"fmt"
	"net/url"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"zielwerk/identity/demoidp"
)

// Config is the identity configuration. ConfigFromEnv reads it from the
// environment; RegisterFlags lets flags override it.
type Config struct {
	Issuer       string // OIDC_ISSUER; empty starts the demo provider
	ClientID     string // OIDC_CLIENT_ID
	ClientSecret string // OIDC_CLIENT_SECRET
	Audience     string // OIDC_AUDIENCE for bearer tokens; defaults to ClientID
	RolesClaim   string // OIDC_ROLES_CLAIM, a dotted claim path
	RoleMap      string // OIDC_ROLE_MAP, "idp-value=ROLE,..."
	UserClaim    string // OIDC_USER_CLAIM, matched against persons.email
	Scopes       string // OIDC_SCOPES, space separated
	PublicURL    string // PUBLIC_URL, Zielwerk's external base URL
	RedirectURL  string // OIDC_REDIRECT_URL; defaults to PublicURL + /auth/callback

	IdleTimeout   time.Duration // SESSION_IDLE_TIMEOUT
	MaxAge        time.Duration // SESSION_MAX_AGE
	AutoProvision bool          // OIDC_AUTO_PROVISION
	// BootstrapAdmins are the first administrators (BOOTSTRAP_ADMINS,
	// comma-separated e-mail addresses, compared without case): signing in
	// with a verified one of them creates the person if missing and grants
	// ADMIN, audited once. Removing an address takes ADMIN away again.
	BootstrapAdmins []string

	DemoAddr        string // DEMO_IDP_ADDR
	DemoAllowRemote bool   // DEMO_IDP_ALLOW_REMOTE
	// DemoAccounts are offered on the demo login page (e.g. demo.DemoAccounts()).
	DemoAccounts []demoidp.Account
	// DemoDirectory, if set, offers further people on the demo login page,
	// read at every visit (an instance that starts empty and imports its
	// people: they can sign in once imported).
	DemoDirectory func(context.Context) ([]demoidp.Account, error)

	// JWKSMinInterval is the least time between two JWKS fetches, so tokens
	// with made-up key ids cannot make Zielwerk hammer the IdP. Default 1 min.
	JWKSMinInterval time.Duration

	errs []error // unparsable environment values, reported by New
}

// ConfigFromEnv reads the environment (see identity/README.md).
func ConfigFromEnv() Config {
	var c Config
	env := func(k, def string) string {
		if v, ok := os.LookupEnv(k); ok && v != "" {
			return v
		}
		return def
	}
	dur := func(k string, def time.Duration) time.Duration {
		v := env(k, "")
		if v == "" {
			return def
		}
		d, err := time.ParseDuration(v)
		if err != nil {
			c.errs = append(c.errs, fmt.Errorf("%s: %w", k, err))
			return def
		}
		return d
	}
	boolean := func(k string) bool {
		v := env(k, "")
		if v == "" {
			return false
		}
		b, err := strconv.ParseBool(v)
		if err != nil {
			c.errs = append(c.errs, fmt.Errorf("%s: %w", k, err))
		}
		return b
	}
	c.Issuer = env("OIDC_ISSUER", "")
	c.ClientID = env("OIDC_CLIENT_ID", "")
	c.ClientSecret = env("OIDC_CLIENT_SECRET", "")
	c.Audience = env("OIDC_AUDIENCE", "")
	c.RolesClaim = env("OIDC_ROLES_CLAIM", "roles")
	c.RoleMap = env("OIDC_ROLE_MAP", "")
	c.UserClaim = env("OIDC_USER_CLAIM", "email")
	c.Scopes = env("OIDC_SCOPES", "openid profile email offline_access")
	c.PublicURL = env("PUBLIC_URL", "") // empty: the server derives it from its listen address
	c.RedirectURL = env("OIDC_REDIRECT_URL", "")
	c.IdleTimeout = dur("SESSION_IDLE_TIMEOUT", 30*time.Minute)
	c.MaxAge = dur("SESSION_MAX_AGE", 10*time.Hour)
	c.AutoProvision = boolean("OIDC_AUTO_PROVISION")
	c.BootstrapAdmins = emailList(env("BOOTSTRAP_ADMINS", ""))
	c.DemoAddr = env("DEMO_IDP_ADDR", "127.0.0.1:8081")
	c.DemoAllowRemote = boolean("DEMO_IDP_ALLOW_REMOTE")
	return c
}

// RegisterFlags adds one flag per setting, defaulting to the current values
// (so: defaults < environment < flags). public-url is only registered if the
// caller has not defined it already.
func (c *Config) RegisterFlags(fs *flag.FlagSet) {
	fs.StringVar(&c.Issuer, "oidc-issuer", c.Issuer, "OIDC issuer URL (OIDC_ISSUER); empty starts the demo IdP")
	fs.StringVar(&c.ClientID, "oidc-client-id", c.ClientID, "OIDC client id (OIDC_CLIENT_ID)")
	fs.StringVar(&c.ClientSecret, "oidc-client-secret", c.ClientSecret, "OIDC client secret (OIDC_CLIENT_SECRET); prefer the env var")
	fs.StringVar(&c.Audience, "oidc-audience", c.Audience, "required aud of bearer tokens (OIDC_AUDIENCE); default: client id")
	fs.StringVar(&c.RolesClaim, "oidc-roles-claim", c.RolesClaim, "claim path holding roles/groups (OIDC_ROLES_CLAIM)")
	fs.StringVar(&c.RoleMap, "oidc-role-map", c.RoleMap, "IdP value to Zielwerk role, e.g. grp-ob=OB,grp-hr=HR (OIDC_ROLE_MAP)")
	fs.StringVar(&c.UserClaim, "oidc-user-claim", c.UserClaim, "claim matched against persons.email (OIDC_USER_CLAIM)")
	fs.StringVar(&c.Scopes, "oidc-scopes", c.Scopes, "scopes requested at sign-in (OIDC_SCOPES)")
	if fs.Lookup("public-url") == nil {
		fs.StringVar(&c.PublicURL, "public-url", c.PublicURL, "external base URL of Zielwerk (PUBLIC_URL)")
	}
	fs.StringVar(&c.RedirectURL, "oidc-redirect-url", c.RedirectURL, "OIDC redirect URL (OIDC_REDIRECT_URL); default: PUBLIC_URL/auth/callback")
	fs.DurationVar(&c.IdleTimeout, "session-idle-timeout", c.IdleTimeout, "sign out after this much inactivity (SESSION_IDLE_TIMEOUT)")
	fs.DurationVar(&c.MaxAge, "session-max-age", c.MaxAge, "absolute session lifetime (SESSION_MAX_AGE)")
	fs.BoolVar(&c.AutoProvision, "oidc-auto-provision", c.AutoProvision, "create unknown people on first sign-in (OIDC_AUTO_PROVISION)")
	fs.StringVar(&c.DemoAddr, "demo-idp-addr", c.DemoAddr, "listen address of the demo IdP (DEMO_IDP_ADDR)")
	fs.BoolVar(&c.DemoAllowRemote, "demo-idp-allow-remote", c.DemoAllowRemote, "let the demo IdP listen on a non-loopback address (DEMO_IDP_ALLOW_REMOTE)")
}

// emailList splits "a@x.de, B@x.de" into lower-case addresses.
func emailList(s string) []string {
	var out []string
	for _, e := range strings.Split(s, ",") {
		if e = strings.ToLower(strings.TrimSpace(e)); e != "" {
			out = append(out, e)
		}
	}
	return out
}

// Demo reports whether this configuration runs the demo provider.
func (c *Config) Demo() bool { return c.Issuer == "" }

// normalize fills defaults and checks the configuration.
func (c *Config) normalize() error {
	errs := slices.Clone(c.errs)
	if c.RolesClaim == "" {
		c.RolesClaim = "roles"
	}
	if c.UserClaim == "" {
		c.UserClaim = "email"
	}
	if c.Scopes == "" {
		c.Scopes = "openid profile email offline_access"
	}
	if !slices.Contains(strings.Fields(c.Scopes), "openid") {
		c.Scopes = "openid " + c.Scopes
	}
	if c.PublicURL == "" {
		c.PublicURL = "http://localhost:8080"
	}
	c.PublicURL = strings.TrimRight(c.PublicURL, "/")
	if u, err := url.Parse(c.PublicURL); err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		errs = append(errs, fmt.Errorf("PUBLIC_URL %q is not an http(s) URL", c.PublicURL))
	}
	if c.RedirectURL == "" {
		c.RedirectURL = c.PublicURL + "/auth/callback"
	}
	if c.IdleTimeout == 0 {
		c.IdleTimeout = 30 * time.Minute
	}
	if c.MaxAge == 0 {
		c.MaxAge = 10 * time.Hour
	}
	if c.IdleTimeout < 0 || c.MaxAge < 0 || c.IdleTimeout > c.MaxAge {
		errs = append(errs, errors.New("SESSION_IDLE_TIMEOUT must be positive and at most SESSION_MAX_AGE"))
	}
	if c.JWKSMinInterval <= 0 {
		c.JWKSMinInterval = time.Minute
	}
	if c.Demo() {
		if c.ClientID == "" {
			c.ClientID = "zielwerk"
		}
		if c.ClientSecret == "" {
			b := make([]byte, 32)
			_, _ = rand.Read(b)
			c.ClientSecret = base64.RawURLEncoding.EncodeToString(b)
		}
		if c.DemoAddr == "" {
			c.DemoAddr = "127.0.0.1:8081"
		}
		if !c.DemoAllowRemote && !demoidp.IsLoopback(c.DemoAddr) {
			errs = append(errs, fmt.Errorf("DEMO_IDP_ADDR %q is not a loopback address; set DEMO_IDP_ALLOW_REMOTE=true to allow it", c.DemoAddr))
		}
		// The demo provider issues Zielwerk role names in "roles".
		c.RolesClaim, c.RoleMap = "roles", ""
	} else {
		if c.ClientID == "" || c.ClientSecret == "" {
			errs = append(errs, errors.New("OIDC_ISSUER is set: OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are required"))
		}
	}
	if c.Audience == "" {
		c.Audience = c.ClientID
	}
	if _, err := parseRoleMap(c.RoleMap); err != nil {
		errs = append(errs, err)
	}
	for _, e := range c.BootstrapAdmins {
		if !strings.Contains(e, "@") {
			errs = append(errs, fmt.Errorf("BOOTSTRAP_ADMINS: %q is not an e-mail address", e))
		}
	}
	return errors.Join(errs...)
}

// parseRoleMap reads "a=OB,b=HR". An empty map means claim values that are
// Zielwerk role names are taken as they are.
func parseRoleMap(s string) (map[string][]Role, error) {
	m := map[string][]Role{}
	if strings.TrimSpace(s) == "" {
		for _, r := range AllRoles {
			m[string(r)] = []Role{r}
		}
		return m, nil
	}
	for _, pair := range strings.Split(s, ",") {
		pair = strings.TrimSpace(pair)
		if pair == "" {
			continue
		}
		from, to, ok := strings.Cut(pair, "=")
		from, to = strings.TrimSpace(from), strings.TrimSpace(to)
		if !ok || from == "" || !slices.Contains(AllRoles, Role(to)) {
			return nil, fmt.Errorf("OIDC_ROLE_MAP: %q is not value=ROLE with ROLE one of %v", pair, AllRoles)
		}
		m[from] = append(m[from], Role(to))
	}
	return m, nil
}

// RoleMapping is the role configuration in force, to show to ADMIN.
type RoleMapping struct {
	Claim           string
	Entries         []RoleMapEntry // by value; empty: role names as they are
	BootstrapAdmins []string
}

// RoleMapEntry is one value of the roles claim and the roles it gives.
type RoleMapEntry struct {
	Value string
	Roles []Role
}

// RoleMapping reads the role configuration of c (after normalize).
func (c *Config) RoleMapping() RoleMapping {
	m := RoleMapping{Claim: c.RolesClaim, BootstrapAdmins: append([]string{}, c.BootstrapAdmins...)}
	if strings.TrimSpace(c.RoleMap) == "" {
		return m
	}
	parsed, _ := parseRoleMap(c.RoleMap)
	for value, roles := range parsed {
		m.Entries = append(m.Entries, RoleMapEntry{Value: value, Roles: roles})
	}
	sort.Slice(m.Entries, func(i, j int) bool { return m.Entries[i].Value < m.Entries[j].Value })
	return m
}
