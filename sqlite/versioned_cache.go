package sqlite

import (
	"context"
	"sync"
)

// maxCached bounds the entries a versionedCache keeps; past it the cache
// starts again empty.
const maxCached = 4096

// Change-count scopes (migration 026): the groups of tables a
// versionedCache's values are read from.
const (
	scopeAccounts = "accounts"
	scopeRounds   = "rounds"
)

// versionedCache keeps values read from one group of tables for as long as
// nothing in them changes. Every request of a signed-in browser looks up
// its session, and every request about a round looks the round up to
// decide who may see it; without this each lookup is a read transaction.
// While the database's data version stands still the kept values are
// used as they are; when it moves (any write, by any connection or
// process), the group's change count is read, and the values are dropped
// only if that moved too, so a rating saved keeps the sessions and rounds
// in memory. Callers get copies, never the kept value.
type versionedCache[K comparable, V any] struct {
	mu      sync.Mutex
	version int64 // the data version the entries were last known good at
	count   int64 // the group's change count they were read at
	entries map[K]V
}

// lookup returns the value kept under k, given the data version v, and
// reads the group's change count through count when v has moved.
func (c *versionedCache[K, V]) lookup(v int64, k K, count func() (int64, error)) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.version != v {
		n, err := count()
		if err != nil || n != c.count || c.entries == nil {
			c.entries, c.count = nil, n
		}
		c.version = v
	}
	e, ok := c.entries[k]
	return e, ok
}

// put keeps a value read as of data version v.
func (c *versionedCache[K, V]) put(v int64, k K, e V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.version != v {
		return // the database moved while it was read
	}
	if c.entries == nil || len(c.entries) >= maxCached {
		c.entries = map[K]V{}
	}
	c.entries[k] = e
}

// cachedRead answers from c while the tables of scope have not changed,
// and otherwise calls read and keeps what it returns. copy makes the
// caller's own copy of a kept value; check may refuse a kept value (an
// expired session) with the error the caller gets.
func cachedRead[K comparable, V any](ctx context.Context, db *DB, c *versionedCache[K, V], scope string, k K,
	read func() (V, error), copy func(V) V, check func(V) error) (V, error) {
	changes := db.Changes()
	v, err := changes.DataVersion(ctx)
	if err != nil {
		return read()
	}
	if e, ok := c.lookup(v, k, func() (int64, error) { return changes.Count(ctx, scope) }); ok {
		if err := check(e); err != nil {
			var zero V
			return zero, err
		}
		return copy(e), nil
	}
	e, err := read()
	if err != nil {
		return e, err
	}
	c.put(v, k, e)
	return copy(e), nil
}
