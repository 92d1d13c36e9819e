package export_test

import (
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/svbench/svbench/export"
	"github.com/xuri/excelize/v2"
)

// a4LandscapePx is the printable width of A4 landscape (297 mm) inside
// half-inch side margins, in pixels at 96 per inch.
const a4LandscapePx = (297/25.4 - 1.0) * 96

// colPx is a column's width in pixels as Excel draws it (7 px a
// character of the default font, 5 px of padding).
func colPx(w float64) float64 { return w*7 + 5 }

// TestWorkbook_PrintLayout reads the Bristol workbook back and checks each
// sheet prints near full size and its wrapped rows are tall enough.
func TestWorkbook_PrintLayout(t *testing.T) {
	store := seeded(t)
	r := load(t, store, bristol(t, store).ID)
	f, _ := workbook(t, r)

	for _, sh := range f.GetSheetList() {
		t.Run(sh, func(t *testing.T) {
			lastCol := printAreaCols(t, f, sh)
			px := 0.0
			for c := 1; c <= lastCol; c++ {
				name, _ := excelize.ColumnNumberToName(c)
				w, err := f.GetColWidth(sh, name)
				if err != nil {
					t.Fatal(err)
				}
				px += colPx(w)
			}
			if px > 1.4*a4LandscapePx {
				t.Errorf("print area %.0f px wide, over 1.4 × %.0f px: fit to width would print below 70%%", px, a4LandscapePx)
			}

			rows, err := f.GetRows(sh)
			if err != nil {
				t.Fatal(err)
			}
			dim, _ := f.GetSheetDimension(sh)
			if !strings.HasPrefix(dim, "A1:") || dim == "A1:A1" {
				t.Errorf("dimension %q, want the used range", dim)
			} else if _, lastRow, err := excelize.CellNameToCoordinates(strings.TrimPrefix(dim, "A1:")); err != nil || lastRow < len(rows) {
				t.Errorf("dimension %q ends above the last row %d (%v)", dim, len(rows), err)
			}

			// Every cell that wraps text longer than its column (or its
			// merged range) sits in a row taller than one line.
			merged := mergedWidths(t, f, sh)
			for i, row := range rows {
				n := i + 1
				for c, v := range row {
					ref, _ := excelize.CoordinatesToCellName(c+1, n)
					if v == "" || strings.Contains(v, "\n") {
						continue
					}
					id, _ := f.GetCellStyle(sh, ref)
					st, err := f.GetStyle(id)
					if err != nil || st.Alignment == nil || !st.Alignment.WrapText {
						continue
					}
					w, ok := merged[ref]
					if !ok {
						name, _ := excelize.ColumnNumberToName(c + 1)
						w, _ = f.GetColWidth(sh, name)
					}
					// 1.3 characters a width unit is more than 10pt Arial
					// ever fits, so text longer than that must wrap.
					if float64(utf8.RuneCountInString(v)) <= 1.3*w {
						continue
					}
					h, _ := f.GetRowHeight(sh, n)
					if h < 25 {
						t.Errorf("%s (%d characters in %.0f wide) wraps in a row %.1f pt tall", ref, utf8.RuneCountInString(v), w, h)
					}
				}
			}
		})
	}
}

// printAreaCols checks sheet sh has a print area from A1 and returns its
// last column.
func printAreaCols(t *testing.T, f *excelize.File, sh string) int {
	t.Helper()
	for _, d := range f.GetDefinedName() {
		if d.Name != "_xlnm.Print_Area" || d.Scope != sh {
			continue
		}
		ref := d.RefersTo[strings.LastIndex(d.RefersTo, "!")+1:]
		parts := strings.Split(strings.ReplaceAll(ref, "$", ""), ":")
		if len(parts) != 2 || parts[0] != "A1" {
			t.Fatalf("print area %q, want A1:…", d.RefersTo)
		}
		col, _, err := excelize.CellNameToCoordinates(parts[1])
		if err != nil {
			t.Fatal(err)
		}
		return col
	}
	t.Fatalf("%s has no print area", sh)
	return 0
}

// mergedWidths maps the top-left cell of each merged range to its width.
func mergedWidths(t *testing.T, f *excelize.File, sh string) map[string]float64 {
	t.Helper()
	cells, err := f.GetMergeCells(sh)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]float64{}
	for _, m := range cells {
		c1, _, _ := excelize.CellNameToCoordinates(m.GetStartAxis())
		c2, _, _ := excelize.CellNameToCoordinates(m.GetEndAxis())
		w := 0.0
		for c := c1; c <= c2; c++ {
			name, _ := excelize.ColumnNumberToName(c)
			cw, _ := f.GetColWidth(sh, name)
			w += cw
		}
		out[m.GetStartAxis()] = w
	}
	return out
}

