package main

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/datasets"
	"github.com/svbench/svbench/ingest"
	"github.com/svbench/svbench/sqlite"
)

// withStore opens the database at path as the command does, hands its
// store and its taxonomy to do, and closes it.
func withStore(t *testing.T, path string, do func(*sqlite.Store, benchmark.Taxonomy)) {
	t.Helper()
	m := NewMain()
	defer m.Close()
	store, err := m.openStore(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	tax, err := store.Taxonomy(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	do(store, tax)
}

// taxonomyOf opens the database at path as the command does and returns
// its taxonomy.
func taxonomyOf(t *testing.T, path string) benchmark.Taxonomy {
	t.Helper()
	var out benchmark.Taxonomy
	withStore(t, path, func(_ *sqlite.Store, tax benchmark.Taxonomy) { out = tax })
	return out
}

// countExamples counts the labelled examples of tax.
func countExamples(tax benchmark.Taxonomy) int {
	n := 0
	for _, th := range tax {
		n += len(th.Examples)
		for _, st := range th.SubThemes {
			n += len(st.Examples)
		}
	}
	return n
}

// A database seeded by an older svbench, whose taxonomy had other
// vocabulary and no labelled examples, holds the shipped ones once opened.
func TestOpenStore_TaxonomyBroughtUpToDate(t *testing.T) {
	want, err := ingest.ReadTaxonomy(datasets.FS)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "svbench.db")
	if got := countExamples(taxonomyOf(t, path)); got != countExamples(want) || got == 0 {
		t.Fatalf("new database holds %d examples, the file %d", got, countExamples(want))
	}

	// Make it as an older svbench left it.
	withStore(t, path, func(store *sqlite.Store, old benchmark.Taxonomy) {
		for _, th := range old {
			th.Examples, th.Vocabulary = nil, []string{"older"}
			for _, st := range th.SubThemes {
				st.Examples = nil
			}
		}
		if err := store.UpsertTaxonomy(context.Background(), old); err != nil {
			t.Fatal(err)
		}
	})

	got := taxonomyOf(t, path)
	if n := countExamples(got); n != countExamples(want) {
		t.Errorf("reopened database holds %d examples, want %d", n, countExamples(want))
	}
	if len(got) == 0 || len(got[0].Vocabulary) != len(want[0].Vocabulary) {
		t.Errorf("reopened database's first theme has vocabulary %q, want the shipped %q", got[0].Vocabulary, want[0].Vocabulary)
	}
}
