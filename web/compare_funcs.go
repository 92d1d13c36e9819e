package web

import "github.com/svbench/svbench/benchmark"

// compareTheme is one theme's block of the comparison table: its counts
// per round with the rounds' labels.
type compareTheme struct {
	Theme   string
	Differs bool
	Counts  []benchmark.ThemeCount
	Labels  []string
}

func newCompareTheme(t benchmark.ComparedTheme, labels []string) compareTheme {
	return compareTheme{Theme: t.Theme, Differs: t.Differs(), Counts: t.Counts, Labels: labels}
}
