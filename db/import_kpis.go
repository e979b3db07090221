package db

import (
	"gorm.io/gorm"

	"zielwerk/apperr"
)

// KPIRow is one row of the KPI definition import; Code is the natural
// key. In holds the definition and thresholds (not the links); the KPI
// belongs to the product ProductNumber and/or the goal Goal names.
type KPIRow struct {
	Code          string
	In            KPIDefinitionInput
	ProductNumber string
	Goal          *GoalRef
}

// ImportKPIs upserts KPI definitions by code (kpiRule on every row).
// Permission is the caller's (MayMaintainKPIs, for the whole file).
func ImportKPIs(tx *gorm.DB, actor Actor, rows []KPIRow, write bool) (ImportCounts, error) {
	var c ImportCounts
	var codes, numbers, unitCodes []string
	for _, r := range rows {
		codes = append(codes, r.Code)
		if r.ProductNumber != "" {
			numbers = append(numbers, r.ProductNumber)
		}
		if r.Goal != nil {
			unitCodes = append(unitCodes, r.Goal.UnitCode)
		}
	}
	stored, err := FindIn[KPI](tx, "code", codes)
	if err != nil {
		return c, err
	}
	prods, err := FindIn[Product](tx, "number", numbers)
	if err != nil {
		return c, err
	}
	units, err := FindIn[OrgUnit](tx, "code", unitCodes)
	if err != nil {
		return c, err
	}
	unitByCode := map[string]int64{}
	unitIDs := make([]int64, len(units))
	for i, u := range units {
		unitByCode[u.Code] = u.ID
		unitIDs[i] = u.ID
	}
	gs, err := FindIn[Goal](tx, "org_unit_id", unitIDs)
	if err != nil {
		return c, err
	}
	l := newImportLookup()
	ix := goalIndex{}
	for _, g := range gs {
		l.goals[g.ID] = g
		ix.add(g)
	}
	// Links of stored KPIs that the file keeps exist.
	for _, k := range stored {
		if k.GoalID != nil && l.goals[*k.GoalID] == nil {
			l.goals[*k.GoalID] = &Goal{ID: *k.GoalID}
		}
		if k.ProductID != nil {
			l.products[*k.ProductID] = &Product{ID: *k.ProductID}
		}
	}
	productByNumber := map[string]int64{}
	for _, p := range prods {
		l.products[p.ID] = p
		productByNumber[p.Number] = p.ID
	}
	byCode := map[string]*KPI{}
	for _, k := range stored {
		byCode[*k.Code] = k
	}
	plan := &masterPlan[KPI]{rc: kpis, table: "kpis",
		cols: []batchCol{{"name", "TEXT"}, {"unit", "TEXT"}, {"direction", "TEXT"}, {"kind", "TEXT"}, {"frequency", "TEXT"},
			{"definition", "TEXT"}, {"goal_id", "BIGINT"}, {"product_id", "BIGINT"}, {"green_threshold", "DOUBLE PRECISION"},
			{"yellow_threshold", "DOUBLE PRECISION"}},
		vals: func(k *KPI) []any {
			return []any{k.Name, k.Unit, string(k.Direction), string(k.Kind), string(k.Frequency), k.Definition,
				nullable(k.GoalID), nullable(k.ProductID), k.GreenThreshold, k.YellowThreshold}
		},
		setID: func(k *KPI, id int64) { k.ID = id },
	}
	for i, r := range rows {
		in := r.In
		in.Code = To(r.Code)
		ok := true
		if r.ProductNumber != "" {
			if id, found := productByNumber[r.ProductNumber]; found {
				in.ProductID = To(id)
			} else {
				ok = false
				_ = plan.fail(i, apperr.BadInput("productId", "import.productUnknown", "Das Produkt %s gibt es nicht.",
					"There is no product %s.", r.ProductNumber))
			}
		}
		if r.Goal != nil {
			uid, found := unitByCode[r.Goal.UnitCode]
			if !found {
				ok = false
				_ = plan.fail(i, apperr.BadInput("goalUnit", "import.unitUnknown", "Die Organisationseinheit „%s“ gibt es nicht.",
					"There is no org unit “%s”.", r.Goal.UnitCode))
			} else if g, e := ix.resolve("goalId", uid, *r.Goal, 0, 0); e != nil {
				ok = false
				plan.errs = append(plan.errs, RowInvalid{i, e})
			} else {
				in.GoalID = To(g.ID)
			}
		}
		cur := byCode[r.Code]
		next := newKPI()
		next.ID = -int64(i + 1)
		var missing InputErrors
		if cur != nil {
			next = *cur
		} else {
			missing = in.missing()
		}
		before := len(plan.errs)
		if err := plan.failAll(i, inputErrors(missing, in.applyTo(&next))); err != nil {
			return c, err
		}
		if ok && len(plan.errs) == before {
			if err := plan.fail(i, kpiRule(l, &next)); err != nil {
				return c, err
			}
		}
		plan.rows = append(plan.rows, planRow[KPI]{i, cur, &next})
	}
	return plan.run(tx, actor, write)
}
