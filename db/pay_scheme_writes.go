package db

import (
	"math"
	"reflect"
	"strconv"
	"time"

	"gorm.io/gorm"

	"zielwerk/apperr"
	"zielwerk/clock"
)

// PaySchemeInput is a whole scheme of one year, as HR sets it.
type PaySchemeInput struct {
	Year int
	// ExpectedVersion: 0 for a year without a scheme yet.
	ExpectedVersion     int
	PotCents            *int64
	PaySumCents         *int64
	PotShareBasisPoints *int
	PartTimeProRata     bool
	PartialYearProRata  bool
	TVoeDLOB, Beamte    bool
	AgreementBy         *time.Time
	ReviewBy            *time.Time
	AssessmentBy        *time.Time
	ObjectionDays       int
	Bands               []PayBand // FromDegree and Points; Year is set here
}

func (in *PaySchemeInput) validate() InputErrors {
	var e InputErrors
	if in.Year < 2000 || in.Year > 2100 {
		e.add("year", "payScheme.year", "Bitte ein Haushaltsjahr angeben.", "Please give a fiscal year.")
	}
	byShare := in.PaySumCents != nil || in.PotShareBasisPoints != nil
	switch {
	case in.PotCents != nil && byShare:
		e.add("potCents", "payScheme.potTwice", "Den Topf entweder als Betrag oder als Anteil an der Entgeltsumme angeben, nicht beides.",
			"Give the pot either as an amount or as a share of the pay sum, not both.")
	case in.PotCents == nil && !byShare:
		e.add("potCents", "payScheme.pot", "Bitte den Topf angeben (Betrag oder Anteil an der Entgeltsumme).",
			"Please give the pot (an amount or a share of the pay sum).")
	case byShare && (in.PaySumCents == nil || in.PotShareBasisPoints == nil):
		e.add("potShareBasisPoints", "payScheme.share", "Für einen Anteil bitte Entgeltsumme und Prozentsatz angeben.",
			"For a share please give the pay sum and the percentage.")
	}
	for _, c := range []struct {
		field string
		v     *int64
	}{{"potCents", in.PotCents}, {"paySumCents", in.PaySumCents}} {
		if c.v != nil && (*c.v < 0 || *c.v > MaxCents) {
			e.add(c.field, "payScheme.amount", "Der Betrag liegt zwischen 0 und 10 Mrd. €.", "The amount is between 0 and 10 billion €.")
		}
	}
	if s := in.PotShareBasisPoints; s != nil && (*s < 0 || *s > 10000) {
		e.add("potShareBasisPoints", "payScheme.shareRange", "Der Anteil liegt zwischen 0 und 100 %%.", "The share is between 0 and 100 %%.")
	}
	if in.ObjectionDays < 1 || in.ObjectionDays > 90 {
		e.add("objectionDays", "payScheme.objectionDays", "Die Einspruchsfrist liegt zwischen 1 und 90 Tagen.",
			"The period for objections is between 1 and 90 days.")
	}
	e.checkBands(in.Bands)
	e.checkDeadlines(in)
	return e
}

// checkBands: at least one band, the first from 0 %, starts ascending
// with one decimal within 0–150, points 0–100 and never fewer for a
// higher degree.
func (e *InputErrors) checkBands(bands []PayBand) {
	if len(bands) == 0 || len(bands) > 20 {
		e.add("bands", "payScheme.bands", "Bitte 1 bis 20 Stufen angeben.", "Please give 1 to 20 bands.")
		return
	}
	if bands[0].FromDegree != 0 {
		e.add("bands.0.fromDegree", "payScheme.firstBand", "Die erste Stufe beginnt bei 0 %%.", "The first band starts at 0 %%.")
	}
	for i, b := range bands {
		field := "bands." + strconv.Itoa(i)
		if b.FromDegree < 0 || b.FromDegree > 150 || math.Round(b.FromDegree*10) != b.FromDegree*10 {
			e.add(field+".fromDegree", "payScheme.bandDegree", "Ein Grad zwischen 0 und 150 %% mit höchstens einer Nachkommastelle.",
				"A degree between 0 and 150 %% with at most one decimal.")
		}
		if b.Points < 0 || b.Points > 100 {
			e.add(field+".points", "payScheme.bandPoints", "Die Punkte liegen zwischen 0 und 100.", "Points are between 0 and 100.")
		}
		if i > 0 && b.FromDegree <= bands[i-1].FromDegree {
			e.add(field+".fromDegree", "payScheme.bandOrder", "Die Stufen steigen auf.", "The bands ascend.")
		}
		if i > 0 && b.Points < bands[i-1].Points {
			e.add(field+".points", "payScheme.bandPointsOrder", "Eine höhere Stufe gibt nicht weniger Punkte.",
				"A higher band does not give fewer points.")
		}
	}
}

