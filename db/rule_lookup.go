package db

import (
	"errors"

	"gorm.io/gorm"
)

// ruleLookup is what the master-data rules (orgUnitRule, goalRule,
// productRule, kpiRule) read. The single-record writes ask the database
// (dbLookup); the onboarding import asks its preloaded maps, which hold
// the stored rows and the file's new ones (importLookup). One rule, two
// ways to look things up. A missing record is nil without an error.
type ruleLookup interface {
	unit(id int64) (*OrgUnit, error)
	// subtree is unit id and every unit below it.
	subtree(id int64) ([]int64, error)
	// ancestors is unit id and every unit above it, nearest first.
	ancestors(id int64) ([]int64, error)
	personExists(id int64) (bool, error)
	goal(id int64) (*Goal, error)
	strategicGoal(id int64) (*StrategicGoal, error)
	product(id int64) (*Product, error)
	productGroup(number string) (*ProductGroup, error)
}

// dbLookup reads the rules' records from the database, one query each.
type dbLookup struct{ tx *gorm.DB }

func take[T any](tx *gorm.DB, query any, args ...any) (*T, error) {
	var r T
	err := tx.Where(query, args...).Take(&r).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &r, nil
}

func (l dbLookup) unit(id int64) (*OrgUnit, error) { return take[OrgUnit](l.tx, "id = ?", id) }

func (l dbLookup) tree() ([]OrgUnit, error) {
	var units []OrgUnit
	err := l.tx.Select("id, parent_id, kind, name").Find(&units).Error
	return units, err
}

func (l dbLookup) subtree(id int64) ([]int64, error) {
	units, err := l.tree()
	if err != nil {
		return nil, err
	}
	return Subtree(units, id), nil
}

func (l dbLookup) ancestors(id int64) ([]int64, error) {
	units, err := l.tree()
	if err != nil {
		return nil, err
	}
	return ancestors(units, id), nil
}

func (l dbLookup) personExists(id int64) (bool, error) {
	p, err := take[Person](l.tx, "id = ?", id)
	return p != nil, err
}

func (l dbLookup) goal(id int64) (*Goal, error) { return take[Goal](l.tx, "id = ?", id) }

func (l dbLookup) strategicGoal(id int64) (*StrategicGoal, error) {
	return take[StrategicGoal](l.tx, "id = ?", id)
}

func (l dbLookup) product(id int64) (*Product, error) { return take[Product](l.tx, "id = ?", id) }

func (l dbLookup) productGroup(number string) (*ProductGroup, error) {
	return take[ProductGroup](l.tx, "number = ?", number)
}
