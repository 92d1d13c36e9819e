package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/svbench/svbench/benchmark"
)

var _ benchmark.AgreementRemovalService = (*AgreementService)(nil)

// RemoveAgreement removes an uploaded agreement revision and records the
// removal, in one transaction (see benchmark.AgreementRemovalService).
func (s *AgreementService) RemoveAgreement(ctx context.Context, id int, by string) (*benchmark.AgreementRemoval, error) {
	if err := benchmark.ValidateActor(by); err != nil {
		return nil, err
	}
	var rm *benchmark.AgreementRemoval
	err := s.db.inWriteTx(ctx, "remove agreement", func(tx *Tx) (err error) {
		rm, err = tx.removeAgreement(ctx, id, strings.TrimSpace(by))
		return err
	})
	if err != nil {
		return nil, err
	}
	return rm, nil
}

func (tx *Tx) removeAgreement(ctx context.Context, id int, by string) (*benchmark.AgreementRemoval, error) {
	list, err := tx.findAgreements(ctx, benchmark.AgreementFilter{ID: &id, IncludeSuperseded: true})
	if err != nil {
		return nil, err
	} else if len(list) == 0 {
		return nil, benchmark.Errorf(benchmark.ENOTFOUND, "Agreement %d not found.", id)
	}
	a := list[0]
	rounds, err := tx.roundsHolding(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := benchmark.CheckRemovable(a, rounds); err != nil {
		return nil, err
	}
	prev, err := tx.supersededBy(ctx, id)
	if err != nil {
		return nil, err
	}
	rm := &benchmark.AgreementRemoval{AgreementID: id, Title: a.Title, FinancialYear: a.FinancialYear, Revision: a.Revision,
		File: a.Provenance.File, By: by, At: tx.now}
	restored := ""
	if prev != nil {
		rm.RestoredID, restored = prev.ID, benchmark.RevisionLabel(prev)
		if _, err := tx.ExecContext(ctx, `UPDATE agreements SET superseded_by = NULL WHERE id = ?`, prev.ID); err != nil {
			return nil, fmt.Errorf("restore revision %d: %w", prev.Revision, err)
		}
	}
	for _, r := range rounds {
		n, err := tx.takeOutOfRound(ctx, r.ID, id, prev)
		if err != nil {
			return nil, err
		}
		rm.Ratings += n
		e := &benchmark.RoundEvent{AssessmentID: r.ID, Action: benchmark.RoundAgreementRemoved, Old: benchmark.RevisionLabel(a), New: restored, Ratings: n, By: by}
		if err := tx.insertRoundEvent(ctx, e); err != nil {
			return nil, err
		}
	}
	// Parties, recommendations, mappings, reviews and provenance cascade.
	if _, err := tx.ExecContext(ctx, `DELETE FROM agreements WHERE id = ?`, id); err != nil {
		return nil, fmt.Errorf("delete revision: %w", err)
	}
	var restoredID any
	if rm.RestoredID != 0 {
		restoredID = rm.RestoredID
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO agreement_removals (agreement_id, title, financial_year, revision, file, restored_id, ratings, removed_by, removed_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, id, rm.Title, rm.FinancialYear, rm.Revision, rm.File, restoredID, rm.Ratings, by, tx.nowText())
	if err != nil {
		return nil, fmt.Errorf("record removal: %w", err)
	}
	n, _ := res.LastInsertId()
	rm.ID = int(n)
	return rm, nil
}

// roundsHolding returns the rounds that cover agreement id or hold ratings
// of its recommendations, with their authorities.
func (tx *Tx) roundsHolding(ctx context.Context, id int) ([]*benchmark.Assessment, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id FROM assessments
		WHERE id IN (SELECT assessment_id FROM assessment_agreements WHERE agreement_id = ?)
		   OR id IN (SELECT g.assessment_id FROM ratings g JOIN recommendations r ON r.id = g.recommendation_id WHERE r.agreement_id = ?)
		ORDER BY id`, id, id)
	if err != nil {
		return nil, fmt.Errorf("find rounds holding agreement %d: %w", id, err)
	}
	var ids []int
	for rows.Next() {
		var n int
		if err := rows.Scan(&n); err != nil {
			rows.Close()
			return nil, err
		}
		ids = append(ids, n)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	out := make([]*benchmark.Assessment, 0, len(ids))
	for _, n := range ids {
		a, err := tx.findAssessment(ctx, n)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}

// supersededBy returns the revision agreement id superseded, or nil.
func (tx *Tx) supersededBy(ctx context.Context, id int) (*benchmark.Agreement, error) {
	var prevID int
	err := tx.QueryRowContext(ctx, `SELECT id FROM agreements WHERE superseded_by = ?`, id).Scan(&prevID)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	} else if err != nil {
		return nil, fmt.Errorf("find the revision %d superseded: %w", id, err)
	}
	list, err := tx.findAgreements(ctx, benchmark.AgreementFilter{ID: &prevID, IncludeSuperseded: true})
	if err != nil || len(list) == 0 {
		return nil, err
	}
	return list[0], nil
}

// takeOutOfRound removes agreement id from an open round with the ratings
// (and their history) of its recommendations there, putting prev, when
// not nil, back in its place. It returns how many ratings went.
func (tx *Tx) takeOutOfRound(ctx context.Context, roundID, id int, prev *benchmark.Agreement) (int, error) {
	const ofAgreement = `assessment_id = ? AND recommendation_id IN (SELECT id FROM recommendations WHERE agreement_id = ?)`
	if _, err := tx.ExecContext(ctx, `DELETE FROM rating_changes WHERE `+ofAgreement, roundID, id); err != nil {
		return 0, fmt.Errorf("remove rating history from round %d: %w", roundID, err)
	}
	res, err := tx.ExecContext(ctx, `DELETE FROM ratings WHERE `+ofAgreement, roundID, id)
	if err != nil {
		return 0, fmt.Errorf("remove ratings from round %d: %w", roundID, err)
	}
	n, _ := res.RowsAffected()
	res, err = tx.ExecContext(ctx, `DELETE FROM assessment_agreements WHERE assessment_id = ? AND agreement_id = ?`, roundID, id)
	if err != nil {
		return 0, fmt.Errorf("take agreement out of round %d: %w", roundID, err)
	}
	if covered, _ := res.RowsAffected(); covered > 0 && prev != nil {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO assessment_agreements (assessment_id, agreement_id) VALUES (?, ?)`, roundID, prev.ID); err != nil {
			return 0, fmt.Errorf("restore revision %d to round %d: %w", prev.Revision, roundID, err)
		}
	}
	return int(n), nil
}

// FindAgreementRemovals returns every recorded removal, newest first.
func (s *AgreementService) FindAgreementRemovals(ctx context.Context) ([]*benchmark.AgreementRemoval, error) {
	tx, err := s.db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT id, agreement_id, title, financial_year, revision, file, COALESCE(restored_id, 0), ratings, removed_by, removed_at
		FROM agreement_removals ORDER BY id DESC`)
	if err != nil {
		return nil, fmt.Errorf("find agreement removals: %w", err)
	}
	defer rows.Close()
	var out []*benchmark.AgreementRemoval
	for rows.Next() {
		r := &benchmark.AgreementRemoval{}
		var at string
		if err := rows.Scan(&r.ID, &r.AgreementID, &r.Title, &r.FinancialYear, &r.Revision, &r.File, &r.RestoredID, &r.Ratings, &r.By, &at); err != nil {
			return nil, err
		}
		r.At = parseTime(at)
		out = append(out, r)
	}
	return out, rows.Err()
}
