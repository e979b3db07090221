package db

import (
	"sort"

	"gorm.io/gorm"

	"zielwerk/apperr"
)

// GoalRef names a goal by its natural key: the unit's code, the title and
// the first year. The year may be left out when the unit has one goal of
// that title (or, for a parent, one whose years overlap the row's).
type GoalRef struct {
	UnitCode string
	Title    string
	FromYear *int
}

// GoalRow is one row of the goal import; its natural key is (UnitCode,
// In.Title, In.FromYear). In holds the goal's own fields (level, title,
// description, years, untraced reason); the links come by reference.
type GoalRow struct {
	UnitCode        string
	In              GoalInput
	Parent          *GoalRef
	StrategicNumber *int
	ProductNumber   string
}

type goalKey struct {
	unit  int64
	title string
	from  int
}

type unitTitle struct {
	unit  int64
	title string
}

// goalIndex finds goals by unit and title.
type goalIndex map[unitTitle][]*Goal

func (ix goalIndex) add(g *Goal) {
	k := unitTitle{g.OrgUnitID, g.Title}
	ix[k] = append(ix[k], g)
}

// resolve finds the goal ref names among the goals of unit; from and to
// (0: none) are the years of the row that refers, to choose between goals
// of the same title.
func (ix goalIndex) resolve(field string, unit int64, ref GoalRef, from, to int) (*Goal, *apperr.Error) {
	var found []*Goal
	for _, g := range ix[unitTitle{unit, ref.Title}] {
		if ref.FromYear == nil || g.FromYear == *ref.FromYear {
			found = append(found, g)
		}
	}
	if len(found) > 1 && ref.FromYear == nil && from != 0 {
		var overlapping []*Goal
		for _, g := range found {
			if g.FromYear <= to && from <= g.ToYear {
				overlapping = append(overlapping, g)
			}
		}
		if len(overlapping) > 0 {
			found = overlapping
		}
	}
	switch len(found) {
	case 0:
		return nil, apperr.BadInput(field, "import.goalUnknown", "Das Ziel „%s“ der Einheit %s gibt es weder in Zielwerk noch in der Datei.",
			"The goal “%s” of unit %s exists neither in Zielwerk nor in the file.", ref.Title, ref.UnitCode)
	case 1:
		return found[0], nil
	}
	return nil, apperr.BadInput(field, "import.goalAmbiguous", "Die Einheit %s hat mehrere Ziele „%s“: bitte das Anfangsjahr angeben.",
		"Unit %s has several goals “%s”: please give the first year.", ref.UnitCode, ref.Title)
}

func goalPlan() *masterPlan[Goal] {
	return &masterPlan[Goal]{rc: goals, table: "goals",
		cols: []batchCol{{"org_unit_id", "BIGINT"}, {"level", "TEXT"}, {"title", "TEXT"}, {"description", "TEXT"},
			{"from_year", "INTEGER"}, {"to_year", "INTEGER"}, {"parent_goal_id", "BIGINT"}, {"strategic_goal_id", "BIGINT"},
			{"product_id", "BIGINT"}, {"untraced_reason", "TEXT"}, {"traced_strategic_goal_id", "BIGINT"}},
		vals: func(g *Goal) []any {
			return []any{g.OrgUnitID, string(g.Level), g.Title, g.Description, g.FromYear, g.ToYear, nullable(g.ParentGoalID),
				nullable(g.StrategicGoalID), nullable(g.ProductID), g.UntracedReason, nullable(g.TracedStrategicGoalID)}
		},
		setID: func(g *Goal, id int64) { g.ID = id },
		self:  func(g *Goal) **int64 { return &g.ParentGoalID },
	}
}

