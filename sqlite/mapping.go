package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/svbench/svbench/benchmark"
)

var _ benchmark.MappingService = (*AgreementService)(nil)

// ReviewMappings replaces one recommendation's mappings with the given
// ones, marked reviewed, in one transaction.
func (s *AgreementService) ReviewMappings(ctx context.Context, recommendationID int, mappings []*benchmark.Mapping) error {
	if len(mappings) == 0 {
		return benchmark.Errorf(benchmark.EINVALID, "Choose a theme.")
	}
	if len(mappings) > benchmark.MaxReviewedMappings {
		return benchmark.Errorf(benchmark.EINVALID, "Choose at most %d themes and sub-themes.", benchmark.MaxReviewedMappings)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	err = tx.QueryRowContext(ctx, `SELECT 1 FROM recommendations WHERE id = ?`, recommendationID).Scan(&n)
	if errors.Is(err, sql.ErrNoRows) {
		return benchmark.Errorf(benchmark.ENOTFOUND, "Recommendation %d not found.", recommendationID)
	} else if err != nil {
		return err
	}
	tax, err := tx.taxonomy(ctx)
	if err != nil {
		return err
	}
	for _, m := range mappings {
		m.Source, m.Confidence = benchmark.SourceReviewed, 0
	}
	if err := resolveMappings(tax, mappings); err != nil {
		return err
	}
	for i, m := range mappings {
		for _, o := range mappings[:i] {
			if m.SamePair(o) {
				return benchmark.Errorf(benchmark.EINVALID, "%s is chosen twice.", m.Label())
			}
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM mappings WHERE recommendation_id = ?`, recommendationID); err != nil {
		return fmt.Errorf("review mappings: %w", err)
	}
	for i, m := range mappings {
		if err := tx.insertMapping(ctx, recommendationID, i, m); err != nil {
			return fmt.Errorf("review mappings: %w", err)
		}
	}
	return tx.Commit()
}
