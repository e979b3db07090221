package db_test

import (
	"errors"
	"testing"
	"time"

	"gorm.io/gorm"

	"zielwerk/apperr"
	"zielwerk/db"
	"zielwerk/db/dbtest"
)

// cascadeCity: a board with Dezernate I and II, Amt 32 below II, a
// strategic goal and a Dezernat goal of each Dezernat.
func cascadeCity(t *testing.T) (*gorm.DB, map[string]*db.OrgUnit, map[string]*db.Goal) {
	gdb := dbtest.Open(t)
	from := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	units := map[string]*db.OrgUnit{}
	for _, u := range []struct{ code, parent string }{{"VV", ""}, {"I", "VV"}, {"II", "VV"}, {"32", "II"}} {
		kind := map[string]db.OrgUnitKind{"VV": db.KindBoard, "I": db.KindDezernat, "II": db.KindDezernat, "32": db.KindAmt}[u.code]
		unit := &db.OrgUnit{Code: u.code, Name: "Einheit " + u.code, Kind: kind, ValidFrom: from}
		if u.parent != "" {
			unit.ParentID = &units[u.parent].ID
		}
		if err := gdb.Create(unit).Error; err != nil {
			t.Fatal(err)
		}
		units[u.code] = unit
	}
	sg := db.StrategicGoal{Number: 1, Title: "Solide Finanzen"}
	if err := gdb.Create(&sg).Error; err != nil {
		t.Fatal(err)
	}
	goals := map[string]*db.Goal{}
	for _, code := range []string{"I", "II"} {
		g := &db.Goal{OrgUnitID: units[code].ID, Level: db.LevelDezernat, Title: "Ziel " + code, FromYear: 2025, ToYear: 2027,
			StrategicGoalID: &sg.ID, TracedStrategicGoalID: &sg.ID}
		if err := gdb.Create(g).Error; err != nil {
			t.Fatal(err)
		}
		goals[code] = g
	}
	return gdb, units, goals
}

// The goal cascade is one rule: the single write and the import refuse
// the same goal with the same error.
func TestGoalRuleIsTheSameOnWriteAndImport(t *testing.T) {
	gdb, units, goals := cascadeCity(t)
	all := func(*db.Goal) bool { return true }
	cases := []struct {
		name   string
		in     db.GoalInput
		parent *db.GoalRef
		key    string
	}{
		{"parent not of a unit above", db.GoalInput{Level: db.To(db.LevelAmt)}, &db.GoalRef{UnitCode: "I", Title: "Ziel I"}, "goal.parentUnit"},
		{"level not the unit's", db.GoalInput{Level: db.To(db.LevelDezernat)}, &db.GoalRef{UnitCode: "II", Title: "Ziel II"}, "goal.levelUnit"},
		{"years do not overlap", db.GoalInput{Level: db.To(db.LevelAmt), FromYear: db.To(2029), ToYear: db.To(2030)},
			&db.GoalRef{UnitCode: "II", Title: "Ziel II"}, "goal.parentYears"},
		{"untraced without a reason", db.GoalInput{Level: db.To(db.LevelAmt)}, nil, "goal.untraced"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := c.in
			in.Title = db.To("Neues Ziel")
			if !in.FromYear.Set {
				in.FromYear, in.ToYear = db.To(2025), db.To(2026)
			}
			write := in
			write.OrgUnitID = db.To(units["32"].ID)
			if c.parent != nil {
				write.ParentGoalID = db.To(goals[c.parent.UnitCode].ID)
			}
			_, werr := db.CreateGoal(gdb, db.Actor{}, all, write)
			we, ok := apperr.As(werr)
			if !ok || we.Key != c.key {
				t.Fatalf("write: %v, want %s", werr, c.key)
			}
			_, ierr := db.ImportGoals(gdb, db.Actor{}, []db.GoalRow{{UnitCode: "32", In: in, Parent: c.parent}}, func(int64) bool { return true }, true)
			var ri *db.RowsInvalid
			if !errors.As(ierr, &ri) || len(ri.Errors) != 1 || *ri.Errors[0].Err != *we {
				t.Fatalf("import: %v, want %+v", ierr, we)
			}
		})
	}
	var n int64
	gdb.Model(&db.Goal{}).Count(&n)
	if n != 2 {
		t.Fatalf("%d goals, want the 2 stored", n)
	}
}

// A changed link in an import re-traces the stored goals below, as the
// single write does.
func TestGoalImportRetracesBelow(t *testing.T) {
	gdb, units, goals := cascadeCity(t)
	amt := db.Goal{OrgUnitID: units["32"].ID, Level: db.LevelAmt, Title: "Amtsziel", FromYear: 2025, ToYear: 2026,
		ParentGoalID: &goals["II"].ID, TracedStrategicGoalID: goals["II"].TracedStrategicGoalID}
	if err := gdb.Create(&amt).Error; err != nil {
		t.Fatal(err)
	}
	sg2 := db.StrategicGoal{Number: 2, Title: "Sichere Stadt"}
	if err := gdb.Create(&sg2).Error; err != nil {
		t.Fatal(err)
	}
	c, err := db.ImportGoals(gdb, db.Actor{}, []db.GoalRow{{UnitCode: "II", StrategicNumber: ptr(2),
		In: db.GoalInput{Title: db.To("Ziel II"), FromYear: db.To(2025)}}}, func(int64) bool { return true }, true)
	if err != nil || c.Updated != 1 {
		t.Fatalf("%+v, %v", c, err)
	}
	if err := gdb.Take(&amt, amt.ID).Error; err != nil {
		t.Fatal(err)
	}
	if amt.TracedStrategicGoalID == nil || *amt.TracedStrategicGoalID != sg2.ID || amt.Version != 1 {
		t.Fatalf("Amt goal %+v, want traced to %d", amt, sg2.ID)
	}
}
