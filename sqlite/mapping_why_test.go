package sqlite_test

import (
	"context"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
)

// A suggestion keeps the words it matched through the database: they are
// words of the recommendation, read back in the order stored.
func TestSuggestedMapping_WhyStored(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	text := "Agree contributions from health partners towards the cost of joint placements."
	csv := "authority,agreement,round,reference,recommendation\n" +
		"Bristol,Safety Valve agreement: Bristol,2023-24,1," + text + "\n"
	o := importCSV(t, store, csv, false).Outcomes[0]
	a, err := store.FindAgreementByID(ctx, o.AgreementID)
	if err != nil {
		t.Fatal(err)
	}
	m := a.Recommendations[0].Mappings
	if len(m) != 1 || m[0].Source != benchmark.SourceSuggested {
		t.Fatalf("mappings = %+v, want one suggestion", m)
	}
	if len(m[0].Why) == 0 {
		t.Fatalf("suggestion %+v keeps no reason", m[0])
	}
	for _, w := range m[0].Why {
		if !strings.Contains(strings.ToLower(text), w) {
			t.Errorf("reason %q is not words of %q", w, text)
		}
	}
}
