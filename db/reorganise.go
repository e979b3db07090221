package db

import (
	"fmt"
	"time"

	"gorm.io/gorm"

	"zielwerk/apperr"
)

// A reorganisation dissolves, merges or splits units on one day: the
// dissolved units end the day before, new units start on it, and what the
// moves name goes to its successor. Reorganise computes the plan and,
// when asked, applies it in the same transaction, so the plan shown in a
// dry run is what applies.

// ReorgWhat is a kind of thing that moves to a successor.
type ReorgWhat string

const (
	MoveGoals          ReorgWhat = "GOALS"           // goals running in the day's year or later (their KPIs go along)
	MoveProducts       ReorgWhat = "PRODUCTS"        // products (their KPIs and budget lines go along)
	MoveMeasures       ReorgWhat = "MEASURES"        // HSP measures
	MoveOpenAgreements ReorgWhat = "OPEN_AGREEMENTS" // agreements of the day's year or later, before the assessment
	MoveSubUnits       ReorgWhat = "SUB_UNITS"       // units directly below
)

// ReorgUnit is a unit the reorganisation creates; moves and other new
// units refer to it by Key.
type ReorgUnit struct {
	Key, Code, Name string
	Kind            OrgUnitKind
	ParentID        *int64
	ParentKey       string
	LeaderID        *int64
}

// ReorgMove moves what from one unit to another (an existing one, To, or
// a new one, ToKey).
type ReorgMove struct {
	From  int64
	To    int64
	ToKey string
	What  []ReorgWhat
}

// Reorganisation is the whole change, on one day.
type Reorganisation struct {
	On       time.Time
	Dissolve []int64
	Create   []ReorgUnit
	Moves    []ReorgMove
}

// ReorgStep is one line of the plan: what changes, in words, and how many.
type ReorgStep struct {
	De, En string
	Count  int
}

// ReorgPlan is what a reorganisation does (Steps) or why it cannot
// (Problems); Applied says whether it was written.
type ReorgPlan struct {
	Steps    []ReorgStep
	Problems InputErrors
	Applied  bool
	actor    Actor
}

func (p *ReorgPlan) step(count int, de, en string, args ...any) {
	if count > 0 {
		p.Steps = append(p.Steps, ReorgStep{De: fmt.Sprintf(de, args...), En: fmt.Sprintf(en, args...), Count: count})
	}
}

