package ingest_test

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/ingest"
	"golang.org/x/text/encoding/charmap"
)

const goodCSV = "Authority,Agreement,Round,Published,Reference,Recommendation,Theme,Sub Theme\n" +
	"Bristol,Safety Valve agreement: Bristol,2022/23,01/03/2023,1,\"Create 40 resourced provision places costing £1.2m,\nopening in 2024.\",Local Placement Sufficiency and Managing Demand,School Provision and Process\n" +
	"Bristol,Safety Valve agreement: Bristol,2022/23,01/03/2023,2,'=1+1 is not a formula here,Financial Efficiencies,\n"

// TestParseAgreements_ExcelFiles reads the same two recommendations as
// Excel and people save them.
func TestParseAgreements_ExcelFiles(t *testing.T) {
	ref, _ := shipped(t)
	crlf := strings.ReplaceAll(goodCSV, "\n", "\r\n")
	cp1252, err := charmap.Windows1252.NewEncoder().String(crlf)
	if err != nil {
		t.Fatal(err)
	}
	xlsx, err := os.ReadFile("testdata/agreement.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	trailing := strings.ReplaceAll(strings.ReplaceAll(crlf, "\r\n", ",,\r\n"), "£1.2m,,,", "£1.2m,") + ",,,,,,,,,,\r\n,,,,,,,,,,\r\n\r\n"
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"UTF-8", []byte(goodCSV)},
		{"UTF-8 with BOM and CRLF", []byte("\ufeff" + crlf)},
		{"Windows-1252", []byte(cp1252)},
		{"trailing empty rows and columns", []byte(trailing)},
		{"classic Mac line ends", []byte(strings.ReplaceAll(goodCSV, "\n", "\r"))},
		{"XLSX first sheet", xlsx},
	} {
		t.Run(tc.name, func(t *testing.T) {
			list, err := ingest.ParseAgreements(tc.data, ref)
			if err != nil {
				t.Fatal(err)
			}
			if len(list) != 1 || len(list[0].Recommendations) != 2 {
				t.Fatalf("got %d agreements", len(list))
			}
			a := list[0]
			if a.FinancialYear != "2022-23" || a.Published != "2023-03-01" || a.Parties[0].ONSCode != "E06000023" {
				t.Errorf("agreement = %s %s %s", a.FinancialYear, a.Published, a.Parties[0].ONSCode)
			}
			r1, r2 := a.Recommendations[0], a.Recommendations[1]
			if !strings.Contains(r1.Text, "£1.2m,\nopening") {
				t.Errorf("text 1 = %q; the pound sign, comma and line break must survive", r1.Text)
			}
			if r1.Mappings[0].SubTheme != "School Provision and Process" {
				t.Errorf("mapping 1 = %+v", r1.Mappings[0])
			}
			if r2.Text != "=1+1 is not a formula here" {
				t.Errorf("text 2 = %q; the neutralising apostrophe must go", r2.Text)
			}
		})
	}
}

// TestExportAgreements_RoundTrip exports everything held, including a
// suggested mapping and text that looks like a formula, and imports the
// export again: nothing changes.
func TestExportAgreements_RoundTrip(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	extra := "authority,agreement,round,reference,recommendation,due\n" +
		"Bristol,Safety Valve agreement: Bristol,2022-23,1,\"=HYPERLINK(\"\"http://example.com\"\")\",\n" +
		"Bristol,Safety Valve agreement: Bristol,2022-23,2,\"Agree contributions to placements with health partners, \"\"quoted\"\".\",31/03/2025\n"
	if _, err := ingest.ImportAgreements(ctx, store, []byte(extra), ingest.FromFile("test.csv", "Ada"), false); err != nil {
		t.Fatal(err)
	}
	held, err := store.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := ingest.WriteAgreementsCSV(&buf, held); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.Contains(out, ",=HYPERLINK") || !strings.Contains(out, `"'=HYPERLINK(""http://example.com"")"`) {
		t.Errorf("the formula was not neutralised:\n%s", out)
	}
	if !strings.Contains(out, ",suggested,0.") {
		t.Errorf("no suggested mapping with its confidence in the export")
	}
	res, err := ingest.ImportAgreements(ctx, store, buf.Bytes(), ingest.FromFile("test.csv", "Ada"), false)
	if err != nil {
		t.Fatal(err)
	}
	// Appendix A: four agreements, plus the Bristol one imported above.
	if n := res.Count(benchmark.ImportUnchanged); n != 5 || len(res.Outcomes) != 5 {
		t.Errorf("re-import: %+v, want 5 unchanged", res.Outcomes)
	}
}

