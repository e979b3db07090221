package db

import (
	"strconv"

	"gorm.io/gorm"

	"zielwerk/apperr"
	"zielwerk/clock"
)

// ProductRow is one row of the product import; the number is the natural
// key (In.Number). The product group (the number's first four digits)
// must exist, or GroupName is given and it is created, in the product
// area of the first two digits (which, if missing, is created too and
// then needs AreaName).
type ProductRow struct {
	In        ProductInput // Number, Name
	UnitCode  string       // owning unit; "" keeps the stored one
	GroupName string
	AreaName  string
}

// ImportProducts upserts products by number (productRule on every row).
func ImportProducts(tx *gorm.DB, actor Actor, rows []ProductRow, write bool) (ImportCounts, error) {
	var numbers, units, groupNums []string
	var areaNums []int
	for _, r := range rows {
		n := *r.In.Number.V
		numbers = append(numbers, n)
		if len(n) >= 4 {
			groupNums = append(groupNums, n[:4])
			a, _ := strconv.Atoi(n[:2])
			areaNums = append(areaNums, a)
		}
		if r.UnitCode != "" {
			units = append(units, r.UnitCode)
		}
	}
	stored, err := FindIn[Product](tx, "number", numbers)
	if err != nil {
		return ImportCounts{}, err
	}
	unitRows, err := FindIn[OrgUnit](tx, "code", units)
	if err != nil {
		return ImportCounts{}, err
	}
	groups, err := FindIn[ProductGroup](tx, "number", groupNums)
	if err != nil {
		return ImportCounts{}, err
	}
	areas, err := FindIn[ProductArea](tx, "number", areaNums)
	if err != nil {
		return ImportCounts{}, err
	}
	l := newImportLookup()
	unitByCode := map[string]int64{}
	for _, u := range unitRows {
		l.units[u.ID] = u
		unitByCode[u.Code] = u.ID
	}
	for _, g := range groups {
		l.groups[g.Number] = g
	}
	areaByNumber := map[int]*ProductArea{}
	for _, a := range areas {
		areaByNumber[a.Number] = a
	}
	byNumber := map[string]*Product{}
	for _, p := range stored {
		byNumber[p.Number] = p
		l.units[p.OrgUnitID] = &OrgUnit{ID: p.OrgUnitID} // the owner of a stored product exists
	}
	plan := &masterPlan[Product]{rc: products, table: "products",
		cols:  []batchCol{{"name", "TEXT"}, {"org_unit_id", "BIGINT"}, {"group_id", "BIGINT"}},
		vals:  func(p *Product) []any { return []any{p.Name, p.OrgUnitID, p.GroupID} },
		setID: func(p *Product, id int64) { p.ID = id },
	}
	var newAreas []*ProductArea
	var newGroups []*ProductGroup
	for i, r := range rows {
		cur := byNumber[*r.In.Number.V]
		next := Product{Version: 1, ID: -int64(i + 1)}
		in := r.In
		if r.UnitCode != "" {
			if id, ok := unitByCode[r.UnitCode]; ok {
				in.OrgUnitID = To(id)
			} else {
				_ = plan.fail(i, apperr.BadInput("orgUnitId", "product.unit", "Die Organisationseinheit „%s“ gibt es nicht.",
					"There is no org unit “%s”.", r.UnitCode))
				continue
			}
		}
		var missing InputErrors
		if cur != nil {
			next = *cur
		} else {
			missing = in.missing()
		}
		if err := plan.failAll(i, inputErrors(missing, in.applyTo(&next))); err != nil {
			return ImportCounts{}, err
		}
		if len(next.Number) < 6 {
			continue // the number's error is recorded
		}
		if gn := next.Number[:4]; l.groups[gn] == nil && r.GroupName != "" {
			an, _ := strconv.Atoi(gn[:2])
			area := areaByNumber[an]
			if area == nil && r.AreaName == "" {
				_ = plan.fail(i, apperr.BadInput("area", "product.area",
					"Den Produktbereich %02d gibt es nicht: bitte seinen Namen angeben.",
					"There is no product area %02d: please give its name.", an))
				continue
			}
			if area == nil {
				area = &ProductArea{ID: -int64(len(newAreas) + 1), Number: an, Name: trimmed(r.AreaName)}
				areaByNumber[an] = area
				newAreas = append(newAreas, area)
			}
			g := &ProductGroup{ID: -int64(len(newGroups) + 1), AreaID: area.ID, Number: gn, Name: trimmed(r.GroupName)}
			l.groups[gn] = g
			newGroups = append(newGroups, g)
		}
		if err := plan.fail(i, productRule(l, &next)); err != nil {
			return ImportCounts{}, err
		}
		plan.rows = append(plan.rows, planRow[Product]{i, cur, &next})
	}
	if len(plan.errs) > 0 || !write {
		return plan.run(tx, actor, write)
	}
	if err := createGroups(tx, actor, newAreas, newGroups); err != nil {
		return ImportCounts{}, err
	}
	for _, p := range plan.rows {
		p.next.GroupID = l.groups[p.next.Number[:4]].ID
	}
	return plan.run(tx, actor, write)
}

// createGroups inserts the product areas and groups an import names, with
// one audit event each.
func createGroups(tx *gorm.DB, actor Actor, areas []*ProductArea, groups []*ProductGroup) error {
	now := clock.Now(txContext(tx))
	var events []AuditEvent
	real := map[int64]int64{}
	temps := make([]int64, len(areas))
	for i, a := range areas {
		temps[i], a.ID = a.ID, 0
	}
	if err := createBatch(tx, areas); err != nil {
		return err
	}
	for i, a := range areas {
		real[temps[i]] = a.ID
		events = append(events, auditEvent(actor, "ProductArea", a.ID, "import.create", nil,
			map[string]any{"number": a.Number, "name": a.Name}, now))
	}
	for _, g := range groups {
		g.ID = 0
		if g.AreaID < 0 {
			g.AreaID = real[g.AreaID]
		}
	}
	if err := createBatch(tx, groups); err != nil {
		return err
	}
	for _, g := range groups {
		events = append(events, auditEvent(actor, "ProductGroup", g.ID, "import.create", nil,
			map[string]any{"number": g.Number, "name": g.Name, "areaId": g.AreaID}, now))
	}
	return createEvents(tx, events)
}
