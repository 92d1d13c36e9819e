package export

import (
	"fmt"
	"math"

	"github.com/svbench/svbench/benchmark"
	"github.com/xuri/excelize/v2"
)

// sheet writes one worksheet row by row. The first error sticks: later
// calls do nothing and err reports it.
type sheet struct {
	f    *excelize.File
	name string
	st   *styles
	// row is the next row to write, from 1.
	row int
	// header and width are the row and column count of the last columns
	// written, the table's header for table.
	header, width int
	err           error
	// Layout for print (layout.go): column widths, the height each row
	// needs, spans to merge, header cells over numbers, the last table
	// column and row written, and the row below the last chart.
	widths                     map[int]float64
	heights                    map[[2]int]float64
	spans                      []span
	numeric                    map[[2]int]bool
	lastCol, lastRow, chartEnd int
}

// info is one line of the heading block every sheet carries.
type info struct{ label, value string }

func newSheet(f *excelize.File, st *styles, name string, first bool) *sheet {
	s := &sheet{f: f, name: name, st: st, row: 1,
		widths: map[int]float64{}, heights: map[[2]int]float64{}, numeric: map[[2]int]bool{}}
	if first {
		s.err = f.SetSheetName("Sheet1", name)
	} else {
		_, s.err = f.NewSheet(name)
	}
	return s
}

func (s *sheet) cell(col, row int) string {
	c, _ := excelize.CoordinatesToCellName(col, row)
	return c
}

// ref is an absolute reference to a cell range for charts and names.
func (s *sheet) ref(col1, row1, col2, row2 int) string {
	a, _ := excelize.CoordinatesToCellName(col1, row1, true)
	b, _ := excelize.CoordinatesToCellName(col2, row2, true)
	return fmt.Sprintf("'%s'!%s:%s", s.name, a, b)
}

func (s *sheet) do(err error) {
	if s.err == nil && err != nil {
		s.err = fmt.Errorf("sheet %s: %w", s.name, err)
	}
}

// str writes text as a string cell: it can never become a formula.
func (s *sheet) str(col, row int, v string, style int) {
	if s.err != nil {
		return
	}
	c := s.cell(col, row)
	s.do(s.f.SetCellStr(s.name, c, v))
	s.do(s.f.SetCellStyle(s.name, c, c, style))
	if style == s.st.wrap || style == s.st.bold || style == s.st.header {
		s.fit(row, col, col, v)
	}
	s.used(col, row)
}

// figure records a number written at col, row: the table's header above
// it is right-aligned to sit over it.
func (s *sheet) figure(col, row int) {
	s.used(col, row)
	if s.header > 0 && row > s.header && col <= s.width {
		s.numeric[[2]int{s.header, col}] = true
	}
}

// num writes a figure as a number cell.
func (s *sheet) num(col, row int, v float64, style int) {
	if s.err != nil {
		return
	}
	c := s.cell(col, row)
	// Rounding to 1e-9 drops binary noise (37.255 - 39.711 is
	// -2.4560000000000031) without touching any published figure.
	s.do(s.f.SetCellFloat(s.name, c, math.Round(v*1e9)/1e9, -1, 64))
	s.do(s.f.SetCellStyle(s.name, c, c, style))
	s.figure(col, row)
}

// count writes a whole number as a number cell.
func (s *sheet) count(col, row int, v int, style int) {
	if s.err != nil {
		return
	}
	c := s.cell(col, row)
	s.do(s.f.SetCellInt(s.name, c, int64(v)))
	s.do(s.f.SetCellStyle(s.name, c, c, style))
	s.figure(col, row)
}

// merge joins columns col1..col2 of row into one cell holding col1's
// value and style, as tall as its text needs across them.
func (s *sheet) merge(col1, row, col2 int) {
	if s.err != nil {
		return
	}
	s.do(s.f.MergeCell(s.name, s.cell(col1, row), s.cell(col2, row)))
	if id, err := s.f.GetCellStyle(s.name, s.cell(col1, row)); err == nil {
		s.do(s.f.SetCellStyle(s.name, s.cell(col1, row), s.cell(col2, row), id))
	} else {
		s.do(err)
	}
	if v, err := s.f.GetCellValue(s.name, s.cell(col1, row)); err == nil {
		s.fit(row, col1, col2, v)
	}
	s.used(col2, row)
}

