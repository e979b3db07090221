package db

import (
	"context"
	"time"

	"gorm.io/gorm"
)

// Objection is the agent's objection to an assessment, decided by members
// of the joint commission (paritätische Kommission) it is assigned to.
type Objection struct {
	AgreementID    int64             `gorm:"primaryKey;autoIncrement:false"`
	Reason         string            `gorm:"type:text;not null"`
	ObjectedAt     time.Time         `gorm:"not null"`
	Decision       ObjectionDecision `gorm:"size:8;not null;default:''"`
	DecisionReason string            `gorm:"type:text;not null;default:''"`
	DecidedAt      *time.Time
	DecidedByID    *int64
	Version        int `gorm:"not null;default:1"`
}

func (Objection) TableName() string { return "agreement_objections" }

// Open says whether the commission has still to decide.
func (o *Objection) Open() bool { return o != nil && o.Decision == ObjectionUndecided }

// ObjectionDecision is the commission's verdict.
type ObjectionDecision string

const (
	ObjectionUndecided ObjectionDecision = ""
	ObjectionKept      ObjectionDecision = "KEPT"    // the assessment stands
	ObjectionChanged   ObjectionDecision = "CHANGED" // degrees changed, with a reason
)

// ObjectionMember assigns a commission member to an objection.
type ObjectionMember struct {
	AgreementID int64 `gorm:"primaryKey;autoIncrement:false"`
	PersonID    int64 `gorm:"primaryKey;autoIncrement:false"`
}

// PayExport records one payroll hand-off: who exported which year's
// amounts, when, and the rows as exported.
type PayExport struct {
	ID         int64     `gorm:"primaryKey"`
	Year       int       `gorm:"not null"`
	At         time.Time `gorm:"not null"`
	ByID       int64     `gorm:"not null"`
	Format     string    `gorm:"not null"`
	Rows       string    `gorm:"type:text;not null"`
	TotalCents int64     `gorm:"not null"`
}

// CommissionCases lists the agreements whose objection person is assigned
// to as a commission member.
func CommissionCases(ctx context.Context, gdb *gorm.DB, person int64) ([]int64, error) {
	var ids []int64
	err := gdb.WithContext(ctx).Model(&ObjectionMember{}).Where("person_id = ?", person).
		Order("agreement_id").Pluck("agreement_id", &ids).Error
	return ids, err
}
