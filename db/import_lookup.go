package db

// importLookup is the rules' view of an onboarding import: the stored
// records it preloaded, with the file's rows applied (new rows under
// temporary negative ids). Nothing here queries the database.
type importLookup struct {
	units    map[int64]*OrgUnit
	people   map[int64]bool
	goals    map[int64]*Goal
	sgoals   map[int64]*StrategicGoal
	products map[int64]*Product
	groups   map[string]*ProductGroup
	// above caches ancestors; valid while units do not change (the goal
	// and KPI imports).
	above map[int64][]int64
}

func newImportLookup() *importLookup {
	return &importLookup{units: map[int64]*OrgUnit{}, people: map[int64]bool{}, goals: map[int64]*Goal{},
		sgoals: map[int64]*StrategicGoal{}, products: map[int64]*Product{}, groups: map[string]*ProductGroup{},
		above: map[int64][]int64{}}
}

func (l *importLookup) unit(id int64) (*OrgUnit, error) { return l.units[id], nil }

func (l *importLookup) tree() []OrgUnit {
	out := make([]OrgUnit, 0, len(l.units))
	for _, u := range l.units {
		out = append(out, *u)
	}
	return out
}

// subtree follows the units as the file leaves them (asked once per org
// unit row: linear each time).
func (l *importLookup) subtree(id int64) ([]int64, error) { return Subtree(l.tree(), id), nil }

func (l *importLookup) ancestors(id int64) ([]int64, error) {
	if a, ok := l.above[id]; ok {
		return a, nil
	}
	out := []int64{id}
	for u := l.units[id]; u != nil && u.ParentID != nil; u = l.units[*u.ParentID] {
		if containsID(out, *u.ParentID) { // a cycle in bad data must not loop
			break
		}
		out = append(out, *u.ParentID)
	}
	l.above[id] = out
	return out, nil
}

func containsID(ids []int64, id int64) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

func (l *importLookup) personExists(id int64) (bool, error) { return l.people[id], nil }
func (l *importLookup) goal(id int64) (*Goal, error)        { return l.goals[id], nil }
func (l *importLookup) strategicGoal(id int64) (*StrategicGoal, error) {
	return l.sgoals[id], nil
}
func (l *importLookup) product(id int64) (*Product, error) { return l.products[id], nil }
func (l *importLookup) productGroup(number string) (*ProductGroup, error) {
	return l.groups[number], nil
}
