package ingest_test

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/datasets"
	"github.com/svbench/svbench/ingest"
)

// nationalCSV writes an agreement file of n agreements, each with recs
// recommendations, every agreement's rows together, lines ending in CRLF
// as Excel writes them; a recommendation without a theme is left for the
// suggester every third row. An authority whose agreement held for a
// round is joint is given 2019-20 instead, as an authority has one
// agreement a round.
func nationalCSV(ref *ingest.Reference, n, recs int) string {
	var b strings.Builder
	b.WriteString("authority,agreement,round,published,reference,recommendation,theme,sub_theme\r\n")
	rounds := []string{"2020-21", "2021-22", "2022-23", "2023-24"}
	for i := range n {
		au := ref.Authorities[i%len(ref.Authorities)]
		round := rounds[i/len(ref.Authorities)%len(rounds)]
		if h := ref.Held[ingest.RoundKey(au.ONSCode, round)]; len(h) > 0 && h[0].PartyKey != au.ONSCode {
			round = "2019-20"
		}
		for j := 1; j <= recs; j++ {
			theme, sub := "Local Placement Sufficiency and Managing Demand", "School Provision and Process"
			if (i+j)%3 == 0 {
				theme, sub = "", ""
			}
			fmt.Fprintf(&b, "%s,Synthetic test agreement %d,%s,2024-03-01,%d,\"Recruit more SEND caseworkers, number %d, to cut the time plans take.\",%s,%s\r\n",
				au.ONSCode, i, round, j, j, theme, sub)
		}
	}
	return b.String()
}

// TestStreamedParse_AgreesWithWholeParse reads every agreement file the
// tests hold both ways: a row at a time, as the command line reads a CSV
// file, and whole, as an upload is read. Both give the same agreements or
// the same problems, and each agreement given out while reading was
// already whole when it was.
func TestStreamedParse_AgreesWithWholeParse(t *testing.T) {
	ref, _ := shipped(t)
	inputs := map[string][]byte{
		"good":      []byte(goodCSV),
		"national":  []byte(nationalCSV(ref, 400, 4)),
		"lone CR":   []byte("authority,agreement,round,reference,recommendation\nBristol,SV,2022-23,1,One\rBristol,SV,2022-23,2,Two\nBristol,SV,2022-23,3,Three\n"),
		"scattered": []byte("authority,agreement,round,reference,recommendation\nBristol,SV,2022-23,1,One\nKent,SV Kent,2022-23,1,Uno\nBristol,SV,2022-23,2,Two\n"),
	}
	files, _ := filepath.Glob("testdata/bad/*")
	good, _ := filepath.Glob("testdata/*.csv")
	for _, path := range append(files, good...) {
		if strings.HasSuffix(path, ".want") || strings.Contains(path, "-ratings-") {
			continue
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		inputs[path] = data
	}
	shippedFiles, _ := fs.Glob(datasets.FS, "agreements/*.csv")
	for _, name := range shippedFiles {
		data, _ := fs.ReadFile(datasets.FS, name)
		inputs[name] = data
	}
	streamed := 0
	for name, data := range inputs {
		t.Run(name, func(t *testing.T) {
			want, wantErr := ingest.ParseAgreements(data, ref)
			got, emitted, whole, scattered, err := ingest.ParseAgreementsStreamed(data, ref)
			if whole {
				// Read whole: what is not text, a workbook that cannot be
				// opened, a file with no header or a header at fault.
				if !strings.Contains(name, "corrupt") && !strings.HasSuffix(name, ".pdf") && !strings.HasSuffix(name, ".png") && !strings.Contains(name, "empty") && !strings.Contains(name, "duplicate-column") {
					t.Errorf("a file with a sound header was read whole")
				}
				return
			}
			streamed++
			if !reflect.DeepEqual(err, wantErr) {
				t.Fatalf("streamed: %v\nwhole: %v", err, wantErr)
			}
			if len(got) != len(want) {
				t.Fatalf("streamed %d agreements, whole %d", len(got), len(want))
			}
			for i := range want {
				if g, w := benchmark.Fingerprint(got[i]), benchmark.Fingerprint(want[i]); g != w {
					t.Errorf("agreement %d: streamed %q, whole %q", i, g, w)
				}
			}
			if scattered != (name == "scattered") {
				t.Errorf("scattered = %v", scattered)
			}
			if err != nil || scattered {
				return
			}
			if len(emitted) != len(want) {
				t.Fatalf("%d agreements given out while reading, want %d", len(emitted), len(want))
			}
			for i, e := range emitted {
				if e.Fingerprint != benchmark.Fingerprint(want[i]) || benchmark.Fingerprint(e.Agreement) != e.Fingerprint {
					t.Errorf("agreement %d was given out before its rows were over", i)
				}
			}
		})
	}
	if streamed < 25 {
		t.Errorf("%d files read a row at a time, want at least 25", streamed)
	}
}

// TestImportAgreementsFile_SameAsUpload: a national file imported from the
// command line, written while it is read, stores what the same file
// uploaded stores, suggestions included.
func TestImportAgreementsFile_SameAsUpload(t *testing.T) {
	ref, _ := shipped(t)
	data := []byte(nationalCSV(ref, 500, 5))
	ctx := context.Background()
	from := ingest.FromFile("national.csv", "Ada")
	viaUpload, viaFile := seededStore(t), seededStore(t)
	resUpload, err := ingest.ImportAgreements(ctx, viaUpload, data, from, false)
	if err != nil {
		t.Fatal(err)
	}
	resFile, err := ingest.ImportAgreementsFile(ctx, viaFile, data, from, false)
	if err != nil {
		t.Fatal(err)
	}
	// A few authorities' rounds are those of shipped agreements, which
	// the file revises; every other agreement is new.
	if got, want := resFile.Count(benchmark.ImportCreated)+resFile.Count(benchmark.ImportRevised), 500; got != want {
		t.Errorf("%d agreements created or revised, want %d", got, want)
	}
	if !reflect.DeepEqual(outcomes(resFile), outcomes(resUpload)) {
		t.Errorf("outcomes differ:\nfile   %v\nupload %v", outcomes(resFile), outcomes(resUpload))
	}
	a, err := viaUpload.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := viaFile.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a) != len(b) {
		t.Fatalf("%d agreements stored from the file, %d from the upload", len(b), len(a))
	}
	for i := range a {
		if fa, fb := storedPrint(a[i]), storedPrint(b[i]); fa != fb {
			t.Fatalf("agreement %d differs:\nfile   %s\nupload %s", i, fb, fa)
		}
	}
}