func TestImportAgreements_SameFileTwice(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	for i, want := range []string{benchmark.ImportCreated, benchmark.ImportUnchanged} {
		res, err := ingest.ImportAgreements(ctx, store, []byte(goodCSV), ingest.FromFile("test.csv", "Ada"), false)
		if err != nil {
			t.Fatal(err)
		}
		if res.Outcomes[0].Action != want {
			t.Errorf("import %d: %s, want %s", i+1, res.Outcomes[0].Action, want)
		}
	}
}

func TestImportRatings_AppendixFormat(t *testing.T) {
	ctx := context.Background()
	store := seededStore(t)
	data, err := os.ReadFile("../datasets/assessments/bristol-mitigation-validation.csv")
	if err != nil {
		t.Fatal(err)
	}
	ri, err := ingest.ImportRatings(ctx, store, data, "801", "Second look", "Ada")
	if err != nil {
		t.Fatal(err)
	}
	// Appendix A: Bristol rated 10 of 27: 3 Green, 4 Amber ("Yellow"), 3 Red.
	if g, a, r := ri.Count(benchmark.Green), ri.Count(benchmark.Amber), ri.Count(benchmark.Red); g != 3 || a != 4 || r != 3 || len(ri.Ratings) != 27 {
		t.Errorf("ratings: %d total, %d/%d/%d; want 27 and 3/4/3", len(ri.Ratings), g, a, r)
	}
	if ri.Assessment.AuthorityCode != "E06000023" {
		t.Errorf("authority = %s", ri.Assessment.AuthorityCode)
	}
	// The import names who made it (issue 12: every change names its account).
	stored, err := store.FindRatings(ctx, ri.Assessment.ID)
	if err != nil {
		t.Fatal(err)
	}
	for id, r := range stored {
		if r.UpdatedBy != "Ada" {
			t.Errorf("recommendation %d: saved by %q, want Ada", id, r.UpdatedBy)
		}
	}
	if _, err := ingest.ImportRatings(ctx, store, data, "Bristol", "Second look", "Ada"); benchmark.ErrorCode(err) != benchmark.ECONFLICT {
		t.Errorf("same title again: %v, want a conflict", err)
	}
}

// TestExportAgreements_Header pins the export's header: each row field's
// first tag name, in field order, while files are read by the normalised
// names ("Sub Theme" in goodCSV).
func TestExportAgreements_Header(t *testing.T) {
	ref, _ := shipped(t)
	list, err := ingest.ParseAgreements([]byte(goodCSV), ref)
	if err != nil {
		t.Fatal(err)
	}
	if list[0].Recommendations[0].Mappings[0].SubTheme == "" {
		t.Fatal("the sub-theme was not read by its normalised name")
	}
	var buf bytes.Buffer
	if err := ingest.WriteAgreementsCSV(&buf, list); err != nil {
		t.Fatal(err)
	}
	want := "\ufeffauthority,agreement,round,published,status,reference,recommendation,theme,sub_theme,due,source_url,mapping_source,confidence\r\n"
	if got, _, _ := strings.Cut(buf.String(), "\r\n"); got+"\r\n" != want {
		t.Errorf("header = %q, want %q", got, want)
	}
}
