package access

import (
	"gorm.io/gorm"

	"zielwerk/db"
	"zielwerk/identity"
)

// Performance pay:
//
//	what                                        | who
//	--------------------------------------------+------------------------------
//	a year's pay scheme: read                   | HR, ADMIN, PAY_COMMISSION
//	a year's pay scheme: set                    | HR
//	payout simulation, payroll export           | HR
//	fairness statistics (no names; groups of    | HR, PAY_COMMISSION
//	  fewer than MinGroupSize are not shown)    |
//	acknowledge, object, assign, decide         | the lifecycle table
//	                                            |   (lifecycle.go)
//
// A commission member sees an agreement only while assigned to its
// objection, and then its assessment part (Level Assessment); HR never
// sees items.

// MinGroupSize is the smallest group statistics are shown for.
const MinGroupSize = 5

func (v *Viewer) MayReadPaySchemes() bool {
	return v.Has(identity.RoleHR) || v.Has(identity.RoleAdmin) || v.Has(identity.RolePayCommission)
}

func (v *Viewer) MayManagePaySchemes() bool { return v.Has(identity.RoleHR) }

func (v *Viewer) MaySimulatePayout() bool { return v.Has(identity.RoleHR) }

func (v *Viewer) MayExportPayroll() bool { return v.Has(identity.RoleHR) }

func (v *Viewer) MaySeePayStatistics() bool {
	return v.Has(identity.RoleHR) || v.Has(identity.RolePayCommission)
}

// PayStatisticsScope narrows agreements to the pay-relevant ones for
// statistics (aggregates only) for who may see them; nothing otherwise.
func (v *Viewer) PayStatisticsScope() db.Scope {
	return func(q *gorm.DB) *gorm.DB {
		if !v.MaySeePayStatistics() {
			return q.Where("1 = 0")
		}
		return q.Where("agreements.pay_rule IN ?", []db.PayRule{db.PayTVoeDLOB, db.PayBeamte})
	}
}
