package graph_test

import (
	"encoding/json"
	"net/http/httptest"
	"strings"
	"testing"

	"zielwerk/db/dbtest"
	"zielwerk/graph"
	"zielwerk/identity"
	"zielwerk/store"
)

// The top-level message follows Accept-Language (German for a German
// browser, English without the header); both texts stay in extensions.
func TestErrorMessageFollowsAcceptLanguage(t *testing.T) {
	gdb := dbtest.Open(t)
	h := graph.NewHandler(store.New(gdb), graph.Options{})
	ask := func(lang string) map[string]any {
		req := httptest.NewRequest("POST", "/graphql", strings.NewReader(`{"query":"{ node(id: \"kaputt\") { id } }"}`))
		req.Header.Set("Content-Type", "application/json")
		if lang != "" {
			req.Header.Set("Accept-Language", lang)
		}
		req = req.WithContext(identity.WithPrincipal(req.Context(), &identity.Principal{PersonID: 1}))
		res := httptest.NewRecorder()
		h.ServeHTTP(res, req)
		var body struct {
			Errors []map[string]any `json:"errors"`
		}
		if err := json.Unmarshal(res.Body.Bytes(), &body); err != nil || len(body.Errors) == 0 {
			t.Fatalf("%s: %s", lang, res.Body)
		}
		return body.Errors[0]
	}
	de, en, none := ask("de-DE,de;q=0.9,en;q=0.5"), ask("en-GB,en;q=0.9"), ask("")
	ext := de["extensions"].(map[string]any)
	if de["message"] != ext["messageDe"] || en["message"] != ext["messageEn"] || none["message"] != ext["messageEn"] || de["message"] == en["message"] {
		t.Errorf("messages: de %q, en %q, none %q", de["message"], en["message"], none["message"])
	}
}
