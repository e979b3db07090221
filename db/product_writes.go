package db

import (
	"gorm.io/gorm"

	"zielwerk/apperr"
)

// ProductInput creates or changes a budget product. The number is
// PB+PG+product ("010101"); its first four digits name the product group,
// which must exist.
type ProductInput struct {
	Number    Change[string]
	Name      Change[string]
	OrgUnitID Change[int64]
}

func (in ProductInput) applyTo(p *Product) error {
	var e InputErrors
	if in.Number.Set {
		n := ""
		if in.Number.V != nil {
			n = trimmed(*in.Number.V)
		}
		if !productNumberShape(n) {
			e.add("number", "product.number", "Die Produktnummer hat sechs bis zwölf Ziffern (PB, PG, Produkt), z. B. 010101.",
				"The product number has six to twelve digits (area, group, product), e.g. 010101.")
		} else {
			p.Number = n
		}
	}
	e.text("name", in.Name, 200, &p.Name)
	if in.OrgUnitID.Set && in.OrgUnitID.V != nil {
		p.OrgUnitID = *in.OrgUnitID.V
	}
	return e.err()
}

func productNumberShape(n string) bool {
	if len(n) < 6 || len(n) > 12 {
		return false
	}
	for _, c := range n {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// checkProduct is the product rule (productRule) over the database.
func checkProduct(tx *gorm.DB, _, p *Product) error { return productRule(dbLookup{tx}, p) }

var products = record[Product]{
	entity:  "Product",
	id:      func(p *Product) int64 { return p.ID },
	version: func(p *Product) int { return p.Version },
	fields: func(p *Product) map[string]any {
		return map[string]any{"number": p.Number, "name": p.Name, "orgUnitId": p.OrgUnitID}
	},
	columns: func(p *Product) map[string]any {
		return map[string]any{"number": p.Number, "name": p.Name, "org_unit_id": p.OrgUnitID, "group_id": p.GroupID}
	},
	check:  checkProduct,
	unique: apperr.BadInput("number", "product.numberTaken", "Diese Produktnummer gibt es schon.", "This product number exists already."),
}

// CreateProduct adds a product; number, name and owning unit are required.
func CreateProduct(tx *gorm.DB, actor Actor, may May[Product], in ProductInput) (*Product, error) {
	p := Product{Version: 1}
	return products.create(tx, actor, may, &p, inputErrors(in.missing(), in.applyTo(&p)))
}

// missing reports the fields a new product needs.
func (in ProductInput) missing() InputErrors {
	var e InputErrors
	e.required("number", in.Number.Set)
	e.required("name", in.Name.Set)
	e.required("orgUnitId", in.OrgUnitID.Set && in.OrgUnitID.V != nil)
	return e
}

// UpdateProduct changes a product's number, name or owning unit.
func UpdateProduct(tx *gorm.DB, actor Actor, may May[Product], id int64, expectedVersion int, in ProductInput) (*Product, error) {
	return products.update(tx, actor, may, id, expectedVersion, "update", func(p *Product) error { return in.applyTo(p) })
}
