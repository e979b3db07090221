// Package db holds Zielwerk's data model, its migrations and the queries
// the graph layer may use; the demo city lives in package demo. Money is
// integer cents, times are UTC, years are fiscal years (DESIGN.md §3 rule 7).
package db

import "time"

// OrgUnitKind is the level of an organisational unit.
type OrgUnitKind string

const (
	KindBoard       OrgUnitKind = "VERWALTUNGSVORSTAND" // OB and the executive board
	KindDezernat    OrgUnitKind = "DEZERNAT"
	KindFachbereich OrgUnitKind = "FACHBEREICH"
	KindAmt         OrgUnitKind = "AMT"
	KindAbteilung   OrgUnitKind = "ABTEILUNG"
)

// OrgUnit is one node of the dated organisation tree. Cities reorganise, so a
// unit is valid from a date and, once dissolved, to a date (exclusive).
type OrgUnit struct {
	ID        int64       `gorm:"primaryKey"`
	Code      string      `gorm:"size:32;not null;uniqueIndex"`
	Name      string      `gorm:"size:200;not null"`
	Kind      OrgUnitKind `gorm:"size:32;not null;index"`
	ParentID  *int64      `gorm:"index"`
	LeaderID  *int64      `gorm:"index"`
	ValidFrom time.Time   `gorm:"not null"`
	ValidTo   *time.Time
	Version   int `gorm:"not null;default:1"`
}

// ActiveOn reports whether the unit exists on the given day.
func (u *OrgUnit) ActiveOn(t time.Time) bool {
	return !u.ValidFrom.After(t) && (u.ValidTo == nil || u.ValidTo.After(t))
}

// IsDezernat: Dezernate and Fachbereiche are the first level below the board.
func (u *OrgUnit) IsDezernat() bool { return u.Kind == KindDezernat || u.Kind == KindFachbereich }

// isDezernatIn reports whether u is a Dezernat or Fachbereich existing at
// the start or the end of a fiscal year.
func (u *OrgUnit) isDezernatIn(year int) bool {
	return u.IsDezernat() && (u.ActiveOn(yearDay(year)) || u.ActiveOn(yearDay(year+1).AddDate(0, 0, -1)))
}

// Person is a member of staff. Subject is the OIDC subject, remembered once
// the person has signed in.
type Person struct {
	ID       int64   `gorm:"primaryKey"`
	Name     string  `gorm:"size:200;not null"`
	Email    string  `gorm:"size:254;not null;uniqueIndex"`
	Position string  `gorm:"size:200;not null;default:''"`
	Subject  *string `gorm:"size:255;uniqueIndex"`
	Version  int     `gorm:"not null;default:1"`
	// Employment says which pay rule applies to the person's agreements.
	Employment     Employment `gorm:"size:8;not null;default:NONE"`
	PartTimeFactor float64    `gorm:"not null;default:1"` // 0 < f ≤ 1
	// LeftOn is the day the person left the city; they keep their history.
	LeftOn *time.Time
	// EnteredOn is the day the person entered the city's service, where
	// it falls into a pay year (partial years are paid pro rata).
	EnteredOn *time.Time
}

// Employment is how a person is employed, as far as pay is concerned.
type Employment string

const (
	EmploymentTarif  Employment = "TARIF"  // employee under TVöD (LOB)
	EmploymentBeamte Employment = "BEAMTE" // civil servant
	EmploymentNone   Employment = "NONE"   // neither (e.g. elected officials)
)

// StrategicGoal is one of the city's long-term goals (Konzernziele).
type StrategicGoal struct {
	ID          int64  `gorm:"primaryKey"`
	Number      int    `gorm:"not null;uniqueIndex"`
	Title       string `gorm:"size:500;not null"`
	Description string `gorm:"type:text;not null;default:''"`
	Version     int    `gorm:"not null;default:1"`
	// RetiredAt: no longer offered for new goals; existing links stay.
	RetiredAt *time.Time
}

// GoalLevel follows the budget's cascade: Dezernat goals link to a strategic
// goal, Amt goals to a Dezernat goal, product goals to an Amt goal.
type GoalLevel string

const (
	LevelDezernat    GoalLevel = "DEZERNAT"
	LevelFachbereich GoalLevel = "FACHBEREICH"
	LevelAmt         GoalLevel = "AMT"
	LevelAbteilung   GoalLevel = "ABTEILUNG"
	LevelProduct     GoalLevel = "PRODUCT"
)

