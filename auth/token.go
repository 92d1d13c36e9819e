package auth

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
)

// tokenBytes is a token's randomness: 256 bits.
const tokenBytes = 32

// NewToken returns a random token for a session cookie, a CSRF field or
// a setup link: 256 bits from crypto/rand, URL-safe base64 without padding.
func NewToken() string {
	b := make([]byte, tokenBytes)
	rand.Read(b) // never fails (crypto/rand since Go 1.24)
	return base64.RawURLEncoding.EncodeToString(b)
}

// HashToken returns the hex SHA-256 of token, the form storage keeps: a
// token is random enough that a fast hash is safe, and a copy of the
// database then signs nobody in.
func HashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}
