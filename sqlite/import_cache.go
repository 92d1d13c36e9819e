package sqlite

import (
	"context"
	"fmt"
)

// importCacheKiB is the page cache an import's connection has while it
// writes: a national file's tables and indexes outgrow SQLite's default of
// 2 MiB, and spilling pages to the write-ahead log before commit cost a
// tenth of a 25 MB import.
const importCacheKiB = 32 << 10

// widenCache gives the transaction's connection importCacheKiB of page
// cache and returns what puts the cache back as it was: call it before the
// transaction ends, since the connection then returns to the pool. It may
// be called more than once.
func (tx *Tx) widenCache(ctx context.Context) (restore func(), err error) {
	var was int
	if err := tx.QueryRowContext(ctx, `PRAGMA cache_size`).Scan(&was); err != nil {
		return nil, fmt.Errorf("read the page cache size: %w", err)
	}
	if _, err := tx.Tx.ExecContext(ctx, fmt.Sprintf(`PRAGMA cache_size = %d`, -importCacheKiB)); err != nil {
		return nil, fmt.Errorf("widen the page cache: %w", err)
	}
	done := false
	return func() {
		if !done {
			done = true
			tx.Tx.ExecContext(context.WithoutCancel(ctx), fmt.Sprintf(`PRAGMA cache_size = %d`, was))
		}
	}, nil
}
