package identity

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	jose "github.com/go-jose/go-jose/v4"
	"gorm.io/gorm"

	"zielwerk/db"
	"zielwerk/identity/demoidp"
)

// testIssuer is a minimal OpenID provider for crafted tokens: discovery and
// a JWKS with a key the test controls. It counts JWKS fetches.
type testIssuer struct {
	srv      *httptest.Server
	key      *rsa.PrivateKey
	kid      string
	jwksHits atomic.Int64

	mu    sync.Mutex
	extra []jose.JSONWebKey
}

func newTestIssuer(t *testing.T) *testIssuer {
	t.Helper()
	ti := &testIssuer{key: newRSAKey(t), kid: "k1"}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /.well-known/openid-configuration", func(w http.ResponseWriter, r *http.Request) {
		u := ti.srv.URL
		json.NewEncoder(w).Encode(map[string]any{
			"issuer": u, "authorization_endpoint": u + "/authorize", "token_endpoint": u + "/token",
			"jwks_uri": u + "/keys", "id_token_signing_alg_values_supported": []string{"RS256"},
			"response_types_supported": []string{"code"}, "subject_types_supported": []string{"public"},
		})
	})
	mux.HandleFunc("GET /keys", func(w http.ResponseWriter, r *http.Request) {
		ti.jwksHits.Add(1)
		ti.mu.Lock()
		keys := append([]jose.JSONWebKey{{Key: &ti.key.PublicKey, KeyID: ti.kid, Algorithm: "RS256", Use: "sig"}}, ti.extra...)
		ti.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(jose.JSONWebKeySet{Keys: keys})
	})
	ti.srv = httptest.NewServer(mux)
	t.Cleanup(ti.srv.Close)
	return ti
}

func (ti *testIssuer) URL() string { return ti.srv.URL }

func (ti *testIssuer) addKey(k *rsa.PrivateKey, kid string) {
	ti.mu.Lock()
	defer ti.mu.Unlock()
	ti.extra = append(ti.extra, jose.JSONWebKey{Key: &k.PublicKey, KeyID: kid, Algorithm: "RS256", Use: "sig"})
}

var (
	keyOnce sync.Once
	keyPool []*rsa.PrivateKey
)

// newRSAKey hands out a few pre-generated keys; 2048-bit generation is slow.
func newRSAKey(t *testing.T) *rsa.PrivateKey {
	t.Helper()
	keyOnce.Do(func() {
		for range 4 {
			k, err := rsa.GenerateKey(rand.Reader, 2048)
			if err != nil {
				panic(err)
			}
			keyPool = append(keyPool, k)
		}
	})
	k := keyPool[0]
	keyPool = append(keyPool[1:], k)
	return k
}

// sign makes a compact JWS with the given key, alg, kid and typ header.
func sign(t *testing.T, key any, alg jose.SignatureAlgorithm, kid, typ string, claims map[string]any) string {
	t.Helper()
	opts := &jose.SignerOptions{}
	if typ != "" {
		opts = opts.WithType(jose.ContentType(typ))
	}
	sk := jose.SigningKey{Algorithm: alg, Key: key}
	if kid != "" {
		sk.Key = jose.JSONWebKey{Key: key, KeyID: kid}
	}
	signer, err := jose.NewSigner(sk, opts)
	if err != nil {
		t.Fatal(err)
	}
	payload, _ := json.Marshal(claims)
	jws, err := signer.Sign(payload)
	if err != nil {
		t.Fatal(err)
	}
	s, err := jws.CompactSerialize()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func b64(v any) string {
	b, _ := json.Marshal(v)
	return base64.RawURLEncoding.EncodeToString(b)
}

// accessClaims are valid access token claims for the test issuer.
func (ti *testIssuer) accessClaims(sub, email, aud string) map[string]any {
	now := time.Now()
	return map[string]any{
		"iss": ti.URL(), "sub": sub, "aud": aud, "azp": "reporting-tool", "email": email, "name": "Test " + sub,
		"iat": now.Unix(), "nbf": now.Unix(), "exp": now.Add(5 * time.Minute).Unix(), "scope": "openid email",
		"realm_access": map[string]any{"roles": []string{"grp-ob", "unmapped"}},
	}
}

func (ti *testIssuer) token(t *testing.T, claims map[string]any) string {
	return sign(t, ti.key, jose.RS256, ti.kid, "JWT", claims)
}

// newIssuerService is a production-mode Service against the test issuer.
func newIssuerService(t *testing.T, ti *testIssuer, gdb *gorm.DB, mutate func(*Config)) *Service {
	t.Helper()
	cfg := Config{
		Issuer: ti.URL(), ClientID: "zielwerk", ClientSecret: "test-secret", Audience: "zielwerk-api",
		RolesClaim: "realm_access.roles", RoleMap: "grp-ob=OB,grp-admin=ADMIN", PublicURL: "https://zielwerk.test",
	}
	if mutate != nil {
		mutate(&cfg)
	}
	s, err := New(context.Background(), cfg, gdb)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	return s
}

// whoami is what the test handler behind Middleware reports.
type whoami struct {
	Principal     *Principal
	NotRegistered bool
}

func whoamiHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(whoami{FromContext(r.Context()), NotRegistered(r.Context())})
	})
}

