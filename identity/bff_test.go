package identity

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"gorm.io/gorm"

	"zielwerk/db"
	"zielwerk/db/dbtest"
	"zielwerk/identity/demoidp"
)

func findCookie(resp *http.Response, name string) *http.Cookie {
	for _, c := range resp.Cookies() {
		if c.Name == name {
			return c
		}
	}
	return nil
}

func TestDemoSignInFlowAndCookies(t *testing.T) {
	gdb := dbtest.Open(t)
	ob := addPerson(t, gdb, "Olga Berg", "ob@stadt.test")
	a := newApp(t, gdb, nil)
	if !a.s.Demo() || !strings.HasPrefix(a.s.DemoIssuer(), "http://127.0.0.1:") {
		t.Fatalf("demo issuer %q", a.s.DemoIssuer())
	}
	c := a.browser(t)

	// /auth/login: sealed, Lax state cookie and a code+PKCE+nonce request.
	noFollow := *c
	noFollow.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	resp, err := noFollow.Get(a.URL() + "/auth/login?return=/whoami")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	ac := findCookie(resp, authCookie)
	if resp.StatusCode != http.StatusFound || ac == nil {
		t.Fatalf("login: %d, cookie %v", resp.StatusCode, ac)
	}
	if !ac.Secure || !ac.HttpOnly || ac.SameSite != http.SameSiteLaxMode || ac.Path != "/" || ac.Domain != "" || ac.MaxAge != 600 {
		t.Fatalf("state cookie attributes: %+v", ac)
	}
	loc, _ := url.Parse(resp.Header.Get("Location"))
	q := loc.Query()
	if q.Get("response_type") != "code" || q.Get("code_challenge_method") != "S256" || q.Get("code_challenge") == "" ||
		q.Get("state") == "" || q.Get("nonce") == "" || strings.Contains(ac.Value, q.Get("state")) {
		t.Fatalf("authorization request %s (state must not be readable from the cookie)", loc)
	}

	cb := toCallback(t, c, a.URL()+"/auth/login?return=/whoami", "ob@stadt.test", nil)
	resp, err = noFollow.Get(cb.String())
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	sc := findCookie(resp, SessionCookie)
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/whoami" || sc == nil {
		t.Fatalf("callback: %d to %q, cookie %v", resp.StatusCode, resp.Header.Get("Location"), sc)
	}
	if !sc.Secure || !sc.HttpOnly || sc.SameSite != http.SameSiteStrictMode || sc.Path != "/" || sc.Domain != "" || sc.MaxAge != 0 {
		t.Fatalf("session cookie attributes: %+v", sc)
	}
	if ac := findCookie(resp, authCookie); ac == nil || ac.MaxAge >= 0 {
		t.Fatalf("callback must clear the state cookie: %+v", ac)
	}
	for _, raw := range resp.Header.Values("Set-Cookie") {
		if strings.Contains(raw, "eyJ") {
			t.Fatalf("a token leaked into a cookie: %s", raw)
		}
	}

	w := decodeWhoami(t, get(t, c, a.URL()+"/whoami"))
	p := w.Principal
	if p == nil || p.PersonID != ob.ID || p.Name != "Olga Berg" || !p.Demo || !p.Has(RoleOB) || len(p.Roles) != 1 || p.SessionID == "" {
		t.Fatalf("principal %+v", p)
	}
	// Only the hash of the token is stored; tokens in the row are sealed.
	var sess db.Session
	if err := gdb.Where("id = ?", hashToken(sc.Value)).Take(&sess).Error; err != nil {
		t.Fatal(err)
	}
	if sess.ID != p.SessionID || sess.ID == sc.Value || sess.RefreshToken == "" || strings.HasPrefix(sess.IDToken, "eyJ") || sess.TokenExpiry == nil {
		t.Fatalf("session row %+v", sess)
	}
	if d := sess.ExpiresAt.Sub(sess.CreatedAt); d != 10*time.Hour {
		t.Fatalf("absolute lifetime %v", d)
	}
	var n int64
	gdb.Model(&db.Session{}).Where("id = ?", sc.Value).Count(&n)
	if n != 0 {
		t.Fatal("raw token stored")
	}
	// Demo sign-in links by email only; the demo subject is not persisted.
	var got db.Person
	gdb.First(&got, ob.ID)
	if got.Subject != nil {
		t.Fatalf("demo subject stored on person: %q", *got.Subject)
	}
}

