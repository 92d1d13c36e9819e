package sqlite

import (
	"context"
	"sync"
)

// maxCached bounds the entries a versionedCache keeps; past it the cache
// starts again empty.
const maxCached = 4096

// versionedCache keeps values read from the database for as long as
// nothing in it changes. Every request of a signed-in browser looks up its
// session, and every request about a round looks the round up to decide
// who may see it; without this each such lookup is a read transaction. The
// cache empties whenever the database's data version moves, whichever
// connection or process wrote, so the next lookup after any change reads
// the database again. Callers get copies (copy), never the kept value.
type versionedCache[K comparable, V any] struct {
	mu      sync.Mutex
	version int64
	entries map[K]V
}

// get returns the value kept under k as of data version v.
func (c *versionedCache[K, V]) get(v int64, k K) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.version != v {
		c.version, c.entries = v, nil
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

// cachedRead answers from c while db's data version has not moved, and
// otherwise calls read and keeps what it returns. copy makes the caller's
// own copy of a kept value; check may refuse a kept value (an expired
// session) with the error the caller gets.
func cachedRead[K comparable, V any](ctx context.Context, db *DB, c *versionedCache[K, V], k K,
	read func() (V, error), copy func(V) V, check func(V) error) (V, error) {
	v, err := db.Changes().DataVersion(ctx)
	if err != nil {
		return read()
	}
	if e, ok := c.get(v, k); ok {
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
