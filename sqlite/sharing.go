package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/svbench/svbench/benchmark"
)

// SharingService stores whether each authority shares its final rounds.
type SharingService struct{ db *DB }

// NewSharingService returns a SharingService over db.
func NewSharingService(db *DB) *SharingService { return &SharingService{db: db} }

var _ benchmark.SharingService = (*SharingService)(nil)

// FindSharing returns the authority's choice, NotShared when none was made.
func (s *SharingService) FindSharing(ctx context.Context, code string) (*benchmark.AuthoritySharing, error) {
	tx, err := s.db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return tx.findSharing(ctx, code)
}

func (tx *Tx) findSharing(ctx context.Context, code string) (*benchmark.AuthoritySharing, error) {
	out := &benchmark.AuthoritySharing{AuthorityCode: code, Sharing: benchmark.NotShared}
	var sharing, at string
	err := tx.QueryRowContext(ctx, `SELECT sharing, changed_by, changed_at FROM authority_sharing WHERE authority_code = ?`, code).
		Scan(&sharing, &out.ChangedBy, &at)
	if errors.Is(err, sql.ErrNoRows) {
		return out, nil
	} else if err != nil {
		return nil, fmt.Errorf("find sharing of %s: %w", code, err)
	}
	out.Sharing, out.ChangedAt = benchmark.Sharing(sharing), parseTime(at)
	return out, nil
}

// SetSharing records the authority's new choice and keeps the change.
func (s *SharingService) SetSharing(ctx context.Context, code string, sharing benchmark.Sharing, by string) error {
	if _, ok := benchmark.ParseSharing(string(sharing)); !ok || sharing == "" {
		return benchmark.Errorf(benchmark.EINVALID, "Choose how the authority's rounds are shared.")
	}
	if err := benchmark.ValidateActor(by); err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM authorities WHERE ons_code = ?`, code).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return benchmark.Errorf(benchmark.ENOTFOUND, "No authority has the ONS code %q.", code)
	}
	old, err := tx.findSharing(ctx, code)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO authority_sharing (authority_code, sharing, changed_by, changed_at) VALUES (?, ?, ?, ?)
		ON CONFLICT (authority_code) DO UPDATE SET sharing = excluded.sharing, changed_by = excluded.changed_by, changed_at = excluded.changed_at`,
		code, string(sharing), by, tx.nowText()); err != nil {
		return fmt.Errorf("set sharing of %s: %w", code, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO sharing_changes (authority_code, old_sharing, new_sharing, changed_by, changed_at) VALUES (?, ?, ?, ?, ?)`,
		code, string(old.Sharing), string(sharing), by, tx.nowText()); err != nil {
		return fmt.Errorf("record sharing change of %s: %w", code, err)
	}
	return tx.Commit()
}
