package main

import "testing"

func TestParseCPUModel(t *testing.T) {
	const cpuinfo = "processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC   7B13 64-Core Processor\n\nprocessor\t: 1\nmodel name\t: other\n"
	if got := parseCPUModel(cpuinfo); got != "AMD EPYC 7B13 64-Core Processor" {
		t.Fatalf("model = %q", got)
	}
	if got := parseCPUModel("processor\t: 0\n"); got != "" {
		t.Fatalf("no model name: %q", got)
	}
}
