package auth_test

import (
	"strings"
	"testing"

	"github.com/svbench/svbench/auth"
)

func TestHasher_HashAndVerify(t *testing.T) {
	h := auth.NewHasher(auth.TestParams)
	enc := h.Hash("correct horse battery")
	if !strings.HasPrefix(enc, "$argon2id$v=19$m=64,t=1,p=1$") || strings.Count(enc, "$") != 5 {
		t.Errorf("encoded = %q, want a PHC-style argon2id string", enc)
	}
	if again := h.Hash("correct horse battery"); again == enc {
		t.Error("two hashes of one password are equal: the salt is not random")
	}
	for pw, want := range map[string]bool{"correct horse battery": true, "correct horse batterY": false, "": false} {
		got, err := h.Verify(pw, enc)
		if err != nil || got != want {
			t.Errorf("Verify(%q) = %v, %v; want %v", pw, got, err, want)
		}
	}
}

// A hash keeps its own parameters: one written with the default settings
// verifies under a hasher that now writes cheaper ones.
func TestHasher_VerifyReadsParams(t *testing.T) {
	if testing.Short() {
		t.Skip("64 MiB hash")
	}
	enc := auth.NewHasher(auth.DefaultParams).Hash("ledger quietly orbits")
	if !strings.HasPrefix(enc, "$argon2id$v=19$m=65536,t=2,p=2$") {
		t.Errorf("default encoded = %q", enc)
	}
	if ok, err := auth.NewHasher(auth.TestParams).Verify("ledger quietly orbits", enc); !ok || err != nil {
		t.Errorf("Verify = %v, %v", ok, err)
	}
}

func TestHasher_VerifyNoHash(t *testing.T) {
	h := auth.NewHasher(auth.TestParams)
	if ok, err := h.Verify("anything at all", ""); ok || err != nil {
		t.Errorf("Verify against no hash = %v, %v; want false, nil", ok, err)
	}
}

func TestHasher_VerifyMalformed(t *testing.T) {
	h := auth.NewHasher(auth.TestParams)
	good := h.Hash("correct horse battery")
	parts := strings.Split(good, "$")
	for name, enc := range map[string]string{
		"bcrypt":         "$2a$10$abcdefghijklmnopqrstuu",
		"argon2i":        strings.Replace(good, "argon2id", "argon2i", 1),
		"old version":    strings.Replace(good, "v=19", "v=16", 1),
		"no parameters":  strings.Join([]string{"", parts[1], parts[2], "", parts[4], parts[5]}, "$"),
		"zero passes":    strings.Replace(good, "t=1", "t=0", 1),
		"bad salt":       strings.Join([]string{"", parts[1], parts[2], parts[3], "!!", parts[5]}, "$"),
		"empty key":      strings.Join([]string{"", parts[1], parts[2], parts[3], parts[4], ""}, "$"),
		"plain password": "correct horse battery",
	} {
		if ok, err := h.Verify("correct horse battery", enc); ok || err == nil {
			t.Errorf("%s: Verify = %v, %v; want false and an error", name, ok, err)
		}
	}
}
