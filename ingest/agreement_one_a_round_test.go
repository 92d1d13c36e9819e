package ingest_test

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/ingest"
)

// An authority has one agreement a round. Kingston upon Thames and
// Richmond upon Thames share one 2020-21 agreement, and Bury has its own
// (datasets/agreements/2020-21.csv, from Bristol's Appendix A). A file
// naming Kingston alone for 2020-21 is refused at its first such row, in
// the authority column, saying how to write the agreement held; the same
// file naming both revises the joint agreement, and Kingston alone for
// another round is an agreement of its own.
func TestPrepareAgreements_OneAgreementARound(t *testing.T) {
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
	if p := ps[0]; p.Line != 2 || p.Column != "authority" || !strings.Contains(p.Message, "of Kingston upon Thames and Richmond upon Thames") ||
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
	// Bury's 2020-21 agreement is Bury's alone: one of Bury and Rochdale,
	// or of Kingston, Richmond and Sutton, for that round would be a
	// second agreement of Bury's, or of Kingston's and Richmond's.
	for _, tc := range []struct{ parties, says string }{
		{`"Bury; Rochdale"`, `Bury already has a 2020-21 agreement held, "Dedicated Schools Grant 'Safety Valve' Agreement: Bury", of Bury`},
		{`"Kingston upon Thames; Richmond upon Thames; Sutton"`, `"Kingston upon Thames; Richmond upon Thames"`},
		{`"Kingston upon Thames; E09000021; Richmond upon Thames"`, ""}, // the same two, one named twice
	} {
		list, err := ingest.PrepareAgreements(ctx, store, kingston(tc.parties, "2020-21"))
		var ps ingest.Problems
		switch {
		case tc.says == "" && err != nil:
			t.Errorf("%s for 2020-21 = %v, want no problem", tc.parties, err)
		case tc.says == "":
			if res, err := store.ImportAgreements(ctx, list, true); err != nil || res.Outcomes[0].Action != benchmark.ImportRevised {
				t.Errorf("importing %s for 2020-21 = %+v, %v; want a revision of the joint agreement", tc.parties, res, err)
			}
		case tc.says != "" && (!errors.As(err, &ps) || len(ps) != 1 || ps[0].Line != 2 || !strings.Contains(ps[0].Message, tc.says)):
			t.Errorf("%s for 2020-21 = %v, want one problem on line 2 saying %s", tc.parties, err, tc.says)
		}
	}
	// Within one file: Kent's agreement for a round, then one naming Kent
	// twice, is the one agreement.
	twice := "authority,agreement,round,reference,recommendation,theme\n" +
		"Kent,Kent's own,2031-32,1,Expand specialist provision.,Financial Efficiencies\n" +
		"\"Kent; Kent County Council\",Kent's own,2031-32,2,Review transport.,Financial Efficiencies\n"
	if list, err := ingest.PrepareAgreements(ctx, store, []byte(twice)); err != nil || len(list) != 1 || len(list[0].Parties) != 1 || len(list[0].Recommendations) != 2 {
		t.Errorf("Kent, then Kent named twice, for 2031-32 = %d agreements, %v; want one of Kent alone with both rows", len(list), err)
	}
	// Within one file: Kent and Medway's agreement for a round, then
	// Kent's alone for it.
	file := "authority,agreement,round,reference,recommendation,theme\n" +
		"\"Kent; Medway\",Joint,2031-32,1,Expand specialist provision.,Financial Efficiencies\n" +
		"Kent,Kent's own,2031-32,1,Review transport.,Financial Efficiencies\n"
	_, err = ingest.PrepareAgreements(ctx, store, []byte(file))
	if !errors.As(err, &ps) || len(ps) != 1 || ps[0].Line != 3 || !strings.Contains(ps[0].Message, "Line 2 gives Kent another 2031-32 agreement") {
		t.Errorf("Kent and Medway, then Kent, for 2031-32 = %v, want line 3 refused", err)
	}
}

// A database from before the rule may hold two agreements of one authority
// for a round (Bury's own for 2020-21, and one of Bury and Rochdale): a
// revision of either is accepted, of neither refused.
func TestPrepareAgreements_TwoHeldForARoundFromBefore(t *testing.T) {
	store := seededStore(t)
	ctx := context.Background()
	bury, err := store.FindAuthority(ctx, "Bury")
	if err != nil {
		t.Fatal(err)
	}
	rochdale, err := store.FindAuthority(ctx, "Rochdale")
	if err != nil {
		t.Fatal(err)
	}
	// The store keeps the rule too, so the joint agreement goes in for
	// another round and is moved to 2020-21 behind its back, as a database
	// from before the rule would hold it.
	joint := &benchmark.Agreement{Title: "Bury and Rochdale", FinancialYear: "2019-20", Parties: []*benchmark.Authority{bury, rochdale},
		Recommendations: []*benchmark.Recommendation{{Reference: "1", Text: "Share a special school."}}}
	if _, err := store.ImportAgreements(ctx, []*benchmark.Agreement{joint}, false); err != nil {
		t.Fatal(err)
	}
	raw, err := sql.Open("sqlite3", "file:"+store.DB.Path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	if _, err := raw.ExecContext(ctx, `UPDATE agreements SET round = '2020-21' WHERE title = 'Bury and Rochdale'`); err != nil {
		t.Fatal(err)
	}
	file := func(parties string) []byte {
		return []byte("authority,agreement,round,reference,recommendation,theme\n" +
			parties + ",A revision,2020-21,1,Share two special schools.,Financial Efficiencies\n")
	}
	for _, parties := range []string{`"Bury; Rochdale"`, "Bury"} {
		if _, err := ingest.PrepareAgreements(ctx, store, file(parties)); err != nil {
			t.Errorf("%s for 2020-21 = %v, want a revision of the agreement held", parties, err)
		}
	}
	if _, err := ingest.PrepareAgreements(ctx, store, file(`"Bury; Oldham"`)); err == nil {
		t.Errorf("Bury and Oldham for 2020-21 was accepted beside the two held")
	}
}
