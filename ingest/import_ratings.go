package ingest

import (
	"context"
	"fmt"
	"strings"

	"github.com/svbench/svbench/benchmark"
)

// RatingStore is what a ratings import reads and writes.
type RatingStore interface {
	AgreementStore
	benchmark.AssessmentService
}

// RatingImport says what a ratings import created.
type RatingImport struct {
	Assessment *benchmark.Assessment
	Ratings    []*benchmark.Rating
}

// Count returns how many imported ratings have the given RAG.
func (ri *RatingImport) Count(rag benchmark.RAG) int {
	n := 0
	for _, r := range ri.Ratings {
		if r.RAG == rag {
			n++
		}
	}
	return n
}

// ImportRatings checks a whole ratings file in the appendix format (CSV or
// XLSX) against the current agreements and stores it as a new round titled
// title for the authority named by code (name, ONS or DfE code), covering
// every current agreement. A bad file returns Problems and writes nothing.
func ImportRatings(ctx context.Context, store RatingStore, data []byte, code, title string) (*RatingImport, error) {
	title = strings.TrimSpace(title)
	if title == "" {
		return nil, benchmark.Errorf(benchmark.EINVALID, "Enter a title for the round.")
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
	a := &benchmark.Assessment{AuthorityCode: au.ONSCode, Authority: au, Title: title, Source: "imported from a ratings file"}
	for _, ag := range agreements {
		a.AgreementIDs = append(a.AgreementIDs, ag.ID)
	}
	if err := store.CreateAssessment(ctx, a, ratings); err != nil {
		return nil, err
	}
	return &RatingImport{Assessment: a, Ratings: ratings}, nil
}
