package benchmark

import "context"

// LowConfidence is the confidence below which a suggested mapping is
// flagged for a person to review.
const LowConfidence = 0.5

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

// MappingService records people's review of recommendation mappings.
type MappingService interface {
	// ReviewMappings replaces the mappings of one recommendation with the
	// given ones (theme and sub-theme names, resolved against the
	// taxonomy), marked reviewed. It returns ENOTFOUND for an unknown
	// recommendation and EINVALID for an unknown theme or sub-theme.
	ReviewMappings(ctx context.Context, recommendationID int, mappings []*Mapping) error
}
