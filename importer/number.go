package importer

import (
	"math"
	"strconv"
	"strings"
)

// Numbers in a cell: an optional sign (-, + or −), digits with an optional
// decimal separator and optional thousands grouping. German (1.234,56) and
// English (1,234.56) writing are both accepted: when both separators occur
// the last one is the decimal separator. With only one kind of separator:
//   - a comma is the decimal separator, except in a comma-delimited CSV
//     where 1,234 (groups of three) is grouping;
//   - a point is the decimal separator, except in a semicolon-delimited
//     (German) CSV where 1.234 (groups of three) is grouping.
//
// XLSX number cells are read raw (1234.56, 1.5E-3). Money may carry € or
// EUR and has at most two decimals.

// numberSpaces drops spaces (also non-breaking) and reads − as -.
var numberSpaces = strings.NewReplacer("\u00a0", "", "\u202f", "", " ", "", "\u2212", "-")

// normalise returns the number as "-1234.56" (sign, digits, point,
// digits), or false when s is not a number.
func normalise(s string, style numberStyle, money bool) (string, bool) {
	s = numberSpaces.Replace(s)
	if money {
		for _, cur := range []string{"€", "EUR", "eur"} {
			s = strings.TrimSuffix(strings.TrimPrefix(s, cur), cur)
		}
	}
	sign := ""
	if s != "" && (s[0] == '-' || s[0] == '+') {
		if s[0] == '-' {
			sign = "-"
		}
		s = s[1:]
	}
	if s == "" {
		return "", false
	}
	if style == rawXLSX && strings.ContainsAny(s, "eE") {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
			return "", false
		}
		return sign + strconv.FormatFloat(f, 'f', -1, 64), true
	}
	digits := false
	for _, c := range s {
		if (c < '0' || c > '9') && c != '.' && c != ',' {
			return "", false
		}
		digits = digits || c >= '0' && c <= '9'
	}
	if !digits {
		return "", false
	}
	lastDot, lastComma := strings.LastIndexByte(s, '.'), strings.LastIndexByte(s, ',')
	var dec, group byte
	switch {
	case lastDot >= 0 && lastComma >= 0:
		dec, group = ',', '.'
		if lastDot > lastComma {
			dec, group = '.', ','
		}
	case lastComma >= 0:
		dec, group = ',', '.'
		if style == english && (strings.Count(s, ",") > 1 || grouped(s, ',')) {
			dec, group = '.', ','
		}
	case lastDot >= 0:
		dec, group = '.', ','
		if style == german && (strings.Count(s, ".") > 1 || grouped(s, '.')) {
			dec, group = ',', '.'
		}
	default:
		return sign + s, true
	}
	intPart, frac, _ := strings.Cut(s, string(dec))
	if strings.IndexByte(frac, dec) >= 0 || strings.IndexByte(frac, group) >= 0 {
		return "", false
	}
	if strings.IndexByte(intPart, group) >= 0 {
		if !grouped(intPart, group) {
			return "", false
		}
		intPart = strings.ReplaceAll(intPart, string(group), "")
	}
	if intPart == "" {
		intPart = "0"
	}
	if frac == "" {
		return sign + intPart, true
	}
	return sign + intPart + "." + frac, true
}

// grouped reports whether s is digits in groups of three separated by sep
// (1.234 or 12.345.678), with at least one separator.
func grouped(s string, sep byte) bool {
	parts := strings.Split(s, string(sep))
	if len(parts) < 2 || len(parts[0]) < 1 || len(parts[0]) > 3 {
		return false
	}
	for _, p := range parts[1:] {
		if len(p) != 3 {
			return false
		}
	}
	return true
}

func parseFloat(s string, style numberStyle) (float64, bool) {
	n, ok := normalise(s, style, false)
	if !ok {
		return 0, false
	}
	f, err := strconv.ParseFloat(n, 64)
	return f, err == nil && !math.IsInf(f, 0)
}

// parseInt reads a whole number (a year, a quarter, an id).
func parseInt(s string, style numberStyle) (int64, bool) {
	n, ok := normalise(s, style, false)
	if !ok {
		return 0, false
	}
	if i, err := strconv.ParseInt(n, 10, 64); err == nil {
		return i, true
	}
	f, err := strconv.ParseFloat(n, 64) // 2026.0 from a spreadsheet
	if err != nil || f != math.Trunc(f) || math.Abs(f) > 1<<53 {
		return 0, false
	}
	return int64(f), true
}

// parseCents reads euros into cents exactly; more than two decimals are
// refused (except float noise of raw XLSX values, which is rounded away).
func parseCents(s string, style numberStyle) (int64, bool) {
	n, ok := normalise(s, style, true)
	if !ok {
		return 0, false
	}
	neg := strings.HasPrefix(n, "-")
	n = strings.TrimPrefix(n, "-")
	intPart, frac, _ := strings.Cut(n, ".")
	if len(intPart) > 15 {
		return 0, false
	}
	frac = strings.TrimRight(frac, "0")
	if len(frac) > 2 {
		if style != rawXLSX {
			return 0, false
		}
		f, err := strconv.ParseFloat(n, 64)
		if err != nil {
			return 0, false
		}
		c := math.Round(f * 100)
		if math.Abs(f*100-c) > 1e-4 {
			return 0, false
		}
		if neg {
			c = -c
		}
		return int64(c), true
	}
	frac += strings.Repeat("0", 2-len(frac))
	i, err := strconv.ParseInt(intPart+frac, 10, 64)
	if err != nil {
		return 0, false
	}
	if neg {
		i = -i
	}
	return i, true
}
