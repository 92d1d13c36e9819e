package benchmark_test

import (
	"slices"
	"testing"

	"github.com/svbench/svbench/benchmark"
)

// Undated names each kind of standing recorded without a date once, and
// never the kind the entry's Status already shows.
func TestRegisterEntry_Undated(t *testing.T) {
	e := &benchmark.RegisterEntry{Events: []*benchmark.RegisterEvent{
		{Kind: benchmark.EventWithheld, Text: "a payment delayed"},
		{Date: "2024-03-21", Kind: benchmark.EventUnderReview, Text: "under review"},
		{Kind: benchmark.EventWithheld, Text: "payments suspended"},
		{Kind: benchmark.EventUnderReview, Text: "reviewed again, undated"},
		{Kind: benchmark.EventNote, Text: "a note"},
	}}
	if e.Status() != benchmark.EventUnderReview {
		t.Fatalf("status %q, want under review", e.Status())
	}
	if got := e.Undated(); !slices.Equal(got, []string{benchmark.EventWithheld}) {
		t.Errorf("undated %q, want only payments withheld", got)
	}
	if got := (&benchmark.RegisterEntry{}).Undated(); len(got) != 0 {
		t.Errorf("no events, undated %q", got)
	}
}
