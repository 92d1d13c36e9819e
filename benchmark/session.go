package benchmark

import (
	"context"
	"time"
)

// Session timeouts: a session ends after SessionIdleTimeout without a
// request, and SessionAbsoluteTimeout after sign-in whatever happens.
const (
	SessionIdleTimeout     = time.Hour
	SessionAbsoluteTimeout = 12 * time.Hour
	// SessionTouchInterval is how stale LastSeenAt may grow before a
	// request records it again, so that not every request writes.
	SessionTouchInterval = time.Minute
)

// Session is one signed-in browser. Storage holds only the hash of the
// token in the browser's cookie, so a copy of the database signs nobody in.
type Session struct {
	// TokenHash is the hex SHA-256 of the session token.
	TokenHash string `json:"-"`
	UserID    int    `json:"user_id"`
	// CSRFToken is bound to this session: a state-changing request must
	// carry it.
	CSRFToken  string    `json:"-"`
	CreatedAt  time.Time `json:"created_at"`
	LastSeenAt time.Time `json:"last_seen_at"`
}

// Validate checks the fields storage needs. TokenHash must be a hex SHA-256
// (64 lower-case hex digits), which a raw token is not.
func (s *Session) Validate() error {
	switch {
	case !isHexHash(s.TokenHash):
		return Errorf(EINVALID, "A session is stored by its token's SHA-256, in hex.")
	case s.UserID <= 0:
		return Errorf(EINVALID, "A session belongs to an account.")
	case s.CSRFToken == "":
		return Errorf(EINVALID, "A session needs a CSRF token.")
	}
	return nil
}

// isHexHash reports whether s is 64 lower-case hex digits.
func isHexHash(s string) bool {
	if len(s) != 64 {
		return false
	}
	for _, r := range s {
		if (r < '0' || r > '9') && (r < 'a' || r > 'f') {
			return false
		}
	}
	return true
}

// Expired reports whether the session has ended at now: idle for
// SessionIdleTimeout or older than SessionAbsoluteTimeout.
func (s *Session) Expired(now time.Time) bool {
	return now.Sub(s.LastSeenAt) >= SessionIdleTimeout || now.Sub(s.CreatedAt) >= SessionAbsoluteTimeout
}

// NeedsTouch reports whether a request at now should record itself with
// TouchSession: LastSeenAt is SessionTouchInterval old or more.
func (s *Session) NeedsTouch(now time.Time) bool {
	return now.Sub(s.LastSeenAt) >= SessionTouchInterval
}

// SessionService stores sessions. Every method takes the token's hash,
// never the token.
type SessionService interface {
	// CreateSession stores s for an enabled account, setting CreatedAt
	// and LastSeenAt; the account's expired sessions are dropped.
	CreateSession(ctx context.Context, s *Session) error
	// FindSession returns the session and its account: ENOTFOUND when
	// there is none, EUNAUTHORIZED when it has expired or the account is
	// disabled.
	FindSession(ctx context.Context, tokenHash string) (*Session, *User, error)
	// TouchSession records a request now, extending the idle timeout; an
	// expired session is EUNAUTHORIZED and stays expired.
	TouchSession(ctx context.Context, tokenHash string) error
	// DeleteSession ends one session (sign-out), or is ENOTFOUND.
	DeleteSession(ctx context.Context, tokenHash string) error
	// DeleteUserSessions ends every session of the account.
	DeleteUserSessions(ctx context.Context, userID int) error
}