// Goal is an operational goal of one org unit for a range of fiscal years.
// TracedStrategicGoalID is computed on write from the links above it; nil
// means the goal does not trace to a strategic goal (the alignment report).
type Goal struct {
	ID                    int64     `gorm:"primaryKey"`
	OrgUnitID             int64     `gorm:"not null;index"`
	Level                 GoalLevel `gorm:"size:16;not null"`
	Title                 string    `gorm:"size:500;not null"`
	Description           string    `gorm:"type:text;not null;default:''"`
	FromYear              int       `gorm:"not null"`
	ToYear                int       `gorm:"not null"`
	ParentGoalID          *int64    `gorm:"index"`
	StrategicGoalID       *int64    `gorm:"index"`
	ProductID             *int64    `gorm:"index"`
	TracedStrategicGoalID *int64    `gorm:"index"`
	Version               int       `gorm:"not null;default:1"`
	// UntracedReason explains a goal deliberately left without a parent
	// (it shows in the alignment report).
	UntracedReason string `gorm:"type:text;not null;default:''"`
}

// ProductArea is one of the 17 NKF Produktbereiche.
type ProductArea struct {
	ID     int64  `gorm:"primaryKey"`
	Number int    `gorm:"not null;uniqueIndex"`
	Name   string `gorm:"size:200;not null"`
}

// ProductGroup (Produktgruppe) numbers are PB+PG, e.g. "0101".
type ProductGroup struct {
	ID     int64  `gorm:"primaryKey"`
	AreaID int64  `gorm:"not null;index"`
	Number string `gorm:"size:8;not null;uniqueIndex"`
	Name   string `gorm:"size:200;not null"`
}

// Product (NKF Produkt) numbers are PB+PG+Produkt, e.g. "010101".
type Product struct {
	ID        int64  `gorm:"primaryKey"`
	GroupID   int64  `gorm:"not null;index"`
	Number    string `gorm:"size:12;not null;uniqueIndex"`
	Name      string `gorm:"size:200;not null"`
	OrgUnitID int64  `gorm:"not null;index"`
	Version   int    `gorm:"not null;default:1"`
}

type KPIDirection string

const (
	HigherIsBetter KPIDirection = "HIGHER_IS_BETTER"
	LowerIsBetter  KPIDirection = "LOWER_IS_BETTER"
)

type KPIKind string

const (
	KPIInput      KPIKind = "INPUT"
	KPIOutput     KPIKind = "OUTPUT"
	KPIOutcome    KPIKind = "OUTCOME"
	KPIEfficiency KPIKind = "EFFICIENCY"
	KPIQuality    KPIKind = "QUALITY"
)

type UpdateFrequency string

const (
	Yearly    UpdateFrequency = "YEARLY"
	Quarterly UpdateFrequency = "QUARTERLY"
	Monthly   UpdateFrequency = "MONTHLY"
)

// KPI (Kennzahl) belongs to a goal and/or a product. The thresholds are
// degrees of achievement (1.0 = 100 %): at or above Green is green, at or
// above Yellow is yellow, below is red.
type KPI struct {
	ID              int64           `gorm:"primaryKey"`
	Name            string          `gorm:"size:300;not null"`
	Unit            string          `gorm:"size:40;not null"`
	Direction       KPIDirection    `gorm:"size:24;not null"`
	Kind            KPIKind         `gorm:"size:16;not null"`
	Frequency       UpdateFrequency `gorm:"size:16;not null"`
	Definition      string          `gorm:"type:text;not null;default:''"`
	GoalID          *int64          `gorm:"index"`
	ProductID       *int64          `gorm:"index"`
	GreenThreshold  float64         `gorm:"not null;default:1"`
	YellowThreshold float64         `gorm:"not null;default:0.9"`
	Version         int             `gorm:"not null;default:1"`
	// Code is the city's own key of the KPI (the onboarding import's
	// natural key); nil for KPIs created without one.
	Code      *string `gorm:"size:40;uniqueIndex"`
	RetiredAt *time.Time
}

// KPIValue is the plan and actual of a KPI for one period: the year
// (Quarter = Month = 0), a quarter (1–4) or a month (1–12).
type KPIValue struct {
	ID           int64    `gorm:"primaryKey"`
	KPIID        int64    `gorm:"column:kpi_id;not null;uniqueIndex:kpi_period"`
	Year         int      `gorm:"not null;uniqueIndex:kpi_period"`
	Quarter      int      `gorm:"not null;default:0;uniqueIndex:kpi_period"`
	Month        int      `gorm:"not null;default:0;uniqueIndex:kpi_period"`
	Plan         *float64 ``
	Actual       *float64 ``
	Comment      string   `gorm:"type:text;not null;default:''"`
	RecordedByID *int64
	RecordedAt   time.Time `gorm:"not null"`
	Version      int       `gorm:"not null;default:1"`
}

