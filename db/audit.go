package db

import (
	"context"
	"database/sql"
	"encoding/json"
	"time"

	"gorm.io/gorm"

	"zielwerk/apperr"
	"zielwerk/clock"
)

// Actor is who makes a change, as recorded in the audit trail.
type Actor struct {
	PersonID int64
	Roles    string // comma-separated Zielwerk roles at the time of the change
	// OnBehalfOf is the person the actor stands in for (a deputy acting
	// for a leader); 0 for none.
	OnBehalfOf int64
}

// Audit appends one audit event in tx. before and after are the changed
// fields (any JSON-marshalable value, nil for none).
func Audit(tx *gorm.DB, actor Actor, entity string, entityID int64, action string, before, after any) error {
	ev := auditEvent(actor, entity, entityID, action, before, after, clock.Now(tx.Statement.Context))
	return tx.Create(&ev).Error
}

// auditEvent builds an event; imports insert many of them in batches.
func auditEvent(actor Actor, entity string, id int64, action string, before, after any, at time.Time) AuditEvent {
	ev := AuditEvent{At: at, ActorID: actorRef(actor), ActorRoles: actor.Roles, Entity: entity, EntityID: id,
		Action: action, Before: jsonOf(before), After: jsonOf(after)}
	if actor.OnBehalfOf != 0 {
		ev.OnBehalfOfID = &actor.OnBehalfOf
	}
	return ev
}

// actorRef is the actor's person id, nil for the system.
func actorRef(a Actor) *int64 {
	if a.PersonID == 0 {
		return nil
	}
	id := a.PersonID
	return &id
}

func jsonOf(v any) string {
	if v == nil {
		return ""
	}
	b, err := json.Marshal(v)
	if err != nil {
		return ""
	}
	return string(b)
}

// Write runs fn in one transaction (DESIGN.md §3 rule 3): either the change
// and its audit event are both stored, or neither.
// A write the database refuses because its fiscal year is closed is
// BAD_USER_INPUT (ErrYearClosed), not an internal error.
func Write(ctx context.Context, gdb *gorm.DB, fn func(tx *gorm.DB) error) error {
	err := gdb.WithContext(ctx).Transaction(fn)
	if isYearClosed(err) {
		return ErrYearClosed()
	}
	return err
}

// UpdateVersioned updates the row of model with id at expectedVersion and
// bumps its version; CONFLICT when someone else changed it first (rule 5).
func UpdateVersioned(tx *gorm.DB, model any, id int64, expectedVersion int, changes map[string]any) error {
	changes["version"] = expectedVersion + 1
	res := tx.Model(model).Where("id = ? AND version = ?", id, expectedVersion).Updates(changes)
	if res.Error != nil {
		return res.Error
	}
	if res.RowsAffected == 0 {
		return apperr.ErrConflict
	}
	return nil
}

// auditSubjects says which audit events belong to an object's trail: an
// agreement's own events, the events of a KPI's values, of a product's
// budget lines, of a measure and its savings.
var auditSubjects = map[string]string{
	"Agreement":            "entity = 'Agreement' AND entity_id = @id",
	"KPI":                  "(entity = 'KPI' AND entity_id = @id) OR (entity = 'KPIValue' AND entity_id IN (SELECT id FROM kpi_values WHERE kpi_id = @id))",
	"Product":              "(entity = 'Product' AND entity_id = @id) OR (entity = 'BudgetLine' AND entity_id IN (SELECT id FROM budget_lines WHERE product_id = @id))",
	"Goal":                 "entity = 'Goal' AND entity_id = @id",
	"StrategicGoal":        "entity = 'StrategicGoal' AND entity_id = @id",
	"OrgUnit":              "entity = 'OrgUnit' AND entity_id = @id",
	"Person":               "entity = 'Person' AND entity_id = @id",
	"ConsolidationMeasure": "(entity = 'ConsolidationMeasure' AND entity_id = @id) OR (entity = 'MeasureSaving' AND entity_id IN (SELECT id FROM measure_savings WHERE measure_id = @id))",
}

// AuditTrail lists the events of one object (a type of auditSubjects),
// newest first, before the event with id before (0 = from the newest).
func AuditTrail(ctx context.Context, gdb *gorm.DB, typ string, id int64, first int, before int64) (Page[AuditEvent], error) {
	var p Page[AuditEvent]
	cond, ok := auditSubjects[typ]
	if !ok {
		return p, nil
	}
	q := gdb.WithContext(ctx).Model(&AuditEvent{}).Where(cond, sql.Named("id", id))
	var total int64
	if err := q.Session(&gorm.Session{}).Count(&total).Error; err != nil {
		return p, err
	}
	if before > 0 {
		q = q.Where("id < ?", before)
	}
	if err := q.Order("id DESC").Limit(first + 1).Find(&p.Items).Error; err != nil {
		return p, err
	}
	p.Total = int(total)
	if p.HasNext = len(p.Items) > first; p.HasNext {
		p.Items = p.Items[:first]
	}
	return p, nil
}
