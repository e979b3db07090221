package db

import (
	"encoding/json"

	"gorm.io/gorm"

	"zielwerk/apperr"
	"zielwerk/clock"
)

// ExportedPay is one row of a payroll export as recorded.
type ExportedPay struct {
	AgreementID int64   `json:"agreementId"`
	PersonID    int64   `json:"personId"`
	Points      int     `json:"points"`
	Factor      float64 `json:"factor"`
	Cents       int64   `json:"cents"`
}

// PayChange is how a row differs from the last export of the year.
type PayChange string

const (
	PayFirst     PayChange = ""          // no export of the year before
	PayNew       PayChange = "NEW"       // not in the last export
	PayChanged   PayChange = "CHANGED"   // amount, points or factor differ
	PayUnchanged PayChange = "UNCHANGED" // as last exported
	PayDropped   PayChange = "DROPPED"   // in the last export, not in this one
)

// PayExportRun is a recorded export with each row's change against the
// export before it.
type PayExportRun struct {
	Export  *PayExport
	Changes map[int64]PayChange // by agreement id
	// Previous holds the last export's rows by agreement id; Dropped its
	// rows this export no longer has.
	Previous map[int64]ExportedPay
	Dropped  []ExportedPay
}

// RecordPayExport records that actor exported payout's included rows
// (HR: may) and compares them with the year's previous export; the event
// is audited (who, when, which year, the total).
func RecordPayExport(tx *gorm.DB, actor Actor, may func() bool, p *Payout, format string) (*PayExportRun, error) {
	if !may() {
		return nil, apperr.ErrForbidden
	}
	var rows []ExportedPay
	for _, r := range p.Rows {
		if r.State == PayoutIncluded {
			rows = append(rows, ExportedPay{AgreementID: r.Agreement.ID, PersonID: r.Agreement.AgentID,
				Points: r.Points, Factor: r.Factor, Cents: r.Cents})
		}
	}
	var prev []PayExport
	if err := tx.Where("year = ?", p.Year).Order("id DESC").Limit(1).Find(&prev).Error; err != nil {
		return nil, err
	}
	run := &PayExportRun{Changes: map[int64]PayChange{}, Previous: map[int64]ExportedPay{}}
	if len(prev) > 0 {
		var old []ExportedPay
		if err := json.Unmarshal([]byte(prev[0].Rows), &old); err != nil {
			return nil, err
		}
		for _, o := range old {
			run.Previous[o.AgreementID] = o
		}
		now := map[int64]bool{}
		for _, r := range rows {
			now[r.AgreementID] = true
			o, ok := run.Previous[r.AgreementID]
			switch {
			case !ok:
				run.Changes[r.AgreementID] = PayNew
			case o.Cents != r.Cents || o.Points != r.Points || o.Factor != r.Factor:
				run.Changes[r.AgreementID] = PayChanged
			default:
				run.Changes[r.AgreementID] = PayUnchanged
			}
		}
		for _, o := range old {
			if !now[o.AgreementID] {
				run.Dropped = append(run.Dropped, o)
			}
		}
	}
	b, err := json.Marshal(rows)
	if err != nil {
		return nil, err
	}
	run.Export = &PayExport{Year: p.Year, At: clock.Now(tx.Statement.Context), ByID: actor.PersonID, Format: format,
		Rows: string(b), TotalCents: p.TotalCents}
	if err := tx.Create(run.Export).Error; err != nil {
		return nil, err
	}
	changed := 0
	for _, c := range run.Changes {
		if c != PayUnchanged {
			changed++
		}
	}
	return run, Audit(tx, actor, "PayExport", run.Export.ID, "export", nil, map[string]any{
		"year": p.Year, "format": format, "rows": len(rows), "totalCents": p.TotalCents,
		"changed": changed + len(run.Dropped)})
}

// PayExports lists the recorded exports of year, newest first.
func PayExports(tx *gorm.DB, year int) ([]*PayExport, error) {
	var out []*PayExport
	return out, tx.Where("year = ?", year).Order("id DESC").Find(&out).Error
}

// RowCount is how many rows the export held.
func (e *PayExport) RowCount() (int, error) {
	var rows []ExportedPay
	err := json.Unmarshal([]byte(e.Rows), &rows)
	return len(rows), err
}
