package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/svbench/svbench/benchmark/deficit"
)

// mark formats the year's figure in column field, with " (d)" when the
// source does not print it and the model derived it.
func mark(y deficit.YearResult, field string, v float64) string {
	if _, ok := y.IsDerived(field); ok {
		return num(v) + " (d)"
	}
	return num(v)
}

// writeDerived lists every figure marked "(d)" with how it was derived.
func writeDerived(w io.Writer, p *deficit.Projection) {
	first := true
	for _, y := range p.Years {
		for _, d := range y.Derived {
			if first {
				fmt.Fprintln(w, "\n(d) derived: the source does not print these figures; how each was worked out:")
				first = false
			}
			fmt.Fprintf(w, "  %s %s = %s: %s\n", d.Year, d.Name, num(d.Value), d.How)
		}
	}
}

// writePublished prints the source's tables with every figure as printed.
func writePublished(w io.Writer, ts []deficit.PublishedTable) {
	for _, t := range ts {
		fmt.Fprintf(w, "\n%s, as published\n", t.Title)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, strings.Join(t.Columns, "\t")+"\t")
		for _, r := range t.Rows {
			fmt.Fprintln(tw, strings.Join(r, "\t")+"\t")
		}
		tw.Flush()
	}
}
