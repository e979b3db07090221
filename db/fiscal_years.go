package db

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"gorm.io/gorm"

	"zielwerk/apperr"
	"zielwerk/clock"
)

// The yearly cycle: a fiscal year is opened when planning starts and
// closed when it is finished. The database keeps a closed year as it is
// (migration 8: a trigger on agreements, KPI values, budget lines and HSP
// savings); a correction afterwards runs inside Correct.

// FiscalYearStatus is OPEN or CLOSED.
type FiscalYearStatus string

const (
	YearOpen   FiscalYearStatus = "OPEN"
	YearClosed FiscalYearStatus = "CLOSED"
)

// FiscalYear is an opened (and perhaps closed) fiscal year.
type FiscalYear struct {
	Year       int              `gorm:"primaryKey;autoIncrement:false"`
	Status     FiscalYearStatus `gorm:"size:8;not null"`
	OpenedAt   time.Time        `gorm:"not null"`
	OpenedByID *int64
	ClosedAt   *time.Time
	ClosedByID *int64
	Version    int `gorm:"not null;default:1"`
}

// yearCorrection registers, inside one transaction, a correction of a
// closed year (the triggers let its writes pass).
type yearCorrection struct {
	Year   int `gorm:"primaryKey;autoIncrement:false"`
	Reason string
}

// ErrYearClosed is what a write to a closed year's data gets.
func ErrYearClosed() *apperr.Error {
	return apperr.BadInput("year", "year.closed",
		"Das Haushaltsjahr ist abgeschlossen: Zahlen und Vereinbarungen bleiben, wie sie sind. Eine Korrektur braucht die Administration und eine Begründung.",
		"The fiscal year is closed: its figures and agreements stay as they are. A correction needs an administrator and a reason.")
}

// isYearClosed recognises the triggers' refusal (PostgreSQL: SQLSTATE
// ZW001; SQLite: the RAISE message).
func isYearClosed(err error) bool {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		return pgErr.Code == "ZW001"
	}
	return err != nil && strings.Contains(err.Error(), "fiscal year is closed")
}

// OpenYear opens year for planning: it becomes a fiscal year (fiscalYears,
// recordable figures) even before any data exists.
func OpenYear(tx *gorm.DB, actor Actor, may func() bool, year int) (*FiscalYear, error) {
	if !may() {
		return nil, apperr.ErrForbidden
	}
	if year < 2000 || year > 2100 {
		return nil, apperr.BadInput("year", "year.range", "Das Jahr liegt außerhalb von 2000–2100.", "The year lies outside 2000–2100.")
	}
	var n int64
	if err := tx.Model(&FiscalYear{}).Where("year = ?", year).Count(&n).Error; err != nil {
		return nil, err
	}
	if n > 0 {
		return nil, apperr.BadInput("year", "year.opened", "Das Haushaltsjahr %d ist schon eröffnet.", "Fiscal year %d is open already.", year)
	}
	y := FiscalYear{Year: year, Status: YearOpen, OpenedAt: clock.Now(tx.Statement.Context).UTC(), OpenedByID: actorRef(actor), Version: 1}
	if err := tx.Create(&y).Error; err != nil {
		return nil, err
	}
	return &y, Audit(tx, actor, "FiscalYear", int64(year), "open", nil, map[string]any{"year": year, "status": y.Status})
}

