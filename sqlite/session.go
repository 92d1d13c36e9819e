package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/svbench/svbench/benchmark"
)

// SessionService stores signed-in sessions by their token's hash.
type SessionService struct {
	db    *DB
	cache versionedCache[string, cachedSession]
}

// NewSessionService returns a SessionService over db.
func NewSessionService(db *DB) *SessionService { return &SessionService{db: db} }

var _ benchmark.SessionService = (*SessionService)(nil)

// errSessionEnded is the words for an expired session or a disabled account.
const errSessionEnded = "Your session has ended: sign in again."

// CreateSession stores s for an enabled account and drops the account's
// expired sessions, in one transaction.
func (s *SessionService) CreateSession(ctx context.Context, sess *benchmark.Session) error {
	if err := sess.Validate(); err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	u, err := tx.findUserByID(ctx, sess.UserID)
	if err != nil {
		return err
	} else if u.Disabled {
		return benchmark.Errorf(benchmark.EUNAUTHORIZED, "This account is disabled.")
	}
	if err := tx.deleteExpiredSessions(ctx, u.ID); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `
		INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)`,
		sess.TokenHash, sess.UserID, sess.CSRFToken, tx.nowText(), tx.nowText()); err != nil {
		return fmt.Errorf("create session: %w", err)
	}
	sess.CreatedAt, sess.LastSeenAt = tx.now, tx.now
	return tx.Commit()
}

// FindSession returns the session and its account, ENOTFOUND or, when it
// has expired or the account is disabled, EUNAUTHORIZED.
func (s *SessionService) FindSession(ctx context.Context, tokenHash string) (*benchmark.Session, *benchmark.User, error) {
	return s.findCachedSession(ctx, tokenHash)
}

// findSession reads a live session and its enabled account.
func (s *SessionService) findSession(ctx context.Context, tokenHash string) (*benchmark.Session, *benchmark.User, error) {
	tx, err := s.db.beginRead(ctx)
	if err != nil {
		return nil, nil, err
	}
	defer tx.Rollback()
	sess, err := tx.findLiveSession(ctx, tokenHash)
	if err != nil {
		return nil, nil, err
	}
	u, err := tx.findUserByID(ctx, sess.UserID)
	if err != nil {
		return nil, nil, err
	} else if u.Disabled {
		return nil, nil, benchmark.Errorf(benchmark.EUNAUTHORIZED, errSessionEnded)
	}
	return sess, u, nil
}

// TouchSession records a request now; an expired session stays expired.
func (s *SessionService) TouchSession(ctx context.Context, tokenHash string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.findLiveSession(ctx, tokenHash); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?`, tx.nowText(), tokenHash); err != nil {
		return fmt.Errorf("touch session: %w", err)
	}
	return tx.Commit()
}

// DeleteSession ends one session, or is ENOTFOUND.
func (s *SessionService) DeleteSession(ctx context.Context, tokenHash string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE token_hash = ?`, tokenHash)
	if err != nil {
		return fmt.Errorf("delete session: %w", err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("delete session: %w", err)
	} else if n == 0 {
		return benchmark.Errorf(benchmark.ENOTFOUND, "Session not found.")
	}
	return tx.Commit()
}

// DeleteUserSessions ends every session of the account, or is ENOTFOUND
// when there is no such account.
func (s *SessionService) DeleteUserSessions(ctx context.Context, userID int) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.findUserByID(ctx, userID); err != nil {
		return err
	}
	if err := tx.deleteUserSessions(ctx, userID); err != nil {
		return err
	}
	return tx.Commit()
}

// findLiveSession returns the session, ENOTFOUND or, when it has expired
// at the transaction's time, EUNAUTHORIZED.
func (tx *Tx) findLiveSession(ctx context.Context, tokenHash string) (*benchmark.Session, error) {
	sess := &benchmark.Session{TokenHash: tokenHash}
	var created, seen string
	err := tx.QueryRowContext(ctx, `SELECT user_id, csrf_token, created_at, last_seen_at FROM sessions WHERE token_hash = ?`,
		tokenHash).Scan(&sess.UserID, &sess.CSRFToken, &created, &seen)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil, benchmark.Errorf(benchmark.ENOTFOUND, "Session not found.")
	case err != nil:
		return nil, fmt.Errorf("find session: %w", err)
	}
	sess.CreatedAt, sess.LastSeenAt = parseTime(created), parseTime(seen)
	if sess.Expired(tx.now) {
		return nil, benchmark.Errorf(benchmark.EUNAUTHORIZED, errSessionEnded)
	}
	return sess, nil
}

func (tx *Tx) deleteUserSessions(ctx context.Context, userID int) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE user_id = ?`, userID); err != nil {
		return fmt.Errorf("end sessions of account %d: %w", userID, err)
	}
	return nil
}

// deleteExpiredSessions drops the account's sessions that have expired.
func (tx *Tx) deleteExpiredSessions(ctx context.Context, userID int) error {
	rows, err := tx.QueryContext(ctx, `SELECT token_hash, created_at, last_seen_at FROM sessions WHERE user_id = ?`, userID)
	if err != nil {
		return fmt.Errorf("find sessions of account %d: %w", userID, err)
	}
	var expired []string
	for rows.Next() {
		var s benchmark.Session
		var created, seen string
		if err := rows.Scan(&s.TokenHash, &created, &seen); err != nil {
			rows.Close()
			return fmt.Errorf("find sessions of account %d: %w", userID, err)
		}
		if s.CreatedAt, s.LastSeenAt = parseTime(created), parseTime(seen); s.Expired(tx.now) {
			expired = append(expired, s.TokenHash)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("find sessions of account %d: %w", userID, err)
	}
	for _, h := range expired {
		if _, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE token_hash = ?`, h); err != nil {
			return fmt.Errorf("drop expired session: %w", err)
		}
	}
	return nil
}
