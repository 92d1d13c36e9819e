package main

import (
	"os"
	"runtime/debug"
)

// defaultMemoryLimitMB is serve's soft heap limit: the server stays well
// inside a small container (its resident set includes SQLite's page caches
// and the runtime on top of the heap).
const defaultMemoryLimitMB = 96

// setMemoryLimit sets the Go runtime's soft memory limit to mb megabytes,
// unless the operator chose one with GOMEMLIMIT or asked for none (0). A
// soft limit never fails an allocation: near it the collector runs more
// often instead of letting the heap double.
func setMemoryLimit(mb int) {
	if _, set := os.LookupEnv("GOMEMLIMIT"); set || mb <= 0 {
		return
	}
	debug.SetMemoryLimit(int64(mb) << 20)
}
