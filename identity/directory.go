package identity

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"strings"

	"gorm.io/gorm"

	"zielwerk/clock"
	"zielwerk/db"
)

var errLinkRace = errors.New("person linked concurrently")

// resolve finds the person of a verified identity; 0 means "not registered".
// The subject wins once a person is linked; until then the user claim is
// matched against persons.email (case-insensitive) and the subject is
// stored. The demo provider never links: its subjects are throwaway, and a
// later switch to the city's IdP must still be able to link by email.
func (s *Service) resolve(ctx context.Context, id identity) (int64, string, error) {
	pid, name, err := s.resolveOnce(ctx, id)
	if errors.Is(err, errLinkRace) || errors.Is(err, gorm.ErrDuplicatedKey) {
		pid, name, err = s.resolveOnce(ctx, id) // the other request linked it; find it by subject
	}
	if err == nil && pid != 0 && id.bootstrapAdmin {
		err = s.recordBootstrapAdmin(ctx, pid, id)
	}
	return pid, name, err
}

// recordBootstrapAdmin writes, once per person, the audit event that says
// ADMIN came from BOOTSTRAP_ADMINS.
func (s *Service) recordBootstrapAdmin(ctx context.Context, pid int64, id identity) error {
	g := s.gdb.WithContext(ctx)
	var n int64
	err := g.Model(&db.AuditEvent{}).Where("entity = 'Person' AND entity_id = ? AND action = ?", pid, "identity.bootstrapAdmin").Count(&n).Error
	if err != nil || n > 0 {
		return err
	}
	ev := audit(ctx, pid, id, "identity.bootstrapAdmin")
	ev.After = `{"roles":["ADMIN"],"source":"BOOTSTRAP_ADMINS"}`
	if err := g.Create(ev).Error; err != nil {
		return err
	}
	slog.InfoContext(ctx, "identity: ADMIN granted by BOOTSTRAP_ADMINS", "person_id", pid)
	return nil
}

func (s *Service) resolveOnce(ctx context.Context, id identity) (int64, string, error) {
	g := s.gdb.WithContext(ctx)
	var p db.Person
	if !s.Demo() && id.Subject != "" {
		err := g.Where("subject = ?", id.Subject).Take(&p).Error
		if err == nil {
			return p.ID, p.Name, nil
		}
		if !errors.Is(err, gorm.ErrRecordNotFound) {
			return 0, "", err
		}
	}
	if id.UserKey == "" || id.Subject == "" {
		return 0, "", nil
	}
	err := g.Where("LOWER(email) = ?", strings.ToLower(id.UserKey)).Take(&p).Error
	switch {
	case errors.Is(err, gorm.ErrRecordNotFound):
		if !s.cfg.AutoProvision && !id.bootstrapAdmin {
			return 0, "", nil
		}
		return s.provision(ctx, id)
	case err != nil:
		return 0, "", err
	case s.Demo():
		return p.ID, p.Name, nil
	case p.Subject != nil:
		// Someone else's IdP account already owns this directory entry.
		slog.WarnContext(ctx, "identity: person is linked to a different subject", "person_id", p.ID)
		return 0, "", nil
	}
	err = g.Transaction(func(tx *gorm.DB) error {
		res := tx.Model(&db.Person{}).Where("id = ? AND subject IS NULL", p.ID).
			Updates(map[string]any{"subject": id.Subject, "version": gorm.Expr("version + 1")})
		if res.Error != nil {
			return res.Error
		}
		if res.RowsAffected == 0 {
			return errLinkRace
		}
		return tx.Create(audit(ctx, p.ID, id, "identity.link")).Error
	})
	if err != nil {
		return 0, "", err
	}
	slog.InfoContext(ctx, "identity: linked person to IdP subject", "person_id", p.ID)
	return p.ID, p.Name, nil
}

// provision creates a person for an unknown identity (OIDC_AUTO_PROVISION,
// or a bootstrap administrator).
func (s *Service) provision(ctx context.Context, id identity) (int64, string, error) {
	email := id.Email
	if email == "" && s.cfg.UserClaim == "email" {
		email = id.UserKey
	}
	if email == "" {
		return 0, "", nil
	}
	p := db.Person{Name: id.Name, Email: strings.ToLower(email)}
	if p.Name == "" {
		p.Name = p.Email
	}
	if !s.Demo() {
		p.Subject = &id.Subject
	}
	err := s.gdb.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Create(&p).Error; err != nil {
			return err
		}
		return tx.Create(audit(ctx, p.ID, id, "identity.provision")).Error
	})
	if err != nil {
		return 0, "", err
	}
	slog.InfoContext(ctx, "identity: provisioned person on first sign-in", "person_id", p.ID)
	return p.ID, p.Name, nil
}

func audit(ctx context.Context, personID int64, id identity, action string) *db.AuditEvent {
	after, _ := json.Marshal(map[string]string{"subject": id.Subject})
	return &db.AuditEvent{
		At: clock.Now(ctx), ActorID: &personID, ActorRoles: joinRoles(id.Roles),
		Entity: "Person", EntityID: personID, Action: action, After: string(after),
	}
}