// Reorganise carries out r in tx (the caller rolls back for a dry run or
// when the plan has problems). One audit event records the whole change.
func Reorganise(tx *gorm.DB, actor Actor, may May[OrgUnit], r Reorganisation) (*ReorgPlan, error) {
	if !may(nil) {
		return nil, apperr.ErrForbidden
	}
	plan := &ReorgPlan{actor: actor}
	on := time.Date(r.On.Year(), r.On.Month(), r.On.Day(), 0, 0, 0, 0, time.UTC)
	year := on.Year()
	var units []OrgUnit
	if err := tx.Find(&units).Error; err != nil {
		return nil, err
	}
	byID := map[int64]*OrgUnit{}
	for i := range units {
		byID[units[i].ID] = &units[i]
	}
	var dissolved []*OrgUnit
	for _, id := range r.Dissolve {
		u := byID[id]
		if u == nil || !u.ActiveOn(on.AddDate(0, 0, -1)) {
			plan.Problems.add("dissolve", "reorg.dissolveMissing", "Die aufzulösende Einheit Nr. %d besteht am Vortag nicht.",
				"The unit no. %d to dissolve does not exist the day before.", id)
			continue
		}
		dissolved = append(dissolved, u)
	}
	// New units, parents first (a parent may be another new unit).
	created := map[string]*OrgUnit{}
	var audit []map[string]any
	for _, nu := range r.Create {
		parent := nu.ParentID
		if nu.ParentKey != "" {
			if p := created[nu.ParentKey]; p != nil {
				parent = &p.ID
			} else {
				plan.Problems.add("create", "reorg.parentKey", "Die neue Einheit „%s“ nennt eine übergeordnete neue Einheit „%s“, die vorher nicht angelegt wird.",
					"The new unit “%s” names a new parent “%s” that is not created before it.", nu.Name, nu.ParentKey)
				continue
			}
		}
		u := OrgUnit{Code: nu.Code, Name: nu.Name, Kind: nu.Kind, ParentID: parent, LeaderID: nu.LeaderID, ValidFrom: on, Version: 1}
		if err := checkOrgUnit(tx, nil, &u); err != nil {
			if e, ok := apperr.As(err); ok {
				plan.Problems = append(plan.Problems, e)
				continue
			}
			return nil, err
		}
		if err := tx.Create(&u).Error; err != nil {
			if isDuplicate(err) {
				plan.Problems.add("create", "orgUnit.codeTaken", "Das Kürzel %s hat schon eine andere Einheit.", "Another unit has the code %s.", nu.Code)
				return plan, nil
			}
			return nil, err
		}
		created[nu.Key] = &u
		byID[u.ID] = &u
		plan.step(1, "Neue Einheit %s „%s“ ab %s", "New unit %s “%s” from %s", u.Code, u.Name, on.Format("02.01.2006"))
		audit = append(audit, map[string]any{"create": u.Code})
	}
	for _, m := range r.Moves {
		to := m.To
		if m.ToKey != "" {
			if u := created[m.ToKey]; u != nil {
				to = u.ID
			}
		}
		from, dst := byID[m.From], byID[to]
		if from == nil || dst == nil || from.ID == dst.ID {
			plan.Problems.add("moves", "reorg.move", "Eine Verschiebung nennt keine zwei verschiedenen bestehenden oder neuen Einheiten.",
				"A move does not name two different existing or new units.")
			continue
		}
		if err := plan.move(tx, from, dst, m.What, on, year); err != nil {
			return nil, err
		}
		audit = append(audit, map[string]any{"from": from.Code, "to": dst.Code, "what": m.What})
	}
	for _, u := range dissolved {
		if err := plan.leftBehind(tx, u, year, on); err != nil {
			return nil, err
		}
		if err := tx.Model(&OrgUnit{}).Where("id = ?", u.ID).Updates(map[string]any{"valid_to": on, "version": gorm.Expr("version + 1")}).Error; err != nil {
			return nil, err
		}
		plan.step(1, "Einheit %s „%s“ endet am %s", "Unit %s “%s” ends on %s", u.Code, u.Name, on.AddDate(0, 0, -1).Format("02.01.2006"))
		audit = append(audit, map[string]any{"dissolve": u.Code})
	}
	if len(plan.Problems) > 0 {
		return plan, nil
	}
	return plan, Audit(tx, actor, "OrgUnit", firstID(dissolved, created), "reorganise", nil,
		map[string]any{"on": on.Format(time.DateOnly), "changes": audit})
}

func firstID(dissolved []*OrgUnit, created map[string]*OrgUnit) int64 {
	if len(dissolved) > 0 {
		return dissolved[0].ID
	}
	for _, u := range created {
		return u.ID
	}
	return 0
}

