package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/svbench/svbench/benchmark"
)

// UploadService keeps checked agreement files until they are confirmed.
type UploadService struct{ db *DB }

// NewUploadService returns an UploadService over db.
func NewUploadService(db *DB) *UploadService { return &UploadService{db: db} }

var _ benchmark.UploadService = (*UploadService)(nil)

// SavePendingUpload stores u and deletes the expired uploads and the
// account's oldest past benchmark.MaxPendingUploads, in one transaction.
func (s *UploadService) SavePendingUpload(ctx context.Context, u *benchmark.PendingUpload) error {
	if err := u.Validate(); err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM pending_uploads WHERE expires_at <= ?`, tx.nowText()); err != nil {
		return fmt.Errorf("delete expired uploads: %w", err)
	}
	u.CreatedAt = tx.now
	if _, err := tx.ExecContext(ctx, `
		INSERT INTO pending_uploads (token_hash, user_id, file_name, data, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)`,
		u.TokenHash, u.UserID, u.FileName, u.Data, tx.nowText(), u.ExpiresAt().UTC().Format(TimeLayout)); err != nil {
		return fmt.Errorf("save checked upload: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM pending_uploads WHERE user_id = ? AND token_hash NOT IN
		(SELECT token_hash FROM pending_uploads WHERE user_id = ? ORDER BY created_at DESC, rowid DESC LIMIT ?)`,
		u.UserID, u.UserID, benchmark.MaxPendingUploads); err != nil {
		return fmt.Errorf("forget the oldest checked uploads: %w", err)
	}
	return tx.Commit()
}

// FindPendingUpload returns the account's upload stored under tokenHash.
func (s *UploadService) FindPendingUpload(ctx context.Context, tokenHash string, userID int) (*benchmark.PendingUpload, error) {
	tx, err := s.db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	u := &benchmark.PendingUpload{TokenHash: tokenHash}
	var created string
	err = tx.QueryRowContext(ctx, `SELECT user_id, file_name, data, created_at FROM pending_uploads WHERE token_hash = ?`, tokenHash).
		Scan(&u.UserID, &u.FileName, &u.Data, &created)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil, benchmark.Errorf(benchmark.ENOTFOUND, "%s", benchmark.ErrUploadUnknown)
	case err != nil:
		return nil, fmt.Errorf("find checked upload: %w", err)
	}
	u.CreatedAt = parseTime(created)
	switch {
	case u.UserID != userID:
		return nil, benchmark.Errorf(benchmark.EUNAUTHORIZED, "%s", benchmark.ErrUploadOtherAccount)
	case u.Expired(tx.now):
		return nil, benchmark.Errorf(benchmark.ENOTFOUND, "%s", benchmark.ErrUploadExpired)
	}
	return u, nil
}

// DeletePendingUpload removes the upload stored under tokenHash.
func (s *UploadService) DeletePendingUpload(ctx context.Context, tokenHash string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM pending_uploads WHERE token_hash = ?`, tokenHash); err != nil {
		return fmt.Errorf("delete checked upload: %w", err)
	}
	return tx.Commit()
}
