package main

import (
	"fmt"
	"net"
	"net/http"
	"net/http/pprof"
	"os"
)

// pprofEnv names the loopback address, e.g. 127.0.0.1:6060, on which
// 'svbench serve' also serves Go's profiles under /debug/pprof/ for
// 'make bench'; unset, nothing is served.
const pprofEnv = "SVBENCH_PPROF"

// servePprof starts the profiling listener when $SVBENCH_PPROF is set, on
// loopback only, and returns a function that stops it.
func servePprof() (func() error, error) {
	addr := os.Getenv(pprofEnv)
	if addr == "" {
		return func() error { return nil }, nil
	}
	host, _, err := net.SplitHostPort(addr)
	if ip := net.ParseIP(host); err != nil || ip == nil || !ip.IsLoopback() {
		return nil, fmt.Errorf("$%s must be a loopback address such as 127.0.0.1:6060, not %q", pprofEnv, addr)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("serve profiles: %w", err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	srv := &http.Server{Handler: mux}
	go func() { _ = srv.Serve(ln) }()
	return srv.Close, nil
}
