package generic_test

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/benchmark/deficit"
	"github.com/svbench/svbench/datasets"
	"github.com/svbench/svbench/ingest"
	"github.com/svbench/svbench/models/generic"
	"github.com/xuri/excelize/v2"
)

// resolve finds an authority the way callers do without a database: in
// datasets/authorities.csv, read by ingest.
func resolve(t *testing.T, q string) *benchmark.Authority {
	t.Helper()
	data, err := fs.ReadFile(datasets.FS, "authorities.csv")
	if err != nil {
		t.Fatal(err)
	}
	list, err := ingest.ParseAuthorities(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range list {
		if a.Matches(q) {
			return a
		}
	}
	t.Fatalf("no authority %q", q)
	return nil
}

func open(t *testing.T, a *benchmark.Authority) deficit.Model {
	t.Helper()
	f, err := os.Open("testdata/profile.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	opts := deficit.Options{Profile: f, ProfileName: "profile.csv"}
	if a != nil {
		opts.Authority, opts.AuthorityCode = a.Name, a.ONSCode
	}
	m, err := registry().Open("generic", opts)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestGenericProjection(t *testing.T) {
	m := open(t, resolve(t, "351"))
	if m.Info().Authority != "Bury" || m.Info().AuthorityCode != "E08000002" {
		t.Errorf("info = %+v", m.Info())
	}
	r, err := deficit.NewReport(m, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Worked by hand from testdata/profile.csv:
	// 10 + 6 − 2 = 14; 14 + 1 − 2 = 13; 13 − 4 − 2 = 7; 7 − 8 − 0.5 = −1.5.
	want := []float64{14, 13, 7, -1.5}
	for i, y := range r.Base.Years {
		if math.Abs(y.Deficit-want[i]) > 1e-9 {
			t.Errorf("%s = %v, want %v", y.Year, y.Deficit, want[i])
		}
	}
	if math.Abs(r.Base.Years[0].Share-14.0/60) > 1e-12 {
		t.Errorf("share = %v", r.Base.Years[0].Share)
	}
	if r.Base.ClearedYear != 2027 {
		t.Errorf("cleared %s", r.Base.ClearedYear)
	}
	// The published 2027/28 deficit (−0.5) disagrees with the flows (−1.5).
	bad := r.Findings.With(deficit.StatusInconsistent)
	if len(bad) != 1 || bad[0].Where != "2027/28" || bad[0].Difference != 1 {
		t.Errorf("findings = %+v", r.Findings)
	} else if want := "The profile publishes −£0.500m; its own flows give −£1.500m."; bad[0].Detail != want {
		t.Errorf("detail = %q, want %q", bad[0].Detail, want)
	}
	// Savings are a memo: spend is as supplied.
	if r.Base.Years[0].Spend != 66 || r.Base.Years[0].SavingsTotal != 0.8 {
		t.Errorf("year 1 = %+v", r.Base.Years[0])
	}
}

func TestProfileErrorsListEveryProblem(t *testing.T) {
	csv := "year,funding,spend,opening_deficit\n2024/25,abc,,\n2026/27,1,2,5\n"
	_, err := generic.ReadProfile(strings.NewReader(csv))
	var pe generic.ProfileErrors
	if !errors.As(err, &pe) {
		t.Fatalf("err = %v", err)
	}
	want := generic.ProfileErrors{
		`line 2, column funding: "abc" is not an amount in £ million`,
		"line 2, column spend: the cell is blank; give the year's estimated High Needs spend in £ million",
		"line 3, column year: 2026/27 follows 2024/25; each row must be the year after the one above, so this one should be 2025/26",
		"line 3, column opening_deficit: only the first row may give the deficit brought forward; leave this cell blank",
	}
	if strings.Join(pe, "\n") != strings.Join(want, "\n") {
		t.Errorf("errors =\n%s\nwant\n%s", strings.Join(pe, "\n"), strings.Join(want, "\n"))
	}
	// The command line prints Error(): a heading, then one problem a line.
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != 5 || lines[0] != "the profile CSV has 4 problems:" || lines[1] != want[0] {
		t.Errorf("Error() =\n%s", err)
	}
	if s := (generic.ProfileErrors{"line 2: x"}).Error(); s != "the profile CSV has a problem:\nline 2: x" {
		t.Errorf("one problem: %q", s)
	}
}

// TestProfileErrorMessages: each problem is a plain sentence naming the
// line of the file (the header is line 1) and the column.
func TestProfileErrorMessages(t *testing.T) {
	const head = "year,funding,spend\n"
	tests := []struct {
		name, csv string
		want      []string
	}{
		{"not an amount", head + "2024/25,60,66\n2025/26,abc,60\n",
			[]string{`line 3, column funding: "abc" is not an amount in £ million`}},
		{"year twice", head + "2024/25,60,66\n2025/26,60,66\n2025/26,60,66\n",
			[]string{"line 4, column year: 2025/26 comes twice; each row must be the year after the one above"}},
		{"not a year", head + "twenty,60,66\n",
			[]string{`line 2, column year: "twenty" is not a financial year; write it like 2024/25`}},
		{"second year does not follow", head + "2024/26,60,66\n",
			[]string{`line 2, column year: "2024/26" is not a financial year; the second year must be the one after the first, like 2024/25`}},
		{"blank year", head + ",60,66\n",
			[]string{"line 2, column year: the cell is blank; write the financial year like 2024/25"}},
		{"blank lines keep their numbers", head + "2024/25,60,66\n\n2025/26,60,x\n",
			[]string{`line 4, column spend: "x" is not an amount in £ million`}},
		{"missing column", "year,funding\n2024/25,60\n",
			[]string{"line 1: the header has no spend column, and every profile needs one"}},
		{"unknown column", "year,funding,spend,saving\n2024/25,60,66,1\n",
			[]string{`line 1: "saving" is not a column svbench reads; the columns are year, funding, spend, contributions, transfers, savings, deficit, opening_deficit`}},
		// Problems with the file itself are worded as for every upload (ingest).
		{"column twice", "year,funding,spend,Spend\n2024/25,60,66,1\n",
			[]string{`line 1, column Spend: The column "Spend" appears twice; keep one.`}},
		{"stray quote", head + "2024/25,\"60,66\n",
			[]string{`line 2: This is not a readable CSV file: a cell opened with " is not closed (at character 16 of the line). Check that each quoted cell ends with ", and that each " inside it is written twice.`}},
		{"semicolons", "year;funding;spend\n2024/25;60;66\n",
			[]string{"line 1: The columns are separated by semicolons, not commas: save the spreadsheet as CSV (comma delimited) and upload that."}},
		{"empty", "", []string{"The file is empty: it needs a header row and at least one row of data."}},
		{"header only", head, []string{"the file has a header row but no years; add one row per financial year below it"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := generic.ReadProfile(strings.NewReader(tt.csv))
			var pe generic.ProfileErrors
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want ProfileErrors", err)
			}
			if strings.Join(pe, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("errors =\n%s\nwant\n%s", strings.Join(pe, "\n"), strings.Join(tt.want, "\n"))
			}
			for _, e := range pe {
				if strings.Contains(e, "%!") || strings.Contains(e, "parse ") || strings.Contains(e, "strconv") {
					t.Errorf("Go error text leaks: %q", e)
				}
			}
		})
	}
}

// TestProfileAsSpreadsheetsSaveIt: a byte-order mark, capitalised or
// padded column names, CRLF line ends and trailing empty rows are read.
func TestProfileAsSpreadsheetsSaveIt(t *testing.T) {
	csv := "\ufeffYear, Funding ,SPEND,Opening Deficit\r\n2024/25,60,66,10\r\n2025/26,63,60,\r\n,,,\r\n"
	p, err := generic.ReadProfile(strings.NewReader(csv))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Rows) != 2 || p.Rows[1].Year() != 2025 || p.Opening != 10 {
		t.Errorf("profile = %+v", p)
	}
}

// TestProfileAsExcelSavesIt: a profile saved by Excel on Windows
// (Windows-1252, so £ is the single byte A3) or as Unicode text (UTF-16
// with a byte order mark), with CRLF line ends, "£" before the figures and
// "Opening Deficit" for opening_deficit, reads as the plain UTF-8 one.
func TestProfileAsExcelSavesIt(t *testing.T) {
	want := readFile(t, "testdata/profile.csv")
	for _, name := range []string{"testdata/profile-windows-1252.csv", "testdata/profile-utf-16.csv"} {
		t.Run(name, func(t *testing.T) {
			got := readFile(t, name)
			if !reflect.DeepEqual(got.Inputs("X"), want.Inputs("X")) {
				t.Errorf("inputs\n%+v\nwant\n%+v", got.Inputs("X"), want.Inputs("X"))
			}
			gp, wp := got.Published(), want.Published()
			if len(gp) != len(wp) {
				t.Fatalf("published %v, want %v", gp, wp)
			}
			for i := range gp {
				if gp[i].Year != wp[i].Year || gp[i].Deficit != wp[i].Deficit {
					t.Errorf("published %v, want %v", gp[i], wp[i])
				}
			}
			// The cell as written, its £ decoded.
			if gp[1].Printed != "£14.0" || gp[4].Printed != "-£0.5" {
				t.Errorf("printed %q and %q, want £14.0 and -£0.5", gp[1].Printed, gp[4].Printed)
			}
		})
	}
}

// TestProfileFromWorkbook: the first sheet of an .xlsx workbook reads as
// the CSV does, problems located by the sheet's row numbers.
func TestProfileFromWorkbook(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	rows := [][]any{{"Year", "Funding", "Spend", "Opening deficit"}, {"2024/25", 60, 66, 10}, {"2025/26", 63, "lots", nil}}
	for i, row := range rows {
		if err := f.SetSheetRow("Sheet1", fmt.Sprintf("A%d", i+1), &row); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	_, err := generic.ReadProfile(&buf)
	var pe generic.ProfileErrors
	if want := `line 3, column spend: "lots" is not an amount in £ million`; !errors.As(err, &pe) || len(pe) != 1 || pe[0] != want {
		t.Errorf("err = %v, want %q", err, want)
	}
}

// TestProfileProblemsInOtherEncodings: problems in a Windows-1252 or
// UTF-16 file are located by line and column like any other, and quote
// the cell as decoded text.
func TestProfileProblemsInOtherEncodings(t *testing.T) {
	text := "year,funding,spend\r\n2024/25,\u00a360,66\r\n2025/26,\u00a3lots,60\r\n"
	want := `line 3, column funding: "£lots" is not an amount in £ million`
	cp1252, err := charmap.Windows1252.NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string]string{"Windows-1252": cp1252, "UTF-16": utf16} {
		_, err := generic.ReadProfile(strings.NewReader(data))
		var pe generic.ProfileErrors
		if !errors.As(err, &pe) || len(pe) != 1 || pe[0] != want {
			t.Errorf("%s: err = %v, want %q", name, err, want)
		}
	}
}

func readFile(t *testing.T, name string) *generic.Profile {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := generic.ReadProfile(f)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return p
}

func TestWithoutAuthority(t *testing.T) {
	m := open(t, nil)
	if m.Info().Authority != "Your authority" || m.Info().AuthorityCode != "" {
		t.Errorf("info = %+v", m.Info())
	}
}

func TestNeedsProfile(t *testing.T) {
	if _, err := registry().Open("generic", deficit.Options{Authority: "Bury"}); err == nil {
		t.Error("no error without a profile")
	}
}

// registry holds the generic model, as cmd/svbench registers it.
func registry() *deficit.Registry {
	r := deficit.NewRegistry()
	r.Register(generic.Driver())
	return r
}
