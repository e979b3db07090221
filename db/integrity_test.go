package db_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"gorm.io/gorm"

	"zielwerk/apperr"
	"zielwerk/db"
	"zielwerk/db/dbtest"
)

// integrityWorld is the least data an agreement needs: a board led by the
// OB and a Dezernat below it led by the agent.
type integrityWorld struct {
	gdb       *gorm.DB
	ob, agent db.Person
	dez       db.OrgUnit
	agreement db.Agreement
}

func newIntegrityWorld(t *testing.T) *integrityWorld {
	t.Helper()
	w := &integrityWorld{gdb: dbtest.Open(t)}
	now := time.Now().UTC()
	w.ob, w.agent = db.Person{Name: "OB", Email: "ob@example.org"}, db.Person{Name: "Dez", Email: "d@example.org"}
	board := db.OrgUnit{Code: "VV", Name: "Vorstand", Kind: db.KindBoard, ValidFrom: now}
	for _, row := range []any{&w.ob, &w.agent, &board} {
		if err := w.gdb.Create(row).Error; err != nil {
			t.Fatal(err)
		}
	}
	w.dez = db.OrgUnit{Code: "D1", Name: "Dezernat I", Kind: db.KindDezernat, ParentID: &board.ID, LeaderID: &w.agent.ID, ValidFrom: now}
	if err := w.gdb.Create(&w.dez).Error; err != nil {
		t.Fatal(err)
	}
	w.agreement = w.newAgreement(2026)
	if err := w.gdb.Create(&w.agreement).Error; err != nil {
		t.Fatal(err)
	}
	return w
}

func (w *integrityWorld) newAgreement(year int) db.Agreement {
	now := time.Now().UTC()
	return db.Agreement{Year: year, PrincipalID: w.ob.ID, AgentID: w.agent.ID, OrgUnitID: w.dez.ID,
		Status: db.StatusDraft, PayRule: db.PayNone, CreatedAt: now, UpdatedAt: now, Version: 1}
}

func TestDatabaseRefusesBrokenRows(t *testing.T) {
	w := newIntegrityWorld(t)
	item := func(f func(*db.AgreementItem)) *db.AgreementItem {
		it := &db.AgreementItem{AgreementID: w.agreement.ID, Position: 1, Title: "Ziel", WeightPercent: 50, Version: 1}
		f(it)
		return it
	}
	missing := int64(999_999)
	// Valid parents, so a check and not a foreign key refuses the rows below.
	kpi := db.KPI{Name: "K", Unit: "%", Direction: db.HigherIsBetter, Kind: db.KPIOutput, Frequency: db.Yearly}
	prog := db.ConsolidationProgramme{Kind: db.HSP, Name: "HSP", FromYear: 2026, ToYear: 2030}
	for _, row := range []any{&kpi, &prog} {
		if err := w.gdb.Create(row).Error; err != nil {
			t.Fatal(err)
		}
	}
	measure := db.ConsolidationMeasure{ProgrammeID: prog.ID, Number: "1", Title: "M", OrgUnitID: w.dez.ID, Status: db.MeasurePlanned}
	if err := w.gdb.Create(&measure).Error; err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		row  any
		want error // nil: any error
	}{
		{"item of a missing agreement", item(func(it *db.AgreementItem) { it.AgreementID = missing }), gorm.ErrForeignKeyViolated},
		{"item linking a missing goal", item(func(it *db.AgreementItem) { it.GoalID = &missing }), gorm.ErrForeignKeyViolated},
		{"unit led by a missing person", &db.OrgUnit{Code: "X", Name: "X", Kind: db.KindAmt, LeaderID: &missing, ValidFrom: time.Now()}, gorm.ErrForeignKeyViolated},
		{"audit event of a missing actor", &db.AuditEvent{At: time.Now(), ActorID: &missing, Entity: "X", EntityID: 1, Action: "create"}, gorm.ErrForeignKeyViolated},
		{"session of a missing person", &db.Session{ID: "s", PersonID: &missing, Subject: "x", CreatedAt: time.Now(), LastSeenAt: time.Now(), ExpiresAt: time.Now()}, gorm.ErrForeignKeyViolated},
		{"weight over 100", item(func(it *db.AgreementItem) { it.WeightPercent = 101 }), nil},
		{"negative weight", item(func(it *db.AgreementItem) { it.WeightPercent = -1 }), nil},
		{"degree over 150", item(func(it *db.AgreementItem) { it.FinalDegree = ptr(150.1) }), nil},
		{"negative degree", item(func(it *db.AgreementItem) { it.InterimDegree = ptr(-0.5) }), nil},
		{"unknown target unit", item(func(it *db.AgreementItem) { it.TargetUnit = "METRE" }), nil},
		{"position 0", item(func(it *db.AgreementItem) { it.Position = 0 }), nil},
		{"unknown status", func() *db.Agreement { a := w.newAgreement(2027); a.Status = "LOST"; return &a }(), nil},
		{"agreement with oneself", func() *db.Agreement { a := w.newAgreement(2027); a.PrincipalID = w.agent.ID; return &a }(), nil},
		{"second agreement for agent, unit and year", func() *db.Agreement { a := w.newAgreement(2026); return &a }(), gorm.ErrDuplicatedKey},
		{"quarter and month", &db.KPIValue{KPIID: kpi.ID, Year: 2026, Quarter: 1, Month: 2, RecordedAt: time.Now()}, nil},
		{"years backwards", &db.ConsolidationProgramme{Kind: db.HSK, Name: "HSK", FromYear: 2030, ToYear: 2026}, nil},
		{"negative saving", &db.MeasureSaving{MeasureID: measure.ID, Year: 2026, PlannedCents: -1}, nil},
	}
	for _, c := range cases {
		err := w.gdb.Create(c.row).Error
		switch {
		case err == nil:
			t.Errorf("%s: stored, want refused", c.name)
		case c.want != nil && !errors.Is(err, c.want):
			t.Errorf("%s: %v, want %v", c.name, err, c.want)
		}
	}
	if db.Dialect(w.gdb) == "sqlite" {
		// SQLite would keep 12.5 in an integer column; money is whole cents.
		err := w.gdb.Exec("INSERT INTO budget_lines (product_id, year, plan_cents) VALUES (NULL, 2026, 12.5)").Error
		if err == nil {
			t.Error("a fractional cent amount was stored")
		}
	}
	ok := item(func(it *db.AgreementItem) {
		it.FinalDegree, it.SelfDegree, it.TargetUnit = ptr(150.0), ptr(60.5), db.UnitDays
	})
	if err := w.gdb.Create(ok).Error; err != nil {
		t.Fatalf("a valid item is refused: %v", err)
	}
	var back db.AgreementItem
	if err := w.gdb.First(&back, ok.ID).Error; err != nil || *back.SelfDegree != 60.5 || back.TargetUnit != db.UnitDays {
		t.Fatalf("item read back: %+v, %v", back, err)
	}
	if err := w.gdb.Create(item(func(*db.AgreementItem) {})).Error; !errors.Is(err, gorm.ErrDuplicatedKey) {
		t.Errorf("second item at position 1: %v, want a duplicate key", err)
	}
	if err := w.gdb.Delete(&w.agreement).Error; !errors.Is(err, gorm.ErrForeignKeyViolated) {
		t.Errorf("deleting an agreement with items: %v, want refused", err)
	}
}

