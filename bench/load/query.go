package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"zielwerk/graph"
	"zielwerk/identity"
)

// execQuery is what a Dezernent's start page asks for: 50 agreements of the
// year, each with its unit and items, each item's goal with up to 10 KPIs
// and their values of the year — the server's executive hot view.
// role: PRINCIPAL: a Dezernent reads only the status of agreements he is
// no party to, and their items would answer FORBIDDEN.
const execQuery = graph.ExecutiveDocument

// graphqlBody is the POST body of the query for year.
func graphqlBody(year int) []byte {
	b, _ := json.Marshal(map[string]any{"query": execQuery, "variables": map[string]any{"year": year}, "operationName": "Executive"})
	return b
}

// graphqlHeader is what the web app sends with the session cookie.
func graphqlHeader(cookie string) http.Header {
	return http.Header{
		"Content-Type":      {"application/json"},
		identity.CSRFHeader: {"1"},
		"Cookie":            {cookie},
	}
}

// answerShape is what one answer holds, for the header of the table.
type answerShape struct {
	Bytes                                  int
	Total, Agreements, Items, KPIs, Values int
}

// checkQuery sends the query once and fails on anything but a 200 answer
// without GraphQL errors: the load steps would otherwise measure errors.
func checkQuery(ctx context.Context, endpoint string, body []byte, header http.Header) (answerShape, error) {
	var shape answerShape
	req, _ := http.NewRequestWithContext(ctx, "POST", endpoint, bytes.NewReader(body))
	req.Header = header.Clone()
	res, err := (&http.Client{Timeout: 30 * time.Second}).Do(req)
	if err != nil {
		return shape, err
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		return shape, err
	}
	var ans struct {
		Errors []json.RawMessage
		Data   struct {
			Agreements struct {
				TotalCount int
				Nodes      []struct {
					Items []struct {
						Goal *struct {
							KPIs struct {
								Nodes []struct{ Values []json.RawMessage }
							} `json:"kpis"`
						}
					}
				}
			}
		}
	}
	if err := json.Unmarshal(raw, &ans); err != nil || res.StatusCode != http.StatusOK || len(ans.Errors) > 0 {
		return shape, fmt.Errorf("the executive query answered %d: %.600s", res.StatusCode, raw)
	}
	a := ans.Data.Agreements
	shape = answerShape{Bytes: len(raw), Total: a.TotalCount, Agreements: len(a.Nodes)}
	for _, n := range a.Nodes {
		shape.Items += len(n.Items)
		for _, it := range n.Items {
			if it.Goal != nil {
				shape.KPIs += len(it.Goal.KPIs.Nodes)
				for _, k := range it.Goal.KPIs.Nodes {
					shape.Values += len(k.Values)
				}
			}
		}
	}
	if shape.Agreements == 0 {
		return shape, fmt.Errorf("the executive query found no agreements for the year: %.300s", raw)
	}
	return shape, nil
}