func decodeWhoami(t *testing.T, resp *http.Response) whoami {
	t.Helper()
	defer resp.Body.Close()
	var w whoami
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		t.Fatalf("whoami: %d %s", resp.StatusCode, b)
	}
	if err := json.Unmarshal(b, &w); err != nil {
		t.Fatalf("whoami: %v: %s", err, b)
	}
	return w
}

// app is a Zielwerk instance over TLS (the __Host- cookies are Secure).
type app struct {
	s   *Service
	ts  *httptest.Server
	gdb *gorm.DB
}

func (a *app) URL() string { return a.ts.URL }

// browser is an HTTP client with its own cookie jar.
func (a *app) browser(t *testing.T) *http.Client {
	jar, _ := cookiejar.New(nil)
	return &http.Client{Transport: a.ts.Client().Transport, Jar: jar, Timeout: 10 * time.Second}
}

var demoAccounts = []demoidp.Account{
	{Email: "ob@stadt.test", Name: "Olga Berg", Label: "Oberbürgermeisterin", Roles: []string{"OB"}},
	{Email: "controlling@stadt.test", Name: "Carl Conrad", Label: "Controlling", Roles: []string{"CONTROLLING", "ADMIN"}},
	{Email: "new@stadt.test", Name: "Nina Neu", Label: "Neu, nicht im Verzeichnis"},
}

// newApp starts a Zielwerk instance. With mutate == nil it runs the demo IdP.
func newApp(t *testing.T, gdb *gorm.DB, mutate func(*Config)) *app {
	t.Helper()
	ts := httptest.NewUnstartedServer(nil)
	cfg := Config{PublicURL: "https://" + ts.Listener.Addr().String(), DemoAddr: "127.0.0.1:0", DemoAccounts: demoAccounts}
	if mutate != nil {
		mutate(&cfg)
	}
	s, err := New(context.Background(), cfg, gdb)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	mux := http.NewServeMux()
	s.Routes(mux)
	mux.Handle("/whoami", s.Middleware(CSRF(whoamiHandler())))
	ts.Config.Handler = mux
	ts.StartTLS()
	t.Cleanup(ts.Close)
	return &app{s: s, ts: ts, gdb: gdb}
}

// toCallback drives a browser from /auth/login through the demo login page
// and stops at the redirect back to Zielwerk, returning that callback URL.
// tweak may rewrite the authorization request URL on its way to the IdP.
func toCallback(t *testing.T, c *http.Client, loginURL, email string, tweak func(*url.URL)) *url.URL {
	t.Helper()
	var callback *url.URL
	cc := *c
	cc.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if req.URL.Path == "/auth/callback" {
			callback = req.URL
			return http.ErrUseLastResponse
		}
		if req.URL.Path == "/authorize" && tweak != nil && len(via) == 1 {
			tweak(req.URL)
		}
		return nil
	}
	resp, err := cc.Get(loginURL)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "Demo-Anmeldung") {
		t.Fatalf("expected the demo login page, got %d at %s: %.300s", resp.StatusCode, resp.Request.URL, body)
	}
	id := resp.Request.URL.Query().Get("authRequestID")
	loginPost := resp.Request.URL.ResolveReference(&url.URL{Path: "/login"})
	resp, err = cc.PostForm(loginPost.String(), url.Values{"authRequestID": {id}, "email": {email}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if callback == nil {
		t.Fatalf("no redirect to /auth/callback; status %d at %s", resp.StatusCode, resp.Request.URL)
	}
	return callback
}

// signIn runs the whole login and returns the browser's session cookie.
func signIn(t *testing.T, a *app, c *http.Client, email string) string {
	t.Helper()
	cb := toCallback(t, c, a.URL()+"/auth/login?return=/whoami", email, nil)
	resp, err := c.Get(cb.String())
	if err != nil {
		t.Fatal(err)
	}
	if w := decodeWhoami(t, resp); resp.Request.URL.Path != "/whoami" || (w.Principal == nil && !w.NotRegistered) {
		t.Fatalf("sign-in landed on %s with %+v", resp.Request.URL, w)
	}
	return sessionCookie(t, c, a.URL())
}

func sessionCookie(t *testing.T, c *http.Client, base string) string {
	t.Helper()
	u, _ := url.Parse(base)
	for _, ck := range c.Jar.Cookies(u) {
		if ck.Name == SessionCookie {
			return ck.Value
		}
	}
	return ""
}

func get(t *testing.T, c *http.Client, u string, hdr ...string) *http.Response {
	t.Helper()
	req, _ := http.NewRequest("GET", u, nil)
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	return resp
}

func addPerson(t *testing.T, gdb *gorm.DB, name, email string) db.Person {
	t.Helper()
	p := db.Person{Name: name, Email: email}
	if err := gdb.Create(&p).Error; err != nil {
		t.Fatal(err)
	}
	return p
}
