// Package model holds the graph's own types: generated connection and
// report types, scalars and global IDs.
package model

import (
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"zielwerk/apperr"
)

const dateLayout = "2006-01-02"

var badDate = apperr.BadInput("", "date.malformed", "Ein Datum hat die Form 2026-11-27.", "A date looks like 2026-11-27.")

// MarshalDate writes a day as "2006-01-02".
func MarshalDate(t time.Time) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		_, _ = io.WriteString(w, strconv.Quote(t.UTC().Format(dateLayout)))
	})
}

// UnmarshalDate reads "2006-01-02" as midnight UTC.
func UnmarshalDate(v any) (time.Time, error) {
	s, ok := v.(string)
	if !ok {
		return time.Time{}, badDate
	}
	t, err := time.Parse(dateLayout, s)
	if err != nil {
		return time.Time{}, badDate
	}
	return t, nil
}

var nulInText = apperr.BadInput("", "text.nul", "Ein Text enthält ein Nullzeichen (\\u0000); das ist nicht erlaubt.",
	"A text contains a NUL character (\\u0000), which is not allowed.")

// MarshalString is gqlgen's.
func MarshalString(s string) graphql.Marshaler { return graphql.MarshalString(s) }

// UnmarshalString is every String input of the schema (gqlgen.yml binds
// String here): gqlgen's, refusing the NUL character. PostgreSQL stores no
// NUL in text, so it would fail as an internal error deep in a write;
// refused here it is the client's fixable input, for every text field at
// once.
func UnmarshalString(v any) (string, error) {
	s, err := graphql.UnmarshalString(v)
	if err == nil && strings.ContainsRune(s, 0) {
		return "", nulInText
	}
	return s, err
}
