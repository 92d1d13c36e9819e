package sqlite

import (
	"context"
	"fmt"

	"github.com/svbench/svbench/benchmark"
)

// insertAgreements writes the rows, provenance and parties of agreements,
// many to a statement, and sets their IDs; their recommendations are
// insertRecommendations' to write.
func (tx *Tx) insertAgreements(ctx context.Context, list []*benchmark.Agreement) error {
	now := tx.nowText()
	titles := func(from, to int) string {
		if from == to {
			return fmt.Sprintf("agreement %q", list[from].Title)
		}
		return fmt.Sprintf("agreements %q to %q", list[from].Title, list[to].Title)
	}
	err := tx.insertEach(ctx, `agreements (title, round, published, status, source_url, party_key, revision, created_at)`, 8, len(list),
		func(i int, args []any) []any {
			a := list[i]
			return append(args, a.Title, a.FinancialYear, a.Published, a.Status, a.SourceURL, a.PartyKey(), a.Revision, now)
		},
		func(i, id int) { list[i].ID, list[i].CreatedAt = id, tx.now },
		titles)
	if err != nil {
		return err
	}
	var traced []*benchmark.Agreement
	for _, a := range list {
		if a.Provenance.Origin != "" {
			traced = append(traced, a)
		}
	}
	err = tx.insertEach(ctx, `agreement_provenance (agreement_id, origin, file, source, numbered_by, created_by)`, 6, len(traced),
		func(i int, args []any) []any {
			a, p := traced[i], traced[i].Provenance
			return append(args, a.ID, p.Origin, p.File, p.Source, p.NumberedBy, p.By)
		}, nil,
		func(from, to int) string { return "the provenance of " + titles(from, to) })
	if err != nil {
		return err
	}
	type party struct {
		a   *benchmark.Agreement
		pos int
	}
	var parties []party
	for _, a := range list {
		for i := range a.Parties {
			parties = append(parties, party{a, i})
		}
	}
	return tx.insertEach(ctx, `agreement_parties (agreement_id, authority_code, position)`, 3, len(parties),
		func(i int, args []any) []any {
			p := parties[i]
			return append(args, p.a.ID, p.a.Parties[p.pos].ONSCode, p.pos)
		}, nil,
		func(from, to int) string {
			return fmt.Sprintf("parties %s to %s", parties[from].a.Parties[parties[from].pos].ONSCode, parties[to].a.Parties[parties[to].pos].ONSCode)
		})
}
