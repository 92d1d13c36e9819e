package main

import (
	"strings"
	"testing"
)

// TestServePprof_LoopbackOnly: profiles are served on loopback only.
func TestServePprof_LoopbackOnly(t *testing.T) {
	for _, addr := range []string{":6060", "0.0.0.0:6060", "example.org:6060"} {
		t.Setenv(pprofEnv, addr)
		if _, err := servePprof(); err == nil || !strings.Contains(err.Error(), "loopback") {
			t.Errorf("%s: %v, want refused", addr, err)
		}
	}
	t.Setenv(pprofEnv, "127.0.0.1:0")
	stop, err := servePprof()
	if err != nil {
		t.Fatal(err)
	}
	stop()
}
