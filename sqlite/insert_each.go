package sqlite

import (
	"context"
	"fmt"
)

// insertEach writes n rows into the table and columns head names ("t (a,
// b)"), insertBatch rows to a statement and the rest in statements of a
// power of two rows (see batchSize). row appends the values of row i to
// args and returns it; set, when not nil, is given each row's new ID. what
// names rows from and to for an error ("recommendations 1.1 to 4.2").
func (tx *Tx) insertEach(ctx context.Context, head string, cols, n int, row func(i int, args []any) []any, set func(i, id int), what func(from, to int) string) error {
	args := make([]any, 0, cols*min(n, insertBatch))
	for start, end := 0, 0; start < n; start = end {
		end = start + batchSize(n-start)
		args = args[:0]
		for i := start; i < end; i++ {
			args = row(i, args)
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO `+head+` VALUES `+valuesList(end-start, cols), args...)
		if err != nil {
			return fmt.Errorf("add %s: %w", what(start, end-1), err)
		}
		if set == nil {
			continue
		}
		last, err := res.LastInsertId()
		if err != nil {
			return err
		}
		for i, id := range batchIDs(last, end-start) {
			set(start+i, id)
		}
	}
	return nil
}

// batchSize is how many of n rows still to write the next statement takes:
// insertBatch, or the largest power of two not over n. A transaction
// prepares each statement once (see Tx.ExecContext), and preparing one of
// hundreds of parameters costs more than running it, so an import of many
// small flushes prepares a few sizes of statement rather than one for every
// remainder.
func batchSize(n int) int {
	if n >= insertBatch {
		return insertBatch
	}
	size := 1
	for size*2 <= n {
		size *= 2
	}
	return size
}
