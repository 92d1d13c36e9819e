package benchmark

import (
	"context"
	"strings"
	"time"
)

// Sharing is whether an authority's final rounds are shared with the other
// authorities on the same svbench, and how.
type Sharing string

// The ways of sharing. Not shared is the default: nothing of the
// authority's counts anywhere in the national view.
const (
	NotShared    Sharing = "none"
	SharedNamed  Sharing = "named"
	SharedTotals Sharing = "totals"
)

// Sharings lists the choices in the order a form offers them.
var Sharings = []Sharing{NotShared, SharedNamed, SharedTotals}

// ParseSharing reads a sharing choice as a form or a flag gives it.
func ParseSharing(s string) (Sharing, bool) {
	switch Sharing(strings.ToLower(strings.TrimSpace(s))) {
	case NotShared, "":
		return NotShared, true
	case SharedNamed:
		return SharedNamed, true
	case SharedTotals:
		return SharedTotals, true
	}
	return NotShared, false
}

// Shared reports whether the authority's final rounds count in the
// national view's totals.
func (s Sharing) Shared() bool { return s == SharedNamed || s == SharedTotals }

// Label is how a page names the choice.
func (s Sharing) Label() string {
	switch s {
	case SharedNamed:
		return "Shared, named"
	case SharedTotals:
		return "Shared in totals only"
	}
	return "Not shared"
}

// Hint says what the choice means for the other authorities.
func (s Sharing) Hint() string {
	switch s {
	case SharedNamed:
		return "The latest final round's ratings count in the national totals, and the authority's name stands beside its position."
	case SharedTotals:
		return "The latest final round's ratings count in the national totals; the authority's name never appears."
	}
	return "Nothing of the authority's rounds appears in the national view."
}

// AuthoritySharing is an authority's sharing choice with who made it and
// when; an authority nobody has chosen for is NotShared with no one named.
type AuthoritySharing struct {
	AuthorityCode string    `json:"authority_code"`
	Sharing       Sharing   `json:"sharing"`
	ChangedBy     string    `json:"changed_by,omitempty"`
	ChangedAt     time.Time `json:"changed_at,omitzero"`
}

// SharingService stores each authority's sharing choice.
type SharingService interface {
	// FindSharing returns the authority's choice (NotShared when none was
	// made); the code is an ONS code.
	FindSharing(ctx context.Context, authorityCode string) (*AuthoritySharing, error)
	// SetSharing records a new choice by the named actor, with the time;
	// ENOTFOUND when there is no such authority.
	SetSharing(ctx context.Context, authorityCode string, s Sharing, by string) error
}
