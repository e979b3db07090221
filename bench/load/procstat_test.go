package main

import (
	"encoding/binary"
	"testing"
	"time"
)

func TestParseStatTicks(t *testing.T) {
	// A real line of /proc/<pid>/stat, with a command name that holds a
	// space and a ')' to show that fields are counted from the last ')'.
	const stat = "4242 (zielwerk (x) y) S 1 4242 4242 0 -1 4194560 2731 0 0 0 137 42 0 0 20 0 9 0 123456 1300000000 6000 18446744073709551615 1 1 0 0 0 0 0 0 2143420159 0 0 0 17 1 0 0 0 0 0\n"
	got, err := parseStatTicks(stat)
	if err != nil {
		t.Fatal(err)
	}
	if got != 137+42 {
		t.Fatalf("ticks = %d, want %d", got, 137+42)
	}
	for _, bad := range []string{"", "1 (x S 1 2", "1 (x) S 1 2 3", "1 (x) S 1 1 1 0 -1 0 0 0 0 0 u 42 0"} {
		if _, err := parseStatTicks(bad); err == nil {
			t.Errorf("parseStatTicks(%q) accepted", bad)
		}
	}
}

func TestTicksToDuration(t *testing.T) {
	if got := ticksToDuration(250, 100); got != 2500*time.Millisecond {
		t.Fatalf("250 ticks at 100 Hz = %v", got)
	}
	if got := ticksToDuration(3, 1024); got != 3*time.Second/1024 {
		t.Fatalf("3 ticks at 1024 Hz = %v", got)
	}
}

func TestParseAuxv(t *testing.T) {
	vec := func(word int, pairs ...uint64) []byte {
		b := make([]byte, len(pairs)*word)
		for i, v := range pairs {
			if word == 4 {
				binary.NativeEndian.PutUint32(b[i*word:], uint32(v))
			} else {
				binary.NativeEndian.PutUint64(b[i*word:], v)
			}
		}
		return b
	}
	for _, word := range []int{4, 8} {
		b := vec(word, 6, 4096, atClkTck, 100, 0, 0)
		if hz, ok := parseAuxv(b, word, atClkTck); !ok || hz != 100 {
			t.Errorf("word %d: %d %v, want 100", word, hz, ok)
		}
		// Entries after the terminating key 0 are not read.
		b = vec(word, 6, 4096, 0, 0, atClkTck, 100)
		if _, ok := parseAuxv(b, word, atClkTck); ok {
			t.Errorf("word %d: found a key after the end", word)
		}
	}
	if clockTicks == 0 {
		t.Fatal("clockTicks is 0")
	}
}
