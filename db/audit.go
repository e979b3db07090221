package db

import (
	"context"
	"encoding/json"
	"time"

	"gorm.io/gorm"

	"zielwerk/apperr"
)

// Actor is who makes a change, as recorded in the audit trail.
type Actor struct {
	PersonID int64
	Roles    string // comma-separated Zielwerk roles at the time of the change
}

// Audit appends one audit event in tx. before and after are the changed
// fields (any JSON-marshalable value, nil for none).
func Audit(tx *gorm.DB, actor Actor, entity string, entityID int64, action string, before, after any) error {
	ev := AuditEvent{At: time.Now().UTC(), ActorID: &actor.PersonID, ActorRoles: actor.Roles,
		Entity: entity, EntityID: entityID, Action: action, Before: jsonOf(before), After: jsonOf(after)}
	if actor.PersonID == 0 {
		ev.ActorID = nil
	}
	return tx.Create(&ev).Error
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
func Write(ctx context.Context, gdb *gorm.DB, fn func(tx *gorm.DB) error) error {
	return gdb.WithContext(ctx).Transaction(fn)
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
