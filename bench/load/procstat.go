package main

import (
	"encoding/binary"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// parseStatTicks returns utime+stime, in clock ticks, from the text of
// /proc/<pid>/stat. The command name (field 2) is in parentheses and may
// itself hold spaces and ')', so the fields are counted from the last ')'.
func parseStatTicks(stat string) (uint64, error) {
	i := strings.LastIndexByte(stat, ')')
	if i < 0 {
		return 0, fmt.Errorf("proc stat: no ')' after the command name")
	}
	f := strings.Fields(stat[i+1:])
	// f[0] is field 3 (state); utime and stime are fields 14 and 15.
	if len(f) < 13 {
		return 0, fmt.Errorf("proc stat: %d fields after the command name, want at least 13", len(f))
	}
	utime, err := strconv.ParseUint(f[11], 10, 64)
	if err != nil {
		return 0, fmt.Errorf("proc stat utime: %w", err)
	}
	stime, err := strconv.ParseUint(f[12], 10, 64)
	if err != nil {
		return 0, fmt.Errorf("proc stat stime: %w", err)
	}
	return utime + stime, nil
}

// atClkTck is the auxiliary vector entry that carries sysconf(_SC_CLK_TCK).
const atClkTck = 17

// clockTicks is the unit of utime and stime. The kernel passes it to every
// process in the auxiliary vector; reading it there keeps the bench free of
// cgo. It is 100 (USER_HZ) on every common Linux architecture, hence the
// fallback.
var clockTicks = func() uint64 {
	b, err := os.ReadFile("/proc/self/auxv")
	if err != nil {
		return 100
	}
	if hz, ok := parseAuxv(b, strconv.IntSize/8, atClkTck); ok && hz > 0 {
		return hz
	}
	return 100
}()

// parseAuxv finds key in an auxiliary vector: (key, value) pairs of native
// machine words, ended by key 0.
func parseAuxv(b []byte, word int, key uint64) (uint64, bool) {
	read := func(p []byte) uint64 {
		if word == 4 {
			return uint64(binary.NativeEndian.Uint32(p))
		}
		return binary.NativeEndian.Uint64(p)
	}
	for i := 0; i+2*word <= len(b); i += 2 * word {
		k := read(b[i:])
		if k == 0 {
			break
		}
		if k == key {
			return read(b[i+word:]), true
		}
	}
	return 0, false
}

// processCPU is the CPU time (user plus system) a process has used so far.
func processCPU(pid int) (time.Duration, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, err
	}
	ticks, err := parseStatTicks(string(b))
	if err != nil {
		return 0, err
	}
	return ticksToDuration(ticks, clockTicks), nil
}

func ticksToDuration(ticks, hz uint64) time.Duration {
	return time.Duration(ticks) * time.Second / time.Duration(hz)
}
