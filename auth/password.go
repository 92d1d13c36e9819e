package auth

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"sync"

	"golang.org/x/crypto/argon2"
)

// Params are argon2id's cost settings.
type Params struct {
	// Memory is in KiB.
	Memory  uint32
	Time    uint32
	Threads uint8
	SaltLen uint32
	KeyLen  uint32
}

// DefaultParams suit a two-core server: 64 MiB, two passes, two lanes,
// about a tenth of a second a hash (RFC 9106 and OWASP's argon2id advice).
var DefaultParams = Params{Memory: 64 * 1024, Time: 2, Threads: 2, SaltLen: 16, KeyLen: 32}

// TestParams are cheap settings for tests only: far too weak for real
// passwords.
var TestParams = Params{Memory: 64, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 32}

// Hasher hashes and verifies passwords with argon2id.
type Hasher struct {
	params Params
	// dummy is a hash of nothing in particular, verified against when an
	// account has no hash, so that an unknown email costs a sign-in as
	// much time as a wrong password.
	dummyOnce sync.Once
	dummy     string
}

// NewHasher returns a Hasher that writes new hashes with p.
func NewHasher(p Params) *Hasher { return &Hasher{params: p} }

// Hash returns password's argon2id hash with a new random salt, encoded as
// $argon2id$v=19$m=65536,t=2,p=2$SALT$HASH (base64 without padding).
func (h *Hasher) Hash(password string) string {
	p := h.params
	salt := make([]byte, p.SaltLen)
	rand.Read(salt) // never fails (crypto/rand since Go 1.24)
	key := argon2.IDKey([]byte(password), salt, p.Time, p.Memory, p.Threads, p.KeyLen)
	b64 := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s",
		argon2.Version, p.Memory, p.Time, p.Threads, b64.EncodeToString(salt), b64.EncodeToString(key))
}

// Verify reports whether password matches encoded, comparing in constant
// time with the parameters encoded holds. An empty encoded (no such
// account, or one without a password) is verified against a dummy hash and
// never matches; a malformed one is an error.
func (h *Hasher) Verify(password, encoded string) (bool, error) {
	if encoded == "" {
		h.dummyOnce.Do(func() { h.dummy = h.Hash("no account has this password") })
		_, err := verify(password, h.dummy)
		return false, err
	}
	return verify(password, encoded)
}

// errMalformed is the error for a stored hash Verify cannot read.
var errMalformed = errors.New("verify password: the stored hash is not an argon2id hash")

func verify(password, encoded string) (bool, error) {
	p, salt, key, err := decode(encoded)
	if err != nil {
		return false, err
	}
	got := argon2.IDKey([]byte(password), salt, p.Time, p.Memory, p.Threads, uint32(len(key)))
	return subtle.ConstantTimeCompare(got, key) == 1, nil
}

// decode reads an encoded hash's parameters, salt and key.
func decode(encoded string) (Params, []byte, []byte, error) {
	var p Params
	parts := strings.Split(encoded, "$")
	if len(parts) != 6 || parts[0] != "" || parts[1] != "argon2id" {
		return p, nil, nil, errMalformed
	}
	var version int
	if _, err := fmt.Sscanf(parts[2], "v=%d", &version); err != nil || version != argon2.Version {
		return p, nil, nil, errMalformed
	}
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &p.Memory, &p.Time, &p.Threads); err != nil ||
		p.Time == 0 || p.Threads == 0 || p.Memory < 8*uint32(p.Threads) {
		return p, nil, nil, errMalformed
	}
	salt, err := base64.RawStdEncoding.DecodeString(parts[4])
	if err != nil || len(salt) == 0 {
		return p, nil, nil, errMalformed
	}
	key, err := base64.RawStdEncoding.DecodeString(parts[5])
	if err != nil || len(key) == 0 {
		return p, nil, nil, errMalformed
	}
	return p, salt, key, nil
}
