package ingest

import (
	"strings"

	"github.com/svbench/svbench/benchmark"
)

// exampleRow is a row of datasets/theme-examples.csv: one labelled
// recommendation. A text that fits two labels has a row for each.
type exampleRow struct {
	Theme       string `csv:"theme"`
	SubTheme    string `csv:"subtheme"`
	Example     string `csv:"example"`
	WrittenFrom string `csv:"writtenfrom"`
	SourceURL   string `csv:"sourceurl"`
}

// ThemeExamplesFile is the shipped file of labelled examples, beside
// themes.csv.
const ThemeExamplesFile = "theme-examples.csv"

// ParseThemeExamples reads labelled examples (theme, sub_theme, example,
// written_from, source_url) into tax, replacing the examples it held.
// Every row must name a theme and sub-theme of tax and carry its text; a
// file with any problem changes nothing.
func ParseThemeExamples(data []byte, tax benchmark.Taxonomy) error {
	var rows []*exampleRow
	t, err := readRows(data, &rows, "theme", "sub_theme", "example", "written_from", "source_url")
	if err != nil {
		return err
	}
	type placed struct {
		th *benchmark.Theme
		st *benchmark.SubTheme
		ex benchmark.Example
	}
	var ps Problems
	var out []placed
	seen := map[string]int{} // label and text -> line
	for i, r := range rows {
		line := t.lines[i]
		th := tax.Theme(r.Theme)
		if th == nil {
			ps.add(line, "theme", "%q is not a theme of the taxonomy.", r.Theme)
			continue
		}
		var st *benchmark.SubTheme
		if strings.TrimSpace(r.SubTheme) != "" {
			if st = th.SubTheme(r.SubTheme); st == nil {
				ps.add(line, "sub_theme", "%q is not a sub-theme of %s.", r.SubTheme, th.Name)
				continue
			}
		}
		text := strings.TrimSpace(r.Example)
		if text == "" {
			ps.add(line, "example", "The example has no text.")
			continue
		}
		key := th.Name + "\x1f" + strings.TrimSpace(r.SubTheme) + "\x1f" + text
		if first, ok := seen[key]; ok {
			ps.add(line, "example", "This example is on line %d already, under the same label.", first)
			continue
		}
		seen[key] = line
		if u := strings.TrimSpace(r.SourceURL); u != "" && !webLink(u) {
			ps.add(line, "source_url", "%q is not a web address; a source link must start with http:// or https://.", shorten(u))
			continue
		}
		out = append(out, placed{th, st, benchmark.Example{Text: text, WrittenFrom: strings.TrimSpace(r.WrittenFrom), SourceURL: strings.TrimSpace(r.SourceURL)}})
	}
	if err := ps.err(); err != nil {
		return err
	}
	for _, th := range tax {
		th.Examples = nil
		for _, st := range th.SubThemes {
			st.Examples = nil
		}
	}
	for _, p := range out {
		if p.st != nil {
			p.st.Examples = append(p.st.Examples, p.ex)
		} else {
			p.th.Examples = append(p.th.Examples, p.ex)
		}
	}
	return nil
}
