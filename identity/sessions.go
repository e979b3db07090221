package identity

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"time"

	"golang.org/x/oauth2"
	"gorm.io/gorm"

	"zielwerk/clock"
	"zielwerk/db"
)

const (
	// SessionCookie holds the opaque session token. __Host- pins it to this
	// host, Path=/ and Secure (browsers accept Secure on http://localhost).
	SessionCookie = "__Host-zw_session"
	// authCookie holds the sealed pending login (state, nonce, PKCE
	// verifier). Lax, because the IdP's redirect back is a cross-site GET.
	authCookie = "__Host-zw_auth"

	// refreshLease: while one request (on any replica) refreshes a session's
	// tokens, the others keep using the session instead of spending the same
	// rotating refresh token twice.
	refreshLease = 30 * time.Second
)

func setCookie(w http.ResponseWriter, name, value string, sameSite http.SameSite, maxAge int) {
	http.SetCookie(w, &http.Cookie{
		Name: name, Value: value, Path: "/", MaxAge: maxAge,
		Secure: true, HttpOnly: true, SameSite: sameSite,
	})
}

func clearCookie(w http.ResponseWriter, name string, sameSite http.SameSite) {
	setCookie(w, name, "", sameSite, -1)
}

// touchEvery limits last_seen_at writes to one per interval and session.
func (s *Service) touchEvery() time.Duration {
	return min(time.Minute, s.cfg.IdleTimeout/4)
}

// tokenExpiry is when to refresh; IdPs that omit expires_in get 5 minutes.
func tokenExpiry(now time.Time, t *oauth2.Token) time.Time {
	if t.Expiry.IsZero() {
		return now.Add(5 * time.Minute)
	}
	return t.Expiry.UTC()
}

// createSession stores a new session and returns the cookie token. Only its
// SHA-256 is stored.
func (s *Service) createSession(ctx context.Context, id identity, personID int64, name, idToken string, tok *oauth2.Token) (string, error) {
	token := randomToken()
	now := clock.Now(ctx)
	sess := db.Session{
		ID: hashToken(token), Subject: id.Subject, UserKey: id.UserKey, Email: id.Email, Name: name,
		Roles: joinRoles(id.Roles), Demo: s.Demo(), CreatedAt: now, LastSeenAt: now,
		ExpiresAt: now.Add(s.cfg.MaxAge), Version: 1,
	}
	if personID != 0 {
		sess.PersonID = &personID
	}
	if idToken != "" {
		sess.IDToken = s.tokens.seal([]byte(idToken), "idt:"+sess.ID)
	}
	if tok.RefreshToken != "" {
		sess.RefreshToken = s.tokens.seal([]byte(tok.RefreshToken), "rt:"+sess.ID)
		exp := tokenExpiry(now, tok)
		sess.TokenExpiry = &exp
	}
	g := s.gdb.WithContext(ctx)
	if err := g.Create(&sess).Error; err != nil {
		return "", err
	}
	// Sign-ins are rare enough to sweep expired sessions here instead of in
	// a background job every replica would run.
	if err := g.Where("expires_at < ? OR last_seen_at < ?", now, now.Add(-s.cfg.IdleTimeout)).
		Delete(&db.Session{}).Error; err != nil {
		slog.WarnContext(ctx, "identity: sweeping expired sessions", "err", err)
	}
	return token, nil
}

func (s *Service) deleteSession(ctx context.Context, id string) {
	if err := s.gdb.WithContext(ctx).Where("id = ?", id).Delete(&db.Session{}).Error; err != nil {
		slog.ErrorContext(ctx, "identity: deleting session", "err", err)
	}
}

