package benchmark

import (
	"context"
	"strings"
	"time"
)

// LowConfidence is the confidence below which a suggested mapping is
// flagged for a person to review.
const LowConfidence = 0.5

// MaxReviewedMappings is how many theme / sub-theme pairs a person may give
// one recommendation when reviewing it. The appendix itself maps some
// recommendations twice (Bury's first sits under two sub-themes).
const MaxReviewedMappings = 3

// NeedsReview reports whether m is a suggestion nobody has reviewed whose
// confidence is low.
func (m *Mapping) NeedsReview() bool {
	return m.Source == SourceSuggested && m.Confidence < LowConfidence
}

// Suggested reports whether any of r's mappings is an unreviewed suggestion.
func (r *Recommendation) Suggested() bool {
	for _, m := range r.Mappings {
		if m.Source == SourceSuggested {
			return true
		}
	}
	return false
}

// Reviewed reports whether r has mappings and a person reviewed them all.
func (r *Recommendation) Reviewed() bool {
	for _, m := range r.Mappings {
		if m.Source != SourceReviewed {
			return false
		}
	}
	return len(r.Mappings) > 0
}

// SamePair reports whether m and o name the same theme and sub-theme
// (compared with NormalizeText, so case and spacing do not matter).
func (m *Mapping) SamePair(o *Mapping) bool {
	return NormalizeText(m.Theme) == NormalizeText(o.Theme) && NormalizeText(m.SubTheme) == NormalizeText(o.SubTheme)
}

// Label names m as "Theme – Sub-theme", or just the theme.
func (m *Mapping) Label() string {
	if m.SubTheme == "" {
		return m.Theme
	}
	return m.Theme + " – " + m.SubTheme
}

// MappingReview is one person's review of a recommendation's mappings.
// Version is the recommendation's MappingVersion the reviewer read; a
// review against any other version is refused as a conflict. By names the
// reviewer's account.
type MappingReview struct {
	RecommendationID int        `json:"recommendation_id"`
	Mappings         []*Mapping `json:"mappings"`
	Version          int        `json:"version"`
	By               string     `json:"by"`
	At               time.Time  `json:"at"`
}

// Labels names the review's mappings, in order.
func (r *MappingReview) Labels() []string {
	out := make([]string, len(r.Mappings))
	for i, m := range r.Mappings {
		out[i] = m.Label()
	}
	return out
}

// StaleMappingError refuses a review made against an old version. Current
// is the review as saved now (its mappings, version and reviewer), so the
// reviewer can choose between the two.
type StaleMappingError struct {
	Current *MappingReview
}

// Error implements the error interface.
func (e *StaleMappingError) Error() string { return e.Unwrap().Error() }

// Unwrap makes the error's code ECONFLICT.
func (e *StaleMappingError) Unwrap() error {
	by := e.Current.By
	if strings.TrimSpace(by) == "" {
		by = "someone else"
	}
	return Errorf(ECONFLICT, "%s changed this recommendation's themes after you opened it. Your review was not saved: choose which to keep.", by)
}

// MappingService records people's review of recommendation mappings.
type MappingService interface {
	// ReviewMappings replaces the mappings of one recommendation with the
	// review's, in order (theme and sub-theme names, resolved against the
	// taxonomy), marked reviewed and recorded with the reviewer, and sets
	// the review's new Version and At. It returns ENOTFOUND for an unknown
	// recommendation; EINVALID, saving nothing, for no reviewer, no
	// mapping, more than MaxReviewedMappings, an unknown theme, a
	// sub-theme that is not under its theme, or the same pair twice; and a
	// *StaleMappingError (ECONFLICT) when the review read an old version.
	ReviewMappings(ctx context.Context, review *MappingReview) error
}
