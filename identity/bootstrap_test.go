package identity

import (
	"slices"
	"testing"
)

// Only a verified address of BOOTSTRAP_ADMINS gets ADMIN from it.
func TestBootstrapAdminNeedsAVerifiedListedAddress(t *testing.T) {
	yes, no := true, false
	for _, c := range []struct {
		name      string
		userClaim string
		claims    map[string]any
		want      bool
	}{
		{"listed, verified", "email", map[string]any{"sub": "1", "email": "Admin@Stadt.example", "email_verified": yes}, true},
		{"listed, verification unknown", "email", map[string]any{"sub": "1", "email": "admin@stadt.example"}, true},
		{"listed, unverified", "email", map[string]any{"sub": "1", "email": "admin@stadt.example", "email_verified": no}, false},
		{"not listed", "email", map[string]any{"sub": "1", "email": "other@stadt.example", "email_verified": yes}, false},
		{"other user claim, verified email", "preferred_username", map[string]any{"sub": "1", "preferred_username": "x", "email": "admin@stadt.example", "email_verified": yes}, true},
		{"other user claim, unverified email", "preferred_username", map[string]any{"sub": "1", "preferred_username": "admin@stadt.example", "email": "admin@stadt.example"}, false},
	} {
		s := &Service{cfg: Config{UserClaim: c.userClaim, BootstrapAdmins: emailList(" ADMIN@stadt.example ,")}}
		id := s.identityFrom(c.claims)
		if got := slices.Contains(id.Roles, RoleAdmin); got != c.want || id.bootstrapAdmin != c.want {
			t.Errorf("%s: ADMIN %v (bootstrap %v), want %v", c.name, got, id.bootstrapAdmin, c.want)
		}
	}
}

func TestBootstrapAdminsMustBeAddresses(t *testing.T) {
	c := Config{BootstrapAdmins: emailList("admin")}
	if err := c.normalize(); err == nil {
		t.Fatal("BOOTSTRAP_ADMINS=admin accepted")
	}
}