// sessionPrincipal resolves a session cookie. It returns nil for an unknown,
// expired or ended session (and clears the cookie) and reports a valid
// session whose identity is not in the directory as not registered. An
// error means the database failed and nothing is known either way.
func (s *Service) sessionPrincipal(ctx context.Context, w http.ResponseWriter, token string) (*Principal, bool, error) {
	if len(token) != 43 { // randomToken's length; skip the query for junk
		clearCookie(w, SessionCookie, http.SameSiteStrictMode)
		return nil, false, nil
	}
	g := s.gdb.WithContext(ctx)
	var sess db.Session
	err := g.Where("id = ?", hashToken(token)).Take(&sess).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		clearCookie(w, SessionCookie, http.SameSiteStrictMode)
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	now := clock.Now(ctx)
	if !now.Before(sess.ExpiresAt) || !now.Before(sess.LastSeenAt.Add(s.cfg.IdleTimeout)) {
		s.deleteSession(ctx, sess.ID)
		clearCookie(w, SessionCookie, http.SameSiteStrictMode)
		return nil, false, nil
	}
	if sess.RefreshToken != "" && sess.TokenExpiry != nil && !now.Before(*sess.TokenExpiry) {
		if err := s.refresh(ctx, &sess); err != nil {
			slog.InfoContext(ctx, "identity: token refresh failed, session ended", "err", err)
			s.deleteSession(ctx, sess.ID)
			clearCookie(w, SessionCookie, http.SameSiteStrictMode)
			return nil, false, nil
		}
	}
	if now.Sub(sess.LastSeenAt) >= s.touchEvery() {
		if err := g.Model(&db.Session{}).Where("id = ?", sess.ID).Update("last_seen_at", now).Error; err != nil {
			slog.WarnContext(ctx, "identity: touching session", "err", err)
		}
	}
	if sess.PersonID == nil {
		// Maybe an administrator has added the person since sign-in.
		id := identity{Subject: sess.Subject, UserKey: sess.UserKey, Email: sess.Email, Name: sess.Name, Roles: splitRoles(sess.Roles)}
		pid, name, err := s.resolve(ctx, id)
		if err != nil {
			return nil, false, err
		}
		if pid == 0 {
			return nil, true, nil
		}
		g.Model(&db.Session{}).Where("id = ?", sess.ID).Updates(map[string]any{"person_id": pid, "name": name})
		sess.PersonID, sess.Name = &pid, name
	}
	return &Principal{
		PersonID: *sess.PersonID, Subject: sess.Subject, Name: sess.Name,
		Roles: splitRoles(sess.Roles), Demo: sess.Demo, SessionID: sess.ID,
	}, false, nil
}

// refresh renews the session's tokens with its refresh token. A nil error
// with nothing done means another request holds the refresh lease.
func (s *Service) refresh(ctx context.Context, sess *db.Session) error {
	g := s.gdb.WithContext(ctx)
	lease := clock.Now(ctx).Add(refreshLease)
	res := g.Model(&db.Session{}).Where("id = ? AND version = ?", sess.ID, sess.Version).
		Updates(map[string]any{"token_expiry": lease, "version": gorm.Expr("version + 1")})
	if res.Error != nil || res.RowsAffected == 0 {
		return res.Error
	}
	sess.Version++
	rt, err := s.tokens.open(sess.RefreshToken, "rt:"+sess.ID)
	if err != nil {
		return err
	}
	tok, err := s.oauth.TokenSource(s.ctx(ctx), &oauth2.Token{RefreshToken: string(rt)}).Token()
	if err != nil {
		return err
	}
	updates := map[string]any{"token_expiry": tokenExpiry(clock.Now(ctx), tok), "version": gorm.Expr("version + 1")}
	if tok.RefreshToken != "" {
		updates["refresh_token"] = s.tokens.seal([]byte(tok.RefreshToken), "rt:"+sess.ID)
	}
	var idClaims map[string]any
	if raw, _ := tok.Extra("id_token").(string); raw != "" {
		idt, err := s.idVerifier.Verify(s.ctx(ctx), raw)
		if err != nil {
			return err
		}
		if idt.Subject != sess.Subject {
			return errors.New("refreshed ID token has a different subject")
		}
		if err := idt.Claims(&idClaims); err != nil {
			return err
		}
		updates["id_token"] = s.tokens.seal([]byte(raw), "idt:"+sess.ID)
	}
	// Roles follow the IdP: a role removed there is gone after the next refresh.
	if id := s.identityFrom(idClaims, s.accessTokenClaims(ctx, tok.AccessToken)); id.hasRoles {
		updates["roles"] = joinRoles(id.Roles)
		sess.Roles = joinRoles(id.Roles)
	}
	return g.Model(&db.Session{}).Where("id = ? AND version = ?", sess.ID, sess.Version).Updates(updates).Error
}

// loadRaw reads a session row whatever its state (for logout).
func (s *Service) loadRaw(ctx context.Context, id string) (db.Session, bool) {
	var sess db.Session
	err := s.gdb.WithContext(ctx).Where("id = ?", id).Take(&sess).Error
	return sess, err == nil
}
