package export

import (
	"context"
	"fmt"
	"time"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/benchmark/deficit"
)

// Services are what a round's exports read: the domain's services (themes,
// agreements and assessments) and the deficit models.
type Services struct {
	benchmark.Services
	// Models are the deficit models; their yardstick is the fallback
	// model and its savings by theme the worth block's.
	Models *deficit.Registry
}

// Load gathers everything the exports of round id show: its agreements
// and ratings, every current agreement, the authority's earlier round, a
// deficit model (ModelReport's choice) and the yardstick's savings by
// theme.
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
	if r.Model, err = ModelReport(svc.Models, a.AuthorityCode); err != nil {
		return nil, err
	}
	if r.Savings, err = YardstickSavings(svc.Models); err != nil {
		return nil, err
	}
	return r, nil
}

// ModelReport returns the base report of the model in models for the
// authority with the given ONS code or, when it has none, of the
// yardstick (the benchmark every authority compares with). Models that
// need an uploaded profile are passed over. It returns nil when there is
// neither.
func ModelReport(models *deficit.Registry, authorityCode string) (*deficit.Report, error) {
	if models == nil {
		return nil, nil
	}
	var chosen deficit.Model
	for _, about := range models.Registered() {
		if about.NeedsProfile {
			continue
		}
		m, err := models.Open(about.Name, deficit.Options{})
		if err != nil {
			return nil, fmt.Errorf("load deficit model: %w", err)
		}
		if m.Info().AuthorityCode == authorityCode {
			chosen = m
			break
		}
	}
	if chosen == nil {
		m, ok, err := models.OpenYardstick()
		if err != nil {
			return nil, fmt.Errorf("load deficit model: %w", err)
		}
		if !ok {
			return nil, nil
		}
		chosen = m
	}
	rep, err := deficit.NewReport(chosen, nil)
	if err != nil {
		return nil, fmt.Errorf("load deficit model: %w", err)
	}
	return rep, nil
}
