package auth_test

import (
	"encoding/base64"
	"testing"

	"github.com/svbench/svbench/auth"
	"github.com/svbench/svbench/benchmark"
)

func TestNewToken(t *testing.T) {
	seen := map[string]bool{}
	for range 100 {
		tok := auth.NewToken()
		b, err := base64.RawURLEncoding.DecodeString(tok)
		if err != nil || len(b) != 32 {
			t.Fatalf("token %q: %d bytes, %v; want 32 URL-safe base64 bytes", tok, len(b), err)
		}
		if seen[tok] {
			t.Fatalf("token %q repeats", tok)
		}
		seen[tok] = true
	}
}

// TestHashToken: the SHA-256 of "abc" is FIPS 180-2's first example; the
// hash is the form a stored session needs, and a raw token is not.
func TestHashToken(t *testing.T) {
	if got := auth.HashToken("abc"); got != "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" {
		t.Errorf("HashToken(abc) = %s", got)
	}
	tok := auth.NewToken()
	raw := benchmark.Session{TokenHash: tok, UserID: 1, CSRFToken: "c"}
	hashed := benchmark.Session{TokenHash: auth.HashToken(tok), UserID: 1, CSRFToken: "c"}
	if raw.Validate() == nil || hashed.Validate() != nil {
		t.Errorf("raw token accepted (%v) or its hash refused (%v)", raw.Validate(), hashed.Validate())
	}
}
