package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/samber/lo"
	"github.com/svbench/svbench/benchmark"
)

// errScattered says a file's agreements could not be written as they were
// read: the rows of one agreement are not all together.
var errScattered = errors.New("an agreement's rows are not together")

// streamAgreements reads data of at most limit bytes, a CSV file or a
// workbook's first sheet, a row at a time (see rowSource),
// with the checks parseAgreements makes. With emit nil it returns every
// agreement read, or the file's problems as parseAgreements would. With
// emit set, each agreement is given to emit as soon as its rows are over,
// then forgotten, and none are returned; when one agreement's rows are
// apart, what was given out is not the whole of it, and errScattered says
// the file is to be read whole. errWhole says so of a file only readTable
// can say what is wrong with: not text, with a blank header, and the like.
func streamAgreements(ctx context.Context, data []byte, ref *Reference, limit int, emit func(*benchmark.Agreement) bool) ([]*benchmark.Agreement, error) {
	c, err := openRows(data, limit)
	if err != nil {
		return nil, err
	}
	defer c.close()
	// As readRowsUpTo does, a file missing a column is refused for that
	// only once its rows have passed the table's checks.
	missing := c.table().requireColumns(agreementRequired...)
	cols := agreementColumns(c.table().header)
	b := agreementBuilder{ref: ref, byKey: map[string]*benchmark.Agreement{}, recs: map[string]*benchmark.Recommendation{}, emit: emit}
	rows := 0
	for ; ; rows++ {
		if rows%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		cells, line, err := c.next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		if missing != nil {
			continue
		}
		b.done = b.done || len(c.faults()) > 0 // the file is refused: nothing more to write
		var row AgreementRow
		row.fill(cols, cells)
		b.add(line, &row)
	}
	if err := c.faults().err(); err != nil {
		return nil, err
	}
	if missing != nil {
		return nil, missing
	}
	if b.scattered && emit != nil {
		return nil, errScattered // what was given out is not the whole, and the rest forgotten
	}
	if rows == 0 {
		return nil, Problems{{Line: 2, Message: "The file has a header row but no recommendations under it."}}
	}
	if err := b.problems.err(); err != nil {
		return nil, err
	}
	b.close()
	if b.scattered {
		return b.list, errScattered
	}
	return b.list, nil
}

// readAgreements is parseAgreements that stops, returning ctx's error, once
// ctx is done: a file is read a row at a time, so an upload whose
// client has gone is not read on to its end.
func readAgreements(ctx context.Context, data []byte, ref *Reference, limit int) ([]*benchmark.Agreement, error) {
	list, err := streamAgreements(ctx, data, ref, limit, nil)
	switch {
	case errors.Is(err, errWhole):
		return parseAgreements(ctx, data, ref, limit)
	case errors.Is(err, errScattered):
		return list, nil // nothing was given out, so nothing is missing
	}
	return list, err
}

// readAhead is how many agreements the reader may have ready while the
// writer is busy: more than the store writes at once (a few hundred
// recommendations, some fifty agreements), so reading goes on while it does.
const readAhead = 256

// importAgreementsStream is importAgreements for a file named on the
// command line: a file's agreements are written, in the one transaction,
// while the rest of the file is still being read, so reading and writing
// share the machine's cores. Any problem found later rolls back
// everything. A file whose agreements' rows are apart, or that only
// readTable can say what is wrong with, is imported as importAgreements
// does.
func importAgreementsStream(ctx context.Context, store AgreementStore, data []byte, from benchmark.Provenance, dryRun bool) (*benchmark.ImportResult, error) {
	ref, err := LoadReference(ctx, store)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	sug := &lazySuggester{store: store, tax: ref.Taxonomy}
	ready := make(chan *benchmark.Agreement, readAhead)
	var readErr error
	go func() {
		defer close(ready)
		var emitErr error
		_, readErr = streamAgreements(ctx, data, ref, MaxCommandFileSize, func(a *benchmark.Agreement) bool {
			if emitErr = sug.suggest(ctx, a); emitErr != nil {
				return false
			}
			a.Provenance = from
			select {
			case ready <- a:
				return true
			case <-ctx.Done():
				return false
			}
		})
		if readErr == nil {
			readErr = emitErr
		}
	}()
	res, err := store.ImportAgreementSeq(ctx, func(yield func(*benchmark.Agreement, error) bool) {
		for a := range ready {
			if !yield(a, nil) {
				cancel()
				for range ready {
				}
				return
			}
		}
		if readErr != nil {
			yield(nil, readErr)
		}
	}, dryRun)
	switch {
	case errors.Is(err, errWhole), errors.Is(err, errScattered):
		return importAgreements(ctx, store, data, from, dryRun, MaxCommandFileSize)
	}
	return res, err
}

// lazySuggester suggests mappings learnt from the agreements held, read
// from the store when the first recommendation without a mapping is met.
type lazySuggester struct {
	store AgreementStore
	tax   benchmark.Taxonomy
	s     *Suggester
}

// suggest gives a's recommendations without a mapping a suggestion.
func (l *lazySuggester) suggest(ctx context.Context, a *benchmark.Agreement) error {
	if l.s == nil {
		if !lo.ContainsBy(a.Recommendations, unmapped) {
			return nil
		}
		held, err := l.store.FindAgreements(ctx, benchmark.AgreementFilter{})
		if err != nil {
			return fmt.Errorf("load agreements held: %w", err)
		}
		l.s = NewSuggester(l.tax, Recommendations(held))
	}
	return suggestMappings(ctx, l.s, []*benchmark.Agreement{a})
}
