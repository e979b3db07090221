package importer

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"path"
	"strings"

	"zielwerk/apperr"
	"zielwerk/identity"
	"zielwerk/store"
)

// xlsxType is the media type of an XLSX workbook.
const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

// multipartSlack is what the multipart envelope may add to the file.
const multipartSlack = 64 << 10

// Routes registers the import and export endpoints on mux. They expect
// identity.Middleware in front (the Principal in the request context) and
// check sign-in and, for the import, the CSRF header themselves:
//
//	POST /api/import/{kind}           kind: people, org-units, products, strategic-goals, goals,
//	                                  kpis, kpi-values, budget-lines, hsp-realisation
//	GET  /api/import/{kind}/template.csv   header row and one example row
//	GET  /api/import/{kind}/template.xlsx
//	GET  /api/export/status.csv       agreement status overview (?year=)
//	GET  /api/export/status.xlsx
//	GET  /api/export/kpis.csv         KPI table (?year=, default this year)
//	GET  /api/export/kpis.xlsx
//	GET  /api/export/pay-results.csv  pay results for HR (?year=, default this year)
//	GET  /api/export/pay-results.xlsx
//	GET  /api/export/pay.csv          payroll hand-off for HR (?year=): amounts in cents
//	GET  /api/export/pay.xlsx           and euros; each download is recorded
func Routes(mux *http.ServeMux, st *store.Store, imp *store.Imports) {
	mux.Handle("POST /api/import/{kind}", importHandler(st, imp))
	mux.HandleFunc("GET /api/import/{kind}/template.csv", templateHandler(csvFormat))
	mux.HandleFunc("GET /api/import/{kind}/template.xlsx", templateHandler(xlsxFormat))
	ex := &exporter{st: st}
	mux.HandleFunc("GET /api/export/status.csv", ex.handle(ex.status, csvFormat))
	mux.HandleFunc("GET /api/export/status.xlsx", ex.handle(ex.status, xlsxFormat))
	mux.HandleFunc("GET /api/export/kpis.csv", ex.handle(ex.kpis, csvFormat))
	mux.HandleFunc("GET /api/export/kpis.xlsx", ex.handle(ex.kpis, xlsxFormat))
	mux.HandleFunc("GET /api/export/pay-results.csv", ex.handle(ex.payResults, csvFormat))
	mux.HandleFunc("GET /api/export/pay-results.xlsx", ex.handle(ex.payResults, xlsxFormat))
	mux.HandleFunc("GET /api/export/pay.csv", ex.handle(ex.payroll(csvFormat), csvFormat))
	mux.HandleFunc("GET /api/export/pay.xlsx", ex.handle(ex.payroll(xlsxFormat), xlsxFormat))
}

// Handler is a mux with just these routes, to mount behind the identity
// middleware: mux.Handle("/api/import/", h); mux.Handle("/api/export/", h).
func Handler(st *store.Store, imp *store.Imports) http.Handler {
	mux := http.NewServeMux()
	Routes(mux, st, imp)
	return mux
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func refuse(w http.ResponseWriter, status int, dryRun bool, code apperr.Code, key, de, en string) {
	rep := Report{DryRun: dryRun, Errors: []RowError{}}
	rep.fail(code, 0, "", key, de, en)
	writeJSON(w, status, rep)
}

// hasBearer reports whether the request authenticates with a bearer token,
// which a browser never attaches on its own (so no CSRF risk).
func hasBearer(r *http.Request) bool {
	h := r.Header.Get("Authorization")
	return len(h) > 7 && strings.EqualFold(h[:7], "bearer ")
}

func importHandler(st *store.Store, imp *store.Imports) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		dryRun := r.URL.Query().Get("dryRun") == "true" || r.URL.Query().Get("dryRun") == "1"
		p := identity.FromContext(r.Context())
		if p == nil {
			e := apperr.ErrUnauthenticated
			refuse(w, http.StatusUnauthorized, dryRun, e.Code, e.Key, e.De, e.En)
			return
		}
		if r.Header.Get(identity.CSRFHeader) != "1" && !hasBearer(r) {
			refuse(w, http.StatusForbidden, dryRun, apperr.Forbidden, "import.csrf",
				"Der Header X-Zielwerk-CSRF: 1 fehlt.", "The header X-Zielwerk-CSRF: 1 is missing.")
			return
		}
		kind := Kind(r.PathValue("kind"))
		if !kind.known() {
			refuse(w, http.StatusNotFound, dryRun, apperr.NotFound, "import.kind",
				"Unbekannte Importart ("+kindList+").", "Unknown kind of import ("+kindList+").")
			return
		}
		v, err := st.For(p, 0).Policy(r.Context())
		if err != nil {
			slog.ErrorContext(r.Context(), "import: viewer", "err", err)
			refuse(w, http.StatusInternalServerError, dryRun, apperr.Internal, "internal", "Interner Fehler.", "Internal error.")
			return
		}
		if may, de, en := mayImport(v, kind); !may {
			refuse(w, http.StatusForbidden, dryRun, apperr.ErrForbidden.Code, "import.forbidden", de, en)
			return
		}
		data, xlsxHint, err := readUpload(w, r)
		if err != nil {
			var tooLarge *http.MaxBytesError
			if errors.As(err, &tooLarge) || errors.Is(err, errFileTooLarge) {
				refuse(w, http.StatusRequestEntityTooLarge, dryRun, apperr.BadUserInput, "import.tooLarge",
					"Die Datei ist größer als 10 MiB.", "The file is larger than 10 MiB.")
				return
			}
			refuse(w, http.StatusBadRequest, dryRun, apperr.BadUserInput, "import.noFile",
				"Keine Datei erhalten: bitte im Formularfeld „file“ oder als Anfragetext senden.",
				"No file received: send it in the form field “file” or as the request body.")
			return
		}
		rep, status := Import(r.Context(), imp, v, kind, data, xlsxHint, dryRun)
		if status == http.StatusOK {
			slog.InfoContext(r.Context(), "import", "kind", kind, "person", p.PersonID, "dryRun", dryRun,
				"rows", rep.Rows, "created", rep.Created, "updated", rep.Updated, "unchanged", rep.Unchanged)
		}
		writeJSON(w, status, rep)
	})
}

var errFileTooLarge = errors.New("file too large")

// readUpload reads the file from the multipart field "file" or from the
// body, at most MaxFileBytes; xlsxHint says whether the sender called it
// an XLSX file (by name or media type).
func readUpload(w http.ResponseWriter, r *http.Request) ([]byte, bool, error) {
	r.Body = http.MaxBytesReader(w, r.Body, MaxFileBytes+multipartSlack)
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt != "multipart/form-data" {
		data, err := readLimited(r.Body)
		return data, mt == xlsxType, err
	}
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, false, err
	}
	for {
		part, err := mr.NextPart()
		if err != nil {
			return nil, false, err // io.EOF: no field "file"
		}
		if part.FormName() != "file" {
			continue
		}
		pt, _, _ := mime.ParseMediaType(part.Header.Get("Content-Type"))
		hint := pt == xlsxType || strings.EqualFold(path.Ext(part.FileName()), ".xlsx")
		data, err := readLimited(part)
		return data, hint, err
	}
}

func readLimited(r io.Reader) ([]byte, error) {
	var buf bytes.Buffer
	n, err := buf.ReadFrom(io.LimitReader(r, MaxFileBytes+1))
	if err != nil {
		return nil, err
	}
	if n > MaxFileBytes {
		return nil, errFileTooLarge
	}
	if n == 0 {
		return nil, io.ErrUnexpectedEOF
	}
	return buf.Bytes(), nil
}
