package model

import (
	"encoding/base64"
	"strconv"
	"strings"

	"zielwerk/apperr"
	"zielwerk/db"
)

// EncodeID makes the opaque global ID of an object: base64url("Type:id").
func EncodeID(typ string, id int64) string { return db.GlobalID(typ, id) }

// DecodeID splits a global ID into type and database id.
func DecodeID(gid string) (string, int64, error) {
	raw, err := base64.RawURLEncoding.DecodeString(gid)
	if err == nil {
		if typ, num, ok := strings.Cut(string(raw), ":"); ok && typ != "" {
			if id, err := strconv.ParseInt(num, 10, 64); err == nil && id > 0 {
				return typ, id, nil
			}
		}
	}
	return "", 0, apperr.BadInput("id", "id.malformed", "Ungültige ID.", "Malformed ID.")
}

// DecodeIDOf decodes a global ID that must name an object of type typ.
func DecodeIDOf(typ, gid string) (int64, error) {
	t, id, err := DecodeID(gid)
	if err != nil {
		return 0, err
	}
	if t != typ {
		return 0, apperr.BadInput("id", "id.wrongType", "Die ID gehört nicht zu einem Objekt vom Typ %s.", "The ID does not name a %s.", typ)
	}
	return id, nil
}

// Cursors are keyset positions: the id of the last row seen.
const cursorPrefix = "c1:"

func EncodeCursor(id int64) string {
	return base64.RawURLEncoding.EncodeToString([]byte(cursorPrefix + strconv.FormatInt(id, 10)))
}

// PageArgs validates first (1–100) and decodes after.
func PageArgs(first *int, after *string) (limit int, afterID int64, err error) {
	limit = 20
	if first != nil {
		limit = *first
	}
	if limit < 1 || limit > 100 {
		return 0, 0, apperr.BadInput("first", "pagination.first",
			"„first“ muss zwischen 1 und 100 liegen.", "first must be between 1 and 100.")
	}
	if after == nil || *after == "" {
		return limit, 0, nil
	}
	raw, err := base64.RawURLEncoding.DecodeString(*after)
	if err == nil && strings.HasPrefix(string(raw), cursorPrefix) {
		if id, err := strconv.ParseInt(strings.TrimPrefix(string(raw), cursorPrefix), 10, 64); err == nil && id >= 0 {
			return limit, id, nil
		}
	}
	return 0, 0, apperr.BadInput("after", "pagination.cursor", "Ungültiger Cursor.", "Malformed cursor.")
}
