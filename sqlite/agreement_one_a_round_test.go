package sqlite_test

import (
	"context"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/ingest"
)

// Two files checked side by side, before either is imported, can each
// look right: Kent alone for a round, and Kent with Medway for the same
// round. The store keeps the rule of one agreement an authority a round
// itself: the second import is refused whole, naming Kent, the round and
// the agreement it already has, and writes nothing.
func TestImportAgreements_OneARoundHeldAgainstARace(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	prepare := func(csv string) []*benchmark.Agreement {
		t.Helper()
		list, err := ingest.PrepareAgreements(ctx, store, []byte(csv))
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range list {
			a.Provenance = ingest.FromFile("race.csv", "Ada")
		}
		return list
	}
	const header = "authority,agreement,round,reference,recommendation,theme,sub_theme\n"
	alone := prepare(header + "Kent,Kent alone,2031-32,1,Open more resourced provision.,Financial Efficiencies,\n")
	joint := prepare(header + "Kent; Medway,Kent and Medway,2031-32,1,Share one sufficiency plan.,Financial Efficiencies,\n" +
		"Bury,Bury again,2031-32,1,Review transport.,Financial Efficiencies,\n")
	if _, err := store.ImportAgreements(ctx, alone, false); err != nil {
		t.Fatal(err)
	}
	before, err := store.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	_, err = store.ImportAgreements(ctx, joint, false)
	if benchmark.ErrorCode(err) != benchmark.ECONFLICT {
		t.Fatalf("second import: %v, want a conflict", err)
	}
	for _, want := range []string{"Kent already has an agreement for 2031-32", "Kent alone", "Kent and Medway"} {
		if !strings.Contains(benchmark.ErrorMessage(err), want) {
			t.Errorf("message %q does not say %q", benchmark.ErrorMessage(err), want)
		}
	}
	after, err := store.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(after) != len(before) {
		t.Errorf("%d agreements after the refused import, %d before: Bury's was written", len(after), len(before))
	}
}