func (KPIValue) TableName() string { return "kpi_values" }
func (KPI) TableName() string      { return "kpis" }

// BudgetLine is the net result of a product for a fiscal year, in cents.
type BudgetLine struct {
	ID            int64  `gorm:"primaryKey"`
	ProductID     int64  `gorm:"not null;uniqueIndex:product_year"`
	Year          int    `gorm:"not null;uniqueIndex:product_year"`
	PlanCents     int64  `gorm:"not null"`
	ForecastCents *int64 ``
	ActualCents   *int64 ``
	Version       int    `gorm:"not null;default:1"`
}

type ProgrammeKind string

const (
	HSP ProgrammeKind = "HSP" // Haushaltssanierungsplan
	HSK ProgrammeKind = "HSK" // Haushaltssicherungskonzept
)

// ConsolidationProgramme is an HSP or HSK with its measures.
type ConsolidationProgramme struct {
	ID       int64         `gorm:"primaryKey"`
	Kind     ProgrammeKind `gorm:"size:8;not null"`
	Name     string        `gorm:"size:300;not null"`
	FromYear int           `gorm:"not null"`
	ToYear   int           `gorm:"not null"`
}

type MeasureStatus string

const (
	MeasurePlanned    MeasureStatus = "PLANNED"
	MeasureInProgress MeasureStatus = "IN_PROGRESS"
	MeasureRealised   MeasureStatus = "REALISED"
	MeasureAtRisk     MeasureStatus = "AT_RISK"
	MeasureDropped    MeasureStatus = "DROPPED"
)

// ConsolidationMeasure is one HSP measure, owned by a unit.
type ConsolidationMeasure struct {
	ID          int64         `gorm:"primaryKey"`
	ProgrammeID int64         `gorm:"not null;index"`
	Number      string        `gorm:"size:32;not null;uniqueIndex"`
	Title       string        `gorm:"size:500;not null"`
	Description string        `gorm:"type:text;not null;default:''"`
	OrgUnitID   int64         `gorm:"not null;index"`
	Status      MeasureStatus `gorm:"size:16;not null"`
	Version     int           `gorm:"not null;default:1"`
}

// MeasureSaving is the planned and realised saving of a measure in one year.
type MeasureSaving struct {
	ID            int64  `gorm:"primaryKey"`
	MeasureID     int64  `gorm:"not null;uniqueIndex:measure_year"`
	Year          int    `gorm:"not null;uniqueIndex:measure_year"`
	PlannedCents  int64  `gorm:"not null"`
	RealisedCents *int64 ``
	Version       int    `gorm:"not null;default:1"`
}

type AgreementStatus string

const (
	StatusDraft    AgreementStatus = "DRAFT"
	StatusProposed AgreementStatus = "PROPOSED"
	StatusAgreed   AgreementStatus = "AGREED"
	StatusReviewed AgreementStatus = "REVIEWED"
	StatusAssessed AgreementStatus = "ASSESSED"
	StatusClosed   AgreementStatus = "CLOSED"
)

// PayRule says whether and how an agreement feeds performance-related pay.
type PayRule string

const (
	PayTVoeDLOB PayRule = "TVOED_LOB"    // TVöD §18 leistungsorientierte Bezahlung
	PayBeamte   PayRule = "BEAMTE_LBESG" // civil servants under the state pay law
	PayNone     PayRule = "NONE"
)

// Agreement (Zielvereinbarung) between a principal and an agent for one
// fiscal year. OrgUnitID is the agent's unit.
type Agreement struct {
	ID                 int64           `gorm:"primaryKey"`
	Year               int             `gorm:"not null;index"`
	PrincipalID        int64           `gorm:"not null;index"`
	AgentID            int64           `gorm:"not null;index"`
	OrgUnitID          int64           `gorm:"not null;index"`
	Status             AgreementStatus `gorm:"size:16;not null;index"`
	PayRule            PayRule         `gorm:"size:16;not null"`
	ProposedAt         *time.Time
	PrincipalSignedAt  *time.Time
	AgentSignedAt      *time.Time
	AgreedAt           *time.Time
	ReturnReason       string `gorm:"type:text;not null;default:''"`
	SelfAssessedAt     *time.Time
	SelfAssessmentNote string `gorm:"type:text;not null;default:''"`
	ClosedAt           *time.Time
	CreatedAt          time.Time `gorm:"not null"`
	UpdatedAt          time.Time `gorm:"not null"`
	Version            int       `gorm:"not null;default:1"`
	// OfficeReview is the OB office's review of a Dezernat agreement
	// before the OB signs: "" (none yet), CHECKED (geprüft) or QUERY
	// (Rückfrage, with the open remarks).
	OfficeReview     OfficeReviewState `gorm:"size:8;not null;default:''"`
	OfficeReviewedAt *time.Time
	OfficeReviewerID *int64
	// AcknowledgedAt: the agent acknowledged the assessment (no objection).
	AcknowledgedAt *time.Time
	// Case is loaded for an ASSESSED agreement before a step is asked of
	// the policy (LoadAssessedCase); not a column.
	Case *AssessedCase `gorm:"-"`
}

