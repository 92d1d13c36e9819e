package sqlite_test

import (
	"context"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/datasets"
	"github.com/svbench/svbench/ingest"
)

// examplesOf lists every example of tax as "theme / sub-theme: text".
func examplesOf(tax benchmark.Taxonomy) []string {
	var out []string
	for _, th := range tax {
		for _, ex := range th.Examples {
			out = append(out, th.Name+" / : "+ex.Text+" ("+ex.WrittenFrom+", "+ex.SourceURL+")")
		}
		for _, st := range th.SubThemes {
			for _, ex := range st.Examples {
				out = append(out, th.Name+" / "+st.Name+": "+ex.Text+" ("+ex.WrittenFrom+", "+ex.SourceURL+")")
			}
		}
	}
	return out
}

// A seeded store holds the shipped labelled examples, each under the
// label the file gives it, and a later upsert replaces them whole.
func TestThemeExamples_SeededAndReplaced(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	file, err := ingest.ReadTaxonomy(datasets.FS)
	if err != nil {
		t.Fatal(err)
	}
	held, err := store.Taxonomy(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want, got := examplesOf(file), examplesOf(held)
	if len(want) == 0 || len(got) != len(want) {
		t.Fatalf("store holds %d examples, the file %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("example %d = %q, want %q", i+1, got[i], want[i])
		}
	}

	// Keep one sub-theme's example, moved to its theme alone; drop the rest.
	var moved benchmark.Example
	var to *benchmark.Theme
	for _, th := range file {
		for _, st := range th.SubThemes {
			if to == nil && len(st.Examples) > 0 {
				moved, to = st.Examples[0], th
			}
			st.Examples = nil
		}
		th.Examples = nil
	}
	to.Examples = []benchmark.Example{moved}
	if err := store.UpsertTaxonomy(ctx, file); err != nil {
		t.Fatal(err)
	}
	held, err = store.Taxonomy(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got = examplesOf(held)
	if len(got) != 1 || got[0] != examplesOf(file)[0] {
		t.Errorf("after the upsert the store holds %q, want only %q", got, examplesOf(file))
	}
}
