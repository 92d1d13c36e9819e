package export

import (
	"context"
	"fmt"
	"time"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/benchmark/deficit"
)

// Services are the benchmark services a round's exports read.
type Services struct {
	Themes      benchmark.ThemeService
	Agreements  benchmark.AgreementService
	Assessments benchmark.AssessmentService
}

// Load gathers everything the exports of round id show: its agreements
// and ratings, every current agreement, the authority's earlier round and
// a deficit model (ModelReport's choice).
func Load(ctx context.Context, svc Services, id int) (*Pack, error) {
	a, err := svc.Assessments.FindAssessmentByID(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("load round %d: %w", id, err)
	}
	tax, err := svc.Themes.Taxonomy(ctx)
	if err != nil {
		return nil, fmt.Errorf("load taxonomy: %w", err)
	}
	covered, err := benchmark.FindAgreementsByIDs(ctx, svc.Agreements, a.AgreementIDs)
	if err != nil {
		return nil, fmt.Errorf("load agreements: %w", err)
	}
	held, err := svc.Agreements.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		return nil, fmt.Errorf("load agreements: %w", err)
	}
	ratings, err := svc.Assessments.FindRatings(ctx, a.ID)
	if err != nil {
		return nil, fmt.Errorf("load ratings of round %d: %w", id, err)
	}
	r := &Pack{Assessment: a, Taxonomy: tax, Agreements: covered, Ratings: ratings, Held: held, All: covered, Exported: time.Now()}
	if r.Earlier, err = benchmark.FindEarlierRound(ctx, svc.Assessments, a); err != nil {
		return nil, err
	}
	if r.Earlier != nil {
		if r.EarlierRatings, err = svc.Assessments.FindRatings(ctx, r.Earlier.ID); err != nil {
			return nil, fmt.Errorf("load ratings of round %d: %w", r.Earlier.ID, err)
		}
		if r.All, err = benchmark.FindAgreementsWithEarlier(ctx, svc.Agreements, covered, r.Earlier, a); err != nil {
			return nil, err
		}
	}
	if r.Model, err = ModelReport(a.AuthorityCode); err != nil {
		return nil, err
	}
	return r, nil
}

// ModelReport returns the base report of the registered deficit model for
// the authority with the given ONS code or, when it has none, of the first
// registered model that needs no uploaded profile (Bury's, the benchmark
// every authority compares with). It returns nil when no model is
// registered.
func ModelReport(authorityCode string) (*deficit.Report, error) {
	var fallback deficit.Model
	for _, about := range deficit.Registered() {
		if about.NeedsProfile {
			continue
		}
		m, err := deficit.Open(about.Name, deficit.Options{})
		if err != nil {
			return nil, fmt.Errorf("load deficit model: %w", err)
		}
		if m.Info().AuthorityCode == authorityCode {
			fallback = m
			break
		}
		if fallback == nil {
			fallback = m
		}
	}
	if fallback == nil {
		return nil, nil
	}
	rep, err := deficit.NewReport(fallback, nil)
	if err != nil {
		return nil, fmt.Errorf("load deficit model: %w", err)
	}
	return rep, nil
}
