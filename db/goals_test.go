package db_test

import (
	"testing"
	"time"

	"zielwerk/apperr"
	"zielwerk/db"
	"zielwerk/db/dbtest"
)

func TestLinkGoalChecksTheCascade(t *testing.T) {
	gdb := dbtest.Open(t)
	ctx := t.Context()
	sg := db.StrategicGoal{Number: 8, Title: "Haushaltssicherung"}
	gdb.Create(&sg)
	// Goals belong to existing units (foreign keys).
	from := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	dezUnit := db.OrgUnit{Code: "D", Name: "Dezernat", Kind: db.KindDezernat, ValidFrom: from}
	gdb.Create(&dezUnit)
	amtUnit := db.OrgUnit{Code: "A", Name: "Amt", Kind: db.KindAmt, ParentID: &dezUnit.ID, ValidFrom: from}
	gdb.Create(&amtUnit)
	dez := db.Goal{OrgUnitID: dezUnit.ID, Level: db.LevelDezernat, Title: "D", FromYear: 2026, ToYear: 2027, StrategicGoalID: &sg.ID}
	if err := db.LinkGoal(ctx, gdb, &dez); err != nil || dez.TracedStrategicGoalID == nil || *dez.TracedStrategicGoalID != sg.ID {
		t.Fatalf("dezernat goal: %v, traced %v", err, dez.TracedStrategicGoalID)
	}
	gdb.Create(&dez)
	amt := db.Goal{OrgUnitID: amtUnit.ID, Level: db.LevelAmt, Title: "A", FromYear: 2026, ToYear: 2027, ParentGoalID: &dez.ID}
	if err := db.LinkGoal(ctx, gdb, &amt); err != nil || *amt.TracedStrategicGoalID != sg.ID {
		t.Fatalf("amt goal: %v", err)
	}
	gdb.Create(&amt)

	bad := []db.Goal{
		{Level: db.LevelProduct, ParentGoalID: &dez.ID, FromYear: 2026, ToYear: 2026},      // skips a level
		{Level: db.LevelAmt, ParentGoalID: &amt.ID, FromYear: 2026, ToYear: 2026},          // same level
		{Level: db.LevelAmt, StrategicGoalID: &sg.ID, FromYear: 2026, ToYear: 2026},        // only Dezernat goals link to strategy
		{Level: db.LevelDezernat, ParentGoalID: &dez.ID, FromYear: 2026, ToYear: 2026},     // Dezernat goals have no parent goal
		{Level: db.LevelAmt, ParentGoalID: ptr(int64(9999)), FromYear: 2026, ToYear: 2026}, // missing parent
		{Level: db.LevelAmt, ParentGoalID: &dez.ID, FromYear: 2027, ToYear: 2026},          // years backwards
	}
	for i, g := range bad {
		err := db.LinkGoal(ctx, gdb, &g)
		if e, ok := apperr.As(err); !ok || e.Code != apperr.BadUserInput {
			t.Errorf("case %d: got %v, want BAD_USER_INPUT", i, err)
		}
	}
	unlinked := db.Goal{Level: db.LevelAmt, FromYear: 2026, ToYear: 2026}
	if err := db.LinkGoal(ctx, gdb, &unlinked); err != nil || unlinked.TracedStrategicGoalID != nil {
		t.Fatalf("unlinked goal is allowed and untraced: %v", err)
	}
}

func ptr[T any](v T) *T { return &v }
