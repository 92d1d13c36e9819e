// Package sqlite stores svbench's domain in a SQLite database file through
// mattn/go-sqlite3. Its schema is built by the numbered migrations embedded
// from migrations/, each applied once in its own transaction.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"net/url"
	"sort"
	"strings"
	"sync"
	"time"

	_ "github.com/mattn/go-sqlite3" // registers the "sqlite3" driver
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// TimeLayout is how times are stored: RFC 3339 in UTC with a fixed six
// digits of fraction, so that text order is time order (RFC3339Nano drops
// trailing zeros, and ".1Z" would sort after ".15Z").
const TimeLayout = "2006-01-02T15:04:05.000000Z07:00"

// DB is an open svbench database. Writes go through one connection, so
// writers queue in Go instead of failing with "database is locked"; reads use
// a pool of read-only connections, which WAL lets run beside the writer.
type DB struct {
	write *sql.DB
	read  *sql.DB
	// Path is the database file.
	Path string
	// Now returns the current time; tests may replace it.
	Now func() time.Time
	// changes watches for commits (Changes); made on first use.
	changesOnce sync.Once
	changes     *ChangeService
}

// Changes returns the service that says when the database has changed.
func (db *DB) Changes() *ChangeService {
	db.changesOnce.Do(func() { db.changes = NewChangeService(db) })
	return db.changes
}

// NewDB returns a DB for the file at path; call Open before use.
func NewDB(path string) *DB {
	return &DB{Path: path, Now: time.Now}
}

func (db *DB) dsn(readOnly bool) string {
	q := url.Values{}
	q.Set("_foreign_keys", "on")
	q.Set("_journal_mode", "WAL")
	q.Set("_busy_timeout", "5000")
	q.Set("_synchronous", "NORMAL")
	// Each connection keeps its most used statements prepared: a page runs
	// the same few queries every time, and preparing them was a fifth of a
	// rating save's CPU.
	q.Set("_stmt_cache_size", "64")
	if readOnly {
		q.Set("_query_only", "true")
	} else {
		q.Set("_txlock", "immediate")
	}
	return "file:" + url.PathEscape(db.Path) + "?" + q.Encode()
}

// Open opens the database file, creating it if needed, and migrates it.
func (db *DB) Open() (err error) {
	if db.Path == "" {
		return fmt.Errorf("open database: path required")
	}
	if db.write, err = sql.Open("sqlite3", db.dsn(false)); err != nil {
		return fmt.Errorf("open database: %w", err)
	}
	db.write.SetMaxOpenConns(1)
	if err := db.migrate(); err != nil {
		db.write.Close()
		return err
	}
	if db.read, err = sql.Open("sqlite3", db.dsn(true)); err != nil {
		db.write.Close()
		return fmt.Errorf("open database: %w", err)
	}
	db.read.SetMaxOpenConns(8)
	return nil
}

// Close closes the database.
func (db *DB) Close() error {
	var err error
	if db.changes != nil {
		err = db.changes.Close()
	}
	for _, d := range []*sql.DB{db.read, db.write} {
		if d != nil {
			if e := d.Close(); e != nil && err == nil {
				err = e
			}
		}
	}
	return err
}

func (db *DB) migrate() error {
	if _, err := db.write.Exec(`CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("create migrations table: %w", err)
	}
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		if err := db.migrateFile(name); err != nil {
			return fmt.Errorf("migrate %s: %w", name, err)
		}
	}
	return nil
}

func (db *DB) migrateFile(name string) error {
	tx, err := db.write.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRow(`SELECT COUNT(*) FROM migrations WHERE name = ?`, name).Scan(&n); err != nil {
		return err
	} else if n > 0 {
		return nil
	}
	body, err := fs.ReadFile(migrationFS, name)
	if err != nil {
		return err
	}
	if _, err := tx.Exec(string(body)); err != nil {
		return err
	}
	if _, err := tx.Exec(`INSERT INTO migrations (name, applied_at) VALUES (?, ?)`, name, db.Now().UTC().Format(TimeLayout)); err != nil {
		return err
	}
	return tx.Commit()
}

// Tx wraps a transaction with the time it began, so every row written in
// one transaction carries the same timestamp.
type Tx struct {
	*sql.Tx
	now   time.Time
	stmts map[string]*sql.Stmt
}

// ExecContext runs one statement, preparing each distinct query once in
// the transaction (the transaction's end closes them): an import runs the
// same few inserts tens of thousands of times. A query text holding more
// than one statement is run unprepared, as database/sql would.
//
// ctx is checked before the statement and not watched while it runs: the
// driver watches a cancellable context from a goroutine of its own per
// statement, which costs more than a one-row insert. A cancelled import
// still stops at its next statement and rolls back.
func (tx *Tx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if strings.Contains(query, ";") {
		return tx.Tx.ExecContext(ctx, query, args...)
	}
	ctx = context.WithoutCancel(ctx)
	st, ok := tx.stmts[query]
	if !ok {
		var err error
		if st, err = tx.Tx.PrepareContext(ctx, query); err != nil {
			return nil, err
		}
		if tx.stmts == nil {
			tx.stmts = map[string]*sql.Stmt{}
		}
		tx.stmts[query] = st
	}
	return st.ExecContext(ctx, args...)
}

// QueryContext runs a query, checking ctx before and not watching it
// while the rows are read, as ExecContext does: every read of svbench is
// bounded, and the driver's watch costs a goroutine a query.
func (tx *Tx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return tx.Tx.QueryContext(context.WithoutCancel(ctx), query, args...)
}

// QueryRowContext runs a query expected to return at most one row, as
// QueryContext does.
func (tx *Tx) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	if ctx.Err() != nil {
		return tx.Tx.QueryRowContext(ctx, query, args...) // reports the cancelled ctx
	}
	return tx.Tx.QueryRowContext(context.WithoutCancel(ctx), query, args...)
}

// BeginTx starts a read-write transaction, or a read-only one on the read
// pool when opts.ReadOnly is set.
func (db *DB) BeginTx(ctx context.Context, opts *sql.TxOptions) (*Tx, error) {
	pool := db.write
	if opts != nil && opts.ReadOnly {
		pool = db.read
		opts = nil // the read pool is read-only by DSN
	}
	tx, err := pool.BeginTx(ctx, opts)
	if err != nil {
		return nil, err
	}
	return &Tx{Tx: tx, now: db.Now().UTC().Truncate(time.Microsecond)}, nil
}

// beginRead starts a read-only transaction.
func (db *DB) beginRead(ctx context.Context) (*Tx, error) {
	return db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
}

// nowText is the transaction's timestamp as stored.
func (tx *Tx) nowText() string { return tx.now.Format(TimeLayout) }

// parseTime reads a stored time; a blank or unreadable one is the zero time.
func parseTime(s string) time.Time {
	t, _ := time.Parse(time.RFC3339, s) // any fraction, as older databases stored it
	return t
}
