package benchmark

import (
	"context"
	"strings"
	"time"
)

// MaxProfileBytes caps a stored deficit profile CSV.
const MaxProfileBytes = 1 << 20

// Profile is a profile CSV an authority supplied for the generic
// deficit model (year, funding, spend, contributions, transfers, savings),
// kept byte for byte as uploaded so it can be projected again later.
type Profile struct {
	ID            int        `json:"id"`
	AuthorityCode string     `json:"authority"` // ONS code
	Authority     *Authority `json:"-"`
	// Name is the uploaded file's name, e.g. "profile.csv".
	Name      string    `json:"name"`
	CSV       []byte    `json:"-"`
	CreatedAt time.Time `json:"created_at"`
	CreatedBy string    `json:"created_by,omitempty"`
}

// Validate checks the fields storage needs; the CSV's content is checked
// by the generic model's reader.
func (p *Profile) Validate() error {
	switch {
	case strings.TrimSpace(p.AuthorityCode) == "":
		return Errorf(EINVALID, "Say which authority the profile belongs to.")
	case strings.TrimSpace(p.Name) == "":
		return Errorf(EINVALID, "Give the profile a file name.")
	case len(p.CSV) == 0:
		return Errorf(EINVALID, "The profile file is empty.")
	case len(p.CSV) > MaxProfileBytes:
		return Errorf(EINVALID, "The profile file is larger than %d bytes.", MaxProfileBytes)
	}
	return nil
}

// ProfileFilter selects stored profiles; nil fields are ignored and a
// zero Limit means no limit.
type ProfileFilter struct {
	ID            *int
	AuthorityCode *string
	Limit         int
}

// ProfileService stores the deficit profiles authorities supply.
type ProfileService interface {
	// SaveProfile checks p whole (its authority must exist and its CSV
	// must read as a profile), stores it in one transaction and sets p.ID
	// and p.CreatedAt; nothing is stored when it fails.
	SaveProfile(ctx context.Context, p *Profile) error
	// FindProfiles returns matching profiles, newest first.
	FindProfiles(ctx context.Context, filter ProfileFilter) ([]*Profile, error)
	// FindProfileByID returns one profile or ENOTFOUND.
	FindProfileByID(ctx context.Context, id int) (*Profile, error)
}
