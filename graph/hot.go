package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"strings"

	"zielwerk/identity"
	"zielwerk/metrics"
)

// ExecutiveDocument is the executive view of a Dezernent's start page:
// their agreements of a year with unit, items, each item's goal with up to
// ten KPIs and the year's values. It is a hot view: sent exactly like this
// (whitespace aside), PostgreSQL answers it in one statement that builds
// the JSON (db.ExecutiveJSON), instead of the graph resolving some 6,000
// fields one by one. Its answer is the same as the graph's; a test holds
// the two side by side for every demo viewer.
const ExecutiveDocument = `query Executive($year: Int!) {
  agreements(year: $year, role: PRINCIPAL, first: 50) {
    totalCount
    nodes {
      id status version
      orgUnit { id code name }
      items {
        id position title weightPercent
        goal {
          id title
          kpis(first: 10) { nodes { id name unit values(fromYear: $year, toYear: $year) { year quarter month plan actual } } }
        }
      }
    }
  }
}`

// hotView answers one known document, or says it cannot (ok false), in
// which case the graph answers it as any other document.
type hotView struct {
	name   string // the operation's name
	answer func(ctx context.Context, r *Resolver, vars map[string]any) (data []byte, ok bool, err error)
}

// hotDocuments maps a normalised document to its hot view.
var hotDocuments = map[string]hotView{
	normaliseDocument(ExecutiveDocument): {"Executive", executiveView},
}

// hotHeads are the openings of the hot documents ("query Executive("): a
// body without any of them is no hot view, and is passed on without being
// decoded or normalised — every other request pays one substring search.
var hotHeads = func() [][]byte {
	var heads [][]byte
	for _, v := range hotDocuments {
		heads = append(heads, []byte("query "+v.name+"("))
	}
	return heads
}()

func mayBeHot(body []byte) bool {
	for _, h := range hotHeads {
		if bytes.Contains(body, h) {
			return true
		}
	}
	return false
}

// normaliseDocument folds runs of white space (and commas, which GraphQL
// ignores) into one space, so that indentation does not matter.
func normaliseDocument(doc string) string {
	return strings.Join(strings.FieldsFunc(doc, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == ','
	}), " ")
}

// hotViews answers a known document before gqlgen sees it: the document
// needs no parsing, validation or cost check (it is fixed here; the
// equality test also sends it through gqlgen, so it passes those), and the
// answer PostgreSQL built is written as it comes, without being decoded
// and encoded again. Anything else — another document, an anonymous
// request, a variable of the wrong type, an unknown year, SQLite, a failed
// statement — goes on to gqlgen, which answers it in full.
func (r *Resolver) hotViews(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		if identity.FromContext(req.Context()) == nil || req.Body == nil {
			next.ServeHTTP(w, req)
			return
		}
		body, err := io.ReadAll(req.Body) // already read and bounded by limitBody
		req.Body = io.NopCloser(bytes.NewReader(body))
		if err != nil || !mayBeHot(body) {
			next.ServeHTTP(w, req)
			return
		}
		var params struct {
			Query         string         `json:"query"`
			OperationName string         `json:"operationName"`
			Variables     map[string]any `json:"variables"`
		}
		dec := json.NewDecoder(bytes.NewReader(body))
		dec.UseNumber()
		if dec.Decode(&params) != nil {
			next.ServeHTTP(w, req)
			return
		}
		hot, found := hotDocuments[normaliseDocument(params.Query)]
		if !found || (params.OperationName != "" && params.OperationName != hot.name) {
			next.ServeHTTP(w, req)
			return
		}
		data, ok, err := hot.answer(req.Context(), r, params.Variables)
		if err != nil || !ok {
			next.ServeHTTP(w, req)
			return
		}
		metrics.SetOperation(req.Context(), hot.name)
		w.Header().Set("Content-Type", "application/json")
		out := append(make([]byte, 0, len(data)+10), `{"data":`...)
		w.Write(append(compactJSON(out, data), '}'))
	})
}

func executiveView(ctx context.Context, r *Resolver, vars map[string]any) ([]byte, bool, error) {
	year, ok := intVar(vars["year"])
	if !ok {
		return nil, false, nil
	}
	if err := r.checkYear(ctx, year); err != nil {
		return nil, false, nil // the graph answers with the proper error
	}
	data, err := viewerFrom(ctx).ExecutiveJSON(ctx, year, 50)
	return data, err == nil, err
}

// compactJSON appends src without the white space between tokens, which
// PostgreSQL's json puts after every colon and comma (" : ", ", "). src is
// valid JSON: white space inside strings is kept, escapes are honoured.
func compactJSON(dst, src []byte) []byte {
	inString, escaped := false, false
	for _, c := range src {
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
		case c == ' ' || c == '\n' || c == '\t' || c == '\r':
			continue
		case c == '"':
			inString = true
		}
		dst = append(dst, c)
	}
	return dst
}

// intVar reads an Int variable as gqlgen hands it over.
func intVar(v any) (int, bool) {
	switch n := v.(type) {
	case int:
		return n, true
	case int64:
		return int(n), true
	case float64:
		return int(n), n == float64(int(n))
	case json.Number:
		i, err := strconv.Atoi(string(n))
		return i, err == nil
	}
	return 0, false
}