// CloseYear closes year: from then on its figures and agreements cannot
// change (the database refuses) except through Correct. A year that was
// never opened explicitly is opened and closed at once.
func CloseYear(tx *gorm.DB, actor Actor, may func() bool, year int) (*FiscalYear, error) {
	if !may() {
		return nil, apperr.ErrForbidden
	}
	now := clock.Now(tx.Statement.Context).UTC()
	var y FiscalYear
	err := tx.Where("year = ?", year).Take(&y).Error
	switch {
	case errors.Is(err, gorm.ErrRecordNotFound):
		y = FiscalYear{Year: year, Status: YearClosed, OpenedAt: now, OpenedByID: actorRef(actor), ClosedAt: &now, ClosedByID: actorRef(actor), Version: 1}
		if err := tx.Create(&y).Error; err != nil {
			return nil, err
		}
	case err != nil:
		return nil, err
	case y.Status == YearClosed:
		return nil, apperr.BadInput("year", "year.closedAlready", "Das Haushaltsjahr %d ist schon abgeschlossen.", "Fiscal year %d is closed already.", year)
	default:
		res := tx.Model(&FiscalYear{}).Where("year = ? AND version = ?", year, y.Version).
			Updates(map[string]any{"status": YearClosed, "closed_at": now, "closed_by_id": actorRef(actor), "version": y.Version + 1})
		if res.Error != nil {
			return nil, res.Error
		}
		if res.RowsAffected == 0 {
			return nil, apperr.ErrConflict
		}
		y.Status, y.ClosedAt, y.ClosedByID, y.Version = YearClosed, &now, actorRef(actor), y.Version+1
	}
	return &y, Audit(tx, actor, "FiscalYear", int64(year), "close", map[string]any{"status": YearOpen}, map[string]any{"status": YearClosed})
}

// Correct runs fn as a correction of closed year: only if may (ADMIN),
// with a reason, audited before fn's own events.
func Correct(tx *gorm.DB, actor Actor, may func() bool, year int, reason string, fn func(tx *gorm.DB) error) error {
	if !may() {
		return apperr.BadInput("correctionReason", "year.correctionForbidden",
			"Korrekturen abgeschlossener Jahre nimmt die Administration vor.", "Corrections of closed years are for administrators.")
	}
	if closed, err := IsYearClosed(tx, year); err != nil || !closed {
		if err != nil {
			return err
		}
		return apperr.BadInput("correctionReason", "year.notClosed", "Das Haushaltsjahr %d ist nicht abgeschlossen: es braucht keine Korrektur.",
			"Fiscal year %d is not closed: it needs no correction.", year)
	}
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return apperr.BadInput("correctionReason", "year.correctionReason", "Bitte die Korrektur begründen.", "Please give a reason for the correction.")
	}
	if err := tx.Create(&yearCorrection{Year: year, Reason: reason}).Error; err != nil {
		return err
	}
	if err := Audit(tx, actor, "FiscalYear", int64(year), "correction", nil, map[string]any{"reason": reason}); err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Where("year = ?", year).Delete(&yearCorrection{}).Error
}

// IsYearClosed reports whether year is closed.
func IsYearClosed(tx *gorm.DB, year int) (bool, error) {
	var n int64
	err := tx.Model(&FiscalYear{}).Where("year = ? AND status = ?", year, YearClosed).Count(&n).Error
	return n > 0, err
}

// FiscalYearList lists the opened and closed years.
func FiscalYearList(tx *gorm.DB) ([]*FiscalYear, error) {
	var out []*FiscalYear
	return out, tx.Order("year").Find(&out).Error
}

// CopyAgreementsToYear makes a draft in year to of every agreement of
// year from that has none there yet (same parties, unit, pay rule and
// items; copyFrom in each trail). One whose items pursue goals that no
// longer run in the new year is skipped and counted: its principal copies
// it by hand after choosing other goals.
func CopyAgreementsToYear(tx *gorm.DB, actor Actor, from, to int) (copied, skipped int, err error) {
	var src []*Agreement
	if err := tx.Where("year = ? AND NOT EXISTS (SELECT 1 FROM agreements b WHERE b.year = ? AND b.agent_id = agreements.agent_id AND b.org_unit_id = agreements.org_unit_id)",
		from, to).Order("id").Find(&src).Error; err != nil {
		return 0, 0, err
	}
	for i, a := range src {
		sp := "copy" + strconv.Itoa(i)
		if err := tx.SavePoint(sp).Error; err != nil {
			return copied, skipped, err
		}
		_, err := copyAgreement(tx, actor, a, to)
		if e, ok := apperr.As(err); ok && e.Code == apperr.BadUserInput {
			if err := tx.RollbackTo(sp).Error; err != nil {
				return copied, skipped, err
			}
			skipped++
			continue
		}
		if err != nil {
			return copied, skipped, err
		}
		copied++
	}
	return copied, skipped, nil
}
