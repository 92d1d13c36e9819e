package export

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/ingest"
	"github.com/xuri/excelize/v2"
)

// Comparison sheet names.
const (
	SheetCompareRecommendations = "Recommendations"
	SheetCompareThemes          = "Themes"
)

// RoundLabel names a round in a comparison's columns, e.g. "Bristol:
// Mitigation Validation Exercise".
func RoundLabel(a *benchmark.Assessment) string {
	name := a.AuthorityCode
	if a.Authority != nil {
		name = a.Authority.Place()
	}
	s := name + ": " + a.Title
	if a.AssessedOn != "" {
		s += " (" + benchmark.LongDate(a.AssessedOn) + ")"
	}
	return s
}

// comparisonInfo is the heading block of a comparison's sheets.
func comparisonInfo(c benchmark.Comparison, exported time.Time) []info {
	var names, labels, dates []string
	seen := map[string]bool{}
	for _, a := range c.Rounds {
		n := a.AuthorityCode
		if a.Authority != nil {
			n = a.Authority.Place()
		}
		if !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
		labels = append(labels, a.Title)
		d := benchmark.LongDate(a.AssessedOn)
		if d == "" {
			d = "not stated"
		}
		dates = append(dates, a.Title+": "+d)
	}
	var rounds []string
	for _, a := range c.Agreements {
		rounds = append(rounds, a.FinancialYear)
	}
	return []info{
		{"Authority", strings.Join(names, "; ")},
		{"Round", strings.Join(labels, "; ") + " (agreements of " + strings.Join(uniq(rounds), ", ") + ")"},
		{"Date", strings.Join(dates, "; ") + "; exported " + benchmark.DayOf(exported)},
		{"Source documents", sourcesLine(documents(c.Rounds, c.Agreements))},
	}
}