func TestReturnPathsStaySameSite(t *testing.T) {
	for in, want := range map[string]string{
		"/agreements/7?tab=x":  "/agreements/7?tab=x",
		"":                     "/",
		"//evil.example/":      "/",
		"/\\evil.example":      "/",
		"https://evil.example": "/",
		"javascript:alert(1)":  "/",
		"relative":             "/",
		"/ok\r\nSet-Cookie:x":  "/",
	} {
		if got := safeReturn(in); got != want {
			t.Errorf("safeReturn(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCallbackRefusesStateMismatch(t *testing.T) {
	gdb := dbtest.Open(t)
	addPerson(t, gdb, "Olga Berg", "ob@stadt.test")
	a := newApp(t, gdb, nil)
	c := a.browser(t)
	cb := toCallback(t, c, a.URL()+"/auth/login", "ob@stadt.test", nil)
	q := cb.Query()
	q.Set("state", randomToken())
	cb.RawQuery = q.Encode()
	resp := get(t, c, cb.String())
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest || findCookie(resp, SessionCookie) != nil {
		t.Fatalf("state mismatch: %d", resp.StatusCode)
	}
	// Without any state cookie (login started in another browser) likewise.
	resp = get(t, a.browser(t), cb.String())
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest {
		t.Fatalf("no state cookie: %d", resp.StatusCode)
	}
	assertNoSessions(t, gdb)
}

func TestCallbackRefusesNonceMismatch(t *testing.T) {
	gdb := dbtest.Open(t)
	addPerson(t, gdb, "Olga Berg", "ob@stadt.test")
	a := newApp(t, gdb, nil)
	c := a.browser(t)
	// An attacker swaps the nonce on the way to the IdP; state and PKCE
	// still match, so only the nonce check can catch the injected ID token.
	cb := toCallback(t, c, a.URL()+"/auth/login", "ob@stadt.test", func(u *url.URL) {
		q := u.Query()
		q.Set("nonce", "attacker-nonce")
		u.RawQuery = q.Encode()
	})
	resp := get(t, c, cb.String())
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized || !strings.Contains(string(body), "Anmeldung fehlgeschlagen") {
		t.Fatalf("nonce mismatch: %d %s", resp.StatusCode, body)
	}
	assertNoSessions(t, gdb)
}

func TestCallbackRefusesReplayedCode(t *testing.T) {
	gdb := dbtest.Open(t)
	addPerson(t, gdb, "Olga Berg", "ob@stadt.test")
	a := newApp(t, gdb, nil)
	c := a.browser(t)
	cb := toCallback(t, c, a.URL()+"/auth/login?return=/whoami", "ob@stadt.test", nil)
	stateCookie := ""
	u, _ := url.Parse(a.URL())
	for _, ck := range c.Jar.Cookies(u) {
		if ck.Name == authCookie {
			stateCookie = ck.Value
		}
	}
	if w := decodeWhoami(t, get(t, c, cb.String())); w.Principal == nil {
		t.Fatal("first redemption did not sign in")
	}
	// Replay the same callback with the same (captured) state cookie.
	req, _ := http.NewRequest("GET", cb.String(), nil)
	req.AddCookie(&http.Cookie{Name: authCookie, Value: stateCookie})
	resp, err := a.ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized || findCookie(resp, SessionCookie) != nil {
		t.Fatalf("replayed code: %d", resp.StatusCode)
	}
	var n int64
	gdb.Model(&db.Session{}).Count(&n)
	if n != 1 {
		t.Fatalf("%d sessions, want only the first", n)
	}
}

func TestPKCEVerifierIsRequired(t *testing.T) {
	gdb := dbtest.Open(t)
	addPerson(t, gdb, "Olga Berg", "ob@stadt.test")
	a := newApp(t, gdb, nil)

	// At the IdP: a stolen code cannot be redeemed without the verifier,
	// even with the client secret.
	c := a.browser(t)
	cb := toCallback(t, c, a.URL()+"/auth/login", "ob@stadt.test", nil)
	form := url.Values{"grant_type": {"authorization_code"}, "code": {cb.Query().Get("code")}, "redirect_uri": {a.s.cfg.RedirectURL}}
	req, _ := http.NewRequest("POST", a.s.provider.Endpoint().TokenURL, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.SetBasicAuth(a.s.cfg.ClientID, a.s.cfg.ClientSecret)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest || !strings.Contains(string(body), "code_verifier") {
		t.Fatalf("token request without verifier: %d %s", resp.StatusCode, body)
	}
	// And the failed attempt burnt the code.
	resp = get(t, c, cb.String())
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Fatalf("callback after burnt code: %d", resp.StatusCode)
	}

	// At Zielwerk: a pending login without verifier is refused before any
	// exchange (a forged cookie would need the key anyway).
	c = a.browser(t)
	cb = toCallback(t, c, a.URL()+"/auth/login", "ob@stadt.test", nil)
	forged := a.s.sealPending(pendingLogin{State: cb.Query().Get("state"), Nonce: "n", Return: "/", Expires: time.Now().Add(time.Minute).Unix()})
	req, _ = http.NewRequest("GET", cb.String(), nil)
	req.AddCookie(&http.Cookie{Name: authCookie, Value: forged})
	resp, err = a.ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest {
		t.Fatalf("pending login without verifier: %d", resp.StatusCode)
	}
	// The IdP also refuses an authorization request without PKCE.
	resp = get(t, c, a.s.oauth.AuthCodeURL("s"))
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if strings.Contains(string(body), "Demo-Anmeldung") {
		t.Fatal("IdP accepted an authorization request without PKCE")
	}
	assertNoSessions(t, gdb)
}

func assertNoSessions(t *testing.T, gdb *gorm.DB) {
	t.Helper()
	var n int64
	gdb.Model(&db.Session{}).Count(&n)
	if n != 0 {
		t.Fatalf("%d sessions created, want none", n)
	}
}

func TestLogoutEndsSessionServerSide(t *testing.T) {
	gdb := dbtest.Open(t)
	addPerson(t, gdb, "Olga Berg", "ob@stadt.test")
	a := newApp(t, gdb, nil)
	c := a.browser(t)
	token := signIn(t, a, c, "ob@stadt.test")

	// Logout is POST only, and refused cross-site.
	resp := get(t, c, a.URL()+"/auth/logout")
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Fatalf("GET /auth/logout: %d", resp.StatusCode)
	}
	req, _ := http.NewRequest("POST", a.URL()+"/auth/logout", nil)
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	resp, _ = c.Do(req)
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Fatalf("cross-site logout: %d", resp.StatusCode)
	}
	if w := decodeWhoami(t, get(t, c, a.URL()+"/whoami")); w.Principal == nil {
		t.Fatal("cross-site logout ended the session")
	}

	// The SPA's fetch gets the RP-initiated logout URL as JSON.
	req, _ = http.NewRequest("POST", a.URL()+"/auth/logout", nil)
	req.Header.Set(CSRFHeader, "1")
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var out struct{ Redirect string }
	json.NewDecoder(resp.Body).Decode(&out)
	resp.Body.Close()
	sc := findCookie(resp, SessionCookie)
	if resp.StatusCode != 200 || sc == nil || sc.MaxAge >= 0 {
		t.Fatalf("logout: %d, cookie %+v", resp.StatusCode, sc)
	}
	end, _ := url.Parse(out.Redirect)
	if !strings.HasPrefix(out.Redirect, a.s.DemoIssuer()+"/end_session?") || end.Query().Get("id_token_hint") == "" ||
		end.Query().Get("post_logout_redirect_uri") != a.URL()+"/" {
		t.Fatalf("logout redirect %q", out.Redirect)
	}
	assertNoSessions(t, gdb)

	// The old cookie no longer authenticates, on any request.
	req, _ = http.NewRequest("GET", a.URL()+"/whoami", nil)
	req.AddCookie(&http.Cookie{Name: SessionCookie, Value: token})
	resp, _ = a.ts.Client().Do(req)
	if w := decodeWhoami(t, resp); w.Principal != nil || w.NotRegistered {
		t.Fatalf("old cookie still authenticates: %+v", w)
	}
	// The IdP accepts the logout and sends the browser back to Zielwerk.
	resp = get(t, c, out.Redirect)
	resp.Body.Close()
	if got := resp.Request.URL.String(); got != a.URL()+"/" {
		t.Fatalf("after IdP logout the browser is at %s (%d)", got, resp.StatusCode)
	}
}

func TestCSRFHeaderRequiredForCookiePosts(t *testing.T) {
	gdb := dbtest.Open(t)
	addPerson(t, gdb, "Olga Berg", "ob@stadt.test")
	a := newApp(t, gdb, nil)
	c := a.browser(t)
	signIn(t, a, c, "ob@stadt.test")
	post := func(hdr ...string) int {
		req, _ := http.NewRequest("POST", a.URL()+"/whoami", strings.NewReader("{}"))
		for i := 0; i+1 < len(hdr); i += 2 {
			req.Header.Set(hdr[i], hdr[i+1])
		}
		resp, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if st := post(); st != http.StatusForbidden {
		t.Fatalf("cookie POST without header: %d", st)
	}
	if st := post(CSRFHeader, "1"); st != 200 {
		t.Fatalf("cookie POST with header: %d", st)
	}
	// Anonymous and bearer POSTs need no header.
	resp, _ := a.browser(t).Post(a.URL()+"/whoami", "application/json", strings.NewReader("{}"))
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("anonymous POST: %d", resp.StatusCode)
	}
}

func TestSessionIsSharedBetweenInstances(t *testing.T) {
	gdb := dbtest.Open(t)
	ob := addPerson(t, gdb, "Olga Berg", "ob@stadt.test")
	a := newApp(t, gdb, nil)
	// Replica B: same database, same IdP, client and public URL, no demo IdP
	// of its own (OIDC_ISSUER is set).
	b := newApp(t, gdb, func(c *Config) {
		c.Issuer, c.ClientID, c.ClientSecret = a.s.DemoIssuer(), a.s.cfg.ClientID, a.s.cfg.ClientSecret
		c.PublicURL, c.DemoAccounts = a.URL(), nil
	})
	if b.s.Demo() {
		t.Fatal("replica B started a demo IdP although OIDC_ISSUER is set")
	}
	// Sign in on A ...
	c := a.browser(t)
	token := signIn(t, a, c, "ob@stadt.test")
	// ... and the cookie authenticates on B.
	req, _ := http.NewRequest("GET", b.URL()+"/whoami", nil)
	req.AddCookie(&http.Cookie{Name: SessionCookie, Value: token})
	resp, _ := b.ts.Client().Do(req)
	if w := decodeWhoami(t, resp); w.Principal == nil || w.Principal.PersonID != ob.ID {
		t.Fatalf("B does not know A's session: %+v", w)
	}
	// A login started on A can be finished by B (the load balancer may
	// route the callback anywhere).
	c2 := a.browser(t)
	cb := toCallback(t, c2, a.URL()+"/auth/login?return=/whoami", "ob@stadt.test", nil)
	var state string
	u, _ := url.Parse(a.URL())
	for _, ck := range c2.Jar.Cookies(u) {
		if ck.Name == authCookie {
			state = ck.Value
		}
	}
	cbB, _ := url.Parse(b.URL() + cb.RequestURI())
	req, _ = http.NewRequest("GET", cbB.String(), nil)
	req.AddCookie(&http.Cookie{Name: authCookie, Value: state})
	noFollow := &http.Client{Transport: b.ts.Client().Transport, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := noFollow.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	sc := findCookie(resp, SessionCookie)
	if resp.StatusCode != http.StatusSeeOther || sc == nil {
		t.Fatalf("B finishing A's login: %d", resp.StatusCode)
	}
	req, _ = http.NewRequest("GET", a.URL()+"/whoami", nil)
	req.AddCookie(sc)
	resp, _ = a.ts.Client().Do(req)
	if w := decodeWhoami(t, resp); w.Principal == nil || w.Principal.PersonID != ob.ID {
		t.Fatalf("A does not know B's session: %+v", w)
	}
}

func TestRefreshAndLifetimes(t *testing.T) {
	gdb := dbtest.Open(t)
	addPerson(t, gdb, "Olga Berg", "ob@stadt.test")
	a := newApp(t, gdb, nil)
	c := a.browser(t)
	token := signIn(t, a, c, "ob@stadt.test")
	id := hashToken(token)
	load := func() db.Session {
		var s db.Session
		gdb.Where("id = ?", id).Take(&s)
		return s
	}
	whoamiNow := func() whoami { return decodeWhoami(t, get(t, c, a.URL()+"/whoami")) }

	// Access token expired, session valid: refreshed with the refresh token.
	before := load()
	past := time.Now().UTC().Add(-time.Second)
	gdb.Model(&db.Session{}).Where("id = ?", id).Update("token_expiry", past)
	if w := whoamiNow(); w.Principal == nil {
		t.Fatal("session lost on refresh")
	}
	after := load()
	if after.RefreshToken == before.RefreshToken || after.TokenExpiry == nil || !after.TokenExpiry.After(time.Now()) || after.IDToken == before.IDToken {
		t.Fatalf("tokens not refreshed: expiry %v", after.TokenExpiry)
	}

	// The IdP session ends (RP logout elsewhere): the next refresh fails and
	// the session ends with it.
	idToken, err := a.s.tokens.open(after.IDToken, "idt:"+id)
	if err != nil {
		t.Fatal(err)
	}
	resp := get(t, c, a.s.endSession+"?"+url.Values{"id_token_hint": {string(idToken)}}.Encode())
	resp.Body.Close()
	if w := whoamiNow(); w.Principal == nil {
		t.Fatal("session must live until the access token expires")
	}
	gdb.Model(&db.Session{}).Where("id = ?", id).Update("token_expiry", past)
	if w := whoamiNow(); w.Principal != nil {
		t.Fatal("session survived a failed refresh")
	}
	assertNoSessions(t, gdb)

	// Idle timeout.
	token = signIn(t, a, c, "ob@stadt.test")
	gdb.Model(&db.Session{}).Where("id = ?", hashToken(token)).Update("last_seen_at", time.Now().UTC().Add(-31*time.Minute))
	if w := whoamiNow(); w.Principal != nil {
		t.Fatal("idle session still valid")
	}
	// Absolute lifetime, even when active.
	token = signIn(t, a, c, "ob@stadt.test")
	gdb.Model(&db.Session{}).Where("id = ?", hashToken(token)).Update("expires_at", time.Now().UTC().Add(-time.Second))
	if w := whoamiNow(); w.Principal != nil {
		t.Fatal("session past its absolute lifetime still valid")
	}
	// Activity is recorded (at most once a minute).
	token = signIn(t, a, c, "ob@stadt.test")
	old := time.Now().UTC().Add(-5 * time.Minute)
	gdb.Model(&db.Session{}).Where("id = ?", hashToken(token)).Update("last_seen_at", old)
	whoamiNow()
	var s db.Session
	gdb.Where("id = ?", hashToken(token)).Take(&s)
	if !s.LastSeenAt.After(old.Add(time.Minute)) {
		t.Fatalf("last_seen_at not touched: %v", s.LastSeenAt)
	}
}

func TestNotRegisteredAndAutoProvisioning(t *testing.T) {
	gdb := dbtest.Open(t)
	a := newApp(t, gdb, nil)
	c := a.browser(t)
	signIn(t, a, c, "new@stadt.test")
	w := decodeWhoami(t, get(t, c, a.URL()+"/whoami"))
	if w.Principal != nil || !w.NotRegistered {
		t.Fatalf("unknown person: %+v", w)
	}
	// An administrator adds the person: the running session picks it up.
	p := addPerson(t, gdb, "Nina Neu", "new@stadt.test")
	w = decodeWhoami(t, get(t, c, a.URL()+"/whoami"))
	if w.Principal == nil || w.Principal.PersonID != p.ID || w.NotRegistered {
		t.Fatalf("after adding the person: %+v", w)
	}

	// Bearer tokens from the demo IdP: not registered, then provisioned.
	gdb2 := dbtest.Open(t)
	b := newApp(t, gdb2, nil)
	at, err := b.s.demo.IssueAccessToken("new@stadt.test", b.s.cfg.Audience)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, _, w := serveBearer(t, b.s, at); w.Principal != nil || !w.NotRegistered {
		t.Fatalf("demo bearer, unknown person: %+v", w)
	}
	pr := newApp(t, gdb2, func(c *Config) { c.AutoProvision = true })
	at, _ = pr.s.demo.IssueAccessToken("new@stadt.test", pr.s.cfg.Audience)
	_, _, _, w = serveBearer(t, pr.s, at)
	if w.Principal == nil || w.Principal.Name != "Nina Neu" || !w.Principal.Demo {
		t.Fatalf("auto-provisioned: %+v", w)
	}
	var got db.Person
	if err := gdb2.Where("email = ?", "new@stadt.test").Take(&got).Error; err != nil || got.ID != w.Principal.PersonID {
		t.Fatalf("provisioned person: %+v %v", got, err)
	}
}

func TestDemoBearerTokens(t *testing.T) {
	gdb := dbtest.Open(t)
	cc := addPerson(t, gdb, "Carl Conrad", "controlling@stadt.test")
	addPerson(t, gdb, "Olga Berg", "ob@stadt.test")
	a := newApp(t, gdb, nil)
	at, err := a.s.demo.IssueAccessToken("controlling@stadt.test", a.s.cfg.Audience)
	if err != nil {
		t.Fatal(err)
	}
	st, _, _, w := serveBearer(t, a.s, at)
	if st != 200 || w.Principal == nil || w.Principal.PersonID != cc.ID || !w.Principal.Has(RoleControlling) || !w.Principal.Has(RoleAdmin) || w.Principal.SessionID != "" {
		t.Fatalf("demo access token: %d %+v", st, w.Principal)
	}
	wrong, _ := a.s.demo.IssueAccessToken("controlling@stadt.test", "another-api")
	if st, _, n, _ := serveBearer(t, a.s, wrong); st != 401 || n != 0 {
		t.Fatalf("wrong audience: %d, %d statements", st, n)
	}
	// A real ID token from the flow, used as a bearer token, is refused.
	c := a.browser(t)
	token := signIn(t, a, c, "ob@stadt.test")
	var sess db.Session
	gdb.Where("id = ?", hashToken(token)).Take(&sess)
	idToken, err := a.s.tokens.open(sess.IDToken, "idt:"+sess.ID)
	if err != nil {
		t.Fatal(err)
	}
	if st, _, n, _ := serveBearer(t, a.s, string(idToken)); st != 401 || n != 0 {
		t.Fatalf("demo ID token as bearer: %d, %d statements", st, n)
	}
	if _, err := a.s.demo.IssueAccessToken("nobody@stadt.test", "x"); err == nil {
		t.Fatal("token for an unknown account")
	}
}

func TestDemoIdPRefusesRemoteAddress(t *testing.T) {
	gdb := dbtest.Open(t)
	for _, addr := range []string{"0.0.0.0:0", ":0", "192.0.2.1:8081"} {
		_, err := New(t.Context(), Config{DemoAddr: addr}, gdb)
		if err == nil || !strings.Contains(err.Error(), "DEMO_IDP_ALLOW_REMOTE") {
			t.Fatalf("DEMO_IDP_ADDR=%s: %v", addr, err)
		}
	}
	if _, err := demoidp.Start(demoidp.Config{Addr: "0.0.0.0:0", ClientID: "c", ClientSecret: "s", RedirectURIs: []string{"x"}}); err == nil {
		t.Fatal("demoidp.Start accepted a non-loopback address")
	}
}

func TestSignInSweepsExpiredSessions(t *testing.T) {
	gdb := dbtest.Open(t)
	addPerson(t, gdb, "Olga Berg", "ob@stadt.test")
	a := newApp(t, gdb, nil)
	now := time.Now().UTC()
	for i, s := range []db.Session{
		{ID: "idle", LastSeenAt: now.Add(-2 * time.Hour), ExpiresAt: now.Add(time.Hour)},
		{ID: "expired", LastSeenAt: now.Add(-time.Minute), ExpiresAt: now.Add(-time.Second)},
		{ID: "alive", LastSeenAt: now.Add(-time.Minute), ExpiresAt: now.Add(time.Hour)},
	} {
		s.Subject, s.CreatedAt = "x", now.Add(-time.Duration(i)*time.Hour)
		if err := gdb.Create(&s).Error; err != nil {
			t.Fatal(err)
		}
	}
	signIn(t, a, a.browser(t), "ob@stadt.test")
	var ids []string
	gdb.Model(&db.Session{}).Where("subject = ?", "x").Pluck("id", &ids)
	if len(ids) != 1 || ids[0] != "alive" {
		t.Fatalf("after the sweep: %v", ids)
	}
}

// Opening the demo on 127.0.0.1 when PUBLIC_URL says localhost: sign-in
// first moves to PUBLIC_URL's host, keeping the return path, so the login
// cookie and the callback meet. A request on a non-loopback name (behind a
// proxy) is not redirected.
func TestLoginMovesToThePublicHost(t *testing.T) {
	s := &Service{cfg: Config{PublicURL: "http://localhost:8080"}}
	for _, c := range []struct{ host, want string }{
		{"127.0.0.1:8080", "http://localhost:8080/auth/login?return=%2Fstart"},
		{"[::1]:8080", "http://localhost:8080/auth/login?return=%2Fstart"},
		{"localhost:8080", ""},
		{"zielwerk.intern:8080", ""},
	} {
		r := httptest.NewRequest("GET", "/auth/login?return=%2Fstart", nil)
		r.Host = c.host
		if got := s.publicLoginURL(r); got != c.want {
			t.Errorf("host %s: %q, want %q", c.host, got, c.want)
		}
	}
}
