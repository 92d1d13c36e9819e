package ingest_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/benchmark/deficit"
	"github.com/svbench/svbench/ingest"
)

func TestProfileErrorsListEveryProblem(t *testing.T) {
	csv := "year,funding,spend,opening_deficit\n2024/25,abc,,\n2026/27,1,2,5\n"
	_, err := ingest.ReadProfile(strings.NewReader(csv))
	var pe ingest.ProfileErrors
	if !errors.As(err, &pe) {
		t.Fatalf("err = %v", err)
	}
	want := ingest.ProfileErrors{
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
	if s := (ingest.ProfileErrors{"line 2: x"}).Error(); s != "the profile CSV has a problem:\nline 2: x" {
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
			_, err := ingest.ReadProfile(strings.NewReader(tt.csv))
			var pe ingest.ProfileErrors
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
	years, err := ingest.ReadProfile(strings.NewReader(csv))
	if err != nil {
		t.Fatal(err)
	}
	if len(years) != 2 || years[1].Year != 2025 || years[0].Opening == nil || *years[0].Opening != 10 {
		t.Errorf("profile = %+v", years)
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
			// The cell as written, its £ decoded.
			if len(got) != 4 || got[0].Printed != "£14.0" || got[3].Printed != "-£0.5" {
				t.Fatalf("printed %+v, want £14.0 first and -£0.5 last", got)
			}
			for i := range got {
				got[i].Printed = want[i].Printed
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("years\n%s\nwant\n%s", show(got), show(want))
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
	_, err := ingest.ReadProfile(&buf)
	var pe ingest.ProfileErrors
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
		_, err := ingest.ReadProfile(strings.NewReader(data))
		var pe ingest.ProfileErrors
		if !errors.As(err, &pe) || len(pe) != 1 || pe[0] != want {
			t.Errorf("%s: err = %v, want %q", name, err, want)
		}
	}
}

func readFile(t *testing.T, name string) []deficit.ProfileYear {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	years, err := ingest.ReadProfile(f)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return years
}

// show prints years with their optional figures, for failure messages.
func show(years []deficit.ProfileYear) string {
	var b strings.Builder
	opt := func(v *float64) string {
		if v == nil {
			return "blank"
		}
		return fmt.Sprint(*v)
	}
	for _, y := range years {
		fmt.Fprintf(&b, "%s funding %v spend %v contributions %v transfers %v savings %s deficit %s (%q) opening %s\n",
			y.Year, y.Funding, y.Spend, y.Contributions, y.Transfers, opt(y.Savings), opt(y.Deficit), y.Printed, opt(y.Opening))
	}
	return b.String()
}

// TestReadProfile_Years: each row of testdata/profile.csv becomes one
// year with its figures; a blank cell is zero or, for the optional memo
// and published figures, not given.
func TestReadProfile_Years(t *testing.T) {
	got := readFile(t, "testdata/profile.csv")
	f := func(v float64) *float64 { return &v }
	want := []deficit.ProfileYear{
		{Year: 2024, Funding: 60, Spend: 66, Contributions: 1.5, Transfers: 0.5, Savings: f(0.8), Deficit: f(14), Printed: "14.0", Opening: f(10)},
		{Year: 2025, Funding: 63, Spend: 64, Contributions: 1.5, Transfers: 0.5, Savings: f(1.6), Deficit: f(13), Printed: "13.0"},
		{Year: 2026, Funding: 66, Spend: 62, Contributions: 1.5, Transfers: 0.5, Savings: f(2), Deficit: f(7), Printed: "7.0"},
		{Year: 2027, Funding: 69, Spend: 61, Transfers: 0.5, Savings: f(2), Deficit: f(-0.5), Printed: "-0.5"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("years\n%s\nwant\n%s", show(got), show(want))
	}
	bare, err := ingest.ReadProfile(strings.NewReader("year,funding,spend\n2024/25,60,66\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(bare) != 1 || bare[0].Savings != nil || bare[0].Deficit != nil || bare[0].Opening != nil || bare[0].Printed != "" {
		t.Errorf("bare profile = %s", show(bare))
	}
}

// TestReadProfile_RefusesBadFile: a file with bad cells, or larger than
// benchmark.MaxProfileBytes, is refused whole with its problems (storage
// used to re-read the CSV to refuse these; reading is ingest's job now).
func TestReadProfile_RefusesBadFile(t *testing.T) {
	tests := []struct{ name, data, want string }{
		{"bad cells", "year,funding,spend\n2024/25,lots,\n", "line 2, column funding"},
		{"too big", strings.Repeat("x", benchmark.MaxProfileBytes+1), "larger"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			years, err := ingest.ReadProfile(strings.NewReader(tt.data))
			var pe ingest.ProfileErrors
			if !errors.As(err, &pe) || !strings.Contains(pe[0], tt.want) || years != nil {
				t.Errorf("years %v, err = %v, want ProfileErrors mentioning %q", years, err, tt.want)
			}
		})
	}
}