// outcomes are an import's outcomes without their IDs.
func outcomes(res *benchmark.ImportResult) []string {
	var out []string
	for _, o := range res.Outcomes {
		out = append(out, fmt.Sprintf("%s %s %s %d suggested=%d review=%d", o.Action, o.Title, o.FinancialYear, o.Recommendations, o.Suggested, o.NeedsReview))
	}
	return out
}

// storedPrint is an agreement as stored: its text, each recommendation's
// position and every mapping with its source and confidence.
func storedPrint(a *benchmark.Agreement) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s|%s|%s|%d", a.Title, a.FinancialYear, a.PartyKey(), a.Revision)
	for _, r := range a.Recommendations {
		fmt.Fprintf(&b, "\n%d %s %q", r.Position, r.Reference, r.Text)
		for _, m := range r.Mappings {
			fmt.Fprintf(&b, " [%s/%s %s %.3f]", m.Theme, m.SubTheme, m.Source, m.Confidence)
		}
	}
	return b.String()
}

// TestImportAgreementsFile_LateProblemWritesNothing: agreements already
// written while a large file was read are rolled back when a problem turns
// up on its last line, which is named.
func TestImportAgreementsFile_LateProblemWritesNothing(t *testing.T) {
	ref, _ := shipped(t)
	file := nationalCSV(ref, 600, 4)
	lines := strings.Count(file, "\n")
	file += "Bristol,Late agreement,2024-25,31/02/2024,1,Open a new special school.,,\r\n"
	store := seededStore(t)
	before := dump(t, store.DB.Path)
	_, err := ingest.ImportAgreementsFile(context.Background(), store, []byte(file), ingest.FromFile("national.csv", "Ada"), false)
	checkProblems(t, err, []wantProblem{{lines + 1, "published", "is not a date"}})
	if dump(t, store.DB.Path) != before {
		t.Errorf("the database changed")
	}
}

// TestImportAgreementsFile_ScatteredRows: an agreement whose rows are apart
// in the file is still imported whole, as one agreement.
func TestImportAgreementsFile_ScatteredRows(t *testing.T) {
	data := []byte("authority,agreement,round,reference,recommendation\n" +
		"Bristol,SV Bristol,2022-23,1,Open a new special school.\n" +
		"Kent,SV Kent,2022-23,1,Recruit more SEND caseworkers.\n" +
		"Bristol,SV Bristol,2022-23,2,Review the commissioning of independent placements.\n")
	store := seededStore(t)
	ctx := context.Background()
	res, err := ingest.ImportAgreementsFile(ctx, store, data, ingest.FromFile("scattered.csv", "Ada"), false)
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Count(benchmark.ImportCreated); got != 2 {
		t.Fatalf("%d agreements created, want 2", got)
	}
	list, err := store.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range list {
		if a.Title == "SV Bristol" && len(a.Recommendations) != 2 {
			t.Errorf("SV Bristol holds %d recommendations, want 2", len(a.Recommendations))
		}
	}
}
