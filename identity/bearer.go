package identity

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// maxTokenBytes: real access tokens are 1–3 KB; anything over 8 KB is refused
// before any parsing or signature work.
const maxTokenBytes = 8 << 10

// verifyAccessToken checks a bearer token and returns its claims. go-oidc
// checks signature (algorithms from discovery, never "none" or HMAC), issuer,
// audience (OIDC_AUDIENCE), exp, and nbf with 5 min leeway. What it leaves to
// the caller is whether the JWT is an access token at all; the rule is:
//
//  1. header typ, when present, must be at+jwt / application/at+jwt
//     (RFC 9068) or JWT (Keycloak, Entra ID and ADFS still use it);
//  2. the ID-token-only claims nonce, at_hash and c_hash must be absent, and
//     a Keycloak-style typ claim must be "Bearer";
//  3. a token with several audiences must name its client in azp;
//  4. unless typ is at+jwt, the token must look like an access token: a
//     scope/scp claim, or azp/client_id/appid naming a client other than
//     Zielwerk's own BFF client (an ID token is always issued to the client
//     that asked for it, so one of Zielwerk's own ID tokens fails here).
func (s *Service) verifyAccessToken(ctx context.Context, raw string) (map[string]any, error) {
	if len(raw) > maxTokenBytes {
		return nil, errors.New("token too large")
	}
	typ, err := headerType(raw)
	if err != nil {
		return nil, err
	}
	atJWT := strings.EqualFold(typ, "at+jwt") || strings.EqualFold(typ, "application/at+jwt")
	if typ != "" && !atJWT && !strings.EqualFold(typ, "JWT") {
		return nil, fmt.Errorf("unexpected token typ %q", typ)
	}
	tok, err := s.atVerifier.Verify(s.ctx(ctx), raw)
	if err != nil {
		return nil, err
	}
	var claims map[string]any
	if err := tok.Claims(&claims); err != nil {
		return nil, err
	}
	for _, k := range []string{"nonce", "at_hash", "c_hash"} {
		if _, ok := claims[k]; ok {
			return nil, fmt.Errorf("ID token used as access token (%s claim)", k)
		}
	}
	if t, ok := claims["typ"].(string); ok && !strings.EqualFold(t, "Bearer") {
		return nil, fmt.Errorf("token of type %q used as access token", t)
	}
	azp := str(claims, "azp")
	if len(tok.Audience) > 1 && azp == "" {
		return nil, errors.New("multi-audience token without azp")
	}
	if !atJWT {
		_, scope := claims["scope"]
		_, scp := claims["scp"]
		issuedTo := azp
		for _, k := range []string{"client_id", "appid"} {
			if issuedTo == "" {
				issuedTo = str(claims, k)
			}
		}
		if !scope && !scp && (issuedTo == "" || issuedTo == s.cfg.ClientID) {
			return nil, errors.New("token looks like an ID token, not an access token")
		}
	}
	if str(claims, "sub") == "" {
		return nil, errors.New("token without sub")
	}
	return claims, nil
}

// headerType decodes the JOSE header just far enough to read typ.
func headerType(raw string) (string, error) {
	parts := strings.Split(raw, ".")
	if len(parts) != 3 {
		return "", errors.New("not a compact JWS")
	}
	b, err := base64.RawURLEncoding.DecodeString(parts[0])
	if err != nil {
		return "", errors.New("malformed JWT header")
	}
	var h struct {
		Typ any `json:"typ"`
	}
	if err := json.Unmarshal(b, &h); err != nil {
		return "", errors.New("malformed JWT header")
	}
	switch t := h.Typ.(type) {
	case nil:
		return "", nil
	case string:
		return t, nil
	}
	return "", errors.New("malformed typ header")
}

// accessTokenClaims reads the claims of the access token Zielwerk itself
// received from the token endpoint (Keycloak puts realm roles only there).
// Signature, issuer and expiry are checked; the audience is not, because it
// is usually the IdP's own API. Opaque or foreign tokens yield nil.
func (s *Service) accessTokenClaims(ctx context.Context, raw string) map[string]any {
	if raw == "" || len(raw) > maxTokenBytes || strings.Count(raw, ".") != 2 {
		return nil
	}
	tok, err := s.rawVerifier.Verify(s.ctx(ctx), raw)
	if err != nil {
		return nil
	}
	var claims map[string]any
	if tok.Claims(&claims) != nil {
		return nil
	}
	return claims
}
