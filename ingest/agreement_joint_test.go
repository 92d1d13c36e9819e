package ingest_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/ingest"
)

// Kingston upon Thames and Richmond upon Thames share one 2020-21 agreement
// (datasets/agreements/2020-21.csv, from Bristol's Appendix A). A file
// naming Kingston alone for 2020-21 is refused at its first such row, in
// the authority column, naming Richmond and how to write both; the same
// file naming both revises the joint agreement, and Kingston alone for
// another round is an agreement of its own.
func TestPrepareAgreements_PartOfAJointAgreementIsRefused(t *testing.T) {
	store := seededStore(t)
	ctx := context.Background()
	kingston := func(authority, round string) []byte {
		return []byte("authority,agreement,round,reference,recommendation,theme\n" +
			authority + ",An agreement," + round + ",1,Expand specialist provision.,Financial Efficiencies\n" +
			authority + ",An agreement," + round + ",2,Review transport.,Financial Efficiencies\n")
	}
	_, err := ingest.PrepareAgreements(ctx, store, kingston("Royal Borough of Kingston upon Thames", "2020-21"))
	var ps ingest.Problems
	if !errors.As(err, &ps) || len(ps) != 1 {
		t.Fatalf("Kingston alone for 2020-21 = %v, want one problem", err)
	}
	if p := ps[0]; p.Line != 2 || p.Column != "authority" || !strings.Contains(p.Message, "held jointly with Richmond upon Thames") ||
		!strings.Contains(p.Message, `"Kingston upon Thames; Richmond upon Thames"`) {
		t.Errorf("problem = %+v, want line 2, authority, naming Richmond and both authorities", p)
	}
	list, err := ingest.PrepareAgreements(ctx, store, kingston(`"Kingston upon Thames; Richmond upon Thames"`, "2020-21"))
	if err != nil || len(list) != 1 || len(list[0].Parties) != 2 {
		t.Fatalf("both authorities for 2020-21 = %v, %v; want the joint agreement", list, err)
	}
	res, err := store.ImportAgreements(ctx, list, true)
	if err != nil || res.Outcomes[0].Action != benchmark.ImportRevised {
		t.Errorf("importing both authorities' file = %+v, %v; want a revision of the joint agreement", res, err)
	}
	if _, err := ingest.PrepareAgreements(ctx, store, kingston("Kingston upon Thames", "2023-24")); err != nil {
		t.Errorf("Kingston alone for 2023-24 = %v, want no problem", err)
	}
	// Bury's 2020-21 agreement is Bury's alone: a joint one of Bury and
	// Rochdale for that round is not part of anything held.
	if _, err := ingest.PrepareAgreements(ctx, store, kingston(`"Bury; Rochdale"`, "2020-21")); err != nil {
		t.Errorf("Bury and Rochdale for 2020-21 = %v, want no problem", err)
	}
}
