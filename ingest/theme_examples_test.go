package ingest_test

import (
	"context"
	"errors"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/datasets"
	"github.com/svbench/svbench/ingest"
	"github.com/svbench/svbench/sqlite"
)

// A file of examples with any wrong row is refused whole, each problem at
// its line and column, and the taxonomy keeps the examples it had.
func TestParseThemeExamples_RefusedWhole(t *testing.T) {
	ref, _ := shipped(t)
	tax := ref.Taxonomy
	before := 0
	for _, th := range tax {
		before += len(th.Examples)
		for _, st := range th.SubThemes {
			before += len(st.Examples)
		}
	}
	file := "theme,sub_theme,example,written_from,source_url\n" +
		"Financial Efficiencies,Commissioning,Agree fair prices for independent places.,Kent,https://example.org/kent\n" +
		"Mystery Theme,,Something.,Kent,\n" +
		"Financial Efficiencies,Early Years,Something else.,Kent,\n" +
		"Financial Efficiencies,,  ,Kent,\n" +
		"Financial Efficiencies,,Tidy the books.,Kent,javascript:alert(1)\n" +
		"Financial Efficiencies,Commissioning,Agree fair prices for independent places.,Kent,\n"
	err := ingest.ParseThemeExamples([]byte(file), tax)
	var ps ingest.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("err = %v, want problems", err)
	}
	want := []struct {
		line   int
		column string
	}{{3, "theme"}, {4, "sub_theme"}, {5, "example"}, {6, "source_url"}, {7, "example"}}
	if len(ps) != len(want) {
		t.Fatalf("problems = %v, want %d", ps, len(want))
	}
	for i, w := range want {
		if ps[i].Line != w.line || ps[i].Column != w.column {
			t.Errorf("problem %d = %s, want line %d, column %s", i+1, ps[i], w.line, w.column)
		}
	}
	after := 0
	for _, th := range tax {
		after += len(th.Examples)
		for _, st := range th.SubThemes {
			after += len(st.Examples)
		}
	}
	if after != before || before == 0 {
		t.Errorf("examples %d before, %d after a refused file", before, after)
	}
}

// upsertCounter is a real store that counts the taxonomy writes made
// through it.
type upsertCounter struct {
	*sqlite.Store
	upserts int
}

// UpsertTaxonomy counts the write and makes it.
func (u *upsertCounter) UpsertTaxonomy(ctx context.Context, tax benchmark.Taxonomy) error {
	u.upserts++
	return u.Store.UpsertTaxonomy(ctx, tax)
}

// A start that finds the shipped taxonomy already held writes nothing; one
// that finds it changed writes it back.
func TestSeedTaxonomy_WritesOnlyWhatChanged(t *testing.T) {
	ctx := context.Background()
	store := &upsertCounter{Store: seededStore(t)}
	if _, err := ingest.SeedTaxonomy(ctx, datasets.FS, store); err != nil {
		t.Fatal(err)
	}
	if store.upserts != 0 {
		t.Fatalf("an up-to-date taxonomy was written %d times", store.upserts)
	}
	held, err := store.Taxonomy(ctx)
	if err != nil {
		t.Fatal(err)
	}
	held[0].SubThemes[0].Examples = held[0].SubThemes[0].Examples[1:]
	if err := store.Store.UpsertTaxonomy(ctx, held); err != nil {
		t.Fatal(err)
	}
	tax, err := ingest.SeedTaxonomy(ctx, datasets.FS, store)
	if err != nil {
		t.Fatal(err)
	}
	want, err := ingest.ReadTaxonomy(datasets.FS)
	if err != nil {
		t.Fatal(err)
	}
	if store.upserts != 1 || len(tax[0].SubThemes[0].Examples) != len(want[0].SubThemes[0].Examples) {
		t.Errorf("after an example was lost: %d writes, %d examples back, want 1 write and %d", store.upserts, len(tax[0].SubThemes[0].Examples), len(want[0].SubThemes[0].Examples))
	}
}
