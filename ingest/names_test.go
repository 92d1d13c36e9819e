package ingest_test

import (
	"context"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/ingest"
)

// TestImportAgreements_PartiesAsCouncilsWriteThem uploads agreements whose
// parties are written as the councils write their own names, and checks
// that each is attached to the right authority (ONS codes from
// datasets/authorities.csv).
func TestImportAgreements_PartiesAsCouncilsWriteThem(t *testing.T) {
	store := seededStore(t)
	ctx := context.Background()
	data := "authority,agreement,round,reference,recommendation,theme,sub_theme\n" +
		"Kent County Council,Safety Valve agreement: Kent,2022-23,1,Create new resourced provision places in mainstream schools.,,\n" +
		"London Borough of Hillingdon; Royal Borough of Greenwich,Safety Valve agreement: Hillingdon and Greenwich,2022-23,1,Create new resourced provision places in mainstream schools.,,\n"
	res, err := ingest.ImportAgreements(ctx, store, []byte(data), ingest.FromFile("councils.csv", "Ada"), false)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Outcomes) != 2 {
		t.Fatalf("got %d outcomes, want 2", len(res.Outcomes))
	}
	for code, want := range map[string]string{"E10000016": "Kent", "E09000017": "Hillingdon and Greenwich", "E09000011": "Hillingdon and Greenwich"} {
		list, err := store.FindAgreements(ctx, benchmark.AgreementFilter{Party: &code})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, a := range list {
			found = found || strings.HasSuffix(a.Title, ": "+want)
		}
		if !found {
			t.Errorf("no agreement titled %q has party %s", want, code)
		}
	}
}

// TestImportAgreements_AmbiguousPartyNamesBoth checks that a party that
// could be two authorities is refused, naming both and the line and column.
func TestImportAgreements_AmbiguousPartyNamesBoth(t *testing.T) {
	store := seededStore(t)
	before := dump(t, store.DB.Path)
	data := "authority,agreement,round,reference,recommendation,theme,sub_theme\n" +
		"Kent County Council,Safety Valve agreement: Kent,2022-23,1,Create new resourced provision places in mainstream schools.,,\n" +
		"Kingston; Richmond,Safety Valve agreement: Kingston and Richmond,2022-23,1,Create new resourced provision places in mainstream schools.,,\n"
	_, err := ingest.ImportAgreements(context.Background(), store, []byte(data), ingest.FromFile("councils.csv", "Ada"), false)
	want := `line 3, column authority: "Kingston" could be "Kingston upon Hull" or "Kingston upon Thames"`
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("got %v, want %q", err, want)
	}
	if strings.Contains(err.Error(), "Richmond") {
		t.Errorf("Richmond alone names Richmond upon Thames, but was refused: %v", err)
	}
	if dump(t, store.DB.Path) != before {
		t.Errorf("the refused file changed the database")
	}
}

// TestExportRows_PlaceNames checks that exported agreement rows name their
// parties by place name, which an import reads back.
func TestExportRows_PlaceNames(t *testing.T) {
	a := &benchmark.Agreement{Title: "Safety Valve agreement: Bristol", FinancialYear: "2022-23",
		Parties:         []*benchmark.Authority{{ONSCode: "E06000023", DfECode: "801", Name: "Bristol, City of", Kind: "unitary"}},
		Recommendations: []*benchmark.Recommendation{{Reference: "1", Text: "Build a new special school."}}}
	rows := ingest.ExportRows([]*benchmark.Agreement{a})
	if len(rows) != 1 || rows[0].Authority != "Bristol" {
		t.Fatalf("rows %+v, want one naming Bristol", rows)
	}
}
