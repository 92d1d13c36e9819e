package sqlite_test

import (
	"context"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/sqlite"
)

// A second process writing the same file (here a second DB handle, as the
// command line beside a running server) is seen by the next read: the
// catalog held in memory reloads when catalog_version moves.
func TestCatalog_SeesAnotherProcessWrite(t *testing.T) {
	ctx := context.Background()
	server := seededStore(t)
	before, err := server.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	// DESIGN.md: the appendix holds 4 agreements.
	if len(before) != 4 {
		t.Fatalf("seeded agreements = %d, want 4", len(before))
	}
	cli := sqlite.NewDB(server.DB.Path)
	if err := cli.Open(); err != nil {
		t.Fatal(err)
	}
	defer cli.Close()
	rec := uploadedRecommendation(t, sqlite.NewStore(cli))
	after, err := server.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(after) != 5 {
		t.Fatalf("after another process's import: %d agreements, want 5", len(after))
	}
	review := &benchmark.MappingReview{RecommendationID: rec.ID, Version: rec.MappingVersion, By: "Ada",
		Mappings: []*benchmark.Mapping{{Theme: "Financial Efficiencies", SubTheme: "Partner funding"}}}
	if err := sqlite.NewStore(cli).ReviewMappings(ctx, review); err != nil {
		t.Fatal(err)
	}
	if m := reloadRecommendation(t, server, rec).Mappings; len(m) != 1 || m[0].Source != benchmark.SourceReviewed {
		t.Fatalf("after another process's review: mappings %+v", m)
	}
}

// What a caller does to the agreements it was given never reaches the
// next caller.
func TestCatalog_HandsOutCopies(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	first, err := store.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	want := first[0].Recommendations[0].Text
	first[0].Title = "changed"
	first[0].Parties[0].Name = "changed"
	first[0].Recommendations[0].Text = "changed"
	first[0].Recommendations[0].Mappings[0].Theme = "changed"
	first[0].Recommendations = first[0].Recommendations[:0]
	again, err := store.FindAgreementByID(ctx, first[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if again.Title == "changed" || again.Parties[0].Name == "changed" || len(again.Recommendations) == 0 ||
		again.Recommendations[0].Text != want || again.Recommendations[0].Mappings[0].Theme == "changed" {
		t.Fatalf("a caller's change reached the catalog: %+v", again)
	}
}

// The catalog's filters select as the SQL did: by party, financial year,
// IDs (empty selects none) and current revisions unless asked for all.
func TestCatalog_Filters(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	hf, err := store.FindAuthority(ctx, "Hammersmith and Fulham")
	if err != nil {
		t.Fatal(err)
	}
	old, err := store.FindAgreements(ctx, benchmark.AgreementFilter{Party: &hf.ONSCode})
	if err != nil || len(old) != 1 {
		t.Fatalf("H&F agreements = %v, %v", old, err)
	}
	rec := old[0].Recommendations
	importCSV(t, store, hfHeader+hfRow("1", rec[0].Text+" Revised.", "Local Placement Sufficiency and Managing Demand", "Early Intervention"), false)
	year := "2020-21"
	for _, tc := range []struct {
		name   string
		filter benchmark.AgreementFilter
		want   int
	}{
		{"current", benchmark.AgreementFilter{}, 4},                                               // DESIGN.md: 4 agreements
		{"every revision", benchmark.AgreementFilter{IncludeSuperseded: true}, 5},                 // and H&F's older one
		{"party, current", benchmark.AgreementFilter{Party: &hf.ONSCode}, 1},                      // the revision
		{"party, all", benchmark.AgreementFilter{Party: &hf.ONSCode, IncludeSuperseded: true}, 2}, // both
		{"year", benchmark.AgreementFilter{FinancialYear: &year}, 4},                              // all are 2020-21
		{"no IDs", benchmark.AgreementFilter{IDs: []int{}, IncludeSuperseded: true}, 0},
		{"one ID", benchmark.AgreementFilter{IDs: []int{old[0].ID}, IncludeSuperseded: true}, 1},
		{"superseded ID, current only", benchmark.AgreementFilter{ID: &old[0].ID}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := store.FindAgreements(ctx, tc.filter)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != tc.want {
				t.Fatalf("%d agreements, want %d", len(got), tc.want)
			}
		})
	}
}

// The taxonomy held in memory reloads when another process changes it,
// and a caller's change to the copy it was given stays its own.
func TestCatalog_Taxonomy(t *testing.T) {
	ctx := context.Background()
	server := seededStore(t)
	tax, err := server.Taxonomy(ctx)
	if err != nil {
		t.Fatal(err)
	}
	n := len(tax)
	tax[0].Name = "changed"
	tax[0].SubThemes = nil
	again, err := server.Taxonomy(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if again[0].Name == "changed" || len(again[0].SubThemes) == 0 {
		t.Fatalf("a caller's change reached the held taxonomy: %+v", again[0])
	}
	cli := sqlite.NewDB(server.DB.Path)
	if err := cli.Open(); err != nil {
		t.Fatal(err)
	}
	defer cli.Close()
	added := append(again, &benchmark.Theme{Name: "Synthetic test theme"})
	if err := sqlite.NewStore(cli).UpsertTaxonomy(ctx, added); err != nil {
		t.Fatal(err)
	}
	after, err := server.Taxonomy(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(after) != n+1 || after.Theme("Synthetic test theme") == nil {
		t.Fatalf("after another process's upsert: %d themes, want %d with the new one", len(after), n+1)
	}
}
