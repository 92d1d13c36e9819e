package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
)

// ChangeService tells readers when anything in the database has changed,
// in this process or another, so that they may keep what they built from
// it until it does. It implements benchmark.ChangeService.
//
// It reads SQLite's PRAGMA data_version on a connection of its own that
// never writes: the value moves whenever any other connection commits,
// which is every writer there is. It costs one small read per call.
type ChangeService struct {
	db *DB

	mu   sync.Mutex
	pool *sql.DB
	conn *sql.Conn
	// raw is the last data_version read on conn; n is the answer, moved on
	// by one each time raw changes or conn is replaced, so that it never
	// repeats within the process.
	raw, n int64
}

// NewChangeService returns a ChangeService over db.
func NewChangeService(db *DB) *ChangeService { return &ChangeService{db: db} }

// DataVersion returns a number that differs from every earlier answer
// whenever a change has been committed since.
func (s *ChangeService) DataVersion(ctx context.Context) (int64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var raw int64
	if err := s.readLocked(ctx, &raw, `PRAGMA data_version`); err != nil {
		return 0, fmt.Errorf("read data version: %w", err)
	}
	if raw != s.raw {
		s.raw = raw
		s.n++
	}
	return s.n, nil
}

// Count returns the change count of one group of tables (migration 026:
// "accounts" or "rounds"), read on the watching connection.
func (s *ChangeService) Count(ctx context.Context, scope string) (int64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var n int64
	if err := s.readLocked(ctx, &n, `SELECT n FROM change_counts WHERE scope = ?`, scope); err != nil {
		return 0, fmt.Errorf("read the change count of %s: %w", scope, err)
	}
	return n, nil
}

// readLocked reads one number on the watching connection, connecting
// first when there is none; a connection that fails is replaced, so the
// next data version is new. The caller holds s.mu.
func (s *ChangeService) readLocked(ctx context.Context, into *int64, query string, args ...any) error {
	if s.conn == nil {
		if err := s.connect(ctx); err != nil {
			return err
		}
	}
	if err := s.conn.QueryRowContext(ctx, query, args...).Scan(into); err != nil {
		s.conn.Close()
		s.conn = nil
		return err
	}
	return nil
}

// connect opens the watching connection; every answer after a new
// connection is new, as its data_version starts again.
func (s *ChangeService) connect(ctx context.Context) error {
	if s.pool == nil {
		pool, err := sql.Open("sqlite3", s.db.dsn(true))
		if err != nil {
			return fmt.Errorf("open change watch: %w", err)
		}
		s.pool = pool
	}
	conn, err := s.pool.Conn(ctx)
	if err != nil {
		return fmt.Errorf("open change watch: %w", err)
	}
	s.conn, s.raw = conn, 0
	s.n++
	return nil
}

// Close closes the watching connection.
func (s *ChangeService) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.conn != nil {
		s.conn.Close()
		s.conn = nil
	}
	if s.pool != nil {
		return s.pool.Close()
	}
	return nil
}
