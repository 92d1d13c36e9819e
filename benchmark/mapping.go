package benchmark

import "context"

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

// MappingService records people's review of recommendation mappings.
type MappingService interface {
	// ReviewMappings replaces the mappings of one recommendation with the
	// given ones, in order (theme and sub-theme names, resolved against
	// the taxonomy), marked reviewed. It returns ENOTFOUND for an unknown
	// recommendation, and EINVALID, saving nothing, for no mapping, more
	// than MaxReviewedMappings, an unknown theme, a sub-theme that is not
	// under its theme, or the same pair twice.
	ReviewMappings(ctx context.Context, recommendationID int, mappings []*Mapping) error
}
