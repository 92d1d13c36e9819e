package benchmark

import (
	"strings"
	"unicode/utf8"
)

// Password lengths, counted in characters. NCSC's guidance favours length
// over complexity, so these are the only rules on a password's make-up.
const (
	MinPasswordLength = 12
	MaxPasswordLength = 256
)

// PasswordPolicy checks a new password as NCSC advises: long enough, not
// on a deny list of common passwords, and not built from the account's own
// email. It sets no composition rules (no "one capital, one digit").
type PasswordPolicy struct {
	denied map[string]bool
}

// NewPasswordPolicy returns a policy refusing the given common passwords,
// compared without regard to case (ingest reads the shipped list).
func NewPasswordPolicy(denied []string) *PasswordPolicy {
	p := &PasswordPolicy{denied: make(map[string]bool, len(denied))}
	for _, d := range denied {
		if d = strings.ToLower(strings.TrimSpace(d)); d != "" {
			p.denied[d] = true
		}
	}
	return p
}

// Check returns nil for an acceptable password for the account with the
// given email, or an EINVALID error saying in plain English what to change.
func (p *PasswordPolicy) Check(password, email string) error {
	n := utf8.RuneCountInString(password)
	lower := strings.ToLower(password)
	local, _, _ := strings.Cut(NormalizeEmail(email), "@")
	switch {
	case !utf8.ValidString(password):
		return Errorf(EINVALID, "The password holds characters that are not text.")
	case n < MinPasswordLength:
		return Errorf(EINVALID, "Use at least %d characters: three random words make a long password that is easy to remember.", MinPasswordLength)
	case n > MaxPasswordLength:
		return Errorf(EINVALID, "Use at most %d characters.", MaxPasswordLength)
	case strings.Count(password, string([]rune(password)[:1])) == n:
		return Errorf(EINVALID, "Do not repeat one character: choose a few random words instead.")
	case p != nil && p.denied[strings.TrimSpace(lower)]:
		return Errorf(EINVALID, "That is one of the most common passwords, so it is easy to guess. Choose another: three random words work well.")
	case len(local) >= 3 && strings.Contains(lower, local):
		return Errorf(EINVALID, "Do not use your email address, or the part before the @, in your password.")
	}
	return nil
}
