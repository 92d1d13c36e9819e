package ingest_test

import (
	"errors"
	"testing"

	"github.com/svbench/svbench/ingest"
)

// A file of examples with any wrong row is refused whole, each problem at
// its line and column, and the taxonomy keeps the examples it had.
func TestParseThemeExamples_RefusedWhole(t *testing.T) {
	ref, _ := shipped(t)
	tax := ref.Taxonomy
	before := 0
	for _, th := range tax {
		before += len(th.Examples)
		for _, st := range th.SubThemes {
			before += len(st.Examples)
		}
	}
	file := "theme,sub_theme,example,written_from,source_url\n" +
		"Financial Efficiencies,Commissioning,Agree fair prices for independent places.,Kent,https://example.org/kent\n" +
		"Mystery Theme,,Something.,Kent,\n" +
		"Financial Efficiencies,Early Years,Something else.,Kent,\n" +
		"Financial Efficiencies,,  ,Kent,\n" +
		"Financial Efficiencies,,Tidy the books.,Kent,javascript:alert(1)\n"
	err := ingest.ParseThemeExamples([]byte(file), tax)
	var ps ingest.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("err = %v, want problems", err)
	}
	want := []struct {
		line   int
		column string
	}{{3, "theme"}, {4, "sub_theme"}, {5, "example"}, {6, "source_url"}}
	if len(ps) != len(want) {
		t.Fatalf("problems = %v, want %d", ps, len(want))
	}
	for i, w := range want {
		if ps[i].Line != w.line || ps[i].Column != w.column {
			t.Errorf("problem %d = %s, want line %d, column %s", i+1, ps[i], w.line, w.column)
		}
	}
	after := 0
	for _, th := range tax {
		after += len(th.Examples)
		for _, st := range th.SubThemes {
			after += len(st.Examples)
		}
	}
	if after != before || before == 0 {
		t.Errorf("examples %d before, %d after a refused file", before, after)
	}
}
