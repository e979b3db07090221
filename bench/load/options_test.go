package main

import (
	"io"
	"slices"
	"testing"
)

func TestParseFlags(t *testing.T) {
	o, err := parseFlags(nil, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(o.Rates, []int{25, 50, 100, 150, 200, 300}) || o.Scale != 10 || o.Duration.Seconds() != 10 {
		t.Fatalf("defaults: %+v", o)
	}
	o, err = parseFlags([]string{"-rates", "50, 10", "-cpuprofile", "cpu.pprof"}, io.Discard)
	if err != nil || !slices.Equal(o.Rates, []int{50, 10}) || o.ProfileRate != 50 {
		t.Fatalf("rates and profile rate: %+v %v", o, err)
	}
	for _, bad := range [][]string{
		{"-rates", "10,x"},
		{"-rates", "0"},
		{"-scale", "0"},
		{"-cpuprofile", "p", "-profile-rate", "70"},
		{"-cpuprofile", "p", "-admin", ""},
		{"-server", "http://localhost:8080", "-database-url", "postgres://x"},
		{"extra"},
	} {
		if _, err := parseFlags(bad, io.Discard); err == nil {
			t.Errorf("parseFlags(%q) accepted", bad)
		}
	}
}
