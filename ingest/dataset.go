package ingest

import (
	"fmt"
	"io/fs"
	"strings"

	"github.com/svbench/svbench/benchmark"
)

// authorityRow is a row of datasets/authorities.csv.
type authorityRow struct {
	ONSCode string `csv:"onscode"`
	DfECode string `csv:"dfecode"`
	Name    string `csv:"name"`
	Kind    string `csv:"kind"`
}

// ParseAuthorities reads the authorities list (ons_code, dfe_code, name, kind).
func ParseAuthorities(data []byte) ([]*benchmark.Authority, error) {
	var rows []*authorityRow
	if _, err := readRows(data, &rows, "ons_code", "dfe_code", "name", "kind"); err != nil {
		return nil, err
	}
	out := make([]*benchmark.Authority, len(rows))
	for i, r := range rows {
		out[i] = &benchmark.Authority{ONSCode: r.ONSCode, DfECode: r.DfECode, Name: r.Name, Kind: r.Kind}
	}
	return out, nil
}

// themeRow is a row of datasets/themes.csv; a row with no sub-theme
// describes the theme itself.
type themeRow struct {
	Theme       string `csv:"theme"`
	SubTheme    string `csv:"subtheme"`
	Description string `csv:"description"`
	Vocabulary  string `csv:"vocabulary"`
}

// ParseTaxonomy reads the theme taxonomy (theme, sub_theme, description,
// vocabulary with terms separated by ";").
func ParseTaxonomy(data []byte) (benchmark.Taxonomy, error) {
	var rows []*themeRow
	if _, err := readRows(data, &rows, "theme", "sub_theme", "description", "vocabulary"); err != nil {
		return nil, err
	}
	var tax benchmark.Taxonomy
	for _, r := range rows {
		th := tax.Theme(r.Theme)
		if th == nil {
			th = &benchmark.Theme{Name: r.Theme}
			tax = append(tax, th)
		}
		vocab := splitTerms(r.Vocabulary)
		if r.SubTheme == "" {
			th.Description, th.Vocabulary = r.Description, vocab
			continue
		}
		th.SubThemes = append(th.SubThemes, &benchmark.SubTheme{Name: r.SubTheme, Description: r.Description, Vocabulary: vocab})
	}
	return tax, nil
}

// assessmentRow is a row of datasets/assessments.csv: one shipped round.
type assessmentRow struct {
	File       string `csv:"file"`
	Authority  string `csv:"authority"`
	Title      string `csv:"title"`
	AssessedOn string `csv:"assessedon"`
	Final      bool   `csv:"final"`
	Source     string `csv:"source"`
}

func splitTerms(s string) []string {
	var out []string
	for _, t := range strings.Split(s, ";") {
		if t = strings.TrimSpace(t); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// readDataset reads one shipped file.
func readDataset(fsys fs.FS, name string) ([]byte, error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("read dataset %s: %w", name, err)
	}
	return data, nil
}
