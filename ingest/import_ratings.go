package ingest

import (
	"context"

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
// every current agreement, each rating saved in the name of by (an
// account's Actor, or the command line's). A bad file returns Problems and
// writes nothing.
func ImportRatings(ctx context.Context, store RatingStore, data []byte, code, title, by string) (*RatingImport, error) {
	p, err := CheckRatings(ctx, store, data, code, title, by)
	if err != nil {
		return nil, err
	}
	if err := CreateRound(ctx, store, p.Assessment, p.Agreements, p.Ratings); err != nil {
		return nil, err
	}
	return &p.RatingImport, nil
}

// importRound checks a whole ratings file against agreements and stores it
// as the new round a, covering every one of them. It returns the ratings
// stored.
func importRound(ctx context.Context, store benchmark.AssessmentService, ref *Reference, agreements []*benchmark.Agreement, data []byte, a *benchmark.Assessment, by string) ([]*benchmark.Rating, error) {
	ratings, err := ParseRatings(data, ref, agreements)
	if err != nil {
		return nil, err
	}
	for _, r := range ratings {
		r.UpdatedBy = by
	}
	a.CreatedBy = by
	if err := CreateRound(ctx, store, a, agreements, ratings); err != nil {
		return nil, err
	}
	return ratings, nil
}

// CreateRound stores a as a new round covering every one of agreements
// (each already stored, so with its ID), with its initial ratings.
func CreateRound(ctx context.Context, store benchmark.AssessmentService, a *benchmark.Assessment, agreements []*benchmark.Agreement, ratings []*benchmark.Rating) error {
	for _, ag := range agreements {
		a.AgreementIDs = append(a.AgreementIDs, ag.ID)
	}
	return store.CreateAssessment(ctx, a, ratings)
}
