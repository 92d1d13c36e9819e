package sqlite

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/svbench/svbench/benchmark"
)

var _ benchmark.RoundAdminService = (*AssessmentService)(nil)

// RenameAssessment gives a round a new title and records the rename in
// its history, in one transaction.
func (s *AssessmentService) RenameAssessment(ctx context.Context, id int, title, by string) error {
	title = strings.TrimSpace(title)
	if err := benchmark.ValidateActor(by); err != nil {
		return err
	} else if err := benchmark.ValidateRoundTitle(title); err != nil {
		return err
	}
	return s.db.inWriteTx(ctx, "rename round", func(tx *Tx) error {
		a, err := tx.findAssessment(ctx, id)
		if err != nil || a.Title == title {
			return err
		}
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM assessments WHERE authority_code = ? AND title = ? COLLATE NOCASE AND id <> ?`,
			a.AuthorityCode, title, id).Scan(&n); err != nil {
			return err
		} else if n > 0 {
			return benchmark.Errorf(benchmark.ECONFLICT, "This authority already has a round called %q.", title)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE assessments SET title = ? WHERE id = ?`, title, id); err != nil {
			return err
		}
		return tx.insertRoundEvent(ctx, &benchmark.RoundEvent{AssessmentID: id, Action: benchmark.RoundRenamed, Old: a.Title, New: title, By: by})
	})
}

// ReopenAssessment makes a final round open again and records why in its
// history, in one transaction.
func (s *AssessmentService) ReopenAssessment(ctx context.Context, id int, reason, by string) error {
	reason = strings.TrimSpace(reason)
	if err := benchmark.ValidateActor(by); err != nil {
		return err
	} else if err := benchmark.ValidateReopenReason(reason); err != nil {
		return err
	}
	return s.db.inWriteTx(ctx, "reopen round", func(tx *Tx) error {
		a, err := tx.findAssessment(ctx, id)
		if err != nil {
			return err
		} else if !a.Final {
			return benchmark.Errorf(benchmark.EINVALID, "This round is not final: there is nothing to reopen.")
		}
		if _, err := tx.ExecContext(ctx, `UPDATE assessments SET final = 0 WHERE id = ?`, id); err != nil {
			return err
		}
		return tx.insertRoundEvent(ctx, &benchmark.RoundEvent{AssessmentID: id, Action: benchmark.RoundReopened, Reason: reason, By: by})
	})
}

// DeleteAssessment deletes a round, its ratings and its history, and
// records the deletion, in one transaction.
func (s *AssessmentService) DeleteAssessment(ctx context.Context, id int, by string) (*benchmark.RoundDeletion, error) {
	if err := benchmark.ValidateActor(by); err != nil {
		return nil, err
	}
	var d *benchmark.RoundDeletion
	err := s.db.inWriteTx(ctx, "delete round", func(tx *Tx) error {
		a, err := tx.findAssessment(ctx, id)
		if err != nil {
			return err
		}
		d = &benchmark.RoundDeletion{AssessmentID: id, AuthorityCode: a.AuthorityCode, Title: a.Title, Final: a.Final, By: strings.TrimSpace(by), At: tx.now}
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM ratings WHERE assessment_id = ?`, id).Scan(&d.Ratings); err != nil {
			return err
		}
		// Rounds copied from this one keep their ratings; only the link goes.
		if _, err := tx.ExecContext(ctx, `UPDATE assessments SET copied_from = NULL WHERE copied_from = ?`, id); err != nil {
			return err
		}
		// Its agreements, ratings, rating history and round history cascade.
		if _, err := tx.ExecContext(ctx, `DELETE FROM assessments WHERE id = ?`, id); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO round_deletions (assessment_id, authority_code, title, final, ratings, deleted_by, deleted_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, id, d.AuthorityCode, d.Title, d.Final, d.Ratings, d.By, tx.nowText())
		if err != nil {
			return fmt.Errorf("record deletion: %w", err)
		}
		n, _ := res.LastInsertId()
		d.ID = int(n)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return d, nil
}

// FindRoundDeletions returns every recorded round deletion, newest first.
func (s *AssessmentService) FindRoundDeletions(ctx context.Context) ([]*benchmark.RoundDeletion, error) {
	tx, err := s.db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT id, assessment_id, authority_code, title, final, ratings, deleted_by, deleted_at
		FROM round_deletions ORDER BY id DESC`)
	if err != nil {
		return nil, fmt.Errorf("find round deletions: %w", err)
	}
	defer rows.Close()
	var out []*benchmark.RoundDeletion
	for rows.Next() {
		d := &benchmark.RoundDeletion{}
		var at string
		if err := rows.Scan(&d.ID, &d.AssessmentID, &d.AuthorityCode, &d.Title, &d.Final, &d.Ratings, &d.By, &at); err != nil {
			return nil, err
		}
		d.At = parseTime(at)
		out = append(out, d)
	}
	return out, rows.Err()
}

// findAssessment returns one round, with its agreements, or ENOTFOUND.
func (tx *Tx) findAssessment(ctx context.Context, id int) (*benchmark.Assessment, error) {
	list, err := tx.findAssessments(ctx, benchmark.AssessmentFilter{ID: &id})
	if err != nil {
		return nil, err
	} else if len(list) == 0 {
		return nil, benchmark.Errorf(benchmark.ENOTFOUND, "Assessment %d not found.", id)
	}
	return list[0], nil
}

// inWriteTx runs fn in one write transaction named what, committing when fn
// returns nil.
func (db *DB) inWriteTx(ctx context.Context, what string, fn func(tx *Tx) error) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin %s: %w", what, err)
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		var be *benchmark.Error
		if errors.As(err, &be) {
			return err
		}
		return fmt.Errorf("%s: %w", what, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit %s: %w", what, err)
	}
	return nil
}
