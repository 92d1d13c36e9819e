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
	where, args, none := ratingChangeWhere(filter)
	if none {
		return nil, nil
	}
	page := ""
	if filter.Limit > 0 {
		page, args = " LIMIT ? OFFSET ?", append(args, filter.Limit, max(filter.Offset, 0))
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, assessment_id, recommendation_id, version, field, old_value, new_value, changed_by, changed_at, typed
		FROM rating_changes WHERE `+where+` ORDER BY changed_at DESC, recommendation_id, version DESC, id`+page, args...)
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

// CountRatingChanges counts the changes filter selects, Limit and Offset
// aside.
func (s *AssessmentService) CountRatingChanges(ctx context.Context, filter benchmark.RatingChangeFilter) (int, error) {
	tx, err := s.db.beginRead(ctx)
	if err != nil {
		return 0, fmt.Errorf("begin history count: %w", err)
	}
	defer tx.Rollback()
	where, args, none := ratingChangeWhere(filter)
	if none {
		return 0, nil
	}
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM rating_changes WHERE `+where, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count rating changes: %w", err)
	}
	return n, nil
}

// ratingChangeWhere is the WHERE clause of filter, Limit and Offset aside;
// none reports a filter that selects nothing (an empty list of
// recommendations).
func ratingChangeWhere(filter benchmark.RatingChangeFilter) (where string, args []any, none bool) {
	conds := []string{"1 = 1"}
	if v := filter.AssessmentID; v != nil {
		conds, args = append(conds, "assessment_id = ?"), append(args, *v)
	}
	if v := filter.RecommendationID; v != nil {
		conds, args = append(conds, "recommendation_id = ?"), append(args, *v)
	}
	if ids := filter.RecommendationIDs; ids != nil {
		if len(ids) == 0 {
			return "", nil, true
		}
		conds = append(conds, "recommendation_id IN (?"+strings.Repeat(", ?", len(ids)-1)+")")
		for _, id := range ids {
			args = append(args, id)
		}
	}
	return strings.Join(conds, " AND "), args, false
}