func uniq(list []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range list {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// yesNo is how a comparison says whether rounds differ.
func yesNo(b bool) string {
	if b {
		return "Yes"
	}
	return "No"
}

// WriteComparisonWorkbook writes rounds side by side as XLSX: each shared
// recommendation's rating per round, and each theme's counts and share
// Green per round with a chart.
func WriteComparisonWorkbook(w io.Writer, c benchmark.Comparison, exported time.Time) error {
	title := fmt.Sprintf("Comparison of %d assessment rounds", len(c.Rounds))
	lines := comparisonInfo(c, exported)
	docs := documents(c.Rounds, c.Agreements)
	return writeBook(w, "write comparison", title, "Safety Valve self-assessment rounds side by side", exported, []page{
		{SheetCompareRecommendations, func(s *sheet) { writeComparedRecommendations(s, c, title, lines) }},
		{SheetCompareThemes, func(s *sheet) { writeComparedThemes(s, c, title, lines) }},
		{SheetSources, func(s *sheet) { writeSources(s, title, lines, docs) }},
	})
}

// writeComparedRecommendations writes each shared recommendation's rating
// per round, whether they differ, and the RAG key.
func writeComparedRecommendations(s *sheet, c benchmark.Comparison, title string, lines []info) {
	s.heading(title+": per recommendation", lines)
	cols, widths := []string{"LA", "Recommendation", "Themes"}, []float64{20, 50, 24}
	for _, a := range c.Rounds {
		cols, widths = append(cols, RoundLabel(a)), append(widths, 16)
	}
	cols, widths = append(cols, "Ratings differ"), append(widths, 10)
	s.columns(cols, widths)
	for _, row := range c.Rows {
		n := s.row
		s.str(1, n, LA(row.Agreement), s.st.wrap)
		s.str(2, n, row.Recommendation.Text, s.st.wrap)
		s.str(3, n, joinThemes(row.Recommendation), s.st.wrap)
		for i, cell := range row.Cells() {
			s.str(4+i, n, cell.Label(), s.cellStyle(cell.RAG, cell.Missing))
		}
		s.str(4+len(row.RAGs), n, yesNo(row.Differs()), s.st.text)
		s.row++
	}
	s.table()
	s.row++
	writeKey(s)
	s.print(title)
}

// writeComparedThemes writes each theme's counts and share Green per
// round, then a clustered bar chart of share Green.
func writeComparedThemes(s *sheet, c benchmark.Comparison, title string, lines []info) {
	s.heading(title+": per theme", lines)
	cols, widths := []string{"Theme"}, []float64{44}
	for _, a := range c.Rounds {
		for _, rag := range benchmark.RAGs {
			cols, widths = append(cols, RoundLabel(a)+": "+rag.Label()), append(widths, 12)
		}
	}
	shareCol := len(cols) + 1
	for _, a := range c.Rounds {
		cols, widths = append(cols, RoundLabel(a)+": share Green"), append(widths, 14)
	}
	cols, widths = append(cols, "Counts differ"), append(widths, 10)
	header := s.columns(cols, widths)
	first := s.row
	for _, th := range append(append([]benchmark.ComparedTheme(nil), c.Themes...), c.All) {
		n := s.row
		label := s.st.wrap
		if th.Theme == c.All.Theme {
			label = s.st.bold
		}
		s.str(1, n, th.Theme, label)
		for i, tc := range th.Counts {
			for j, rag := range benchmark.RAGs {
				s.count(2+i*len(benchmark.RAGs)+j, n, tc.Count(rag), s.st.count)
			}
			s.num(shareCol+i, n, tc.Share(benchmark.Green), s.st.share)
		}
		s.str(len(cols), n, yesNo(th.Differs()), s.st.text)
		s.row++
	}
	last := s.row - 1
	s.table()
	s.row++
	s.note("A recommendation counts once under each of its themes. Not rated is counted apart from Red.")
	if s.err == nil && len(c.Rounds) > 0 {
		var series []excelize.ChartSeries
		for i := range c.Rounds {
			series = append(series, excelize.ChartSeries{
				Name: s.ref(shareCol+i, header, shareCol+i, header), Categories: s.ref(1, first, 1, last),
				Values: s.ref(shareCol+i, first, shareCol+i, last),
			})
		}
		chart := "Share Green by theme and round"
		height := uint(200 + 30*(last-first+1)*len(c.Rounds))
		s.do(s.f.AddChart(s.name, s.chartAt(s.row+1, height), &excelize.Chart{
			Type: excelize.Bar, Series: series,
			Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: chart}}},
			Legend:    excelize.ChartLegend{Position: "bottom"},
			Dimension: excelize.ChartDimension{Width: 760, Height: height},
			Format:    excelize.GraphicOptions{AltText: chart},
			XAxis:     excelize.ChartAxis{ReverseOrder: true, Font: axisFont},
			YAxis:     excelize.ChartAxis{MajorGridLines: true, Font: axisFont, NumFmt: excelize.ChartNumFmt{CustomNumFmt: shareFmt}},
		}))
	}
	s.print(title)
}

// WriteComparisonCSV writes the per-recommendation comparison as CSV (LA,
// Recommendation, Themes, one RAG column per round, Ratings differ, each
// round's commentary, Reference, Agreement round), with
// "Not in this revision" where a round's revision lacks the recommendation,
// a byte order mark, CRLF line ends and every text cell neutralised.
func WriteComparisonCSV(w io.Writer, c benchmark.Comparison) error {
	head := []string{"LA", "Recommendation", "Themes"}
	for _, a := range c.Rounds {
		head = append(head, RoundLabel(a))
	}
	head = append(head, "Ratings differ")
	for _, a := range c.Rounds {
		head = append(head, RoundLabel(a)+": commentary")
	}
	records := [][]string{append(head, "Reference", "Agreement round")}
	for _, row := range c.Rows {
		rec := []string{LA(row.Agreement), row.Recommendation.Text, joinThemes(row.Recommendation)}
		for _, cell := range row.Cells() {
			// "Not rated" and "Not in this revision" spelled out, never a blank.
			rec = append(rec, cell.Label())
		}
		rec = append(rec, yesNo(row.Differs()))
		for _, cell := range row.Cells() {
			note := ""
			if cell.Rating != nil {
				note = cell.Rating.Commentary
			}
			rec = append(rec, note)
		}
		records = append(records, append(rec, Reference(row.Agreement, row.Recommendation), row.Agreement.FinancialYear))
	}
	return ingest.WriteExcelRecords(w, records)
}