// The insert that loses the race to the unique constraint answers what the
// early check answers.
func TestLostAgreementRaceIsTheUserError(t *testing.T) {
	w := newIntegrityWorld(t)
	dup := w.newAgreement(w.agreement.Year)
	err := w.gdb.Transaction(func(tx *gorm.DB) error { return db.CreateAgreement(tx, &dup) })
	e, ok := apperr.As(err)
	if !ok || e.Code != apperr.BadUserInput || e.Key != "agreement.exists" {
		t.Fatalf("duplicate agreement: %v, want the userError agreement.exists", err)
	}
}

// What `\d agreements` shows: its foreign keys and the unique constraint.
func TestAgreementsTableHasForeignKeysAndUnique(t *testing.T) {
	gdb := dbtest.Open(t)
	var got []string
	if db.Dialect(gdb) == "postgres" {
		err := gdb.Raw(`SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
			WHERE conrelid = 'agreements'::regclass AND contype IN ('f', 'u') ORDER BY conname`).Scan(&got).Error
		if err != nil {
			t.Fatal(err)
		}
	} else {
		var fks []struct{ Table, From, To string }
		if err := gdb.Raw(`SELECT "table", "from", "to" FROM pragma_foreign_key_list('agreements') ORDER BY "from"`).Scan(&fks).Error; err != nil {
			t.Fatal(err)
		}
		for _, fk := range fks {
			got = append(got, "fk_agreements_"+fk.From+" FOREIGN KEY ("+fk.From+") REFERENCES "+fk.Table+"("+fk.To+")")
		}
		var uq []string
		if err := gdb.Raw(`SELECT group_concat(c.name, ', ') FROM pragma_index_list('agreements') i, pragma_index_info(i.name) c
			WHERE i."unique" AND i.origin = 'u' GROUP BY i.name`).Scan(&uq).Error; err != nil {
			t.Fatal(err)
		}
		for _, u := range uq {
			got = append(got, "uq_agreements_agent_unit_year UNIQUE ("+u+")")
		}
	}
	want := []string{
		"fk_agreements_agent_id FOREIGN KEY (agent_id) REFERENCES people(id)",
		"fk_agreements_office_reviewer_id FOREIGN KEY (office_reviewer_id) REFERENCES people(id)",
		"fk_agreements_org_unit_id FOREIGN KEY (org_unit_id) REFERENCES org_units(id)",
		"fk_agreements_principal_id FOREIGN KEY (principal_id) REFERENCES people(id)",
		"uq_agreements_agent_unit_year UNIQUE (agent_id, org_unit_id, year)",
	}
	if !slices.Equal(got, want) {
		t.Fatalf("agreements constraints:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
