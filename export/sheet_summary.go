package export

import (
	"github.com/svbench/svbench/benchmark"
	"github.com/xuri/excelize/v2"
)

// summaryColumns head the theme x RAG table.
var summaryColumns = []string{"Theme", "Green", "Amber", "Red", "Not rated", "Total", "Share Green"}

// writeSummary is sheet 2: counts per theme and rating, share Green, and a
// stacked bar chart of the counts.
func writeSummary(s *sheet, r *Pack) {
	s.heading(r.Assessment.Title+": summary by theme", roundInfo(r))
	sum := r.Summary()
	header := s.columns(summaryColumns, []float64{48, 10, 10, 10, 11, 10, 13})
	first := s.row
	for _, tc := range sum.Themes {
		writeCountRow(s, tc, s.st.wrap)
	}
	last := s.row - 1
	writeCountRow(s, sum.All, s.st.bold)
	s.table()
	s.row++
	s.note("A recommendation counts once under each of its themes, so theme rows can add up to more than All themes. Not rated is counted apart from Red.")
	if len(sum.Themes) > 0 {
		addRAGChart(s, "Recommendations by theme and rating", header, first, last, s.row+1)
	}
	s.print(r.Assessment.Title)
}

// writeCountRow writes one theme's counts as numbers and its share Green
// as a fraction formatted as a percentage.
func writeCountRow(s *sheet, tc benchmark.ThemeCount, label int) {
	n := s.row
	s.str(1, n, tc.Theme, label)
	for i, rag := range benchmark.RAGs {
		s.count(2+i, n, tc.Count(rag), s.st.count)
	}
	s.count(6, n, tc.Total(), s.st.count)
	s.num(7, n, tc.Share(benchmark.Green), s.st.share)
	s.row++
}

// addRAGChart places a stacked bar chart of the Green..Not rated columns
// (B to E) of rows first..last, one bar per theme, coloured as the key.
func addRAGChart(s *sheet, title string, header, first, last int, row int) {
	if s.err != nil {
		return
	}
	var series []excelize.ChartSeries
	for i, rag := range benchmark.RAGs {
		series = append(series, excelize.ChartSeries{
			Name:       s.ref(2+i, header, 2+i, header),
			Categories: s.ref(1, first, 1, last),
			Values:     s.ref(2+i, first, 2+i, last),
			Fill:       excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{Colours[rag].Chart}},
		})
	}
	overlap := 100
	height := uint(160 + 36*(last-first+1))
	s.do(s.f.AddChart(s.name, s.chartAt(row, height), &excelize.Chart{
		Type:      excelize.BarStacked,
		Series:    series,
		Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: title}}},
		Legend:    excelize.ChartLegend{Position: "bottom"},
		Dimension: excelize.ChartDimension{Width: 720, Height: height},
		Format:    excelize.GraphicOptions{AltText: title + ", one bar per theme"},
		XAxis:     excelize.ChartAxis{ReverseOrder: true, Font: axisFont},
		YAxis:     excelize.ChartAxis{MajorGridLines: true, Font: axisFont, TickLabelPosition: excelize.ChartTickLabelLow},
		Overlap:   &overlap,
	}))
}
