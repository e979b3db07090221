package db

import (
	"strings"

	"gorm.io/gorm"

	"zielwerk/apperr"
)

// OrgUnitRow is one row of the org unit import. Code is the natural key;
// In holds the unit's own fields (not ParentID, LeaderID). ParentCode may
// name a stored unit or another row of the file, LeaderEmail a stored
// person; "" leaves the stored link as it is.
type OrgUnitRow struct {
	Code        string
	In          OrgUnitInput
	ParentCode  string
	LeaderEmail string
}

func orgUnitPlan(tx *gorm.DB) *masterPlan[OrgUnit] {
	return &masterPlan[OrgUnit]{rc: orgUnits, table: "org_units",
		cols: []batchCol{{"code", "TEXT"}, {"name", "TEXT"}, {"kind", "TEXT"}, {"parent_id", "BIGINT"}, {"leader_id", "BIGINT"},
			{"valid_from", sqlTimeType(tx)}, {"valid_to", sqlTimeType(tx)}},
		vals: func(u *OrgUnit) []any {
			return []any{u.Code, u.Name, string(u.Kind), nullable(u.ParentID), nullable(u.LeaderID), u.ValidFrom, nullable(u.ValidTo)}
		},
		setID: func(u *OrgUnit, id int64) { u.ID = id },
		self:  func(u *OrgUnit) **int64 { return &u.ParentID },
	}
}

// ImportOrgUnits upserts org units by code (orgUnitRule on every row, over
// the stored units and the file's). Permission is the caller's
// (MayMaintainOrganisation, for the whole file).
func ImportOrgUnits(tx *gorm.DB, actor Actor, rows []OrgUnitRow, write bool) (ImportCounts, error) {
	stored, err := loadAll[OrgUnit](tx)
	if err != nil {
		return ImportCounts{}, err
	}
	emails := make([]string, 0, len(rows))
	for _, r := range rows {
		if r.LeaderEmail != "" {
			emails = append(emails, strings.ToLower(r.LeaderEmail))
		}
	}
	leaders, err := FindIn[Person](tx, "email", emails)
	if err != nil {
		return ImportCounts{}, err
	}
	personByEmail := make(map[string]int64, len(leaders))
	l := newImportLookup()
	for _, p := range leaders {
		personByEmail[p.Email] = p.ID
		l.people[p.ID] = true
	}
	byCode := make(map[string]*OrgUnit, len(stored))
	for _, u := range stored {
		byCode[u.Code] = u
		l.units[u.ID] = u
		if u.LeaderID != nil { // a stored unit's leader exists (foreign key)
			l.people[*u.LeaderID] = true
		}
	}
	plan := orgUnitPlan(tx)
	idOf := make(map[string]int64, len(stored)+len(rows))
	for code, u := range byCode {
		idOf[code] = u.ID
	}
	for i, r := range rows {
		cur := byCode[r.Code]
		next := &OrgUnit{Version: 1, ID: -int64(i + 1)}
		var missing InputErrors
		if cur != nil {
			*next = *cur
		} else {
			missing = r.In.missing()
		}
		if err := plan.failAll(i, inputErrors(missing, r.In.applyTo(next))); err != nil {
			return ImportCounts{}, err
		}
		if cur == nil {
			if _, dup := idOf[r.Code]; dup {
				return ImportCounts{}, errDuplicateRow
			}
			idOf[r.Code] = next.ID
		}
		l.units[next.ID] = next
		plan.rows = append(plan.rows, planRow[OrgUnit]{i, cur, next})
	}
	for _, p := range plan.rows {
		r := rows[p.row]
		if r.ParentCode != "" {
			if id, ok := idOf[r.ParentCode]; ok {
				p.next.ParentID = &id
			} else {
				_ = plan.fail(p.row, apperr.BadInput("parentId", "orgUnit.parentMissing",
					"Die übergeordnete Einheit „%s“ gibt es weder in Zielwerk noch in der Datei.",
					"The parent unit “%s” exists neither in Zielwerk nor in the file.", r.ParentCode))
			}
		}
		if r.LeaderEmail != "" {
			if id, ok := personByEmail[strings.ToLower(r.LeaderEmail)]; ok {
				p.next.LeaderID = &id
			} else {
				_ = plan.fail(p.row, apperr.BadInput("leaderId", "orgUnit.leaderMissing",
					"Die Person mit der E-Mail-Adresse %s gibt es nicht (bitte zuerst die Personen importieren).",
					"There is no person with the e-mail address %s (please import the people first).", r.LeaderEmail))
			}
		}
	}
	failed := rowSet(plan.errs)
	for _, p := range plan.rows {
		if failed[p.row] {
			continue
		}
		if err := plan.fail(p.row, orgUnitRule(l, p.next)); err != nil {
			return ImportCounts{}, err
		}
	}
	return plan.run(tx, actor, write)
}

