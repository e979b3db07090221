package db_test

import (
	"context"
	"testing"
	"time"

	"zielwerk/db"
	"zielwerk/db/dbtest"
)

func TestMigrateIsIdempotentAndAuditIsAppendOnly(t *testing.T) {
	ctx := context.Background()
	gdb := dbtest.Open(t)
	n, err := db.Migrate(ctx, gdb)
	if err != nil || n != 0 {
		t.Fatalf("second migrate applied %d, err %v; want 0, nil", n, err)
	}
	if p, err := db.PendingMigrations(ctx, gdb); err != nil || p != 0 {
		t.Fatalf("pending = %d, %v", p, err)
	}
	ev := db.AuditEvent{At: time.Now().UTC(), Entity: "Test", EntityID: 1, Action: "create"}
	if err := gdb.Create(&ev).Error; err != nil {
		t.Fatal(err)
	}
	if err := gdb.Model(&ev).Update("action", "forged").Error; err == nil {
		t.Fatal("updating an audit event must fail")
	}
	if err := gdb.Delete(&ev).Error; err == nil {
		t.Fatal("deleting an audit event must fail")
	}
}
