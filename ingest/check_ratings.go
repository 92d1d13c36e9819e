package ingest

import (
	"context"
	"fmt"
	"strings"

	"github.com/svbench/svbench/benchmark"
)

// RatingsPreview is what a checked ratings file would create: the new
// round (not yet stored, so without an ID) over Agreements, every current
// agreement, with Ratings, one per recommendation the file rates.
type RatingsPreview struct {
	RatingImport
	Agreements []*benchmark.Agreement
}

// CheckRatings checks a whole ratings file as ImportRatings does, against
// the same agreements and the authority's rounds held, and stores
// nothing: a bad file returns Problems, a title the authority already
// uses ECONFLICT.
func CheckRatings(ctx context.Context, store RatingStore, data []byte, code, title, by string) (*RatingsPreview, error) {
	title = strings.TrimSpace(title)
	if err := benchmark.ValidateRoundTitle(title); err != nil {
		return nil, err
	}
	au, err := store.FindAuthority(ctx, code)
	if err != nil {
		return nil, fmt.Errorf("find authority %q: %w", code, err)
	}
	ref, err := LoadReference(ctx, store)
	if err != nil {
		return nil, err
	}
	agreements, err := store.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		return nil, fmt.Errorf("load agreements: %w", err)
	}
	ratings, err := ParseRatings(data, ref, agreements)
	if err != nil {
		return nil, err
	}
	held, err := store.FindAssessments(ctx, benchmark.AssessmentFilter{AuthorityCode: &au.ONSCode, Title: &title})
	if err != nil {
		return nil, fmt.Errorf("find rounds of %s: %w", au.Name, err)
	} else if len(held) > 0 {
		return nil, benchmark.Errorf(benchmark.ECONFLICT, "This authority already has a round called %q.", title)
	}
	for _, r := range ratings {
		r.UpdatedBy = by
	}
	a := &benchmark.Assessment{AuthorityCode: au.ONSCode, Authority: au, Title: title, Source: "imported from a ratings file", CreatedBy: by}
	return &RatingsPreview{RatingImport: RatingImport{Assessment: a, Ratings: ratings}, Agreements: agreements}, nil
}