// ImportGoals upserts goals by (unit, title, first year), checking the
// cascade rule (goalRule) on every row over the stored goals and the
// file's, parents first. may is the viewer's right to maintain the goals
// of a unit, asked of the stored and the new unit of every row that
// changes something.
func ImportGoals(tx *gorm.DB, actor Actor, rows []GoalRow, may func(unitID int64) bool, write bool) (ImportCounts, error) {
	var c ImportCounts
	units, err := loadAll[OrgUnit](tx)
	if err != nil {
		return c, err
	}
	stored, err := loadAll[Goal](tx)
	if err != nil {
		return c, err
	}
	sgs, err := loadAll[StrategicGoal](tx)
	if err != nil {
		return c, err
	}
	prods, err := loadAll[Product](tx) // the file's, and those of stored product goals
	if err != nil {
		return c, err
	}
	l := newImportLookup()
	unitByCode := make(map[string]int64, len(units))
	for _, u := range units {
		l.units[u.ID] = u
		unitByCode[u.Code] = u.ID
	}
	sgByNumber := map[int]int64{}
	for _, g := range sgs {
		l.sgoals[g.ID] = g
		sgByNumber[g.Number] = g.ID
	}
	productByNumber := map[string]int64{}
	for _, p := range prods {
		l.products[p.ID] = p
		productByNumber[p.Number] = p.ID
	}
	byKey := make(map[goalKey]*Goal, len(stored))
	ix := goalIndex{}
	for _, g := range stored {
		l.goals[g.ID] = g
		if k := (goalKey{g.OrgUnitID, g.Title, g.FromYear}); byKey[k] == nil {
			byKey[k] = g
		}
	}
	plan := goalPlan()
	inFile := map[int64]int{} // goal id -> index in plan.rows
	for i, r := range rows {
		uid, ok := unitByCode[r.UnitCode]
		if !ok {
			_ = plan.fail(i, apperr.BadInput("orgUnitId", "goal.unitMissing", "Die Organisationseinheit „%s“ gibt es nicht.",
				"There is no org unit “%s”.", r.UnitCode))
			continue
		}
		in := r.In
		in.OrgUnitID = To(uid)
		if r.ProductNumber != "" {
			if id, ok := productByNumber[r.ProductNumber]; ok {
				in.ProductID = To(id)
			} else {
				_ = plan.fail(i, apperr.BadInput("productId", "import.productUnknown", "Das Produkt %s gibt es nicht.",
					"There is no product %s.", r.ProductNumber))
			}
		}
		if r.StrategicNumber != nil {
			if id, ok := sgByNumber[*r.StrategicNumber]; ok {
				in.StrategicGoalID = To(id)
			} else {
				_ = plan.fail(i, apperr.BadInput("strategicGoalId", "goal.strategicGoalMissing", "Das strategische Ziel %d gibt es nicht.",
					"There is no strategic goal %d.", *r.StrategicNumber))
			}
		}
		if in.Title.V == nil || in.FromYear.V == nil {
			plan.errs = append(plan.errs, RowInvalid{i, apperr.BadInput("title", "input.required", "Bitte ausfüllen.", "Required.")})
			continue
		}
		k := goalKey{uid, trimmed(*in.Title.V), *in.FromYear.V}
		cur := byKey[k]
		next := &Goal{Version: 1, ID: -int64(i + 1)}
		var missing InputErrors
		if cur != nil {
			*next = *cur
			if _, dup := inFile[cur.ID]; dup {
				return c, errDuplicateRow
			}
		} else {
			missing = in.missing()
		}
		if err := plan.failAll(i, inputErrors(missing, in.applyTo(next))); err != nil {
			return c, err
		}
		if cur == nil {
			byKey[k] = next
		}
		l.goals[next.ID] = next
		inFile[next.ID] = len(plan.rows)
		plan.rows = append(plan.rows, planRow[Goal]{i, cur, next})
	}
	for _, g := range l.goals {
		ix.add(g)
	}
	for _, p := range plan.rows {
		r := rows[p.row]
		if r.Parent == nil {
			continue
		}
		puid, ok := unitByCode[r.Parent.UnitCode]
		if !ok {
			_ = plan.fail(p.row, apperr.BadInput("parentUnit", "goal.parentUnitMissing", "Die Organisationseinheit „%s“ gibt es nicht.",
				"There is no org unit “%s”.", r.Parent.UnitCode))
			continue
		}
		parent, e := ix.resolve("parentGoalId", puid, *r.Parent, p.next.FromYear, p.next.ToYear)
		if e != nil {
			plan.errs = append(plan.errs, RowInvalid{p.row, e})
			continue
		}
		id := parent.ID
		p.next.ParentGoalID = &id
	}
	// The rule, parents first: a goal traces to what its parent traces to.
	depth := make([]int, len(plan.rows))
	for i := range plan.rows {
		depth[i] = goalDepth(plan.rows, inFile, i, depth, 0)
	}
	order := make([]int, len(plan.rows))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return depth[order[a]] < depth[order[b]] })
	failed := rowSet(plan.errs)
	for _, i := range order {
		p := plan.rows[i]
		if failed[p.row] {
			continue
		}
		if err := plan.fail(p.row, goalRule(l, p.cur, p.next)); err != nil {
			return c, err
		}
	}
	if len(plan.errs) > 0 {
		return c, &RowsInvalid{plan.errs}
	}
	var forbidden []int
	for _, p := range plan.rows {
		if plan.changed(p) && (!may(p.next.OrgUnitID) || (p.cur != nil && !may(p.cur.OrgUnitID))) {
			forbidden = append(forbidden, p.row)
		}
	}
	if len(forbidden) > 0 {
		return c, &RowsForbidden{forbidden}
	}
	retrace := retraced(l, plan.rows, inFile)
	c, err = plan.run(tx, actor, write)
	if err != nil || !write {
		return c, err
	}
	return c, writeTraced(tx, retrace)
}

