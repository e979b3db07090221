package main

import (
	"bufio"
	"strconv"
	"strings"
)

// counterValue sums every series of the metric name in a Prometheus text
// exposition (one series per label set). ok is false when the text has no
// sample of that name, so a server without the metric shows "n/a" rather
// than zero statements.
func counterValue(text, name string) (sum float64, ok bool) {
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		rest, found := strings.CutPrefix(line, name)
		if !found { // comments too: they start with '#'

			continue
		}
		switch {
		case strings.HasPrefix(rest, "{"):
			end := labelsEnd(rest)
			if end < 0 {
				continue
			}
			rest = rest[end+1:]
		case strings.HasPrefix(rest, " "), strings.HasPrefix(rest, "\t"):
		default:
			continue // another metric whose name starts with name
		}
		fields := strings.Fields(rest) // value, then an optional timestamp
		if len(fields) == 0 {
			continue
		}
		v, err := strconv.ParseFloat(fields[0], 64)
		if err != nil {
			continue
		}
		sum += v
		ok = true
	}
	return sum, ok
}

// labelsEnd is the index of the '}' that closes the label set at s[0],
// skipping quoted label values, which may hold '}' and escaped quotes.
func labelsEnd(s string) int {
	quoted := false
	for i := 1; i < len(s); i++ {
		switch c := s[i]; {
		case quoted && c == '\\':
			i++
		case c == '"':
			quoted = !quoted
		case !quoted && c == '}':
			return i
		}
	}
	return -1
}
