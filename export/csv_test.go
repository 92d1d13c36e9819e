package export_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"strconv"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/export"
	"github.com/svbench/svbench/ingest"
	"github.com/xuri/excelize/v2"
)

// readBack parses an exported ratings file as `svbench import ratings`
// does, against the current agreements.
func readBack(t *testing.T, r *export.Pack, data []byte, store interface {
	ingest.AgreementStore
}) map[int]*benchmark.Rating {
	t.Helper()
	ctx := context.Background()
	ref, err := ingest.LoadReference(ctx, store)
	if err != nil {
		t.Fatal(err)
	}
	agreements, err := store.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	list, err := ingest.ParseRatings(data, ref, agreements)
	if err != nil {
		t.Fatalf("import the export: %v", err)
	}
	out := map[int]*benchmark.Rating{}
	for _, rt := range list {
		out[rt.RecommendationID] = rt
	}
	return out
}

// sameRatings compares what a ratings file carries: RAG, commentary,
// owner and evidence, for every recommendation of the round.
func sameRatings(t *testing.T, r *export.Pack, got map[int]*benchmark.Rating) {
	t.Helper()
	n := 0
	for _, a := range r.Agreements {
		for _, rec := range a.Recommendations {
			n++
			want, have := r.Ratings[rec.ID], got[rec.ID]
			if have == nil {
				t.Errorf("recommendation %d missing after the round trip", rec.ID)
				continue
			}
			var w benchmark.Rating
			if want != nil {
				w = *want
			}
			if have.RAG != w.RAG || have.Commentary != w.Commentary || have.Owner != w.Owner || have.Evidence != w.Evidence {
				t.Errorf("recommendation %d: got %q/%q/%q/%q, want %q/%q/%q/%q", rec.ID,
					have.RAG, have.Commentary, have.Owner, have.Evidence, w.RAG, w.Commentary, w.Owner, w.Evidence)
			}
		}
	}
	if len(got) != n {
		t.Errorf("read back %d ratings, want %d", len(got), n)
	}
}

func TestCSV_RoundTrip(t *testing.T) {
	store := seeded(t)
	r := load(t, store, bristol(t, store).ID)
	var buf bytes.Buffer
	if err := export.WriteCSV(&buf, r); err != nil {
		t.Fatal(err)
	}
	text := buf.String()
	if !strings.HasPrefix(text, "\ufeffLA,Recommendation,Theme,Sub-Theme,RAG,Commentary,Owner,Evidence,Reference,Agreement round\r\n") {
		t.Errorf("CSV starts %q", text[:min(len(text), 110)])
	}
	// Every line names its recommendation and round: Bury's second
	// recommendation is numbered 2 (datasets/agreements/2020-21.csv,
	// "Improve quality and timeliness of management information").
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(text, "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for i, rec := range recs[1:] {
		if rec[8] == "" || rec[9] != "2020-21" {
			t.Errorf("line %d: reference %q, round %q", i+2, rec[8], rec[9])
		}
		if strings.HasPrefix(rec[1], "Improve quality and timeliness of management information") && rec[8] != "Bury 2" {
			t.Errorf("Bury's second recommendation is referenced %q, want Bury 2", rec[8])
		}
	}
	// Kingston's and Richmond's combined agreement is one LA cell joined by
	// "/", as the appendix writes it.
	if !strings.Contains(text, "Kingston upon Thames/Richmond upon Thames,") {
		t.Error("combined agreement's LA is not joined with /")
	}
	got := readBack(t, r, buf.Bytes(), store)
	if len(got) != 27 { // Appendix A: 27 distinct recommendations
		t.Errorf("round trip gives %d ratings, want 27", len(got))
	}
	sameRatings(t, r, got)
}

// formulaTexts start with each character a spreadsheet would read as a
// formula.
var formulaTexts = map[string]string{
	"equals": `=HYPERLINK("http://evil.example","click")`,
	"plus":   "+44 117 922 2000",
	"minus":  "-2.546 as printed",
	"at":     "@SUM(1+1)*cmd|' /C calc'!A0",
	"tab":    "\t=1+1",
	"cr":     "\r=1+1",
}

func TestFormulaInjection(t *testing.T) {
	store := seeded(t)
	r := load(t, store, bristol(t, store).ID)
	var recs []*benchmark.Recommendation
	for _, a := range r.Agreements {
		recs = append(recs, a.Recommendations...)
	}
	for name, text := range formulaTexts {
		t.Run(name, func(t *testing.T) {
			rec := recs[0]
			r.Ratings = map[int]*benchmark.Rating{rec.ID: {RecommendationID: rec.ID, RAG: benchmark.Amber, Commentary: text, Owner: text}}

			var csvBuf bytes.Buffer
			if err := export.WriteCSV(&csvBuf, r); err != nil {
				t.Fatal(err)
			}
			lines, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(csvBuf.String(), "\ufeff"))).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			for _, line := range lines[1:] {
				if line[4] != "Amber" {
					continue
				}
				for _, c := range line[5:7] { // Commentary, Owner
					if !strings.HasPrefix(c, "'") {
						t.Errorf("CSV cell %q does not start with '", c)
					}
				}
			}
			got := readBack(t, r, csvBuf.Bytes(), store)
			if c := got[rec.ID].Commentary; c != strings.TrimSpace(text) {
				t.Errorf("CSV round trip commentary %q, want %q", c, strings.TrimSpace(text))
			}

			var xl bytes.Buffer
			if err := export.WriteWorkbook(&xl, r); err != nil {
				t.Fatal(err)
			}
			f, err := excelize.OpenReader(&xl)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			row := findRow(t, f, export.SheetRatings, 5, "Amber")
			if row == 0 {
				t.Fatal("rated row not found")
			}
			for _, col := range []string{"F", "G"} {
				ref := col + strconv.Itoa(row)
				if formula, _ := f.GetCellFormula(export.SheetRatings, ref); formula != "" {
					t.Errorf("%s holds the formula %q", ref, formula)
				}
				typ, _ := f.GetCellType(export.SheetRatings, ref)
				if typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
					t.Errorf("%s has type %v, want a string", ref, typ)
				}
				if v := cell(t, f, export.SheetRatings, ref); v != text {
					t.Errorf("%s = %q, want %q exactly", ref, v, text)
				}
			}
		})
	}
}
