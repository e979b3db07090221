package main

import (
	"bufio"
	"os"
	"runtime"
	"strings"
)

// machine describes where the numbers were measured: they are only
// comparable on the same kind of machine.
type machine struct {
	CPUs  int // usable by this process, as nproc counts them
	Model string
	Go    string
}

func thisMachine() machine {
	m := machine{CPUs: runtime.NumCPU(), Model: "unknown CPU", Go: runtime.Version() + " " + runtime.GOOS + "/" + runtime.GOARCH}
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		if model := parseCPUModel(string(b)); model != "" {
			m.Model = model
		}
	}
	return m
}

// parseCPUModel is the first "model name" of /proc/cpuinfo.
func parseCPUModel(cpuinfo string) string {
	sc := bufio.NewScanner(strings.NewReader(cpuinfo))
	for sc.Scan() {
		key, val, ok := strings.Cut(sc.Text(), ":")
		if ok && strings.TrimSpace(key) == "model name" {
			return strings.Join(strings.Fields(val), " ")
		}
	}
	return ""
}
