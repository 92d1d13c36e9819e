package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/svbench/svbench/benchmark"
)

var _ benchmark.RatingService = (*AssessmentService)(nil)

// UpdateRating applies upd to one rating and records the changed fields in
// the history, in one write transaction. Writes queue on the single write
// connection, so the version check and the write cannot interleave.
func (s *AssessmentService) UpdateRating(ctx context.Context, assessmentID, recommendationID int, upd benchmark.RatingUpdate) (*benchmark.Rating, error) {
	if err := upd.Validate(); err != nil {
		return nil, err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("begin rating update: %w", err)
	}
	defer tx.Rollback()
	r, err := tx.updateRating(ctx, assessmentID, recommendationID, upd)
	if err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("commit rating update: %w", err)
	}
	return r, nil
}

func (tx *Tx) updateRating(ctx context.Context, assessmentID, recommendationID int, upd benchmark.RatingUpdate) (*benchmark.Rating, error) {
	if err := tx.checkRatable(ctx, assessmentID, recommendationID); err != nil {
		return nil, err
	}
	old, err := tx.findRating(ctx, assessmentID, recommendationID)
	if err != nil {
		return nil, err
	}
	current := 0
	if old != nil {
		current = old.Version
	}
	if upd.Version != current {
		if old == nil { // the editor read a version that no longer exists
			old = &benchmark.Rating{AssessmentID: assessmentID, RecommendationID: recommendationID}
		}
		return nil, &benchmark.StaleRatingError{Current: old}
	}
	next := upd.Apply(old)
	next.AssessmentID, next.RecommendationID = assessmentID, recommendationID
	changes := next.Diff(old)
	if len(changes) == 0 { // nothing changed: no new version, no history
		if old == nil {
			return &next, nil
		}
		return old, nil
	}
	next.Version, next.UpdatedAt, next.UpdatedBy = current+1, tx.now, strings.TrimSpace(upd.By)
	if err := tx.insertRating(ctx, &next, true); err != nil {
		return nil, fmt.Errorf("save rating: %w", err)
	}
	for _, ch := range changes {
		ch.Version, ch.By, ch.At = next.Version, next.UpdatedBy, tx.now
		if err := tx.insertRatingChange(ctx, ch); err != nil {
			return nil, err
		}
	}
	return &next, nil
}

// checkRatable refuses a save to a final round or to a recommendation the
// round does not cover.
func (tx *Tx) checkRatable(ctx context.Context, assessmentID, recommendationID int) error {
	var final bool
	err := tx.QueryRowContext(ctx, `SELECT final FROM assessments WHERE id = ?`, assessmentID).Scan(&final)
	if errors.Is(err, sql.ErrNoRows) {
		return benchmark.Errorf(benchmark.ENOTFOUND, "Assessment %d not found.", assessmentID)
	} else if err != nil {
		return fmt.Errorf("check round: %w", err)
	} else if final {
		return benchmark.Errorf(benchmark.EINVALID, "This round is final: its ratings can no longer be changed.")
	}
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM recommendations r
		JOIN assessment_agreements aa ON aa.agreement_id = r.agreement_id
		WHERE r.id = ? AND aa.assessment_id = ?`, recommendationID, assessmentID).Scan(&n); err != nil {
		return fmt.Errorf("check recommendation: %w", err)
	} else if n == 0 {
		return benchmark.Errorf(benchmark.EINVALID, "Recommendation %d is not in this round.", recommendationID)
	}
	return nil
}

// ratingColumns are the columns of a rating row scanRating reads, in order.
const ratingColumns = `recommendation_id, rag, commentary, evidence, owner, target_date, version, updated_at, updated_by`

// scanRating reads one row of ratingColumns into a rating of the given
// round.
func scanRating(row interface{ Scan(...any) error }, assessmentID int) (*benchmark.Rating, error) {
	r := &benchmark.Rating{AssessmentID: assessmentID}
	var rag, updated string
	if err := row.Scan(&r.RecommendationID, &rag, &r.Commentary, &r.Evidence, &r.Owner, &r.TargetDate, &r.Version, &updated, &r.UpdatedBy); err != nil {
		return nil, err
	}
	r.RAG, r.UpdatedAt = benchmark.RAG(rag), parseTime(updated)
	return r, nil
}

// insertRating writes r as saved at the transaction's time; with upsert
// it replaces the round's rating of the same recommendation.
func (tx *Tx) insertRating(ctx context.Context, r *benchmark.Rating, upsert bool) error {
	q := `INSERT INTO ratings (assessment_id, ` + ratingColumns + `) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	if upsert {
		q += `
		ON CONFLICT (assessment_id, recommendation_id) DO UPDATE SET rag = excluded.rag, commentary = excluded.commentary,
			evidence = excluded.evidence, owner = excluded.owner, target_date = excluded.target_date,
			version = excluded.version, updated_at = excluded.updated_at, updated_by = excluded.updated_by`
	}
	_, err := tx.ExecContext(ctx, q, r.AssessmentID, r.RecommendationID, string(r.RAG), r.Commentary, r.Evidence, r.Owner, r.TargetDate,
		r.Version, tx.nowText(), r.UpdatedBy)
	return err
}

// FindRating returns one recommendation's saved rating in a round, or nil
// when it was never rated.
func (s *AssessmentService) FindRating(ctx context.Context, assessmentID, recommendationID int) (*benchmark.Rating, error) {
	tx, err := s.db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return tx.findRating(ctx, assessmentID, recommendationID)
}

// findRating returns one saved rating, or nil when there is none.
func (tx *Tx) findRating(ctx context.Context, assessmentID, recommendationID int) (*benchmark.Rating, error) {
	r, err := scanRating(tx.QueryRowContext(ctx, `SELECT `+ratingColumns+`
		FROM ratings WHERE assessment_id = ? AND recommendation_id = ?`, assessmentID, recommendationID), assessmentID)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	} else if err != nil {
		return nil, fmt.Errorf("find rating: %w", err)
	}
	return r, nil
}

// FinalizeAssessment marks a round final, its ratings read-only from then,
// and records in the round's history who did so.
func (s *AssessmentService) FinalizeAssessment(ctx context.Context, id int, by string) error {
	if err := benchmark.ValidateActor(by); err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin finalize: %w", err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `UPDATE assessments SET final = 1 WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("finalize round %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return benchmark.Errorf(benchmark.ENOTFOUND, "Assessment %d not found.", id)
	}
	if err := tx.insertRoundEvent(ctx, &benchmark.RoundEvent{AssessmentID: id, Action: benchmark.RoundFinalised, By: by}); err != nil {
		return err
	}
	return tx.Commit()
}
