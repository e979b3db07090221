package identity

import (
	"context"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	jose "github.com/go-jose/go-jose/v4"

	"zielwerk/db"
	"zielwerk/db/dbtest"
)

// serveBearer runs one request with the token through Middleware and
// reports the status, whether the handler ran and how many SQL statements
// the request caused.
func serveBearer(t *testing.T, s *Service, token string) (status int, reached bool, statements int64, w whoami) {
	t.Helper()
	ctx, counter := db.WithStatementCounter(context.Background())
	req := httptest.NewRequestWithContext(ctx, "POST", "/graphql", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	rec := httptest.NewRecorder()
	s.Middleware(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		reached = true
		whoamiHandler().ServeHTTP(rw, r)
	})).ServeHTTP(rec, req)
	if reached {
		json.Unmarshal(rec.Body.Bytes(), &w)
	}
	return rec.Code, reached, counter.Load(), w
}

func TestBearerTokenAttacks(t *testing.T) {
	gdb := dbtest.Open(t)
	ti := newTestIssuer(t)
	s := newIssuerService(t, ti, gdb, nil)
	p := addPerson(t, gdb, "Olga Berg", "ob@stadt.test")

	valid := ti.accessClaims("sub-ob", "ob@stadt.test", "zielwerk-api")
	status, reached, _, w := serveBearer(t, s, ti.token(t, valid))
	if status != 200 || !reached || w.Principal == nil || w.Principal.PersonID != p.ID {
		t.Fatalf("valid token: status %d, principal %+v", status, w.Principal)
	}
	if got := w.Principal.Roles; len(got) != 1 || got[0] != RoleOB {
		t.Fatalf("roles = %v, want [OB] (unmapped values ignored)", got)
	}
	if w.Principal.SessionID != "" || w.Principal.Subject != "sub-ob" {
		t.Fatalf("bearer principal %+v", w.Principal)
	}

	with := func(k string, v any) map[string]any {
		c := ti.accessClaims("sub-ob", "ob@stadt.test", "zielwerk-api")
		if v == nil {
			delete(c, k)
		} else {
			c[k] = v
		}
		return c
	}
	pubDER, _ := x509.MarshalPKIXPublicKey(&ti.key.PublicKey)
	pubPEM := pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: pubDER})
	good := ti.token(t, valid)
	parts := strings.Split(good, ".")
	other := newRSAKey(t)
	for other == ti.key {
		other = newRSAKey(t)
	}
	idToken := with("nonce", "n-123")
	idToken["at_hash"] = "abc"
	idToken["aud"], idToken["azp"] = "zielwerk-api", "zielwerk-api"
	delete(idToken, "scope")

	cases := map[string]string{
		"alg none":                 b64(map[string]string{"alg": "none", "typ": "JWT"}) + "." + b64(valid) + ".",
		"HS256 with public key":    sign(t, pubPEM, jose.HS256, ti.kid, "JWT", valid),
		"HS256 with modulus":       sign(t, ti.key.PublicKey.N.Bytes(), jose.HS256, ti.kid, "JWT", valid),
		"wrong issuer":             ti.token(t, with("iss", "https://evil.example")),
		"wrong audience":           ti.token(t, with("aud", "someone-else")),
		"expired":                  ti.token(t, with("exp", time.Now().Add(-time.Minute).Unix())),
		"nbf beyond leeway":        ti.token(t, with("nbf", time.Now().Add(10*time.Minute).Unix())),
		"unknown kid":              sign(t, other, jose.RS256, "k-unknown", "JWT", valid),
		"no kid, foreign key":      sign(t, other, jose.RS256, "", "JWT", valid),
		"ID token as access token": ti.token(t, idToken),
		"logout token typ":         sign(t, ti.key, jose.RS256, ti.kid, "logout+jwt", valid),
		"keycloak typ ID":          ti.token(t, with("typ", "ID")),
		"tampered payload":         parts[0] + "." + b64(with("realm_access", map[string]any{"roles": []string{"grp-admin"}})) + "." + parts[2],
		"signature stripped":       parts[0] + "." + parts[1] + ".",
		"no sub":                   ti.token(t, with("sub", nil)),
		"garbage":                  "not-a-jwt",
		"empty":                    "",
		"9 KB token":               ti.token(t, with("pad", strings.Repeat("x", 9<<10))),
		"1 MB token":               strings.Repeat("A", 1<<20),
	}
	for name, tok := range cases {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			status, reached, statements, _ := serveBearer(t, s, tok)
			if status != http.StatusUnauthorized || reached {
				t.Fatalf("status %d, handler reached %v; want 401", status, reached)
			}
			if statements != 0 {
				t.Fatalf("%d SQL statements for an invalid token, want 0", statements)
			}
			if d := time.Since(start); d > 2*time.Second {
				t.Fatalf("took %v", d)
			}
		})
	}

	// The 401 body is the GraphQL error shape.
	req := httptest.NewRequest("POST", "/graphql", nil)
	req.Header.Set("Authorization", "Bearer x.y.z")
	rec := httptest.NewRecorder()
	s.Middleware(whoamiHandler()).ServeHTTP(rec, req)
	var body struct {
		Errors []struct {
			Message    string
			Extensions struct{ Code string }
		}
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || len(body.Errors) != 1 || body.Errors[0].Extensions.Code != "UNAUTHENTICATED" {
		t.Fatalf("401 body %s", rec.Body)
	}
	if !strings.Contains(rec.Header().Get("WWW-Authenticate"), "invalid_token") {
		t.Fatalf("WWW-Authenticate = %q", rec.Header().Get("WWW-Authenticate"))
	}
}

