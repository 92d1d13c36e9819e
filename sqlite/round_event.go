package sqlite

import (
	"context"
	"fmt"
	"strings"

	"github.com/svbench/svbench/benchmark"
)

// insertRoundEvent records e in its round's history at the transaction's
// time.
func (tx *Tx) insertRoundEvent(ctx context.Context, e *benchmark.RoundEvent) error {
	e.By, e.At = strings.TrimSpace(e.By), tx.now
	res, err := tx.ExecContext(ctx, `INSERT INTO round_events (assessment_id, action, old_value, new_value, reason, ratings, changed_by, changed_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, e.AssessmentID, e.Action, e.Old, e.New, e.Reason, e.Ratings, e.By, tx.nowText())
	if err != nil {
		return fmt.Errorf("record %s in round %d: %w", e.Action, e.AssessmentID, err)
	}
	id, _ := res.LastInsertId()
	e.ID = int(id)
	return nil
}

// FindRoundEvents returns what admins did to a round, newest first.
func (s *AssessmentService) FindRoundEvents(ctx context.Context, assessmentID int) ([]*benchmark.RoundEvent, error) {
	tx, err := s.db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT id, assessment_id, action, old_value, new_value, reason, ratings, changed_by, changed_at
		FROM round_events WHERE assessment_id = ? ORDER BY id DESC`, assessmentID)
	if err != nil {
		return nil, fmt.Errorf("find round events: %w", err)
	}
	defer rows.Close()
	var out []*benchmark.RoundEvent
	for rows.Next() {
		e := &benchmark.RoundEvent{}
		var at string
		if err := rows.Scan(&e.ID, &e.AssessmentID, &e.Action, &e.Old, &e.New, &e.Reason, &e.Ratings, &e.By, &at); err != nil {
			return nil, err
		}
		e.At = parseTime(at)
		out = append(out, e)
	}
	return out, rows.Err()
}
