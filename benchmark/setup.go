package benchmark

import (
	"context"
	"time"
)

// SetupTokenLifetime is how long a first-run setup link works.
const SetupTokenLifetime = 24 * time.Hour

// SetupToken is the one-time token of the link that creates the first
// admin on a database that has none, as Jupyter and Grafana print one.
// Storage holds only its hash.
type SetupToken struct {
	// TokenHash is the hex SHA-256 of the token in the link.
	TokenHash string
	CreatedAt time.Time
	// UsedAt is zero until the token creates the admin.
	UsedAt time.Time
}

// Validate checks that TokenHash is a hex SHA-256, which a raw token is not.
func (t *SetupToken) Validate() error {
	if !isHexHash(t.TokenHash) {
		return Errorf(EINVALID, "A setup token is stored by its SHA-256, in hex.")
	}
	return nil
}

// Usable reports whether the token may still create the admin at now:
// unused and younger than SetupTokenLifetime.
func (t *SetupToken) Usable(now time.Time) bool {
	return t.UsedAt.IsZero() && now.Sub(t.CreatedAt) < SetupTokenLifetime
}

// SetupService creates the first admin through a one-time token.
type SetupService interface {
	// NeedsSetup reports whether the database has no enabled admin.
	NeedsSetup(ctx context.Context) (bool, error)
	// CreateSetupToken stores a new token by its hash, replacing any
	// unused one; it is ECONFLICT once an enabled admin exists.
	CreateSetupToken(ctx context.Context, tokenHash string) error
	// ConsumeSetupToken uses the token once to create admin (whose Role
	// must be RoleAdmin) with passwordHash, in one transaction. A token
	// unknown, used or expired is EUNAUTHORIZED; of two callers with the
	// same token exactly one succeeds.
	ConsumeSetupToken(ctx context.Context, tokenHash string, admin *User, passwordHash string) error
}
