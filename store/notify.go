package store

import (
	"context"

	"gorm.io/gorm"

	"zielwerk/access"
	"zielwerk/apperr"
	"zielwerk/clock"
	"zielwerk/db"
)

// WithPublicURL sets where mails link to (PUBLIC_URL).
func WithPublicURL(u string) Option { return func(s *Store) { s.publicURL = u } }

// Outbox pages the outbox (Postausgang), newest first: ADMIN.
func (sv *Viewer) Outbox(ctx context.Context, status db.MailStatus, first int, before int64) (db.Page[db.OutboxMessage], error) {
	v, err := sv.Policy(ctx)
	if err != nil {
		return db.Page[db.OutboxMessage]{}, err
	}
	if !v.CanAdminister() {
		return db.Page[db.OutboxMessage]{}, apperr.ErrForbidden
	}
	return db.OutboxPage(ctx, sv.gdb, status, first, before)
}

// RemindersOptOut says whether the viewer turned reminders off.
func (sv *Viewer) RemindersOptOut(ctx context.Context) (bool, error) {
	v, err := sv.Policy(ctx)
	if err != nil || v == nil {
		return false, err
	}
	var out []bool
	err = sv.db(ctx).Model(&db.Person{}).Where("id = ?", v.PersonID).Pluck("reminders_opt_out", &out).Error
	return len(out) == 1 && out[0], err
}

// SetRemindersOptOut turns the viewer's own reminders off or on (the
// mandatory mails stay); audited on the person.
func (sv *Viewer) SetRemindersOptOut(ctx context.Context, optOut bool) (*db.Person, error) {
	return asViewer(ctx, sv, func(tx *gorm.DB, a db.Actor, v *access.Viewer) (*db.Person, error) {
		return db.SetRemindersOptOut(tx, a, v.PersonID, optOut)
	})
}

// Deputies lists the deputies where the viewer is leader or deputy; ADMIN
// every one.
func (sv *Viewer) Deputies(ctx context.Context) ([]*db.Deputy, error) {
	v, err := sv.Policy(ctx)
	if err != nil || v == nil {
		return nil, err
	}
	return db.DeputiesOf(ctx, sv.gdb, v.PersonID, v.SeesAllDeputies())
}

func (sv *Viewer) AssignDeputy(ctx context.Context, in db.DeputyInput) (*db.Deputy, error) {
	return asViewer(ctx, sv, func(tx *gorm.DB, a db.Actor, v *access.Viewer) (*db.Deputy, error) {
		return db.AssignDeputy(tx, a, v.MayNameDeputy, in)
	})
}

func (sv *Viewer) EndDeputy(ctx context.Context, id int64, version int) (*db.Deputy, error) {
	return asViewer(ctx, sv, func(tx *gorm.DB, a db.Actor, v *access.Viewer) (*db.Deputy, error) {
		return db.EndDeputy(tx, a, v.MayEndDeputy, id, version)
	})
}

// TransferOffers lists the open agreements to hand to a successor: ADMIN.
func (sv *Viewer) TransferOffers(ctx context.Context) ([]db.TransferOffer, error) {
	v, err := sv.Policy(ctx)
	if err != nil {
		return nil, err
	}
	if !v.CanAdminister() {
		return nil, apperr.ErrForbidden
	}
	return db.TransferOffers(ctx, sv.gdb, clock.Today(ctx))
}

// TransferPrincipal hands an open agreement to its successor: ADMIN.
func (sv *Viewer) TransferPrincipal(ctx context.Context, id int64, version int) (*db.Agreement, error) {
	return asViewer(ctx, sv, func(tx *gorm.DB, a db.Actor, v *access.Viewer) (*db.Agreement, error) {
		may := func(*db.Agreement) bool { return v.CanAdminister() }
		return db.TransferPrincipal(tx, a, may, id, version, clock.Today(ctx))
	})
}
