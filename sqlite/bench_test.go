package sqlite_test

import (
	"context"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/benchmark/synthetic"
	"github.com/svbench/svbench/sqlite"
)

// nationalStore seeds a database and adds 38 synthetic agreements (the
// number DfE has published) and ten rounds.
func nationalStore(b *testing.B) (*sqlite.Store, *synthetic.Data) {
	ctx := context.Background()
	store := seededStore(b)
	auths, _ := store.FindAuthorities(ctx, benchmark.AuthorityFilter{})
	held, _ := store.FindAgreements(ctx, benchmark.AgreementFilter{})
	data, err := synthetic.Generate(synthetic.Options{Authorities: 38, Agreements: 38, Rounds: 10, Seed: 1}, auths, held)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := store.ImportAgreements(ctx, data.Agreements, false); err != nil {
		b.Fatal(err)
	}
	return store, data
}

// BenchmarkFindAgreements_National loads every current agreement, complete
// with parties, recommendations and mappings, as the home page does.
func BenchmarkFindAgreements_National(b *testing.B) {
	store, _ := nationalStore(b)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := store.FindAgreements(ctx, benchmark.AgreementFilter{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkImportAgreements_Unchanged re-imports 38 agreements that are
// already held: the cost of a repeated upload.
func BenchmarkImportAgreements_Unchanged(b *testing.B) {
	store, data := nationalStore(b)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := store.ImportAgreements(ctx, data.Agreements, true); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkImportAgreements_New writes 1,000 new synthetic agreements in
// one transaction, rolled back each time: the store's part of a national
// import ('svbench import agreements' of a generated file).
func BenchmarkImportAgreements_New(b *testing.B) {
	ctx := context.Background()
	store := seededStore(b)
	auths, _ := store.FindAuthorities(ctx, benchmark.AuthorityFilter{})
	held, _ := store.FindAgreements(ctx, benchmark.AgreementFilter{})
	data, err := synthetic.Generate(synthetic.Options{Authorities: 153, Agreements: 1000, Seed: 2}, auths, held)
	if err != nil {
		b.Fatal(err)
	}
	recs := 0
	for _, a := range data.Agreements {
		recs += len(a.Recommendations)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := store.ImportAgreements(ctx, data.Agreements, true); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(recs*b.N)/b.Elapsed().Seconds(), "recs/s")
}