// goalDepth is how many rows of the file lie above row i.
func goalDepth(rows []planRow[Goal], inFile map[int64]int, i int, memo []int, guard int) int {
	if memo[i] > 0 || guard > len(rows) {
		return memo[i]
	}
	pid := rows[i].next.ParentGoalID
	if pid == nil {
		return 0
	}
	j, ok := inFile[*pid]
	if !ok || j == i {
		return 0
	}
	memo[i] = goalDepth(rows, inFile, j, memo, guard+1) + 1
	return memo[i]
}

// retraced is the derived traced strategic goal of the stored goals whose
// trace the file changes without changing them (goals below a changed
// goal; unchanged rows below a changed row): goal id -> new trace.
func retraced(l *importLookup, rows []planRow[Goal], inFile map[int64]int) map[int64]*int64 {
	memo := map[int64]*int64{}
	done := map[int64]bool{}
	var traceOf func(g *Goal, guard int) *int64
	traceOf = func(g *Goal, guard int) *int64 {
		if i, ok := inFile[g.ID]; ok {
			return rows[i].next.TracedStrategicGoalID
		}
		if done[g.ID] {
			return memo[g.ID]
		}
		t := g.TracedStrategicGoalID
		if g.ParentGoalID != nil && guard < len(l.goals) {
			if p := l.goals[*g.ParentGoalID]; p != nil {
				t = traceOf(p, guard+1)
			}
		}
		memo[g.ID], done[g.ID] = t, true
		return t
	}
	out := map[int64]*int64{}
	for id, g := range l.goals {
		if id < 0 {
			continue
		}
		if i, ok := inFile[id]; ok {
			p := rows[i]
			if !eqPtr(p.cur.TracedStrategicGoalID, p.next.TracedStrategicGoalID) && !goalChanged(p) {
				out[id] = p.next.TracedStrategicGoalID
			}
			continue
		}
		if t := traceOf(g, 0); !eqPtr(t, g.TracedStrategicGoalID) {
			out[id] = t
		}
	}
	return out
}

func goalChanged(p planRow[Goal]) bool {
	before, _ := diffFields(goals.fields(p.cur), goals.fields(p.next))
	return len(before) > 0
}

// writeTraced stores derived traces (no version, no audit event, like
// retraceBelow), one statement per strategic goal.
func writeTraced(tx *gorm.DB, traces map[int64]*int64) error {
	groups := map[int64][]int64{} // strategic goal (0: none) -> goal ids
	for id, t := range traces {
		var k int64
		if t != nil {
			k = *t
		}
		groups[k] = append(groups[k], id)
	}
	for k, ids := range groups {
		var v any
		if k != 0 {
			v = k
		}
		err := inChunks(ids, func(chunk []int64) error {
			return tx.Model(&Goal{}).Where("id IN ?", chunk).Update("traced_strategic_goal_id", v).Error
		})
		if err != nil {
			return err
		}
	}
	return nil
}