// heading writes the sheet's title and facts, then a blank row. Each
// fact's value wraps across the table's columns (finish).
func (s *sheet) heading(title string, lines []info) {
	s.str(1, s.row, title, s.st.title)
	s.row++
	for _, l := range lines {
		s.str(1, s.row, l.label, s.st.label)
		s.spanText(2, l.value)
		s.row++
	}
	s.row++
}

// note writes one line of explanatory text, wrapped across the table's
// columns.
func (s *sheet) note(text string) {
	s.spanText(1, text)
	s.row++
}

// spanText writes text at col of the current row and merges it across the
// table's columns when the sheet is finished.
func (s *sheet) spanText(col int, text string) {
	if s.err != nil {
		return
	}
	c := s.cell(col, s.row)
	s.do(s.f.SetCellStr(s.name, c, text))
	s.do(s.f.SetCellStyle(s.name, c, c, s.st.note))
	s.spans = append(s.spans, span{col: col, row: s.row, text: text})
	s.lastRow = max(s.lastRow, s.row)
}

// columns writes a header row with the given titles and widths and returns
// its row number.
func (s *sheet) columns(titles []string, widths []float64) int {
	r := s.row
	for i, t := range titles {
		s.str(i+1, r, t, s.st.header)
		if i < len(widths) && widths[i] > 0 && s.err == nil {
			col, _ := excelize.ColumnNumberToName(i + 1)
			s.do(s.f.SetColWidth(s.name, col, col, widths[i]))
			s.widths[i+1] = widths[i]
		}
	}

	s.row++
	s.header, s.width = r, len(titles)
	return r
}

// table freezes the rows down to the last columns' header, filters the
// table from it to the last row written and repeats the header on every
// printed page.
func (s *sheet) table() {
	if s.err != nil {
		return
	}
	header, lastCol, lastRow := s.header, s.width, s.row-1
	s.do(s.f.SetPanes(s.name, &excelize.Panes{Freeze: true, YSplit: header, TopLeftCell: s.cell(1, header+1), ActivePane: "bottomLeft"}))
	s.do(s.f.AutoFilter(s.name, s.cell(1, header)+":"+s.cell(lastCol, max(lastRow, header+1)), nil))
	s.do(s.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: s.name,
		RefersTo: fmt.Sprintf("'%s'!$%d:$%d", s.name, header, header)}))
}

// sideMargin is the left and right page margin in inches.
const sideMargin = 0.5

// print lays the sheet out (finish) and sets A4 landscape with half-inch
// side margins, fit to one page wide, and a footer naming the document and
// page.
func (s *sheet) print(title string) {
	s.finish()
	if s.err != nil {
		return
	}
	size, orient, wide, tall, fit := 9, "landscape", 1, 0, true
	s.do(s.f.SetSheetProps(s.name, &excelize.SheetPropsOptions{FitToPage: &fit}))
	s.do(s.f.SetPageLayout(s.name, &excelize.PageLayoutOptions{Size: &size, Orientation: &orient, FitToWidth: &wide, FitToHeight: &tall}))
	side, edge := sideMargin, 0.75
	s.do(s.f.SetPageMargins(s.name, &excelize.PageLayoutMarginsOptions{Left: &side, Right: &side, Top: &edge, Bottom: &edge}))
	s.do(s.f.SetHeaderFooter(s.name, &excelize.HeaderFooterOptions{
		OddFooter: "&L" + footerText(title) + "&RPage &P of &N",
	}))
}

// footerText escapes & for a header/footer and keeps it short.
func footerText(s string) string {
	out := []rune{}
	for _, r := range s {
		if r == '&' {
			out = append(out, '&', '&')
			continue
		}
		out = append(out, r)
		if len(out) > 120 {
			break
		}
	}
	return string(out)
}

// cellStyle is a rating cell's style: the rating's fill, or plain text
// when the round's revision lacks the recommendation ("Not in this
// revision" is no rating, so it takes no rating's colour).
func (s *sheet) cellStyle(r benchmark.RAG, missing bool) int {
	if missing {
		return s.st.text
	}
	return s.st.rag[r]
}
