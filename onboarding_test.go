package main

import (
	"fmt"
	"strings"
	"testing"

	"zielwerk/db"
	"zielwerk/demo"
	"zielwerk/identity"
)

// DEMO=false starts empty; a BOOTSTRAP_ADMINS address signs in through
// the embedded provider, is created as a person, gets ADMIN, and the grant
// is audited once however often they sign in.
func TestEmptyInstanceBootstrapsItsFirstAdmin(t *testing.T) {
	const email = "Erste.Admin@stadt.example"
	cfg := config{Demo: "false", Identity: identity.Config{BootstrapAdmins: []string{strings.ToLower(email)}}}
	s := startDemo(t, cfg, db.Pool{})
	if empty, err := demo.IsEmpty(t.Context(), s.gdb); err != nil || !empty {
		t.Fatalf("DEMO=false seeded the demo city (empty %v, %v)", empty, err)
	}
	acc := demo.DemoAccount{Email: strings.ToLower(email), Label: "Erste Administration"}
	for round := 1; round <= 2; round++ {
		browser := s.signIn(t, acc)
		a := s.query(t, browser, `{ me { roles person { name } } }`)
		if a.code() != "" || get(a.Data, "me", "person", "name") != strings.ToLower(email) {
			t.Fatalf("round %d: me = %+v", round, a)
		}
		if roles := fmt.Sprint(get(a.Data, "me", "roles")); !strings.Contains(roles, "ADMIN") {
			t.Fatalf("round %d: roles %s without ADMIN", round, roles)
		}
	}
	var people, grants int64
	s.gdb.Model(&db.Person{}).Count(&people)
	s.gdb.Model(&db.AuditEvent{}).Where("action = ?", "identity.bootstrapAdmin").Count(&grants)
	if people != 1 || grants != 1 {
		t.Fatalf("%d people, %d bootstrap audit events; want 1 and 1", people, grants)
	}
	// The admin adds a person; the embedded sign-in offers them from then
	// on, without ADMIN.
	admin := s.signIn(t, acc)
	a := s.query(t, admin, `mutation { personCreate(input: {name: "Dora Dezernentin", email: "dora@stadt.example", position: "Dezernentin"}) { userErrors { key } } }`)
	if a.code() != "" || len(get(a.Data, "personCreate", "userErrors").([]any)) > 0 {
		t.Fatalf("personCreate: %+v", a)
	}
	dora := s.signIn(t, demo.DemoAccount{Email: "dora@stadt.example", Label: "Dora Dezernentin (Dezernentin)"})
	a = s.query(t, dora, `{ me { roles person { name } } }`)
	if get(a.Data, "me", "person", "name") != "Dora Dezernentin" || strings.Contains(fmt.Sprint(get(a.Data, "me", "roles")), "ADMIN") {
		t.Fatalf("the imported person signed in: %+v", a)
	}
}

func TestDemoSetting(t *testing.T) {
	for _, c := range []struct {
		demo, issuer string
		want         bool
	}{
		{"", "", true}, {"", "https://idp.stadt.example", false},
		{"true", "https://idp.stadt.example", true}, {"false", "", false},
	} {
		cfg := config{Demo: c.demo, Identity: identity.Config{Issuer: c.issuer}}
		if got := cfg.seedsDemo(); got != c.want {
			t.Errorf("DEMO=%q OIDC_ISSUER=%q: seeds %v, want %v", c.demo, c.issuer, got, c.want)
		}
	}
	if err := (config{Demo: "ja"}).checkDemo(); err == nil {
		t.Error("DEMO=ja accepted")
	}
}
