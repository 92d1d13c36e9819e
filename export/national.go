package export

import (
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/ingest"
)

// National sheet names.
const (
	SheetNational = "National"
	SheetNamed    = "Named authorities"
)

// NotShownText stands in a national total's cells where fewer than
// benchmark.MinContributors authorities count.
var NotShownText = fmt.Sprintf("fewer than %d authorities: not shown", benchmark.MinContributors)

// National is what the national view's exports show: the view, the
// viewing authority's name ("" for none), the filter in words and when it
// was made.
type National struct {
	View     benchmark.NationalView
	OwnName  string
	Filter   string
	Exported time.Time
}

// NationalColumns head the national table, in the CSV and the workbook.
var NationalColumns = []string{"Theme", "Green", "Amber", "Red", "Not rated", "Authorities counted", "Own rating", "Others ahead", "Note"}

// ownText is the viewing authority's position in words.
func (n *National) ownText(r benchmark.NationalRow) string {
	switch {
	case n.OwnName == "":
		return ""
	case !r.HasOwn:
		return n.OwnName + ": not in its latest final round"
	}
	return n.OwnName + ": " + r.Own.Label()
}

// aheadText is how many other counted authorities rate the row better.
func aheadText(r benchmark.NationalRow) string {
	if !r.Shown || !r.HasOwn || r.Own == benchmark.NotRated {
		return ""
	}
	return fmt.Sprintf("%d of %d", r.Ahead, r.Others)
}

// nationalInfo is the heading block of the national sheets.
func (n *National) nationalInfo() []info {
	return []info{
		{"Authorities counted", strconv.Itoa(n.View.Contributors) + " sharing their latest final round"},
		{"Filter", n.Filter},
		{"Date", "exported " + n.Exported.Format("2 January 2006")},
		{"Rule", benchmark.ThemeRatingRule},
	}
}

// WriteNationalCSV writes the national table, one line per theme and
// sub-theme, as the round's CSV is written (UTF-8 with a byte order mark,
// CRLF, every cell neutralised). Totals below the minimum are blank with
// NotShownText in the Note column.
func WriteNationalCSV(w io.Writer, n *National) error {
	records := [][]string{NationalColumns}
	for _, r := range n.View.Rows {
		line := []string{r.Label(), "", "", "", "", strconv.Itoa(r.Contributors), n.ownText(r), aheadText(r), ""}
		if r.Shown {
			for i, rag := range benchmark.RAGs {
				line[1+i] = strconv.Itoa(r.Counts.Count(rag))
			}
		} else {
			line[5], line[8] = "", NotShownText
		}
		records = append(records, line)
	}
	return ingest.WriteExcelRecords(w, records)
}

// WriteNationalXLSX writes the national view as a workbook: the table with
// a native stacked bar chart, then the authorities that share by name
// with their rating of each theme.
func WriteNationalXLSX(w io.Writer, n *National) error {
	pages := []page{{SheetNational, func(s *sheet) { writeNational(s, n) }}, {SheetNamed, func(s *sheet) { writeNamed(s, n) }}}
	return writeBook(w, "write national workbook", "Safety Valve: authorities benchmarked against each other",
		"How many authorities rate each theme Green, Amber, Red or not rated", n.Exported, pages)
}

// writeNational is the national table and its chart.
func writeNational(s *sheet, n *National) {
	s.heading("Authorities benchmarked against each other", n.nationalInfo())
	header := s.columns(NationalColumns, []float64{56, 9, 9, 9, 10, 12, 28, 12, 30})
	first := s.row
	for _, r := range n.View.Rows {
		row := s.row
		label := s.st.wrap
		if r.SubThemeID == 0 {
			label = s.st.bold
		}
		s.str(1, row, r.Label(), label)
		if r.Shown {
			for i, rag := range benchmark.RAGs {
				s.count(2+i, row, r.Counts.Count(rag), s.st.count)
			}
			s.count(6, row, r.Contributors, s.st.count)
		} else {
			s.str(9, row, NotShownText, s.st.wrap)
		}
		s.str(7, row, n.ownText(r), s.st.wrap)
		s.str(8, row, aheadText(r), s.st.wrap)
		s.row++
	}
	last := s.row - 1
	s.table()
	s.row++
	s.note(fmt.Sprintf("Counts are authorities, not recommendations. A total is shown only where at least %d authorities count, so no one authority can be singled out; authorities that share in totals only are never named.", benchmark.MinContributors))
	if last >= first {
		addRAGChart(s, "Authorities by their rating of each theme", header, first, last, s.row+1)
	}
	s.print("Authorities benchmarked against each other")
}

// writeNamed lists the authorities that share by name, with their rating
// of each theme.
func writeNamed(s *sheet, n *National) {
	s.heading("Authorities that share by name", n.nationalInfo())
	var themes []benchmark.NationalRow
	for _, r := range n.View.Rows {
		if r.SubThemeID == 0 {
			themes = append(themes, r)
		}
	}
	titles, widths := []string{"Authority"}, []float64{30}
	for _, t := range themes {
		titles, widths = append(titles, t.Theme), append(widths, 20)
	}
	s.columns(titles, widths)
	for _, p := range n.View.Named {
		s.str(1, s.row, p.Name, s.st.wrap)
		for i, t := range themes {
			if rag, ok := p.Ratings[t.ThemeID]; ok {
				s.str(2+i, s.row, rag.Label(), s.st.rag[rag])
			} else {
				s.str(2+i, s.row, "not in its round", s.st.wrap)
			}
		}
		s.row++
	}
	s.table()
	s.row++
	s.note("Only authorities whose editors chose to share by name are listed; those sharing in totals only count in the National sheet and are never named.")
	s.print("Authorities that share by name")
}