// move moves what from one unit to another and records each step.
func (p *ReorgPlan) move(tx *gorm.DB, from, to *OrgUnit, what []ReorgWhat, on time.Time, year int) error {
	set := func(model any, where string, args []any, col string, de, en string) error {
		res := tx.Model(model).Where(where, args...).Updates(map[string]any{col: to.ID, "version": gorm.Expr("version + 1")})
		if res.Error != nil {
			return res.Error
		}
		p.step(int(res.RowsAffected), de+" von %s nach %s", en+" from %s to %s", from.Code, to.Code)
		return nil
	}
	for _, w := range what {
		var err error
		switch w {
		case MoveGoals:
			err = set(&Goal{}, "org_unit_id = ? AND to_year >= ?", []any{from.ID, year}, "org_unit_id", "Ziele", "Goals")
		case MoveProducts:
			err = set(&Product{}, "org_unit_id = ?", []any{from.ID}, "org_unit_id", "Produkte", "Products")
		case MoveMeasures:
			err = set(&ConsolidationMeasure{}, "org_unit_id = ?", []any{from.ID}, "org_unit_id", "HSP-Maßnahmen", "HSP measures")
		case MoveOpenAgreements:
			err = p.moveAgreements(tx, from, to, year)
		case MoveSubUnits:
			err = set(&OrgUnit{}, "parent_id = ? AND (valid_to IS NULL OR valid_to > ?)", []any{from.ID, on}, "parent_id",
				"Untereinheiten", "Sub-units")
		default:
			p.Problems.add("moves", "reorg.what", "Unbekannte Art: %s.", "Unknown kind: %s.", w)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// moveAgreements moves the open agreements of the day's year and later,
// each with an audit event in its own trail. An agent who has an agreement
// with the successor for the same year already is a problem (one agreement
// per agent, unit and year).
func (p *ReorgPlan) moveAgreements(tx *gorm.DB, from, to *OrgUnit, year int) error {
	var open []*Agreement
	if err := tx.Where("org_unit_id = ? AND year >= ? AND status IN ?", from.ID, year, movesWithLeader).Order("id").Find(&open).Error; err != nil {
		return err
	}
	for _, a := range open {
		var clash int64
		if err := tx.Model(&Agreement{}).Where("org_unit_id = ? AND agent_id = ? AND year = ?", to.ID, a.AgentID, a.Year).Count(&clash).Error; err != nil {
			return err
		}
		if clash > 0 {
			p.Problems.add("moves", "reorg.agreementClash", "%s hat für %d schon eine Vereinbarung mit derselben Person.",
				"%s already has an agreement with the same person for %d.", to.Name, a.Year)
			return nil
		}
	}
	for _, a := range open {
		if err := UpdateVersioned(tx, &Agreement{}, a.ID, a.Version, map[string]any{"org_unit_id": to.ID}); err != nil {
			return err
		}
		if err := Audit(tx, p.actor, "Agreement", a.ID, "unitChange", map[string]any{"orgUnit": from.Name},
			map[string]any{"orgUnit": to.Name}); err != nil {
			return err
		}
	}
	p.step(len(open), "Offene Zielvereinbarungen von %s nach %s", "Open agreements from %s to %s", from.Code, to.Code)
	return nil
}

// leftBehind reports what a dissolved unit would still hold after the
// moves: it must go somewhere first.
func (p *ReorgPlan) leftBehind(tx *gorm.DB, u *OrgUnit, year int, on time.Time) error {
	checks := []struct {
		model  any
		where  string
		args   []any
		de, en string
	}{
		{&Goal{}, "org_unit_id = ? AND to_year >= ?", []any{u.ID, year}, "Ziele", "goals"},
		{&Product{}, "org_unit_id = ?", []any{u.ID}, "Produkte", "products"},
		{&ConsolidationMeasure{}, "org_unit_id = ?", []any{u.ID}, "HSP-Maßnahmen", "HSP measures"},
		{&Agreement{}, "org_unit_id = ? AND year >= ? AND status IN ?", []any{u.ID, year, movesWithLeader}, "offene Zielvereinbarungen", "open agreements"},
		{&OrgUnit{}, "parent_id = ? AND (valid_to IS NULL OR valid_to > ?)", []any{u.ID, on}, "Untereinheiten", "sub-units"},
	}
	for _, c := range checks {
		var n int64
		if err := tx.Model(c.model).Where(c.where, c.args...).Count(&n).Error; err != nil {
			return err
		}
		if n > 0 {
			p.Problems.add("moves", "reorg.leftBehind", "%s behielte %d %s: bitte einer Nachfolgeeinheit zuordnen.",
				"%s would keep %d %s: please move them to a successor.", u.Name, n, c.de)
			p.Problems[len(p.Problems)-1].En = fmt.Sprintf("%s would keep %d %s: please move them to a successor.", u.Name, n, c.en)
		}
	}
	return nil
}
