package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/svbench/svbench/benchmark"
)

// SetupService keeps the one-time token that creates the first admin.
type SetupService struct{ db *DB }

// NewSetupService returns a SetupService over db.
func NewSetupService(db *DB) *SetupService { return &SetupService{db: db} }

var _ benchmark.SetupService = (*SetupService)(nil)

// errSetupLink is the words for a setup token unknown, used, replaced or expired.
const errSetupLink = "This setup link no longer works: it has been used, replaced or has expired. Restart svbench for a new one."

// NeedsSetup reports whether the database has no enabled admin.
func (s *SetupService) NeedsSetup(ctx context.Context) (bool, error) {
	tx, err := s.db.beginRead(ctx)
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	n, err := tx.countAdmins(ctx, 0)
	return n == 0, err
}

// CreateSetupToken stores a new token by its hash, replacing any unused
// one; it is ECONFLICT once an enabled admin exists.
func (s *SetupService) CreateSetupToken(ctx context.Context, tokenHash string) error {
	if err := (&benchmark.SetupToken{TokenHash: tokenHash}).Validate(); err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := tx.refuseSecondAdmin(ctx); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM setup_tokens WHERE used_at IS NULL`); err != nil {
		return fmt.Errorf("replace setup token: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO setup_tokens (token_hash, created_at) VALUES (?, ?)`, tokenHash, tx.nowText()); err != nil {
		return fmt.Errorf("create setup token: %w", err)
	}
	return tx.Commit()
}

// ConsumeSetupToken uses the token once to create admin with passwordHash,
// in one transaction.
func (s *SetupService) ConsumeSetupToken(ctx context.Context, tokenHash string, admin *benchmark.User, passwordHash string) error {
	if admin.Role != benchmark.RoleAdmin {
		return benchmark.Errorf(benchmark.EINVALID, "The setup link creates an admin.")
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	tok := benchmark.SetupToken{TokenHash: tokenHash}
	var created string
	var used sql.NullString
	err = tx.QueryRowContext(ctx, `SELECT created_at, used_at FROM setup_tokens WHERE token_hash = ?`, tokenHash).Scan(&created, &used)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return benchmark.Errorf(benchmark.EUNAUTHORIZED, errSetupLink)
	case err != nil:
		return fmt.Errorf("find setup token: %w", err)
	}
	tok.CreatedAt = parseTime(created)
	if used.Valid {
		tok.UsedAt = parseTime(used.String)
	}
	if !tok.Usable(tx.now) {
		return benchmark.Errorf(benchmark.EUNAUTHORIZED, errSetupLink)
	}
	if err := tx.refuseSecondAdmin(ctx); err != nil {
		return err
	}
	if err := tx.createUser(ctx, admin, passwordHash); err != nil {
		return err
	}
	res, err := tx.ExecContext(ctx, `UPDATE setup_tokens SET used_at = ?, user_id = ? WHERE token_hash = ? AND used_at IS NULL`,
		tx.nowText(), admin.ID, tokenHash)
	if err != nil {
		return fmt.Errorf("use setup token: %w", err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("use setup token: %w", err)
	} else if n != 1 {
		return benchmark.Errorf(benchmark.EUNAUTHORIZED, errSetupLink)
	}
	return tx.Commit()
}

// refuseSecondAdmin is ECONFLICT once an enabled admin exists.
func (tx *Tx) refuseSecondAdmin(ctx context.Context) error {
	if n, err := tx.countAdmins(ctx, 0); err != nil {
		return err
	} else if n > 0 {
		return benchmark.Errorf(benchmark.ECONFLICT, "svbench already has an admin: sign in instead.")
	}
	return nil
}
