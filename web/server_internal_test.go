package web

import (
	"testing"
	"time"
)

// TestOpen_Hardened: the server bounds every phase of a request and the
// size of its headers, not only the time to read the headers.
func TestOpen_Hardened(t *testing.T) {
	s, err := NewServer(Services{})
	if err != nil {
		t.Fatal(err)
	}
	s.Addr = "127.0.0.1:0"
	if err := s.Open(); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	hs := s.server
	for name, d := range map[string]time.Duration{"ReadHeaderTimeout": hs.ReadHeaderTimeout, "ReadTimeout": hs.ReadTimeout,
		"WriteTimeout": hs.WriteTimeout, "IdleTimeout": hs.IdleTimeout} {
		if d <= 0 {
			t.Errorf("%s is not set", name)
		}
	}
	// Exports of a large round take up to a minute: the write timeout
	// leaves room for them.
	if hs.WriteTimeout < time.Minute {
		t.Errorf("WriteTimeout %v is too short for exports", hs.WriteTimeout)
	}
	if hs.MaxHeaderBytes <= 0 || hs.MaxHeaderBytes > 1<<20 {
		t.Errorf("MaxHeaderBytes = %d, want a limit below the 1 MB default", hs.MaxHeaderBytes)
	}
}
