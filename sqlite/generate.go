package sqlite

import (
	"context"
	"fmt"

	"github.com/svbench/svbench/benchmark"
)

// CreateAssessmentWithHistory stores a round with its ratings and their
// history exactly as given (versions, times and names kept), in one
// transaction: the bulk path for generated rounds, whose saves happened
// before they were stored. a.CreatedAt, when set, is the round's creation
// time.
func (s *AssessmentService) CreateAssessmentWithHistory(ctx context.Context, a *benchmark.Assessment, ratings []*benchmark.Rating, changes []*benchmark.RatingChange) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin round with history: %w", err)
	}
	defer tx.Rollback()
	if !a.CreatedAt.IsZero() {
		tx.now = a.CreatedAt.UTC()
	}
	if err := tx.createAssessment(ctx, a, nil); err != nil {
		return err
	}
	ratingRows := make([][]any, len(ratings))
	for i, r := range ratings {
		r.AssessmentID = a.ID
		ratingRows[i] = []any{a.ID, r.RecommendationID, string(r.RAG), r.Commentary, r.Evidence, r.Owner, r.TargetDate,
			r.Version, r.UpdatedAt.UTC().Format(TimeLayout), r.UpdatedBy}
	}
	if err := tx.insertRows(ctx, `ratings (assessment_id, `+ratingColumns+`)`, ratingRows); err != nil {
		return fmt.Errorf("add ratings: %w", err)
	}
	changeRows := make([][]any, len(changes))
	for i, ch := range changes {
		ch.AssessmentID = a.ID
		changeRows[i] = []any{a.ID, ch.RecommendationID, ch.Version, ch.Field, ch.Old, ch.New, ch.By, ch.At.UTC().Format(TimeLayout)}
	}
	if err := tx.insertRows(ctx, `rating_changes (assessment_id, recommendation_id, version, field, old_value, new_value, changed_by, changed_at)`, changeRows); err != nil {
		return fmt.Errorf("record history: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit round with history: %w", err)
	}
	return nil
}

// insertRows inserts rows (each with one value per column of table, which
// names its columns) many to a statement, as insertEach does.
func (tx *Tx) insertRows(ctx context.Context, table string, rows [][]any) error {
	if len(rows) == 0 {
		return nil
	}
	return tx.insertEach(ctx, table, len(rows[0]), len(rows),
		func(i int, args []any) []any { return append(args, rows[i]...) }, nil,
		func(from, to int) string { return fmt.Sprintf("rows %d to %d", from+1, to+1) })
}
