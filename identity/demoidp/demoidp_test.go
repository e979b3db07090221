package demoidp

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
)

func TestLoginPageAndDiscovery(t *testing.T) {
	s, err := Start(Config{
		Addr: "127.0.0.1:0", ClientID: "zielwerk", ClientSecret: "s", RedirectURIs: []string{"http://localhost:8080/auth/callback"},
		Accounts: []Account{
			{Email: "hr@stadt.test", Name: "Hanna Roth", Label: "Personalamt", Roles: []string{"HR"}},
			{Email: "ob@stadt.test", Name: "Olga Berg", Label: "Oberbürgermeisterin", Roles: []string{"OB"}},
			{Email: "amt@stadt.test", Name: "Anton Amt", Label: "Amtsleiter"},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	resp, err := http.Get(s.Issuer() + "/.well-known/openid-configuration")
	if err != nil {
		t.Fatal(err)
	}
	var meta map[string]any
	json.NewDecoder(resp.Body).Decode(&meta)
	resp.Body.Close()
	for _, k := range []string{"authorization_endpoint", "token_endpoint", "jwks_uri", "end_session_endpoint"} {
		if v, _ := meta[k].(string); !strings.HasPrefix(v, s.Issuer()) {
			t.Errorf("%s = %v", k, meta[k])
		}
	}
	if meta["issuer"] != s.Issuer() {
		t.Errorf("issuer %v", meta["issuer"])
	}
	resp, err = http.Get(s.Issuer() + "/login?authRequestID=x")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	page := string(b)
	ob, hr, rest := strings.Index(page, "Olga Berg"), strings.Index(page, "Hanna Roth"), strings.Index(page, "Anton Amt")
	if !strings.Contains(page, "<h1>Demo-Anmeldung</h1>") || !strings.Contains(page, `lang="de"`) || ob < 0 || !(ob < hr && hr < rest) {
		t.Fatalf("login page (OB first, then HR, then staff without role):\n%s", page)
	}
	if !strings.Contains(page, "<h2>Beschäftigte</h2>") {
		t.Fatal("staff without role are not listed")
	}
}
