package db

import (
	"context"
	"time"

	"gorm.io/gorm"

	"zielwerk/apperr"
	"zielwerk/clock"
)

// Deputy (Vertretung): DeputyID stands in for LeaderID from ValidFrom to
// ValidTo (both days included), unless ended earlier (EndedOn: from that
// day on no more). What a deputy may do is access's rule
// (access/lifecycle.go, access/policy.go).
type Deputy struct {
	ID          int64 `gorm:"primaryKey"`
	LeaderID    int64
	DeputyID    int64
	ValidFrom   time.Time
	ValidTo     time.Time
	EndedOn     *time.Time
	CreatedAt   time.Time
	CreatedByID *int64
	Version     int `gorm:"default:1"`
}

// ActiveOn says whether the deputy stands in on day.
func (d *Deputy) ActiveOn(day time.Time) bool {
	return !day.Before(d.ValidFrom) && !day.After(d.ValidTo) && (d.EndedOn == nil || day.Before(*d.EndedOn))
}

// AllDeputies reads every deputy row (the policy's cache picks the day's).
func AllDeputies(ctx context.Context, gdb *gorm.DB) ([]Deputy, error) {
	var out []Deputy
	err := gdb.WithContext(ctx).Order("id").Find(&out).Error
	return out, err
}

// DeputyInput names a deputy for a leader and a period.
type DeputyInput struct {
	LeaderID, DeputyID int64
	From, To           time.Time
}

// AssignDeputy names in.DeputyID the deputy of in.LeaderID for the period,
// if may allows it for the leader. The period ends today or later and
// lasts at most a year; a leader has one deputy at a time. Audited on the
// leader (Person).
func AssignDeputy(tx *gorm.DB, actor Actor, may May[Person], in DeputyInput) (*Deputy, error) {
	var leader, deputy Person
	if err := tx.Take(&leader, in.LeaderID).Error; err != nil {
		return nil, notFoundOr(err)
	}
	if !may(&leader) {
		return nil, apperr.ErrForbidden
	}
	if err := tx.Take(&deputy, in.DeputyID).Error; err != nil {
		return nil, apperr.BadInput("deputyId", "deputy.missing", "Die Vertretung gibt es nicht.", "No such deputy.")
	}
	today := clock.Today(tx.Statement.Context)
	from, to := DateOf(in.From), DateOf(in.To)
	switch {
	case deputy.ID == leader.ID:
		return nil, apperr.BadInput("deputyId", "deputy.self", "Niemand vertritt sich selbst.", "Nobody deputises for themself.")
	case deputy.LeftOn != nil && !deputy.LeftOn.After(from):
		return nil, apperr.BadInput("deputyId", "deputy.left", "%s ist ausgeschieden.", "%s has left.", deputy.Name)
	case from.After(to) || to.Before(today) || to.After(from.AddDate(1, 0, 0)):
		return nil, apperr.BadInput("to", "deputy.period", "Der Zeitraum endet frühestens heute und dauert höchstens ein Jahr.",
			"The period ends today or later and lasts at most a year.")
	}
	var overlapping int64
	if err := tx.Model(&Deputy{}).Where("leader_id = ? AND valid_from <= ? AND valid_to >= ? AND (ended_on IS NULL OR ended_on > ?)",
		leader.ID, to, from, from).Count(&overlapping).Error; err != nil {
		return nil, err
	}
	if overlapping > 0 {
		return nil, apperr.BadInput("from", "deputy.overlap", "Für diesen Zeitraum ist bereits eine Vertretung benannt.",
			"A deputy is already named for this period.")
	}
	d := Deputy{LeaderID: leader.ID, DeputyID: deputy.ID, ValidFrom: from, ValidTo: to, CreatedAt: clock.Now(tx.Statement.Context),
		CreatedByID: actorRef(actor), Version: 1}
	if err := tx.Create(&d).Error; err != nil {
		return nil, err
	}
	return &d, Audit(tx, actor, "Person", leader.ID, "deputyAssign", nil,
		map[string]any{"deputy": deputy.Name, "from": from.Format(time.DateOnly), "to": to.Format(time.DateOnly)})
}

// EndDeputy ends a deputy today (a period not begun yet ends before it
// begins), if may allows it for the leader.
func EndDeputy(tx *gorm.DB, actor Actor, may May[Person], id int64, expectedVersion int) (*Deputy, error) {
	var d Deputy
	if err := tx.Take(&d, id).Error; err != nil {
		return nil, notFoundOr(err)
	}
	var leader, deputy Person
	if err := tx.Take(&leader, d.LeaderID).Error; err != nil {
		return nil, err
	}
	if !may(&leader) {
		return nil, apperr.ErrForbidden
	}
	if d.Version != expectedVersion {
		return nil, apperr.ErrConflict
	}
	if err := tx.Take(&deputy, d.DeputyID).Error; err != nil {
		return nil, err
	}
	today := clock.Today(tx.Statement.Context)
	end := today
	if end.Before(d.ValidFrom) {
		end = d.ValidFrom
	}
	if d.EndedOn != nil || end.After(d.ValidTo) {
		return &d, nil // over already
	}
	if err := UpdateVersioned(tx, &Deputy{}, d.ID, d.Version, map[string]any{"ended_on": end}); err != nil {
		return nil, err
	}
	if err := tx.Take(&d, id).Error; err != nil {
		return nil, err
	}
	return &d, Audit(tx, actor, "Person", leader.ID, "deputyEnd", map[string]any{"deputy": deputy.Name},
		map[string]any{"endedOn": end.Format(time.DateOnly)})
}

// DeputiesOf lists the deputy rows where person is leader or deputy
// (all: every row), newest period first.
func DeputiesOf(ctx context.Context, gdb *gorm.DB, person int64, all bool) ([]*Deputy, error) {
	q := gdb.WithContext(ctx).Order("valid_from DESC, id DESC")
	if !all {
		q = q.Where("leader_id = ? OR deputy_id = ?", person, person)
	}
	var out []*Deputy
	return out, q.Find(&out).Error
}

// SetRemindersOptOut turns person's reminders off (optOut) or on; the
// person changes it for themself only. Audited on the person.
func SetRemindersOptOut(tx *gorm.DB, actor Actor, person int64, optOut bool) (*Person, error) {
	var p Person
	if err := tx.Take(&p, person).Error; err != nil {
		return nil, notFoundOr(err)
	}
	if err := tx.Model(&Person{}).Where("id = ?", person).Update("reminders_opt_out", optOut).Error; err != nil {
		return nil, err
	}
	return &p, Audit(tx, actor, "Person", person, "update", nil, map[string]any{"remindersOptOut": optOut})
}