// numFmt is the number format of a cell: its custom code or built-in id.
func numFmt(t *testing.T, f *excelize.File, sh, ref string) (string, int) {
	t.Helper()
	id, err := f.GetCellStyle(sh, ref)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	if st.CustomNumFmt != nil {
		return *st.CustomNumFmt, st.NumFmt
	}
	return "", st.NumFmt
}

// TestWorkbook_NumberFormats: counts print as whole numbers, shares as
// percentages, £ figures as whole pounds and £m to the thousandth, and
// the headers over numbers are right-aligned.
func TestWorkbook_NumberFormats(t *testing.T) {
	store := seeded(t)
	r := load(t, store, bristol(t, store).ID)
	f, _ := workbook(t, r)

	sh := export.SheetSummary
	header := findRow(t, f, sh, 1, "Theme")
	n := strconv.Itoa(header + 1)
	if _, id := numFmt(t, f, sh, "B"+n); id != 3 { // #,##0
		t.Errorf("Summary count format %d, want 3 (#,##0)", id)
	}
	if code, _ := numFmt(t, f, sh, "G"+n); code != "0%" {
		t.Errorf("Summary share format %q, want 0%%", code)
	}
	for _, col := range []string{"B", "F", "G"} {
		id, _ := f.GetCellStyle(sh, col+strconv.Itoa(header))
		st, _ := f.GetStyle(id)
		if st.Alignment == nil || st.Alignment.Horizontal != "right" {
			t.Errorf("Summary header %s%d not right-aligned over its numbers", col, header)
		}
	}
	if id, _ := f.GetCellStyle(sh, "A"+strconv.Itoa(header)); id != 0 {
		st, _ := f.GetStyle(id)
		if st.Alignment != nil && st.Alignment.Horizontal == "right" {
			t.Error("Theme header right-aligned over text")
		}
	}

	// Reconciliation: each figure's format follows the unit it is in.
	fsh := export.SheetFindings
	rows, _ := f.GetRows(fsh)
	seen := map[string]bool{}
	for i, row := range rows {
		if len(row) < 6 || row[5] == "" || i+1 <= findRow(t, f, fsh, 1, "Table") {
			continue
		}
		code, id := numFmt(t, f, fsh, "F"+strconv.Itoa(i+1))
		switch row[4] {
		case "£":
			seen["£"] = true
			if !strings.Contains(code, "£") || strings.Contains(code, ".") {
				t.Errorf("row %d in £: format %q, want whole pounds with £", i+1, code)
			}
		case "count":
			seen["count"] = true
			if code != "" || id != 3 {
				t.Errorf("row %d a count: format %q/%d, want #,##0", i+1, code, id)
			}
			if strings.Contains(row[5], ".") {
				t.Errorf("row %d a count prints %q", i+1, row[5])
			}
		case "£m":
			seen["£m"] = true
			if !strings.Contains(code, "0.000") {
				t.Errorf("row %d in £m: format %q, want thousandths", i+1, code)
			}
		}
	}
	// Bury's tables print £m, whole-£ savings and counts of places.
	for _, u := range []string{"£m", "£", "count"} {
		if !seen[u] {
			t.Errorf("no finding in %s", u)
		}
	}
}

// TestWorkbook_Metadata: the file says it was made now, by svbench.
func TestWorkbook_Metadata(t *testing.T) {
	store := seeded(t)
	r := load(t, store, bristol(t, store).ID)
	r.Exported = time.Date(2026, 12, 2, 21, 30, 0, 0, time.UTC)
	f, _ := workbook(t, r)
	p, err := f.GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	for name, v := range map[string]string{"created": p.Created, "modified": p.Modified} {
		got, err := time.Parse(time.RFC3339, v)
		if err != nil || !got.Equal(r.Exported) {
			t.Errorf("%s = %q (%v), want %s", name, v, err, r.Exported.Format(time.RFC3339))
		}
	}
	if p.Creator != "svbench" {
		t.Errorf("creator %q", p.Creator)
	}
	if !strings.Contains(p.Title, "Bristol") {
		t.Errorf("title %q", p.Title)
	}
}
