package export

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// Printed layout of a sheet: how tall a row of wrapped text must be, which
// columns print, and where the used range ends. Excel and LibreOffice do
// not measure wrapped text themselves when a file does not say how tall
// its rows are, so the sheet estimates it from each cell's characters and
// its column's width.

const (
	// defaultWidth is a column's width in characters when none is set.
	defaultWidth = 8.43
	// lineHeight is one line of 10-point Arial in points, with the row's
	// padding on top.
	lineHeight = 12.75
	rowPadding = 3
	// pixelsPerRow is the height of a default row in pixels, for placing
	// what follows a chart.
	pixelsPerRow = 20
	// minTextWidth is the narrowest, in characters, a sheet's headings and
	// notes wrap across.
	minTextWidth = 100
)

// span is a line of text (a heading value or a note) that is merged across
// the sheet's table columns once the sheet knows how wide they are, so it
// wraps inside the print area instead of running past it.
type span struct {
	col, row int
	text     string
}

// lines estimates how many lines text takes in a column width characters
// wide: each paragraph wraps after about 1.15 × width − 1 characters of
// Arial 10 (a width unit is the default font's "0", wider than Arial 10's
// average letter; LibreOffice 7.4 fits about 1.3).
func lines(text string, width float64) int {
	per := math.Max(1.15*width-1, 1)
	n := 0
	for _, p := range strings.Split(text, "\n") {
		n += max(1, int(math.Ceil(float64(utf8.RuneCountInString(p))/per)))
	}
	return n
}

// maxRowHeight is the tallest row a workbook may hold, in points.
const maxRowHeight = 409

// rowHeight is the height in points of n lines, at most maxRowHeight.
func rowHeight(n int) float64 {
	return min(float64(n)*lineHeight+rowPadding, maxRowHeight)
}

// colWidth is column col's width in characters.
func (s *sheet) colWidth(col int) float64 {
	if w, ok := s.widths[col]; ok {
		return w
	}
	return defaultWidth
}

// fit records that row must be tall enough for text wrapped in columns
// col1..col2 (a later fit of the same cell, once merged, replaces it).
func (s *sheet) fit(row, col1, col2 int, text string) {
	w := 0.0
	for c := col1; c <= col2; c++ {
		w += s.colWidth(c)
	}
	s.heights[[2]int{row, col1}] = rowHeight(lines(text, w))
}

// used records that a cell at col, row holds something printed.
func (s *sheet) used(col, row int) {
	s.lastCol, s.lastRow = max(s.lastCol, col), max(s.lastRow, row)
}

// finish lays the sheet out for print: merges each span across the table
// columns, sets every wrapped row's height, right-aligns the headers of
// number columns, and sets the print area and the used range to the
// table columns and the last row (or the foot of the last chart).
func (s *sheet) finish() {
	if s.err != nil {
		return
	}
	// A sheet without a wide table (Movement with no earlier round) still
	// gives its text a readable width: about 100 characters.
	lastCol, wide := max(s.lastCol, 2), 0.0
	for c := 1; c <= lastCol; c++ {
		wide += s.colWidth(c)
	}
	for ; wide < minTextWidth; wide += s.colWidth(lastCol) {
		lastCol++
	}
	for _, sp := range s.spans {
		if sp.col < lastCol {
			s.do(s.f.MergeCell(s.name, s.cell(sp.col, sp.row), s.cell(lastCol, sp.row)))
		}
		s.do(s.f.SetCellStyle(s.name, s.cell(sp.col, sp.row), s.cell(lastCol, sp.row), s.st.note))
		s.fit(sp.row, sp.col, lastCol, sp.text)
	}
	for cell := range s.numeric {
		s.do(s.f.SetCellStyle(s.name, s.cell(cell[1], cell[0]), s.cell(cell[1], cell[0]), s.st.headerNum))
	}
	tallest := map[int]float64{}
	for cell, h := range s.heights {
		tallest[cell[0]] = max(tallest[cell[0]], h)
	}
	for row, h := range tallest {
		if h > rowHeight(1) {
			s.do(s.f.SetRowHeight(s.name, row, h))
		}
	}
	lastRow := max(s.lastRow, s.chartEnd, 1)
	area := s.ref(1, 1, lastCol, lastRow)
	s.do(s.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Area", Scope: s.name, RefersTo: area}))
	s.do(s.f.SetSheetDimension(s.name, s.cell(1, 1)+":"+s.cell(lastCol, max(s.lastRow, 1))))
}

// chartAt is the cell at which a chart heightPx tall is placed, in column
// A of row; the print area reaches the chart's foot.
func (s *sheet) chartAt(row int, heightPx uint) string {
	s.chartEnd = max(s.chartEnd, row+int(heightPx)/pixelsPerRow+1)
	return s.cell(1, row)
}
