package benchmark_test

import (
	"strings"
	"testing"
	"time"

	"github.com/svbench/svbench/benchmark"
)

func TestSession_Expired(t *testing.T) {
	start := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	s := &benchmark.Session{CreatedAt: start, LastSeenAt: start}
	for _, tc := range []struct {
		name     string
		lastSeen time.Duration // after start
		now      time.Duration // after start
		want     bool
	}{
		{"just signed in", 0, 0, false},
		{"idle a minute short of the timeout", 0, benchmark.SessionIdleTimeout - time.Minute, false},
		{"idle for the timeout", 0, benchmark.SessionIdleTimeout, true},
		{"busy all day, within the absolute timeout", benchmark.SessionAbsoluteTimeout - 2*time.Minute, benchmark.SessionAbsoluteTimeout - time.Minute, false},
		{"busy all day, past the absolute timeout", benchmark.SessionAbsoluteTimeout - time.Minute, benchmark.SessionAbsoluteTimeout, true},
	} {
		s.LastSeenAt = start.Add(tc.lastSeen)
		if got := s.Expired(start.Add(tc.now)); got != tc.want {
			t.Errorf("%s: Expired = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestSession_NeedsTouch(t *testing.T) {
	start := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	s := &benchmark.Session{CreatedAt: start, LastSeenAt: start}
	if s.NeedsTouch(start.Add(benchmark.SessionTouchInterval - time.Second)) {
		t.Error("touched again within the interval")
	}
	if !s.NeedsTouch(start.Add(benchmark.SessionTouchInterval)) {
		t.Error("not touched after the interval")
	}
}

func TestSession_Validate(t *testing.T) {
	hash := strings.Repeat("0a", 32)
	ok := benchmark.Session{TokenHash: hash, UserID: 1, CSRFToken: "c"}
	if err := ok.Validate(); err != nil {
		t.Errorf("valid session: %v", err)
	}
	for name, s := range map[string]benchmark.Session{
		"a raw token, not its hash": {TokenHash: "dGhpcyBpcyBhIHJhdyB0b2tlbiBub3QgYSBoYXNoISEhISEhISE", UserID: 1, CSRFToken: "c"},
		"upper-case hex":            {TokenHash: strings.ToUpper(hash), UserID: 1, CSRFToken: "c"},
		"no account":                {TokenHash: hash, CSRFToken: "c"},
		"no CSRF token":             {TokenHash: hash, UserID: 1},
	} {
		if err := s.Validate(); benchmark.ErrorCode(err) != benchmark.EINVALID {
			t.Errorf("%s: Validate() = %v, want invalid", name, err)
		}
	}
}

func TestSetupToken_Usable(t *testing.T) {
	made := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	tok := &benchmark.SetupToken{CreatedAt: made}
	if !tok.Usable(made.Add(benchmark.SetupTokenLifetime - time.Second)) {
		t.Error("an unused token within its lifetime is refused")
	}
	if tok.Usable(made.Add(benchmark.SetupTokenLifetime)) {
		t.Error("an expired token is usable")
	}
	tok.UsedAt = made.Add(time.Minute)
	if tok.Usable(made.Add(2 * time.Minute)) {
		t.Error("a used token is usable again")
	}
}

func TestSetupToken_Validate(t *testing.T) {
	if err := (&benchmark.SetupToken{TokenHash: strings.Repeat("f", 64)}).Validate(); err != nil {
		t.Errorf("hex SHA-256 refused: %v", err)
	}
	if err := (&benchmark.SetupToken{TokenHash: "raw-token"}).Validate(); benchmark.ErrorCode(err) != benchmark.EINVALID {
		t.Errorf("raw token: %v, want invalid", err)
	}
}
