package identity

import (
	"slices"
	"strings"
)

// identity is what Zielwerk takes from verified token claims.
type identity struct {
	Subject       string
	UserKey       string // value of the configured user claim
	Email         string
	Name          string
	EmailVerified *bool
	Roles         []Role
	hasRoles      bool // the roles claim was present at all
	// bootstrapAdmin: the verified e-mail is one of BOOTSTRAP_ADMINS, and
	// Roles hold ADMIN for it.
	bootstrapAdmin bool
}

// claimAt follows a dotted path such as "realm_access.roles" or
// "resource_access.zielwerk.roles".
func claimAt(claims map[string]any, path string) (any, bool) {
	var cur any = claims
	for _, part := range strings.Split(path, ".") {
		m, ok := cur.(map[string]any)
		if !ok {
			return nil, false
		}
		if cur, ok = m[part]; !ok {
			return nil, false
		}
	}
	return cur, true
}

// stringsOf accepts a JSON array of strings or a single string.
func stringsOf(v any) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case []any:
		var out []string
		for _, e := range v {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	case []string:
		return v
	}
	return nil
}

func str(claims map[string]any, key string) string {
	s, _ := claims[key].(string)
	return s
}

// identityFrom reads the claims of one or more verified tokens of the same
// subject (ID token first, then access token); roles are the union of the
// mapped values of the roles claim.
func (s *Service) identityFrom(sets ...map[string]any) identity {
	var id identity
	var roles []Role
	for _, c := range sets {
		if c == nil {
			continue
		}
		if id.Subject == "" {
			id.Subject = str(c, "sub")
		}
		if id.UserKey == "" {
			if v, ok := claimAt(c, s.cfg.UserClaim); ok {
				id.UserKey, _ = v.(string)
			}
		}
		if id.Email == "" {
			id.Email = str(c, "email")
		}
		if id.Name == "" {
			id.Name = str(c, "name")
		}
		if b, ok := c["email_verified"].(bool); ok && id.EmailVerified == nil {
			id.EmailVerified = &b
		}
		if v, ok := claimAt(c, s.cfg.RolesClaim); ok {
			id.hasRoles = true
			for _, val := range stringsOf(v) {
				roles = append(roles, s.roleMap[val]...)
			}
		}
	}
	id.UserKey = strings.TrimSpace(id.UserKey)
	if s.cfg.UserClaim == "email" && id.EmailVerified != nil && !*id.EmailVerified {
		id.UserKey = "" // an unverified email must not claim a directory entry
	}
	if s.isBootstrapAdmin(id) {
		id.bootstrapAdmin = true
		roles = append(roles, RoleAdmin)
	}
	id.Roles = sortRoles(roles)
	if id.Name == "" {
		id.Name = id.UserKey
	}
	return id
}

// isBootstrapAdmin reports whether id's verified e-mail address is one of
// BOOTSTRAP_ADMINS. With the e-mail as user claim that is the user key
// (cleared above when unverified); otherwise the email claim counts only
// when the IdP says it is verified.
func (s *Service) isBootstrapAdmin(id identity) bool {
	email := id.UserKey
	if s.cfg.UserClaim != "email" {
		email = ""
		if id.EmailVerified != nil && *id.EmailVerified {
			email = id.Email
		}
	}
	email = strings.ToLower(strings.TrimSpace(email))
	return email != "" && slices.Contains(s.cfg.BootstrapAdmins, email)
}
