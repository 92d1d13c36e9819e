package benchmark

import (
	"context"
	"fmt"
)

// EarlierRound is the round a is measured against among rounds (the same
// authority's): the one it was copied from or, failing that, the latest
// one created before it (the highest lower ID); nil when there is none.
func EarlierRound(a *Assessment, rounds []*Assessment) *Assessment {
	var best *Assessment
	for _, o := range rounds {
		if o.ID == a.CopiedFromID && o.ID != a.ID {
			return o
		}
		if o.ID < a.ID && (best == nil || o.ID > best.ID) {
			best = o
		}
	}
	return best
}

// FindEarlierRound reads a's authority's rounds and returns their
// EarlierRound.
func FindEarlierRound(ctx context.Context, svc AssessmentService, a *Assessment) (*Assessment, error) {
	code := a.AuthorityCode
	rounds, err := svc.FindAssessments(ctx, AssessmentFilter{AuthorityCode: &code})
	if err != nil {
		return nil, fmt.Errorf("find earlier rounds: %w", err)
	}
	return EarlierRound(a, rounds), nil
}

// FindAgreementsWithEarlier returns covered (the agreements round covers)
// followed by those earlier covers and round does not, older revisions of
// the same agreements among them: what CompareRoundSides and CopyRound
// need to pair one round's revision with the other's.
func FindAgreementsWithEarlier(ctx context.Context, svc AgreementService, covered []*Agreement, earlier, round *Assessment) ([]*Agreement, error) {
	more, err := FindAgreementsByIDs(ctx, svc, CoveredOnlyBy(earlier, round))
	if err != nil {
		return nil, fmt.Errorf("load agreements of round %d: %w", earlier.ID, err)
	}
	return append(append([]*Agreement(nil), covered...), more...), nil
}
