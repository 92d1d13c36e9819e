// Package auth is the sign-in adapter's cryptography and rate limiting:
// argon2id password hashes in PHC-style strings, random tokens and their
// SHA-256 for storage, and a throttle on failed sign-ins. It imports the
// domain and golang.org/x/crypto only; storage keeps what it hands over.
package auth
