package benchmark

import (
	"context"
	"strings"
	"time"

	"github.com/svbench/svbench/benchmark/deficit"
)

// MaxProfileBytes caps a deficit profile file an authority uploads.
const MaxProfileBytes = 1 << 20

// Profile is a deficit profile an authority supplied for the generic
// deficit model: its years as read from the uploaded file, and when and by
// whom it was stored.
type Profile struct {
	ID            int        `json:"id"`
	AuthorityCode string     `json:"authority"` // ONS code
	Authority     *Authority `json:"-"`
	// Name is the uploaded file's name, e.g. "profile.csv".
	Name string `json:"name"`
	// Years are the profile's financial years, consecutive, oldest first.
	Years     []deficit.ProfileYear `json:"years"`
	CreatedAt time.Time             `json:"created_at"`
	CreatedBy string                `json:"created_by,omitempty"`
}

// Validate checks what storage needs and the profile's shape: an
// authority, a file name, and at least one year, each the year after the
// one before, with a deficit brought forward on the first year only.
// Reading a file (ingest) reports the same problems by line and column.
func (p *Profile) Validate() error {
	switch {
	case strings.TrimSpace(p.AuthorityCode) == "":
		return Errorf(EINVALID, "Say which authority the profile belongs to.")
	case strings.TrimSpace(p.Name) == "":
		return Errorf(EINVALID, "Give the profile a file name.")
	case len(p.Years) == 0:
		return Errorf(EINVALID, "The profile is empty: it has no years.")
	}
	for i, y := range p.Years {
		switch {
		case y.Year == 0:
			return Errorf(EINVALID, "Year %d of the profile has no financial year.", i+1)
		case i > 0 && y.Year != p.Years[i-1].Year+1:
			return Errorf(EINVALID, "The profile's years must follow one another: %s follows %s.", y.Year, p.Years[i-1].Year)
		case i > 0 && y.Opening != nil:
			return Errorf(EINVALID, "Only the profile's first year may give the deficit brought forward, not %s.", y.Year)
		}
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
	// SaveProfile checks p whole (its authority must exist and it must
	// pass Validate), stores it in one transaction and sets p.ID and
	// p.CreatedAt; nothing is stored when it fails.
	SaveProfile(ctx context.Context, p *Profile) error
	// FindProfiles returns matching profiles with their years, newest
	// first.
	FindProfiles(ctx context.Context, filter ProfileFilter) ([]*Profile, error)
	// FindProfileByID returns one profile or ENOTFOUND.
	FindProfileByID(ctx context.Context, id int) (*Profile, error)
}