// checkDeadlines: the deadlines lie in the year or the next, in the
// order of the cycle.
func (e *InputErrors) checkDeadlines(in *PaySchemeInput) {
	ds := []struct {
		field string
		v     *time.Time
	}{{"agreementBy", in.AgreementBy}, {"reviewBy", in.ReviewBy}, {"assessmentBy", in.AssessmentBy}}
	var last *time.Time
	for _, d := range ds {
		if d.v == nil {
			continue
		}
		if d.v.Year() < in.Year || d.v.Year() > in.Year+1 {
			e.add(d.field, "payScheme.deadlineYear", "Die Frist liegt im Jahr %d oder im Folgejahr.",
				"The deadline lies in %d or the year after.", in.Year)
		} else if last != nil && !d.v.After(*last) {
			e.add(d.field, "payScheme.deadlineOrder", "Die Fristen folgen dem Ablauf: Abschluss, Halbjahresgespräch, Beurteilung.",
				"The deadlines follow the cycle: conclusion, mid-year review, assessment.")
		}
		last = d.v
	}
}

// payScheme is how schemes are written and audited (record of masterdata.go).
var payScheme = record[PayScheme]{
	entity:  "PayScheme",
	id:      func(s *PayScheme) int64 { return int64(s.Year) },
	version: func(s *PayScheme) int { return s.Version },
	fields: func(s *PayScheme) map[string]any {
		bands := make([]map[string]any, len(s.Bands))
		for i, b := range s.Bands {
			bands[i] = map[string]any{"fromDegree": b.FromDegree, "points": b.Points}
		}
		date := func(t *time.Time) any {
			if t == nil {
				return nil
			}
			return t.Format(time.DateOnly)
		}
		return map[string]any{"year": s.Year, "potCents": s.PotCents, "paySumCents": s.PaySumCents,
			"potShareBasisPoints": s.PotShareBasisPoints, "partTimeProRata": s.PartTimeProRata,
			"partialYearProRata": s.PartialYearProRata, "tvoedLob": s.TVoeDLOB, "beamte": s.Beamte,
			"agreementBy": date(s.AgreementBy), "reviewBy": date(s.ReviewBy), "assessmentBy": date(s.AssessmentBy),
			"objectionDays": s.ObjectionDays, "bands": bands}
	},
}

// SetPayScheme writes the scheme of in.Year as a whole (HR: may), under
// in.ExpectedVersion (0: the year has none yet), and audits the record
// before and after.
func SetPayScheme(tx *gorm.DB, actor Actor, may func() bool, in PaySchemeInput) (*PayScheme, error) {
	if !may() {
		return nil, apperr.ErrForbidden
	}
	if e := in.validate(); len(e) > 0 {
		return nil, e
	}
	var cur []PayScheme
	if err := tx.Preload("Bands", func(q *gorm.DB) *gorm.DB { return q.Order("from_degree") }).
		Where("year = ?", in.Year).Find(&cur).Error; err != nil {
		return nil, err
	}
	version := 0
	if len(cur) > 0 {
		version = cur[0].Version
	}
	if version != in.ExpectedVersion {
		return nil, apperr.ErrConflict
	}
	date := func(t *time.Time) *time.Time {
		if t == nil {
			return nil
		}
		d := DateOf(*t)
		return &d
	}
	next := PayScheme{Year: in.Year, PotCents: in.PotCents, PaySumCents: in.PaySumCents, PotShareBasisPoints: in.PotShareBasisPoints,
		PartTimeProRata: in.PartTimeProRata, PartialYearProRata: in.PartialYearProRata, TVoeDLOB: in.TVoeDLOB, Beamte: in.Beamte,
		AgreementBy: date(in.AgreementBy), ReviewBy: date(in.ReviewBy), AssessmentBy: date(in.AssessmentBy),
		ObjectionDays: in.ObjectionDays, Version: version + 1, UpdatedAt: clock.Now(tx.Statement.Context), UpdatedByID: actorRef(actor)}
	for _, b := range in.Bands {
		next.Bands = append(next.Bands, PayBand{Year: in.Year, FromDegree: b.FromDegree, Points: b.Points})
	}
	action, before, after := "add", map[string]any(nil), normalise(payScheme.fields(&next))
	if len(cur) > 0 {
		action, before = "update", normalise(payScheme.fields(&cur[0]))
		if reflect.DeepEqual(before, after) {
			return &cur[0], nil // nothing changed: no write, no event
		}
		if err := tx.Where("year = ?", in.Year).Delete(&PayBand{}).Error; err != nil {
			return nil, err
		}
	}
	// Save writes all columns, false and nil included; the bands follow.
	if err := tx.Omit("Bands").Save(&next).Error; err != nil {
		return nil, err
	}
	if err := tx.Create(&next.Bands).Error; err != nil {
		return nil, err
	}
	return &next, Audit(tx, actor, payScheme.entity, int64(in.Year), action, before, after)
}
