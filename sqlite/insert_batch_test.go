package sqlite_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/ingest"
)

// An agreement longer than one INSERT batch gets back the IDs its rows
// were stored under: each recommendation and mapping read back by ID holds
// what was written, in order.
func TestImportAgreements_LongAgreementKeepsItsIDs(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	var b strings.Builder
	b.WriteString(hfHeader)
	const n = 257 // more than two batches, and not a multiple of one
	for i := 1; i <= n; i++ {
		theme, sub := "Local Placement Sufficiency and Managing Demand", "Early Intervention"
		if i%3 == 0 {
			theme, sub = "Financial Efficiencies", "Partner funding"
		}
		fmt.Fprintf(&b, "Kent,Long agreement,2022-23,%d,\"Reform number %d of a long agreement\",%s,%s\n", i, i, theme, sub)
	}
	list, err := ingest.PrepareAgreements(ctx, store, []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := store.ImportAgreements(ctx, list, false); err != nil {
		t.Fatal(err)
	}
	a := list[0]
	if len(a.Recommendations) != n {
		t.Fatalf("imported %d recommendations, want %d", len(a.Recommendations), n)
	}
	stored, err := store.FindAgreementByID(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[int]*benchmark.Recommendation{}
	for _, r := range stored.Recommendations {
		byID[r.ID] = r
	}
	for i, r := range a.Recommendations {
		got := byID[r.ID]
		if got == nil || got.Text != fmt.Sprintf("Reform number %d of a long agreement", i+1) || got.Position != i+1 {
			t.Fatalf("recommendation %d came back as ID %d = %+v", i+1, r.ID, got)
		}
		if len(got.Mappings) != 1 || len(r.Mappings) != 1 || got.Mappings[0].ID != r.Mappings[0].ID || got.Mappings[0].Theme != r.Mappings[0].Theme {
			t.Fatalf("recommendation %d: mappings written %+v, stored %+v", i+1, r.Mappings[0], got.Mappings)
		}
	}
}