// With OIDC_AUDIENCE equal to the client id, the client's own ID tokens
// carry the right audience; the access-token rule must still refuse them.
func TestBearerRefusesIDTokenOfOwnClient(t *testing.T) {
	gdb := dbtest.Open(t)
	ti := newTestIssuer(t)
	s := newIssuerService(t, ti, gdb, func(c *Config) { c.Audience = "" })
	addPerson(t, gdb, "Olga Berg", "ob@stadt.test")
	idLike := ti.accessClaims("sub-ob", "ob@stadt.test", "zielwerk")
	delete(idLike, "scope")
	idLike["azp"] = "zielwerk"
	if st, _, n, _ := serveBearer(t, s, ti.token(t, idLike)); st != 401 || n != 0 {
		t.Fatalf("ID-token-shaped token: status %d, %d statements", st, n)
	}
	delete(idLike, "azp")
	if st, _, _, _ := serveBearer(t, s, ti.token(t, idLike)); st != 401 {
		t.Fatalf("ID-token-shaped token without azp: status %d", st)
	}
	// The same claims as an RFC 9068 access token, or with a scope, pass.
	if st, _, _, w := serveBearer(t, s, sign(t, ti.key, jose.RS256, ti.kid, "at+jwt", idLike)); st != 200 || w.Principal == nil {
		t.Fatalf("at+jwt token: status %d", st)
	}
	idLike["scope"] = "openid"
	if st, _, _, w := serveBearer(t, s, ti.token(t, idLike)); st != 200 || w.Principal == nil {
		t.Fatalf("token with scope: status %d", st)
	}
	// A token from another client (azp) without scope is an access token too
	// (Entra app-only tokens look like that).
	delete(idLike, "scope")
	idLike["azp"] = "nightly-export"
	if st, _, _, w := serveBearer(t, s, ti.token(t, idLike)); st != 200 || w.Principal == nil {
		t.Fatalf("app-only token: status %d", st)
	}
}

func TestUnknownKidRefetchesJWKSAtMostOncePerInterval(t *testing.T) {
	gdb := dbtest.Open(t)
	ti := newTestIssuer(t)
	const interval = 400 * time.Millisecond
	s := newIssuerService(t, ti, gdb, func(c *Config) { c.JWKSMinInterval = interval })
	addPerson(t, gdb, "Olga Berg", "ob@stadt.test")
	claims := ti.accessClaims("sub-ob", "ob@stadt.test", "zielwerk-api")
	if st, _, _, _ := serveBearer(t, s, ti.token(t, claims)); st != 200 {
		t.Fatalf("valid token: %d", st)
	}
	if n := ti.jwksHits.Load(); n != 1 {
		t.Fatalf("JWKS fetched %d times for the first token, want 1", n)
	}
	rotated := newRSAKey(t)
	for rotated == ti.key {
		rotated = newRSAKey(t)
	}
	burst := func() {
		var wg sync.WaitGroup
		for i := range 50 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				tok := sign(t, rotated, jose.RS256, "kid-"+string(rune('a'+i%26)), "JWT", claims)
				if st, _, n, _ := serveBearer(t, s, tok); st != 401 || n != 0 {
					t.Errorf("unknown kid: status %d, %d statements", st, n)
				}
			}()
		}
		wg.Wait()
	}
	burst()
	if n := ti.jwksHits.Load(); n != 1 {
		t.Fatalf("JWKS fetched %d times after a burst of unknown kids within the interval, want 1", n)
	}
	time.Sleep(interval + 50*time.Millisecond)
	burst()
	if n := ti.jwksHits.Load(); n != 2 {
		t.Fatalf("JWKS fetched %d times after the interval, want exactly one refetch (2)", n)
	}
	// Key rotation still works: once the IdP publishes the new key, a token
	// signed with it is accepted after the interval.
	ti.addKey(rotated, "k2")
	time.Sleep(interval + 50*time.Millisecond)
	if st, _, _, _ := serveBearer(t, s, sign(t, rotated, jose.RS256, "k2", "JWT", claims)); st != 200 {
		t.Fatalf("token with rotated key: %d", st)
	}
	if n := ti.jwksHits.Load(); n != 3 {
		t.Fatalf("JWKS hits = %d, want 3", n)
	}
}

