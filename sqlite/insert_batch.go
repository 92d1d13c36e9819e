package sqlite

import (
	"context"
	"fmt"
	"strings"

	"github.com/svbench/svbench/benchmark"
)

// insertBatch is how many rows one INSERT statement writes when an import
// adds recommendations and mappings: a statement per row spent most of a
// large import's time crossing into SQLite and back.
const insertBatch = 100

// valuesList returns "(?, ?), (?, ?)" for rows rows of cols columns.
func valuesList(rows, cols int) string {
	row := "(?" + strings.Repeat(", ?", cols-1) + ")"
	return row + strings.Repeat(", "+row, rows-1)
}

// batchIDs returns the IDs SQLite gave the n rows one multi-row INSERT
// wrote, the last of which is last. A table whose key is an INTEGER
// PRIMARY KEY gives each new row one more than the largest key in use
// (https://www.sqlite.org/autoinc.html), and the write transaction holds the
// only writer, so the n keys are consecutive.
func batchIDs(last int64, n int) []int {
	ids := make([]int, n)
	for i := range ids {
		ids[i] = int(last) - n + 1 + i
	}
	return ids
}

// insertRecommendations writes the recommendations of agreements, already
// written, then their mappings, insertBatch rows to a statement whichever
// agreement they belong to, and sets their IDs and positions; the themes a
// person chose on the upload's preview are recorded as reviews.
func (tx *Tx) insertRecommendations(ctx context.Context, agreements []*benchmark.Agreement) error {
	type placedRec struct {
		a   *benchmark.Agreement
		r   *benchmark.Recommendation
		pos int
	}
	var recs []placedRec
	for _, a := range agreements {
		for i, r := range a.Recommendations {
			recs = append(recs, placedRec{a, r, i + 1})
		}
	}
	err := tx.insertEach(ctx, `recommendations (agreement_id, reference, position, text, due)`, 5, len(recs),
		func(i int, args []any) []any {
			p := recs[i]
			return append(args, p.a.ID, p.r.Reference, p.pos, p.r.Text, p.r.Due)
		},
		func(i, id int) {
			recs[i].r.ID, recs[i].r.AgreementID, recs[i].r.Position = id, recs[i].a.ID, recs[i].pos
		},
		func(from, to int) string {
			return fmt.Sprintf("recommendations %s of %q to %s of %q", recs[from].r.Reference, recs[from].a.Title, recs[to].r.Reference, recs[to].a.Title)
		})
	if err != nil {
		return err
	}
	type placed struct {
		rec *benchmark.Recommendation
		pos int
		m   *benchmark.Mapping
		a   *benchmark.Agreement
	}
	var all []placed
	for _, p := range recs {
		for j, m := range p.r.Mappings {
			all = append(all, placed{p.r, j, m, p.a})
		}
	}
	err = tx.insertEach(ctx, `mappings (recommendation_id, theme_id, sub_theme_id, source, confidence, position, why)`, 7, len(all),
		func(i int, args []any) []any {
			p := all[i]
			sub, conf, why := mappingNulls(p.m)
			return append(args, p.rec.ID, p.m.ThemeID, sub, p.m.Source, conf, p.pos, why)
		},
		func(i, id int) { all[i].m.ID = id },
		func(from, to int) string {
			return fmt.Sprintf("mappings of recommendations %s of %q to %s of %q", all[from].rec.Reference, all[from].a.Title, all[to].rec.Reference, all[to].a.Title)
		})
	if err != nil {
		return err
	}
	for _, p := range recs {
		if err := tx.recordImportedReview(ctx, p.r); err != nil {
			return err
		}
	}
	return nil
}

// mappingNulls returns a mapping's sub-theme, confidence and reasons as
// stored: NULL for no sub-theme and for a confidence only a suggestion has,
// and the words that matched only for a suggestion.
func mappingNulls(m *benchmark.Mapping) (sub, conf any, why string) {
	if m.SubThemeID != 0 {
		sub = m.SubThemeID
	}
	if m.Source == benchmark.SourceSuggested {
		conf, why = m.Confidence, joinWhy(m.Why)
	}
	return sub, conf, why
}
