package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/svbench/svbench/ingest"
)

// exactProblem is a problem as the person uploading reads it, whole.
type exactProblem struct {
	line    int
	column  string
	message string
}

// TestObservedCases imports each hostile or broken file the uploads issue
// observed (issue 16; the files are written here or kept in testdata/bad)
// into a seeded database and checks that it is refused whole with exactly
// the problems a person should read, each naming its line and column, and
// that the database is unchanged. Times are logged: each used to take
// seconds to minutes.
func TestObservedCases(t *testing.T) {
	bad := func(name string) []byte {
		data, err := os.ReadFile("testdata/bad/" + name)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	bristolRow := "Bristol,Safety Valve agreement: Bristol,2022-23,%d,%s\r\n"
	head := "authority,agreement,round,reference,recommendation\r\n"
	var hundredThousandBad strings.Builder
	hundredThousandBad.WriteString(head)
	for i := 1; i <= 100_000; i++ {
		fmt.Fprintf(&hundredThousandBad, "Nowhere,SV,2022-23,%d,Do it.\r\n", i)
	}
	var tenThousandBad strings.Builder
	tenThousandBad.WriteString(head)
	for i := 1; i <= 10_000; i++ {
		fmt.Fprintf(&tenThousandBad, "Nowhere,SV,2022-23,%d,Do it.\r\n", i)
	}
	many := []exactProblem{}
	for line := 2; line < 2+ingest.MaxProblems; line++ {
		many = append(many, exactProblem{line, "authority", `"Nowhere" is not an English local authority.`})
	}
	many = append(many, exactProblem{0, "", "9800 problems more not listed: correct the ones above and upload the file again."})

	for _, c := range []struct {
		name string
		data []byte
		want []exactProblem
	}{
		{"memory bomb: a cell in column XFD on each of 2,000 rows", workbook(t, func(w *strings.Builder) {
			row(w, 1, header...)
			for i := 2; i <= 2000; i++ {
				fmt.Fprintf(w, `<row r="%d"><c r="A%d" t="inlineStr"><is><t>Bristol</t></is></c><c r="XFD%d" t="inlineStr"><is><t>x</t></is></c></row>`, i, i, i)
			}
		}), []exactProblem{{2, "", "This row fills column 16384; svbench reads at most 50 columns."}}},
		{"a million-row workbook", workbook(t, func(w *strings.Builder) {
			for i := 1; i <= 1_000_000; i++ {
				fmt.Fprintf(w, `<row r="%d"><c r="A%d"><v>1</v></c></row>`, i, i)
			}
		}), []exactProblem{{50_001, "", "The sheet has more than 50000 rows, the most svbench reads in one file."}}},
		// The web reads 50,000 rows at most (header included): the
		// 50,001st, on line 50,001, refuses the file at once.
		{"100,000 bad rows", []byte(hundredThousandBad.String()),
			[]exactProblem{{50_001, "", "The file has more than 50000 rows, the most svbench reads in one file."}}},
		// Under that, every bad row is a problem: the first 200 are listed
		// and the rest counted.
		{"10,000 bad rows", []byte(tenThousandBad.String()), many},
		{"a row with more fields than the header", bad("41-extra-fields.csv"),
			[]exactProblem{{3, "", "This row has 8 fields but the header has 7: put any cell holding a comma in double quotes."}}},
		{"a row ending in a lone CR is its own row", bad("42-lone-cr.csv"),
			[]exactProblem{{4, "reference", "Reference 2 is used twice in this agreement for different recommendations."}}},
		{"javascript: and ftp: links", bad("43-bad-link.csv"), []exactProblem{
			{2, "source_url", `"javascript:alert(1)" is not a web address; a source link must start with http:// or https://.`},
			{4, "source_url", `"ftp://example.org/a" is not a web address; a source link must start with http:// or https://.`},
		}},
		{"a recommendation of 100,000 characters", []byte(head + fmt.Sprintf(bristolRow, 1, strings.Repeat("a", 100_000))),
			[]exactProblem{{2, "recommendation", "This cell holds 100000 characters; svbench reads at most 10000 in one cell."}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if len(c.data) > ingest.MaxFileSize {
				t.Fatalf("the file is %d bytes, over the web limit", len(c.data))
			}
			store := seededStore(t)
			before := dump(t, store.DB.Path)
			start := time.Now()
			_, err := ingest.ImportAgreements(context.Background(), store, c.data, ingest.FromFile("observed", "Ada"), false)
			t.Logf("%d bytes refused in %v", len(c.data), time.Since(start).Round(time.Millisecond))
			var ps ingest.Problems
			if !asProblems(err, &ps) {
				t.Fatalf("error = %v, want problems", err)
			}
			if len(ps) != len(c.want) {
				t.Fatalf("%d problems, want %d:\n%s", len(ps), len(c.want), ps)
			}
			for i, w := range c.want {
				if p := ps[i]; p.Line != w.line || p.Column != w.column || p.Message != w.message {
					t.Errorf("problem %d = line %d, column %q: %q\nwant line %d, column %q: %q", i+1, p.Line, p.Column, p.Message, w.line, w.column, w.message)
				}
			}
			if dump(t, store.DB.Path) != before {
				t.Error("the database changed")
			}
		})
	}
}

// asProblems reports whether err is a list of problems, setting ps.
func asProblems(err error, ps *ingest.Problems) bool { return errors.As(err, ps) }
