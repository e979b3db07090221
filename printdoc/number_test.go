package printdoc

import "testing"

// The print writes numbers the German way: thousands points, a decimal
// comma, as many decimals as the value has ("645.000 €", "60,5 %").
func TestGermanNumber(t *testing.T) {
	for v, want := range map[float64]string{645000: "645.000", 60.5: "60,5", 150: "150", -1234.25: "-1.234,25", 0.1: "0,1", 1000000: "1.000.000"} {
		if got := germanNumber(v); got != want {
			t.Errorf("germanNumber(%v) = %q, want %q", v, got, want)
		}
	}
}
