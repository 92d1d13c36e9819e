package main

import (
	"math"
	"runtime/debug"
	"testing"
)

// TestSetMemoryLimit: serve's flag sets the runtime's soft limit, 0 leaves
// it alone, and GOMEMLIMIT wins over the flag.
func TestSetMemoryLimit(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(before) })

	debug.SetMemoryLimit(math.MaxInt64)
	setMemoryLimit(64)
	if got := debug.SetMemoryLimit(-1); got != 64<<20 {
		t.Errorf("limit after --memory-limit 64: %d bytes, want %d", got, 64<<20)
	}
	debug.SetMemoryLimit(math.MaxInt64)
	setMemoryLimit(0)
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("--memory-limit 0 changed the limit to %d", got)
	}
	t.Setenv("GOMEMLIMIT", "200MiB")
	setMemoryLimit(64)
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("with GOMEMLIMIT set the flag still changed the limit to %d", got)
	}
}
