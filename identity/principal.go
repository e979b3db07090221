// Package identity turns a browser session cookie or an API bearer token into
// a verified Principal (DESIGN.md §3–4). Browsers sign in through Zielwerk as
// a Backend-for-Frontend: Zielwerk is a confidential OIDC client, keeps the
// tokens server-side in the sessions table and hands the browser only an
// opaque, HttpOnly cookie. API clients send `Authorization: Bearer <JWT>`
// from the same issuer. Without OIDC_ISSUER the embedded demo provider
// (identity/demoidp) is started and used through the same code path.
package identity

import (
	"context"
	"slices"
	"strings"
)

// Role is a Zielwerk role; IdP claim values are mapped to these.
type Role string

const (
	RoleOB          Role = "OB"
	RoleOBOffice    Role = "OB_OFFICE"
	RoleLeadership  Role = "LEADERSHIP"
	RoleControlling Role = "CONTROLLING"
	RoleHR          Role = "HR"
	RoleAdmin       Role = "ADMIN"
	// RolePayCommission: a member of the joint commission (paritätische
	// Kommission) that decides objections to assessments.
	RolePayCommission Role = "PAY_COMMISSION"
)

// AllRoles lists every role in a fixed order.
var AllRoles = []Role{RoleOB, RoleOBOffice, RoleLeadership, RoleControlling, RoleHR, RoleAdmin, RolePayCommission}

// Principal is the signed-in person of a request.
type Principal struct {
	PersonID  int64
	Subject   string
	Name      string
	Roles     []Role
	Demo      bool   // signed in through the demo provider
	SessionID string // hash of the session token; empty for bearer tokens
}

// Has reports whether p holds role r. A nil Principal holds nothing.
func (p *Principal) Has(r Role) bool {
	return p != nil && slices.Contains(p.Roles, r)
}

type principalKey struct{}
type notRegisteredKey struct{}

// WithPrincipal returns ctx carrying p.
func WithPrincipal(ctx context.Context, p *Principal) context.Context {
	return context.WithValue(ctx, principalKey{}, p)
}

// FromContext returns the request's Principal, nil if anonymous.
func FromContext(ctx context.Context) *Principal {
	p, _ := ctx.Value(principalKey{}).(*Principal)
	return p
}

// NotRegistered reports that the request carried a valid IdP identity that
// is not in the persons directory, so the graph can say so instead of
// "please sign in".
func NotRegistered(ctx context.Context) bool {
	v, _ := ctx.Value(notRegisteredKey{}).(bool)
	return v
}

// WithNotRegistered marks ctx as carrying a valid identity unknown to the
// directory (exported for tests of the layers above).
func WithNotRegistered(ctx context.Context) context.Context {
	return context.WithValue(ctx, notRegisteredKey{}, true)
}

// sortRoles dedupes roles and puts them in AllRoles order.
func sortRoles(rs []Role) []Role {
	out := []Role{}
	for _, r := range AllRoles {
		if slices.Contains(rs, r) {
			out = append(out, r)
		}
	}
	return out
}

func joinRoles(rs []Role) string {
	s := make([]string, len(rs))
	for i, r := range rs {
		s[i] = string(r)
	}
	return strings.Join(s, ",")
}

func splitRoles(s string) []Role {
	var out []Role
	for _, v := range strings.Split(s, ",") {
		if v != "" {
			out = append(out, Role(v))
		}
	}
	return sortRoles(out)
}