// OfficeReviewState is the OB office's verdict on a Dezernat agreement.
type OfficeReviewState string

const (
	OfficeNotReviewed OfficeReviewState = ""
	OfficeChecked     OfficeReviewState = "CHECKED"
	OfficeQuery       OfficeReviewState = "QUERY"
)

// Remark is a remark on an agreement or one of its items, by a party or
// the OB office, while the agreement is a draft or proposed.
type Remark struct {
	ID          int64 `gorm:"primaryKey"`
	AgreementID int64 `gorm:"not null;index"`
	ItemID      *int64
	AuthorID    int64     `gorm:"not null"`
	Text        string    `gorm:"type:text;not null"`
	CreatedAt   time.Time `gorm:"not null"`
}

// TableName keeps the table's name apart from other remarks.
func (Remark) TableName() string { return "agreement_remarks" }

// SignedBy reports whether person has signed a as one of its parties.
func (a *Agreement) SignedBy(personID int64) bool {
	return (a.PrincipalID == personID && a.PrincipalSignedAt != nil) || (a.AgentID == personID && a.AgentSignedAt != nil)
}

// AgreementItem is one weighted target. Weights are whole percent; the
// degrees are percent of achievement (0–150, one decimal). TargetUnit is
// the unit of TargetValue; a linked KPI's unit wins over it (ShownUnit).
type AgreementItem struct {
	ID                int64      `gorm:"primaryKey"`
	AgreementID       int64      `gorm:"not null;index"`
	Position          int        `gorm:"not null"`
	Title             string     `gorm:"size:500;not null"`
	Description       string     `gorm:"type:text;not null;default:''"`
	WeightPercent     int        `gorm:"not null"`
	GoalID            *int64     `gorm:"index"`
	KPIID             *int64     `gorm:"column:kpi_id;index"`
	MeasureID         *int64     `gorm:"index"`
	TargetValue       *float64   ``
	TargetUnit        TargetUnit `gorm:"size:16;not null;default:NONE"`
	BudgetCompliance  bool       `gorm:"not null;default:false"`
	InterimDegree     *float64   ``
	SelfDegree        *float64   ``
	FinalDegree       *float64   ``
	AssessmentComment string     `gorm:"type:text;not null;default:''"`
	InterimComment    string     `gorm:"type:text;not null;default:''"`
	SelfComment       string     `gorm:"type:text;not null;default:''"`
	Version           int        `gorm:"not null;default:1"`
}

// Review is the mid-year review (Zwischengespräch).
type Review struct {
	ID           int64     `gorm:"primaryKey"`
	AgreementID  int64     `gorm:"not null;index"`
	HeldOn       time.Time `gorm:"not null"`
	Note         string    `gorm:"type:text;not null;default:''"`
	RecordedByID int64     `gorm:"not null"`
	CreatedAt    time.Time `gorm:"not null"`
}

// Assessment is the final degree of achievement of an agreement.
type Assessment struct {
	ID                 int64     `gorm:"primaryKey"`
	AgreementID        int64     `gorm:"not null;uniqueIndex"`
	TotalDegree        float64   `gorm:"not null"`
	SelfAssessmentNote string    `gorm:"type:text;not null;default:''"`
	Comment            string    `gorm:"type:text;not null;default:''"`
	AssessedByID       int64     `gorm:"not null"`
	AssessedAt         time.Time `gorm:"not null"`
}

// AuditEvent is append-only: no code path updates or deletes one, and on
// PostgreSQL a trigger refuses it.
type AuditEvent struct {
	ID         int64     `gorm:"primaryKey"`
	At         time.Time `gorm:"not null;index"`
	ActorID    *int64    `gorm:"index"`
	ActorRoles string    `gorm:"size:200;not null;default:''"`
	Entity     string    `gorm:"size:64;not null;index:entity_ref"`
	EntityID   int64     `gorm:"not null;index:entity_ref"`
	Action     string    `gorm:"size:64;not null"`
	Before     string    `gorm:"type:text;not null;default:''"`
	After      string    `gorm:"type:text;not null;default:''"`
	// OnBehalfOfID: the person the actor stood in for (a deputy).
	OnBehalfOfID *int64
}
