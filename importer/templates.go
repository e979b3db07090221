package importer

import (
	"net/http"
	"strings"
	"unicode"
	"unicode/utf8"

	"zielwerk/apperr"
	"zielwerk/identity"
)

// The figure kinds' columns, for their templates (the import itself reads
// them in kinds.go).
var (
	kpiValueColumns = []column{{name: "kennzahl_id", required: true, example: "42"}, {name: "jahr", required: true, example: "2026"},
		{name: "quartal", example: "1"}, {name: "monat"}, {name: "soll", example: "1.000"}, {name: "ist", example: "950,5"},
		{name: "kommentar", example: "Erstes Quartal"}}
	budgetLineColumns = []column{{name: "produkt", required: true, example: "010101"}, {name: "jahr", required: true, example: "2026"},
		{name: "ansatz", example: "1.234.567,89"}, {name: "prognose", example: "1.200.000"}, {name: "ergebnis"}}
	measureColumns = []column{{name: "massnahme", required: true, example: "HSP-001"}, {name: "jahr", required: true, example: "2026"},
		{name: "realisiert", example: "50.000"}, {name: "status", example: "in Umsetzung"}}
)

// columnsOf are the columns of each kind, in the templates' order.
var columnsOf = map[Kind][]column{
	KPIValues: kpiValueColumns, BudgetLines: budgetLineColumns, HSPRealisation: measureColumns,
	OrgUnits: orgUnitColumns, People: personColumns, Products: productColumns, StrategicGoals: strategicGoalColumns,
	Goals: goalColumns, KPIs: kpiColumns, HSPMeasures: hspMeasureColumns,
}

// headers are the German column names as a template writes them; the
// import reads them as their plain names (normaliseHeader).
var headers = map[string]string{
	"kuerzel": "Kürzel", "uebergeordnet": "Übergeordnet", "gueltig_ab": "Gültig ab", "gueltig_bis": "Gültig bis",
	"e_mail": "E-Mail", "beschaeftigung": "Beschäftigung", "von_jahr": "Von Jahr", "bis_jahr": "Bis Jahr",
	"strategisches_ziel": "Strategisches Ziel", "oberziel_einheit": "Oberziel Einheit", "oberziel_titel": "Oberziel Titel",
	"oberziel_von_jahr": "Oberziel von Jahr", "begruendung": "Begründung", "masseinheit": "Maßeinheit",
	"gruen_ab": "Grün ab", "gelb_ab": "Gelb ab", "ziel_einheit": "Ziel Einheit", "ziel_titel": "Ziel Titel",
	"ziel_von_jahr": "Ziel von Jahr", "kennzahl_id": "Kennzahl_ID", "massnahme": "Maßnahme", "code": "Code",
	"einsparung_2026": "Einsparung 2026", "einsparung_2027": "Einsparung 2027",
}

func header(name string) string {
	if h, ok := headers[name]; ok {
		return h
	}
	r, n := utf8.DecodeRuneInString(name)
	return string(unicode.ToUpper(r)) + strings.ReplaceAll(name[n:], "_", " ")
}

// template is the sheet of a kind's template: the header and one example
// row.
func template(kind Kind) *sheet {
	cols := columnsOf[kind]
	s := &sheet{fileName: "vorlage-" + string(kind), title: "Vorlage", header: make([]string, len(cols)), rows: [][]any{make([]any, len(cols))}}
	for i, c := range cols {
		s.header[i] = header(c.name)
		s.rows[0][i] = c.example
	}
	return s
}

// templateHandler serves GET /api/import/{kind}/template.csv or .xlsx to
// anyone signed in.
func templateHandler(f format) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if identity.FromContext(r.Context()) == nil {
			writeError(w, http.StatusUnauthorized, apperr.ErrUnauthenticated)
			return
		}
		kind := Kind(r.PathValue("kind"))
		if !kind.known() {
			writeError(w, http.StatusNotFound, apperr.New(apperr.NotFound, "import.kind",
				"Unbekannte Importart (%s).", "Unknown kind of import (%s).", kindList))
			return
		}
		sendSheet(w, r, template(kind), f, nil)
	}
}
