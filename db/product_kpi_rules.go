package db

import "zielwerk/apperr"

// productRule: the product group (the number's first four digits) exists
// (it sets the group), and so does the owning unit.
func productRule(l ruleLookup, p *Product) error {
	g, err := l.productGroup(p.Number[:4])
	if err != nil {
		return err
	}
	if g == nil {
		return apperr.BadInput("number", "product.group", "Die Produktgruppe %s gibt es nicht.", "There is no product group %s.", p.Number[:4])
	}
	p.GroupID = g.ID
	u, err := l.unit(p.OrgUnitID)
	if err != nil {
		return err
	}
	if u == nil {
		return apperr.BadInput("orgUnitId", "product.unit", "Die Organisationseinheit gibt es nicht.", "No such org unit.")
	}
	return nil
}

// kpiRule: a KPI belongs to a goal or a product that exists, and its
// yellow threshold is not above the green one.
func kpiRule(l ruleLookup, k *KPI) error {
	if k.GoalID == nil && k.ProductID == nil {
		return apperr.BadInput("goalId", "kpi.owner", "Eine Kennzahl gehört zu einem Ziel oder einem Produkt.",
			"A KPI belongs to a goal or a product.")
	}
	if k.YellowThreshold > k.GreenThreshold {
		return apperr.BadInput("yellowThreshold", "kpi.thresholds", "Die gelbe Schwelle liegt über der grünen.",
			"The yellow threshold lies above the green one.")
	}
	linkMissing := apperr.BadInput("", "kpi.link", "Das verknüpfte Objekt gibt es nicht.", "The linked object does not exist.")
	if k.GoalID != nil {
		g, err := l.goal(*k.GoalID)
		if err != nil {
			return err
		}
		if g == nil {
			linkMissing.Field = "goalId"
			return linkMissing
		}
	}
	if k.ProductID != nil {
		p, err := l.product(*k.ProductID)
		if err != nil {
			return err
		}
		if p == nil {
			linkMissing.Field = "productId"
			return linkMissing
		}
	}
	return nil
}
