// Package printdoc renders an agreement as a print-ready HTML document for
// the personnel file: GET /api/export/agreement/{id}. What it shows is
// access.Viewer.PrintPart: content readers the whole agreement with its
// Protokoll (the audit trail), HR the result part (no items, reviews,
// reasons or Protokoll); for everyone else it does not exist.
package printdoc

import (
	"embed"
	"errors"
	"fmt"
	"html/template"
	"log/slog"
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"

	"zielwerk/clock"
	"zielwerk/db"
	"zielwerk/graph/model"
	"zielwerk/identity"
	"zielwerk/store"
)

//go:embed agreement.html
var files embed.FS

var page = template.Must(template.New("agreement.html").Funcs(template.FuncMap{
	"date":    germanDate,
	"percent": func(v float64) string { return strings.Replace(fmt.Sprintf("%.1f %%", v), ".", ",", 1) },
	"degree":  func(v float64) string { return germanNumber(v) + " %" },
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
	Link   string
	Target string // "Zielwert 95 %": the value with the unit ShownUnit picks
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

// Handler serves the print view; what the viewer may print is the
// store's to decide (store.Viewer.PrintRecord), this package only renders.
func Handler(st *store.Store) http.Handler {
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
		rec, err := st.For(p, 0).PrintRecord(ctx, id)
		if errors.Is(err, store.ErrNothingToPrint) {
			// Missing, invisible and status-only look the same: not found.
			http.Error(w, "Nicht gefunden. / Not found.", http.StatusNotFound)
			return
		} else if err != nil {
			serverError(w, r, err)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		if err := page.Execute(w, render(rec, clock.Now(ctx))); err != nil {
			slog.ErrorContext(ctx, "print view", "err", err)
		}
	})
}

func serverError(w http.ResponseWriter, r *http.Request, err error) {
	slog.ErrorContext(r.Context(), "print view", "err", err)
	http.Error(w, "Interner Fehler. / Internal error.", http.StatusInternalServerError)
}

// render turns the record into the German print.
func render(r *store.PrintRecord, now time.Time) *view {
	a := &r.Agreement
	d := &view{A: a, Status: statusDe[a.Status], PayRule: payRuleDe[a.PayRule], Printed: germanDate(now), Full: r.Full,
		Principal: r.Principal, Agent: r.Agent, Unit: r.Unit, Reviews: r.Reviews, Assessment: r.Assessment}
	for _, it := range r.Items {
		iv := itemView{AgreementItem: it.AgreementItem}
		switch {
		case it.Goal != nil:
			iv.Link = "Ziel: " + it.Goal.Title
		case it.KPI != nil:
			iv.Link = "Kennzahl: " + it.KPI.Name
		case it.Measure != nil:
			iv.Link = "HSP-Maßnahme " + it.Measure.Number + ": " + it.Measure.Title
		}
		if it.TargetValue != nil {
			kpiUnit := ""
			if it.KPI != nil {
				kpiUnit = it.KPI.Unit
			}
			iv.Target = strings.TrimSpace("Zielwert " + germanNumber(*it.TargetValue) + " " + it.ShownUnit(kpiUnit, false))
		}
		d.Items = append(d.Items, iv)
	}
	d.Protocol = protocol(r.Events, r.Actors)
	return d
}

// germanNumber writes v with a decimal comma and thousands points, as
// many decimals as it has: 645000 is "645.000", 60.5 is "60,5".
func germanNumber(v float64) string {
	s := strconv.FormatFloat(math.Abs(v), 'f', -1, 64)
	whole, frac, _ := strings.Cut(s, ".")
	for i := len(whole) - 3; i > 0; i -= 3 {
		whole = whole[:i] + "." + whole[i:]
	}
	if frac != "" {
		whole += "," + frac
	}
	if v < 0 {
		whole = "-" + whole
	}
	return whole
}
