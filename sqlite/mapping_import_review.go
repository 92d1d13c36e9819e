package sqlite

import (
	"context"
	"fmt"
	"strings"

	"github.com/svbench/svbench/benchmark"
)

// recordImportedReview records, for a recommendation being inserted whose
// mappings a person reviewed before the import (ReviewedBy set, every
// mapping reviewed), that person's review of its first mapping version.
func (tx *Tx) recordImportedReview(ctx context.Context, r *benchmark.Recommendation) error {
	if strings.TrimSpace(r.ReviewedBy) == "" || !r.Reviewed() {
		return nil
	}
	if err := benchmark.ValidateActor(r.ReviewedBy); err != nil {
		return err
	}
	rev := &benchmark.MappingReview{Mappings: r.Mappings}
	if _, err := tx.ExecContext(ctx, `INSERT INTO mapping_reviews (recommendation_id, version, mappings, reviewed_by, reviewed_at)
		VALUES (?, 1, ?, ?, ?)`, r.ID, strings.Join(rev.Labels(), "; "), strings.TrimSpace(r.ReviewedBy), tx.nowText()); err != nil {
		return fmt.Errorf("record review of recommendation %s: %w", r.Reference, err)
	}
	return nil
}
