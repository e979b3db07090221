package identity

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"io"
	"net/http"
	"sync"
	"time"
)

// sealer encrypts small values with AES-256-GCM. The key is derived from the
// client secret, which every replica has anyway, so replicas agree on it
// without another setting; rotating the secret ends pending logins and the
// refresh tokens stored in sessions.
type sealer struct{ aead cipher.AEAD }

func newSealer(secret, purpose string) (*sealer, error) {
	key, err := hkdf.Key(sha256.New, []byte(secret), nil, "zielwerk identity v1 "+purpose, 32)
	if err != nil {
		return nil, err
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	return &sealer{aead}, nil
}

// seal returns base64url(nonce || ciphertext); aad binds it to its use.
func (s *sealer) seal(plain []byte, aad string) string {
	nonce := make([]byte, s.aead.NonceSize())
	_, _ = rand.Read(nonce)
	return base64.RawURLEncoding.EncodeToString(s.aead.Seal(nonce, nonce, plain, []byte(aad)))
}

func (s *sealer) open(sealed, aad string) ([]byte, error) {
	b, err := base64.RawURLEncoding.DecodeString(sealed)
	if err != nil || len(b) < s.aead.NonceSize() {
		return nil, errors.New("malformed sealed value")
	}
	n := s.aead.NonceSize()
	return s.aead.Open(nil, b[:n], b[n:], []byte(aad))
}

// randomToken returns 32 random bytes, base64url: 43 characters.
func randomToken() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// hashToken is the session row id for a cookie token.
func hashToken(tok string) string {
	h := sha256.Sum256([]byte(tok))
	return hex.EncodeToString(h[:])
}

// jwksLimiter sits in the HTTP client go-oidc uses. go-oidc's RemoteKeySet
// refetches the JWKS for every token with an unknown kid (it only merges
// concurrent fetches), so a stream of forged tokens would turn into a stream
// of requests to the IdP. The limiter answers JWKS requests from its cache
// unless the last fetch is at least `interval` old.
type jwksLimiter struct {
	base     http.RoundTripper
	interval time.Duration

	mu      sync.Mutex
	url     string
	last    time.Time
	body    []byte
	header  http.Header
	fetches int // real fetches, for tests and logs
}

func (l *jwksLimiter) setURL(u string) {
	l.mu.Lock()
	l.url = u
	l.mu.Unlock()
}

func (l *jwksLimiter) RoundTrip(req *http.Request) (*http.Response, error) {
	l.mu.Lock()
	isJWKS := req.Method == http.MethodGet && l.url != "" && req.URL.String() == l.url
	l.mu.Unlock()
	if !isJWKS {
		return l.base.RoundTrip(req)
	}
	l.mu.Lock()
	defer l.mu.Unlock() // one fetch at a time; waiters then get the cache
	if !l.last.IsZero() && time.Since(l.last) < l.interval {
		if l.body == nil {
			return nil, errors.New("jwks fetch throttled after a failure")
		}
		return l.cached(req), nil
	}
	l.last = time.Now()
	l.fetches++
	resp, err := l.base.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return nil, err
	}
	if resp.StatusCode == http.StatusOK {
		l.body, l.header = body, resp.Header.Clone()
		return l.cached(req), nil
	}
	resp.Body = io.NopCloser(bytes.NewReader(body))
	return resp, nil
}

func (l *jwksLimiter) cached(req *http.Request) *http.Response {
	return &http.Response{
		Status: "200 OK", StatusCode: http.StatusOK, Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		Header: l.header.Clone(), Body: io.NopCloser(bytes.NewReader(l.body)),
		ContentLength: int64(len(l.body)), Request: req,
	}
}

func (l *jwksLimiter) fetchCount() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.fetches
}
