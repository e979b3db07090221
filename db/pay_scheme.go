package db

import (
	"context"
	"errors"
	"time"

	"gorm.io/gorm"
)

// PayScheme is how a fiscal year's performance pay is computed, as the
// city's Dienstvereinbarung says (§ 18 TVöD-VKA; civil servants only where
// the city uses § 60 LBesG NRW). HR maintains it; every change is
// versioned and audited.
type PayScheme struct {
	Year int `gorm:"primaryKey;autoIncrement:false"`
	// The pot: either in cents, or a share (in basis points, 1/100 %) of
	// the year's pay sum.
	PotCents            *int64
	PaySumCents         *int64
	PotShareBasisPoints *int
	// Pro rata: points times the part-time factor, and times the months
	// in service in the year / 12.
	// (No gorm defaults on the flags: gorm would write a default for a
	// false on insert.)
	PartTimeProRata    bool `gorm:"not null"`
	PartialYearProRata bool `gorm:"not null"`
	// Which pay rules take part.
	TVoeDLOB bool `gorm:"column:tvoed_lob;not null"`
	Beamte   bool `gorm:"not null"`
	// The year's deadlines: agreements concluded by, mid-year review by,
	// assessment by; the agent acknowledges or objects within
	// ObjectionDays of the assessment.
	AgreementBy   *time.Time
	ReviewBy      *time.Time
	AssessmentBy  *time.Time
	ObjectionDays int `gorm:"not null"`
	Version       int `gorm:"not null;default:1"`
	UpdatedAt     time.Time
	UpdatedByID   *int64
	Bands         []PayBand `gorm:"foreignKey:Year;references:Year"`
}

// PayBand: a total degree from FromDegree (percent, one decimal) up to the
// next band's start earns Points.
type PayBand struct {
	Year       int     `gorm:"primaryKey;autoIncrement:false"`
	FromDegree float64 `gorm:"primaryKey;autoIncrement:false"`
	Points     int     `gorm:"not null"`
}

// Takes says whether agreements under pay rule r take part.
func (s *PayScheme) Takes(r PayRule) bool {
	return (r == PayTVoeDLOB && s.TVoeDLOB) || (r == PayBeamte && s.Beamte)
}

// Scale is the scheme's bands as a point scale.
func (s *PayScheme) Scale() PointScale {
	out := make(PointScale, len(s.Bands))
	for i, b := range s.Bands {
		out[i].From, out[i].Points = b.FromDegree, b.Points
	}
	return out
}

// Deadlines are a fiscal year's due dates for the agreement cycle.
type Deadlines struct {
	Year         int
	AgreementBy  time.Time // agreements concluded (AGREED) by
	ReviewBy     time.Time // mid-year review recorded by
	AssessmentBy time.Time // final assessment by
	// ObjectionDays: the agent acknowledges or objects within this many
	// days of the assessment.
	ObjectionDays int
}

// DefaultDeadlines are a year's deadlines where its scheme names none:
// agreements by 31 March, the review by 30 September, the assessment by
// 31 January of the next year, two weeks to acknowledge or object.
func DefaultDeadlines(year int) Deadlines {
	d := func(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.UTC) }
	return Deadlines{Year: year, AgreementBy: d(year, time.March, 31), ReviewBy: d(year, time.September, 30),
		AssessmentBy: d(year+1, time.January, 31), ObjectionDays: 14}
}

// Deadlines of the scheme, each falling back to DefaultDeadlines.
func (s *PayScheme) Deadlines() Deadlines {
	d := DefaultDeadlines(s.Year)
	for _, p := range []struct {
		set *time.Time
		to  *time.Time
	}{{s.AgreementBy, &d.AgreementBy}, {s.ReviewBy, &d.ReviewBy}, {s.AssessmentBy, &d.AssessmentBy}} {
		if p.set != nil {
			*p.to = DateOf(*p.set)
		}
	}
	if s.ObjectionDays > 0 {
		d.ObjectionDays = s.ObjectionDays
	}
	return d
}

// PaySchemeOf reads the scheme of year with its bands; nil when the year
// has none yet.
func PaySchemeOf(ctx context.Context, gdb *gorm.DB, year int) (*PayScheme, error) {
	var s PayScheme
	err := gdb.WithContext(ctx).Preload("Bands", func(q *gorm.DB) *gorm.DB { return q.Order("from_degree") }).
		Take(&s, "year = ?", year).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &s, nil
}

// YearDeadlines are the deadlines of year: its scheme's, or the defaults.
func YearDeadlines(ctx context.Context, gdb *gorm.DB, year int) (Deadlines, error) {
	var s PayScheme
	err := gdb.WithContext(ctx).Omit("Bands").Take(&s, "year = ?", year).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return DefaultDeadlines(year), nil
	}
	if err != nil {
		return Deadlines{}, err
	}
	return s.Deadlines(), nil
}

func (PayBand) TableName() string { return "pay_scheme_bands" }
