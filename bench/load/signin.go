package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"slices"
	"strings"
	"time"

	"zielwerk/demo"
	"zielwerk/identity"
)

// dezernent is the demo account with the LEADERSHIP role: the person whose
// start page the query builds.
func dezernent() (demo.DemoAccount, error) {
	for _, a := range demo.DemoAccounts() {
		if slices.Contains(a.Roles, "LEADERSHIP") {
			return a, nil
		}
	}
	return demo.DemoAccount{}, fmt.Errorf("no LEADERSHIP account in demo.DemoAccounts()")
}

// signIn goes through the demo IdP as a browser does (server_test.go,
// TestDemoSignInThroughTheProductionPath): /auth/login, the IdP's login
// form, the redirects back to the callback; it returns the session cookie
// as a Cookie header value.
func signIn(ctx context.Context, base, email string) (string, error) {
	u, err := url.Parse(base)
	if err != nil {
		return "", err
	}
	// The session cookies are Secure (__Host-); over plain HTTP a cookie jar
	// sends them to "localhost" only, as browsers do.
	if host, port, err := net.SplitHostPort(u.Host); err == nil && u.Scheme == "http" {
		if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
			u.Host = net.JoinHostPort("localhost", port)
		}
	}
	jar, _ := cookiejar.New(nil)
	browser := &http.Client{Jar: jar, Timeout: 10 * time.Second}
	get, _ := http.NewRequestWithContext(ctx, "GET", u.JoinPath("/auth/login").String()+"?return=/start", nil)
	res, err := browser.Do(get)
	if err != nil {
		return "", fmt.Errorf("sign-in: %w", err)
	}
	page, _ := io.ReadAll(res.Body)
	res.Body.Close()
	reqID := res.Request.URL.Query().Get("authRequestID")
	if res.StatusCode != http.StatusOK || reqID == "" {
		return "", fmt.Errorf("sign-in: /auth/login ended at %s (%d), not at the demo login form: %.200s", res.Request.URL, res.StatusCode, page)
	}
	form := url.Values{"authRequestID": {reqID}, "email": {email}}
	post, _ := http.NewRequestWithContext(ctx, "POST", res.Request.URL.ResolveReference(&url.URL{Path: "/login"}).String(), strings.NewReader(form.Encode()))
	post.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if res, err = browser.Do(post); err != nil {
		return "", fmt.Errorf("sign-in as %s: %w", email, err)
	}
	res.Body.Close()
	if res.Request.URL.Path != "/start" {
		return "", fmt.Errorf("sign-in as %s ended at %s (%d), not at /start", email, res.Request.URL, res.StatusCode)
	}
	for _, c := range jar.Cookies(u) {
		if c.Name == identity.SessionCookie {
			return c.Name + "=" + c.Value, nil
		}
	}
	return "", fmt.Errorf("sign-in as %s: no %s cookie", email, identity.SessionCookie)
}
