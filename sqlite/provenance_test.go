package sqlite_test

import (
	"context"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/ingest"
	"github.com/svbench/svbench/sqlite"
)

// oneAgreement parses a one-recommendation agreement for Bristol against
// store's authorities and taxonomy.
func oneAgreement(t *testing.T, store *sqlite.Store, text string) *benchmark.Agreement {
	t.Helper()
	ref, err := ingest.LoadReference(context.Background(), store)
	if err != nil {
		t.Fatal(err)
	}
	list, err := ingest.ParseAgreements([]byte("authority,agreement,round,reference,recommendation,theme\n"+
		"Bristol,Safety Valve agreement: Bristol,2022-23,1,"+text+",Financial Efficiencies\n"), ref)
	if err != nil {
		t.Fatal(err)
	}
	return list[0]
}

func TestProvenance_RoundTrips(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	find := func(id int) benchmark.Provenance {
		t.Helper()
		a, err := store.FindAgreementByID(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		list, err := store.FindAgreements(ctx, benchmark.AgreementFilter{IDs: []int{id}, IncludeSuperseded: true})
		if err != nil || len(list) != 1 {
			t.Fatalf("find agreements: %v, %v", list, err)
		}
		if list[0].Provenance != a.Provenance {
			t.Errorf("FindAgreements gives %+v, FindAgreementByID %+v", list[0].Provenance, a.Provenance)
		}
		return a.Provenance
	}
	write := func(a *benchmark.Agreement) benchmark.ImportOutcome {
		t.Helper()
		res, err := store.ImportAgreements(ctx, []*benchmark.Agreement{a}, false)
		if err != nil {
			t.Fatal(err)
		}
		return res.Outcomes[0]
	}

	first := benchmark.Provenance{Origin: benchmark.OriginFile, File: "bristol.xlsx", Source: "Bristol's own copy",
		NumberedBy: benchmark.NumberedBySource, By: "Ada Lovelace"}
	a := oneAgreement(t, store, "Open 40 resourced places.")
	a.Provenance = first
	created := write(a)
	if got := find(created.AgreementID); got != first {
		t.Errorf("created: provenance %+v, want %+v", got, first)
	}

	// The same content again is unchanged and keeps the first provenance.
	again := oneAgreement(t, store, "Open 40 resourced places.")
	again.Provenance = benchmark.Provenance{Origin: benchmark.OriginFile, File: "copy.csv", NumberedBy: benchmark.NumberedBySource, By: "Grace"}
	if out := write(again); out.Action != benchmark.ImportUnchanged || find(out.AgreementID) != first {
		t.Errorf("unchanged import: %s, provenance %+v; want the first kept", out.Action, find(out.AgreementID))
	}

	// A revision records its own; the older one keeps the first.
	second := benchmark.Provenance{Origin: benchmark.OriginFile, File: "bristol-v2.csv", NumberedBy: benchmark.NumberedBySource, By: "cli:grace"}
	b := oneAgreement(t, store, "Open 60 resourced places.")
	b.Provenance = second
	revised := write(b)
	if revised.Action != benchmark.ImportRevised || find(revised.AgreementID) != second || find(created.AgreementID) != first {
		t.Errorf("revision: %s with %+v, older %+v", revised.Action, find(revised.AgreementID), find(created.AgreementID))
	}

	// Written without provenance, a revision has none.
	c := oneAgreement(t, store, "Open 80 resourced places.")
	if got := find(write(c).AgreementID); got != (benchmark.Provenance{}) {
		t.Errorf("no provenance given: read back %+v", got)
	}
}

func TestProvenance_RefusesUnknownOrigin(t *testing.T) {
	store := seededStore(t)
	a := oneAgreement(t, store, "Open 40 resourced places.")
	a.Provenance = benchmark.Provenance{Origin: "email", NumberedBy: benchmark.NumberedBySource}
	if _, err := store.ImportAgreements(context.Background(), []*benchmark.Agreement{a}, false); err == nil {
		t.Fatal("an unknown origin was stored")
	}
	list, _ := store.FindAgreements(context.Background(), benchmark.AgreementFilter{})
	if len(list) != 4 { // Appendix A's four agreements, nothing half-written
		t.Errorf("agreements = %d, want 4", len(list))
	}
}
