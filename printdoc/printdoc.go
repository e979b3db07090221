// Package printdoc renders an agreement as a print-ready HTML document for
// the personnel file: GET /api/export/agreement/{id}. What it shows is
// access.Viewer.PrintPart: content readers the whole agreement with its
// Protokoll (the audit trail), HR the result part (no items, reviews,
// reasons or Protokoll); for everyone else it does not exist.
package printdoc

import (
	"embed"
	"fmt"
	"html/template"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"gorm.io/gorm"

	"zielwerk/access"
	"zielwerk/clock"
	"zielwerk/db"
	"zielwerk/graph/model"
	"zielwerk/identity"
)

//go:embed agreement.html
var files embed.FS

var page = template.Must(template.New("agreement.html").Funcs(template.FuncMap{
	"date":    germanDate,
	"percent": func(v float64) string { return strings.Replace(fmt.Sprintf("%.1f %%", v), ".", ",", 1) },
}).ParseFS(files, "agreement.html"))

var statusDe = map[db.AgreementStatus]string{
	db.StatusDraft: "Entwurf", db.StatusProposed: "Vorgeschlagen", db.StatusAgreed: "Vereinbart",
	db.StatusReviewed: "Zwischengespräch geführt", db.StatusAssessed: "Bewertet", db.StatusClosed: "Abgeschlossen",
}

var payRuleDe = map[db.PayRule]string{
	db.PayTVoeDLOB: "Leistungsorientierte Bezahlung nach § 18 TVöD",
	db.PayBeamte:   "Beamtinnen und Beamte nach Landesbesoldungsrecht",
	db.PayNone:     "ohne Bezug zur Vergütung",
}

// germanDate formats a time.Time or *time.Time as 27.11.2026.
func germanDate(v any) string {
	var t time.Time
	switch x := v.(type) {
	case time.Time:
		t = x
	case *time.Time:
		if x != nil {
			t = *x
		}
	}
	if t.IsZero() {
		return "—"
	}
	return t.UTC().Format("02.01.2006")
}

type itemView struct {
	db.AgreementItem
	Link string
}

type view struct {
	A                *db.Agreement
	Status, PayRule  string
	Principal, Agent db.Person
	Unit             db.OrgUnit
	Items            []itemView
	Reviews          []db.Review
	Assessment       *db.Assessment
	Printed          string
	// Protocol is the audit trail, oldest first (full access only).
	Protocol []protocolEntry
	// Full is the whole agreement; without it the result part only.
	Full bool
}

// Handler serves the print view.
func Handler(gdb *gorm.DB) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		p := identity.FromContext(ctx)
		if p == nil {
			http.Error(w, "Bitte melden Sie sich an. / Please sign in.", http.StatusUnauthorized)
			return
		}
		id, err := model.DecodeIDOf("Agreement", r.PathValue("id"))
		if err != nil {
			http.Error(w, "Ungültige ID. / Malformed ID.", http.StatusBadRequest)
			return
		}
		v, err := access.Load(ctx, gdb, p, clock.Today(ctx))
		if err != nil {
			serverError(w, r, err)
			return
		}
		var a db.Agreement
		part := access.PrintNothing
		if err := gdb.WithContext(ctx).Scopes(v.VisibleAgreements()).First(&a, id).Error; err == nil {
			part = v.PrintPart(&a)
		}
		if part == access.PrintNothing {
			// Missing, invisible and status-only look the same: not found.
			http.Error(w, "Nicht gefunden. / Not found.", http.StatusNotFound)
			return
		}
		doc, err := load(gdb.WithContext(ctx), &a, part == access.PrintAll)
		if err != nil {
			serverError(w, r, err)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		if err := page.Execute(w, doc); err != nil {
			slog.ErrorContext(ctx, "print view", "err", err)
		}
	})
}

func serverError(w http.ResponseWriter, r *http.Request, err error) {
	slog.ErrorContext(r.Context(), "print view", "err", err)
	http.Error(w, "Interner Fehler. / Internal error.", http.StatusInternalServerError)
}

// load reads what the print shows: with full the whole agreement and its
// Protokoll, otherwise parties, unit and the assessment's total and date
// only (what the result part leaves out is not even read).
func load(q *gorm.DB, a *db.Agreement, full bool) (*view, error) {
	d := &view{A: a, Status: statusDe[a.Status], PayRule: payRuleDe[a.PayRule], Printed: germanDate(clock.Now(q.Statement.Context)), Full: full}
	if err := q.First(&d.Principal, a.PrincipalID).Error; err != nil {
		return nil, err
	}
	if err := q.First(&d.Agent, a.AgentID).Error; err != nil {
		return nil, err
	}
	if err := q.First(&d.Unit, a.OrgUnitID).Error; err != nil {
		return nil, err
	}
	if !full {
		var as []db.Assessment
		if err := q.Select("id, agreement_id, total_degree, assessed_at").Where("agreement_id = ?", a.ID).Find(&as).Error; err != nil {
			return nil, err
		}
		if len(as) > 0 {
			d.Assessment = &as[0]
		}
		return d, nil
	}
	var items []db.AgreementItem
	if err := q.Where("agreement_id = ?", a.ID).Order("position").Find(&items).Error; err != nil {
		return nil, err
	}
	var goalIDs, kpiIDs, measureIDs []int64
	for _, it := range items {
		for _, l := range []struct {
			id  *int64
			ids *[]int64
		}{{it.GoalID, &goalIDs}, {it.KPIID, &kpiIDs}, {it.MeasureID, &measureIDs}} {
			if l.id != nil {
				*l.ids = append(*l.ids, *l.id)
			}
		}
	}
	goals, err := db.ByIDs(q.Statement.Context, q, goalIDs, func(g *db.Goal) int64 { return g.ID })
	if err != nil {
		return nil, err
	}
	kpis, err := db.ByIDs(q.Statement.Context, q, kpiIDs, func(k *db.KPI) int64 { return k.ID })
	if err != nil {
		return nil, err
	}
	measures, err := db.ByIDs(q.Statement.Context, q, measureIDs, func(m *db.ConsolidationMeasure) int64 { return m.ID })
	if err != nil {
		return nil, err
	}
	for _, it := range items {
		iv := itemView{AgreementItem: it}
		switch {
		case it.GoalID != nil && goals[*it.GoalID] != nil:
			iv.Link = "Ziel: " + goals[*it.GoalID].Title
		case it.KPIID != nil && kpis[*it.KPIID] != nil:
			k := kpis[*it.KPIID]
			iv.Link = "Kennzahl: " + k.Name
			if it.TargetValue != nil {
				iv.Link += fmt.Sprintf(" – Zielwert %s %s", strings.Replace(fmt.Sprintf("%g", *it.TargetValue), ".", ",", 1), k.Unit)
			}
		case it.MeasureID != nil && measures[*it.MeasureID] != nil:
			m := measures[*it.MeasureID]
			iv.Link = "HSP-Maßnahme " + m.Number + ": " + m.Title
		}
		d.Items = append(d.Items, iv)
	}
	if err := q.Where("agreement_id = ?", a.ID).Order("held_on").Find(&d.Reviews).Error; err != nil {
		return nil, err
	}
	var as []db.Assessment
	if err := q.Where("agreement_id = ?", a.ID).Find(&as).Error; err != nil {
		return nil, err
	}
	if len(as) > 0 {
		d.Assessment = &as[0]
	}
	d.Protocol, err = protocol(q, a.ID)
	return d, err
}