func rowSet(errs []RowInvalid) map[int]bool {
	out := make(map[int]bool, len(errs))
	for _, e := range errs {
		out[e.Row] = true
	}
	return out
}

// PersonRow is one row of the people import; Email (lower case) is the
// natural key.
type PersonRow struct {
	Email string
	In    PersonInput
}

// ImportPeople upserts people by e-mail address.
func ImportPeople(tx *gorm.DB, actor Actor, rows []PersonRow, write bool) (ImportCounts, error) {
	emails := make([]string, len(rows))
	for i, r := range rows {
		emails[i] = r.Email
	}
	stored, err := FindIn[Person](tx, "email", emails)
	if err != nil {
		return ImportCounts{}, err
	}
	byEmail := make(map[string]*Person, len(stored))
	for _, p := range stored {
		byEmail[p.Email] = p
	}
	plan := &masterPlan[Person]{rc: people, table: "people",
		cols: []batchCol{{"name", "TEXT"}, {"position", "TEXT"}, {"employment", "TEXT"}, {"part_time_factor", "DOUBLE PRECISION"},
			{"entered_on", sqlTimeType(tx)}},
		vals: func(p *Person) []any {
			return []any{p.Name, p.Position, string(p.Employment), p.PartTimeFactor, p.EnteredOn}
		},
		setID: func(p *Person, id int64) { p.ID = id },
	}
	for i, r := range rows {
		cur := byEmail[r.Email]
		next := newPerson()
		next.ID = -int64(i + 1)
		var missing InputErrors
		if cur != nil {
			next = *cur
		} else {
			missing = r.In.missing()
		}
		if err := plan.failAll(i, inputErrors(missing, r.In.applyTo(&next))); err != nil {
			return ImportCounts{}, err
		}
		plan.rows = append(plan.rows, planRow[Person]{i, cur, &next})
	}
	return plan.run(tx, actor, write)
}

// StrategicGoalRow is one row of the strategic goal import; Number is the
// natural key.
type StrategicGoalRow struct {
	Number int
	In     StrategicGoalInput
}

// ImportStrategicGoals upserts strategic goals by number.
func ImportStrategicGoals(tx *gorm.DB, actor Actor, rows []StrategicGoalRow, write bool) (ImportCounts, error) {
	stored, err := loadAll[StrategicGoal](tx)
	if err != nil {
		return ImportCounts{}, err
	}
	byNumber := make(map[int]*StrategicGoal, len(stored))
	for _, g := range stored {
		byNumber[g.Number] = g
	}
	plan := &masterPlan[StrategicGoal]{rc: strategicGoals, table: "strategic_goals",
		cols:  []batchCol{{"title", "TEXT"}, {"description", "TEXT"}},
		vals:  func(g *StrategicGoal) []any { return []any{g.Title, g.Description} },
		setID: func(g *StrategicGoal, id int64) { g.ID = id },
	}
	for i, r := range rows {
		cur := byNumber[r.Number]
		next := StrategicGoal{Version: 1, ID: -int64(i + 1)}
		var missing InputErrors
		if cur != nil {
			next = *cur
		} else {
			missing = r.In.missing()
		}
		if err := plan.failAll(i, inputErrors(missing, r.In.applyTo(&next))); err != nil {
			return ImportCounts{}, err
		}
		plan.rows = append(plan.rows, planRow[StrategicGoal]{i, cur, &next})
	}
	return plan.run(tx, actor, write)
}
