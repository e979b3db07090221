package importer_test

import (
	"bytes"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"zielwerk/identity"
)

func fetchURL(t *testing.T, url string) (int, string, []byte) {
	t.Helper()
	res, err := http.Get(url)
	must(t, err)
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	must(t, err)
	return res.StatusCode, res.Header.Get("Content-Type"), b
}

// Every kind's template has a German header and one example row, and the
// import knows all its columns.
func TestImportTemplates(t *testing.T) {
	gdb, admin := emptyCity(t)
	srv := serve(t, gdb, principal(admin, identity.RoleAdmin, identity.RoleControlling))
	for _, kind := range []string{"people", "org-units", "products", "strategic-goals", "goals", "kpis", "hsp-measures", "kpi-values", "budget-lines", "hsp-realisation"} {
		status, ctype, body := fetchURL(t, srv.URL+"/api/import/"+kind+"/template.csv")
		lines := strings.Split(strings.TrimSpace(strings.TrimPrefix(string(body), "\ufeff")), "\r\n")
		if status != 200 || !strings.HasPrefix(ctype, "text/csv") || len(lines) != 2 || strings.Count(lines[0], ";") != strings.Count(lines[1], ";") {
			t.Fatalf("%s: status %d, %s, %q", kind, status, ctype, body)
		}
		_, rep := send(t, srv, upload{kind: kind, body: body, dryRun: true})
		for _, e := range rep.Errors {
			if e.Row <= 1 {
				t.Fatalf("%s: the import refuses the template's header: %+v", kind, e)
			}
		}
		status, ctype, body = fetchURL(t, srv.URL+"/api/import/"+kind+"/template.xlsx")
		if status != 200 || ctype != "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" {
			t.Fatalf("%s xlsx: status %d, %s", kind, status, ctype)
		}
		f, err := excelize.OpenReader(bytes.NewReader(body))
		must(t, err)
		rows, err := f.GetRows(f.GetSheetList()[0])
		must(t, err)
		if len(rows) != 2 || rows[0][0] != strings.Split(lines[0], ";")[0] {
			t.Fatalf("%s xlsx: %q", kind, rows)
		}
	}
	if status, _, _ := fetchURL(t, serve(t, gdb, nil).URL+"/api/import/people/template.csv"); status != 401 {
		t.Fatalf("anonymous: %d", status)
	}
	if status, _, _ := fetchURL(t, srv.URL+"/api/import/nothing/template.csv"); status != 404 {
		t.Fatalf("unknown kind: %d", status)
	}
	if !strings.Contains(string(mustGet(t, srv.URL+"/api/import/org-units/template.csv")), "Kürzel;Name;Art;Übergeordnet") {
		t.Fatal("the org unit template's header is not German")
	}
}

func mustGet(t *testing.T, url string) []byte {
	_, _, b := fetchURL(t, url)
	return b
}
