package sqlite

import (
	"context"
	"fmt"
	"strings"

	"github.com/svbench/svbench/benchmark"
)

func (tx *Tx) insertRatingChange(ctx context.Context, ch *benchmark.RatingChange) error {
	res, err := tx.ExecContext(ctx, `INSERT INTO rating_changes (assessment_id, recommendation_id, version, field, old_value, new_value, changed_by, changed_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, ch.AssessmentID, ch.RecommendationID, ch.Version, ch.Field, ch.Old, ch.New, ch.By, ch.At.Format(TimeLayout))
	if err != nil {
		return fmt.Errorf("record %s change: %w", ch.Field, err)
	}
	id, _ := res.LastInsertId()
	ch.ID = int(id)
	return nil
}

// FindRatingChanges returns rating history, newest save first and each
// save's fields in form order.
func (s *AssessmentService) FindRatingChanges(ctx context.Context, filter benchmark.RatingChangeFilter) ([]*benchmark.RatingChange, error) {
	tx, err := s.db.beginRead(ctx)
	if err != nil {
		return nil, fmt.Errorf("begin history read: %w", err)
	}
	defer tx.Rollback()
	where, args := []string{"1 = 1"}, []any{}
	if v := filter.AssessmentID; v != nil {
		where, args = append(where, "assessment_id = ?"), append(args, *v)
	}
	if v := filter.RecommendationID; v != nil {
		where, args = append(where, "recommendation_id = ?"), append(args, *v)
	}
	if ids := filter.RecommendationIDs; ids != nil {
		if len(ids) == 0 {
			return nil, nil
		}
		where = append(where, "recommendation_id IN (?"+strings.Repeat(", ?", len(ids)-1)+")")
		for _, id := range ids {
			args = append(args, id)
		}
	}
	limit := ""
	if filter.Limit > 0 {
		limit = fmt.Sprintf(" LIMIT %d", filter.Limit)
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, assessment_id, recommendation_id, version, field, old_value, new_value, changed_by, changed_at, typed
		FROM rating_changes WHERE `+strings.Join(where, " AND ")+` ORDER BY changed_at DESC, recommendation_id, version DESC, id`+limit, args...)
	if err != nil {
		return nil, fmt.Errorf("find rating changes: %w", err)
	}
	defer rows.Close()
	var out []*benchmark.RatingChange
	for rows.Next() {
		ch := &benchmark.RatingChange{}
		var at string
		if err := rows.Scan(&ch.ID, &ch.AssessmentID, &ch.RecommendationID, &ch.Version, &ch.Field, &ch.Old, &ch.New, &ch.By, &at, &ch.Typed); err != nil {
			return nil, fmt.Errorf("read rating change: %w", err)
		}
		ch.At = parseTime(at)
		out = append(out, ch)
	}
	return out, rows.Err()
}
