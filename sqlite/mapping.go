package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/svbench/svbench/benchmark"
)

var _ benchmark.MappingService = (*AgreementService)(nil)

// ReviewMappings replaces one recommendation's mappings with the review's,
// marked reviewed, and records the review, in one transaction. Writes
// queue on the single write connection, so the version check and the
// write cannot interleave.
func (s *AgreementService) ReviewMappings(ctx context.Context, rev *benchmark.MappingReview) error {
	if err := benchmark.ValidateActor(rev.By); err != nil {
		return err
	}
	if len(rev.Mappings) == 0 {
		return benchmark.Errorf(benchmark.EINVALID, "Choose a theme.")
	}
	if len(rev.Mappings) > benchmark.MaxReviewedMappings {
		return benchmark.Errorf(benchmark.EINVALID, "Choose at most %d themes and sub-themes.", benchmark.MaxReviewedMappings)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin mapping review: %w", err)
	}
	defer tx.Rollback()
	if err := tx.reviewMappings(ctx, rev); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit mapping review: %w", err)
	}
	return nil
}

func (tx *Tx) reviewMappings(ctx context.Context, rev *benchmark.MappingReview) error {
	current, err := tx.mappingReview(ctx, rev.RecommendationID)
	if err != nil {
		return err
	}
	tax, err := tx.taxonomy(ctx)
	if err != nil {
		return err
	}
	for _, m := range rev.Mappings {
		m.Source, m.Confidence = benchmark.SourceReviewed, 0
	}
	if err := resolveMappings(tax, rev.Mappings); err != nil {
		return err
	}
	for i, m := range rev.Mappings {
		for _, o := range rev.Mappings[:i] {
			if m.SamePair(o) {
				return benchmark.Errorf(benchmark.EINVALID, "%s is chosen twice.", m.Label())
			}
		}
	}
	if rev.Version != current.Version {
		return &benchmark.StaleMappingError{Current: current}
	}
	id := rev.RecommendationID
	if _, err := tx.ExecContext(ctx, `DELETE FROM mappings WHERE recommendation_id = ?`, id); err != nil {
		return fmt.Errorf("review mappings: %w", err)
	}
	for i, m := range rev.Mappings {
		if err := tx.insertMapping(ctx, id, i, m); err != nil {
			return fmt.Errorf("review mappings: %w", err)
		}
	}
	rev.Version, rev.By, rev.At = current.Version+1, strings.TrimSpace(rev.By), tx.now
	if _, err := tx.ExecContext(ctx, `UPDATE recommendations SET mapping_version = ? WHERE id = ?`, rev.Version, id); err != nil {
		return fmt.Errorf("review mappings: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO mapping_reviews (recommendation_id, version, mappings, reviewed_by, reviewed_at)
		VALUES (?, ?, ?, ?, ?)`, id, rev.Version, strings.Join(rev.Labels(), "; "), rev.By, tx.nowText()); err != nil {
		return fmt.Errorf("record mapping review: %w", err)
	}
	return nil
}

// mappingReview returns a recommendation's mappings as saved now, with
// their version and latest reviewer, or ENOTFOUND.
func (tx *Tx) mappingReview(ctx context.Context, recommendationID int) (*benchmark.MappingReview, error) {
	rev := &benchmark.MappingReview{RecommendationID: recommendationID}
	var at string
	err := tx.QueryRowContext(ctx, `SELECT r.mapping_version, COALESCE(mr.reviewed_by, ''), COALESCE(mr.reviewed_at, '')
		FROM recommendations r LEFT JOIN mapping_reviews mr ON mr.recommendation_id = r.id AND mr.version = r.mapping_version
		WHERE r.id = ?`, recommendationID).Scan(&rev.Version, &rev.By, &at)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, benchmark.Errorf(benchmark.ENOTFOUND, "Recommendation %d not found.", recommendationID)
	} else if err != nil {
		return nil, fmt.Errorf("find recommendation %d: %w", recommendationID, err)
	}
	rev.At = parseTime(at)
	recs := map[int]*benchmark.Recommendation{recommendationID: {ID: recommendationID}}
	if err := tx.attachMappings(ctx, recs); err != nil {
		return nil, err
	}
	rev.Mappings = recs[recommendationID].Mappings
	return rev, nil
}
