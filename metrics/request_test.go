package metrics

import (
	"fmt"
	"testing"
)

// Operation names come from clients: only plain names become labels, and
// only so many, so that no client can grow the number of series.
func TestOperationLabels(t *testing.T) {
	for name, want := range map[string]string{
		"":                                     "anonymous",
		"StartPage":                            "StartPage",
		"Start Page":                           "other",
		"x{y=\"1\"}":                           "other",
		"ä":                                    "other",
		"a_very_long_name_" + fmt.Sprint(1e70): "other",
	} {
		if got := label(name); got != want {
			t.Errorf("label(%q) = %q, want %q", name, got, want)
		}
	}
	for i := range maxNames + 10 {
		label(fmt.Sprintf("Op%d", i))
	}
	if got := label("OneMore"); got != otherLabel {
		t.Errorf("past %d names a new one is %q", maxNames, got)
	}
	if got := label("StartPage"); got != "StartPage" {
		t.Errorf("a known name after the cap is %q", got)
	}
}