func TestBearerDirectoryLinkingAndProvisioning(t *testing.T) {
	gdb := dbtest.Open(t)
	ti := newTestIssuer(t)
	s := newIssuerService(t, ti, gdb, nil)
	p := addPerson(t, gdb, "Olga Berg", "OB@Stadt.test")

	// First token links by email (case-insensitive) and stores the subject.
	if _, _, _, w := serveBearer(t, s, ti.token(t, ti.accessClaims("sub-ob", "ob@stadt.test", "zielwerk-api"))); w.Principal == nil || w.Principal.PersonID != p.ID {
		t.Fatalf("link by email: %+v", w)
	}
	var got db.Person
	gdb.First(&got, p.ID)
	if got.Subject == nil || *got.Subject != "sub-ob" || got.Version != 2 {
		t.Fatalf("person after linking: subject %v version %d", got.Subject, got.Version)
	}
	var audits int64
	gdb.Model(&db.AuditEvent{}).Where("entity = ? AND entity_id = ? AND action = ?", "Person", p.ID, "identity.link").Count(&audits)
	if audits != 1 {
		t.Fatalf("%d link audit events", audits)
	}
	// Subject wins afterwards: a changed email still finds the person ...
	if _, _, _, w := serveBearer(t, s, ti.token(t, ti.accessClaims("sub-ob", "olga.berg@neu.test", "zielwerk-api"))); w.Principal == nil || w.Principal.PersonID != p.ID {
		t.Fatalf("subject after email change: %+v", w)
	}
	// ... and another subject with the linked email does not take it over.
	st, reached, _, w := serveBearer(t, s, ti.token(t, ti.accessClaims("sub-intruder", "ob@stadt.test", "zielwerk-api")))
	if st != 200 || !reached || w.Principal != nil || !w.NotRegistered {
		t.Fatalf("other subject, linked email: %d %+v", st, w)
	}
	// Unverified email never links.
	addPerson(t, gdb, "Uwe Unverified", "uwe@stadt.test")
	c := ti.accessClaims("sub-uwe", "uwe@stadt.test", "zielwerk-api")
	c["email_verified"] = false
	if _, _, _, w := serveBearer(t, s, ti.token(t, c)); w.Principal != nil || !w.NotRegistered {
		t.Fatalf("unverified email: %+v", w)
	}
	// Unknown person: not registered, nothing written.
	var before int64
	gdb.Model(&db.Person{}).Count(&before)
	if _, _, _, w := serveBearer(t, s, ti.token(t, ti.accessClaims("sub-nina", "nina@stadt.test", "zielwerk-api"))); w.Principal != nil || !w.NotRegistered {
		t.Fatalf("unknown person: %+v", w)
	}
	var after int64
	gdb.Model(&db.Person{}).Count(&after)
	if after != before {
		t.Fatal("a person was created without auto-provisioning")
	}

	// With auto-provisioning the person is created, linked and audited.
	s2 := newIssuerService(t, ti, gdb, func(c *Config) { c.AutoProvision = true })
	_, _, _, w = serveBearer(t, s2, ti.token(t, ti.accessClaims("sub-nina", "Nina@Stadt.test", "zielwerk-api")))
	if w.Principal == nil || w.NotRegistered {
		t.Fatalf("auto-provision: %+v", w)
	}
	var nina db.Person
	if err := gdb.Where("email = ?", "nina@stadt.test").Take(&nina).Error; err != nil {
		t.Fatal(err)
	}
	if nina.ID != w.Principal.PersonID || nina.Subject == nil || *nina.Subject != "sub-nina" || nina.Name != "Test sub-nina" {
		t.Fatalf("provisioned %+v", nina)
	}
	gdb.Model(&db.AuditEvent{}).Where("entity_id = ? AND action = ?", nina.ID, "identity.provision").Count(&audits)
	if audits != 1 {
		t.Fatalf("%d provision audit events", audits)
	}
}

func TestOtherAuthorizationSchemesAreIgnored(t *testing.T) {
	gdb := dbtest.Open(t)
	s := newIssuerService(t, newTestIssuer(t), gdb, nil)
	req := httptest.NewRequest("GET", "/graphql", nil)
	req.Header.Set("Authorization", "Basic dXNlcjpwYXNz")
	rec := httptest.NewRecorder()
	s.Middleware(whoamiHandler()).ServeHTTP(rec, req)
	if rec.Code != 200 || strings.Contains(rec.Body.String(), "PersonID") {
		t.Fatalf("%d %s", rec.Code, rec.Body)
	}
}
