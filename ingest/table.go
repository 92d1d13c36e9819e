package ingest

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/gocarina/gocsv"
)

// table is a file's rows as text, with the line each row starts on, ready
// for gocsv to map onto row structs. Its header is normalised, so column
// names match ignoring case, spaces, hyphens and underscores.
type table struct {
	header []string // normalised names
	raw    []string // names as written
	width  int      // fields in the header record, blank ones included
	rows   [][]string
	lines  []int // lines[i] is the file line where rows[i] starts
}

// normalizeHeader folds a column name: "Sub-Theme", "sub_theme" and
// "SUB THEME" all become "subtheme".
func normalizeHeader(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// readTable reads a file, CSV or XLSX, of at most limit bytes into a
// table. A file too large, not text, or not well-formed yields one problem
// saying so; a workbook's reading stops with ctx's error once ctx is done.
func readTable(ctx context.Context, data []byte, limit int) (*table, error) {
	if len(data) > limit {
		// Reading stops just past the limit, so the file's real size is
		// not known: say only that it is over the limit.
		return nil, Problems{{Message: fmt.Sprintf("The file is larger than %d MB, the most svbench accepts.", limit>>20)}}
	}
	maxRows := rowLimit(limit)
	if sniff(data) == FormatXLSX {
		return readXLSX(ctx, data, maxRows)
	}
	t, ps := readCSV(data, maxRows)
	if ps != nil {
		return nil, ps
	}
	return t, nil
}

// readCSV parses CSV data into a table. Trailing empty rows and columns, as
// Excel leaves them, are dropped; a malformed file yields one problem naming
// the line.
func readCSV(data []byte, maxRows int) (*table, Problems) {
	text, ok := decodeBytes(data)
	if !ok {
		return nil, Problems{{Message: "This is not a CSV file: save the spreadsheet as CSV (comma delimited) or Excel workbook (.xlsx) and upload that."}}
	}
	// A lone CR ends a line, as classic Mac files and some editors write
	// it, so a row ending in one is never merged into the row before.
	r := csv.NewReader(bytes.NewReader(lineFeeds(text)))
	r.FieldsPerRecord = -1
	var records [][]string
	var lines []int
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, Problems{{Line: pe.StartLine, Message: "This is not a readable CSV file: " + quoteProblem(pe)}}
			}
			return nil, Problems{{Message: "This is not a readable CSV file: " + err.Error() + "."}}
		}
		line, _ := r.FieldPos(0)
		// maxRows counts the header, as the workbook reader does.
		if len(records) >= maxRows {
			return nil, Problems{{Line: line, Message: fmt.Sprintf("The file has more than %d rows, the most svbench reads in one file.", maxRows)}}
		}
		records = append(records, rec)
		lines = append(lines, line)
	}
	if len(records) > 0 && len(records[0]) == 1 {
		for _, sep := range []struct{ char, name string }{{";", "semicolons"}, {"\t", "tabs"}} {
			if strings.Contains(records[0][0], sep.char) {
				return nil, Problems{{Line: lines[0], Message: "The columns are separated by " + sep.name + ", not commas: save the spreadsheet as CSV (comma delimited) and upload that."}}
			}
		}
	}
	return newTable(records, lines, true)
}

// newTable builds a table from records whose first row is the header. With
// exact, as for CSV, every row must have as many fields as the header; a
// row of a sheet may stop short. In both, a filled cell past the header's
// last column refuses the file, so no text is silently dropped.
func newTable(records [][]string, lines []int, exact bool) (*table, Problems) {
	for len(records) > 0 && blank(records[len(records)-1]) {
		records, lines = records[:len(records)-1], lines[:len(lines)-1]
	}
	if len(records) == 0 {
		return nil, Problems{{Message: "The file is empty: it needs a header row and at least one row of data."}}
	}
	t, ps := newHeader(records[0], lines[0])
	if ps != nil {
		return nil, ps
	}
	for i, rec := range records[1:] {
		if row := t.check(rec, lines[i+1], exact, &ps); row != nil {
			t.rows = append(t.rows, row)
			t.lines = append(t.lines, lines[i+1])
		}
	}
	if ps != nil {
		return nil, ps.err().(Problems)
	}
	return t, nil
}

// newHeader starts a table from its header record, read on line: no more
// than MaxColumns named, none twice.
func newHeader(header []string, line int) (*table, Problems) {
	t := &table{raw: header, width: len(header)}
	for len(t.raw) > 0 && strings.TrimSpace(t.raw[len(t.raw)-1]) == "" {
		t.raw = t.raw[:len(t.raw)-1]
	}
	if len(t.raw) > MaxColumns {
		return nil, Problems{{Line: line, Message: fmt.Sprintf("The header has %d columns; svbench reads at most %d.", len(t.raw), MaxColumns)}}
	}
	var ps Problems
	seen := map[string]bool{}
	for _, h := range t.raw {
		n := normalizeHeader(h)
		if n != "" && seen[n] {
			ps.add(line, strings.TrimSpace(h), "The column %q appears twice; keep one.", strings.TrimSpace(h))
		}
		seen[n] = true
		t.header = append(t.header, n)
	}
	if ps != nil {
		return nil, ps
	}
	return t, nil
}

// check returns record rec, read on line, as a row of the table's
// columns, or nil when it is blank or wrong, each fault added to ps. With
// exact, as for CSV, the row must have as many fields as the header; a row
// of a sheet may stop short. In both, a filled cell past the header's last
// column is a fault, so no text is silently dropped.
func (t *table) check(rec []string, line int, exact bool, ps *Problems) []string {
	if blank(rec) {
		return nil
	}
	if exact && len(rec) != t.width {
		ps.add(line, "", "This row has %d fields but the header has %d: put any cell holding a comma in double quotes.", len(rec), t.width)
		return nil
	}
	if n := filled(rec); n > len(t.header) {
		ps.add(line, "", "This row fills %d columns but the header names %d: give every filled column a header.", n, len(t.header))
		return nil
	}
	for j, c := range rec {
		if len(c) > MaxCellLength {
			ps.add(line, columnName(t.raw, j), "This cell holds %d characters; svbench reads at most %d in one cell.", len(c), MaxCellLength)
		}
	}
	row := make([]string, len(t.header))
	for j := range row {
		if j < len(rec) {
			row[j] = unixLineBreaks(RestoreCell(rec[j]))
		}
	}
	return row
}

// filled is the number of fields of rec up to its last non-blank one.
func filled(rec []string) int {
	n := len(rec)
	for n > 0 && strings.TrimSpace(rec[n-1]) == "" {
		n--
	}
	return n
}

// columnName is the header's name of column j, as written.
func columnName(raw []string, j int) string {
	if j < len(raw) {
		return strings.TrimSpace(raw[j])
	}
	return ""
}

func blank(rec []string) bool {
	for _, c := range rec {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// has reports whether the table has the (normalised) column.
func (t *table) has(col string) bool {
	for _, h := range t.header {
		if h == col {
			return true
		}
	}
	return false
}

// requireColumns reports each missing column on line 1.
func (t *table) requireColumns(cols ...string) Problems {
	var ps Problems
	for _, c := range cols {
		if !t.has(normalizeHeader(c)) {
			ps.add(1, c, "The required column %q is missing.", c)
		}
	}
	return ps
}

// unmarshal maps the rows onto out, a pointer to a slice of structs whose
// csv tags are normalised column names.
func (t *table) unmarshal(out any) error {
	all := append([][]string{t.header}, t.rows...)
	return gocsv.UnmarshalCSV(&recordReader{records: all}, out)
}

// readRows reads an uploaded file as readTable does, checks it has the
// required columns and maps its rows onto out, a pointer to a slice of
// structs whose csv tags are normalised column names. It returns the table
// for its header and lines; whatever goes wrong is a Problems.
func readRows(data []byte, out any, required ...string) (*table, error) {
	return readRowsUpTo(context.Background(), data, MaxFileSize, out, required...)
}

// readRowsUpTo is readRows for a file of at most limit bytes, stopping
// with ctx's error once ctx is done.
func readRowsUpTo(ctx context.Context, data []byte, limit int, out any, required ...string) (*table, error) {
	t, err := readTable(ctx, data, limit)
	if err != nil {
		return nil, err
	}
	if ps := t.requireColumns(required...); ps != nil {
		return nil, ps
	}
	if err := t.unmarshal(out); err != nil {
		return nil, Problems{{Message: "The rows could not be read: " + err.Error()}}
	}
	return t, nil
}

// recordReader serves already-parsed records to gocsv.
type recordReader struct {
	records [][]string
	next    int
}

// Read returns the next record.
func (r *recordReader) Read() ([]string, error) {
	if r.next >= len(r.records) {
		return nil, io.EOF
	}
	r.next++
	return r.records[r.next-1], nil
}

// ReadAll returns the remaining records.
func (r *recordReader) ReadAll() ([][]string, error) {
	rest := r.records[r.next:]
	r.next = len(r.records)
	return rest, nil
}

// quoteProblem explains a CSV reading error in words, with where it is.
func quoteProblem(pe *csv.ParseError) string {
	at := fmt.Sprintf(" (at character %d of the line)", pe.Column)
	switch {
	case errors.Is(pe.Err, csv.ErrBareQuote):
		return `a " appears inside a cell that does not start with one` + at + `. Put the whole cell in double quotes and write each " inside it twice.`
	case errors.Is(pe.Err, csv.ErrQuote):
		return `a cell opened with " is not closed` + at + `. Check that each quoted cell ends with ", and that each " inside it is written twice.`
	}
	return "the file cannot be read as comma-separated rows" + at + "."
}

// lineFeeds ends every line of text with a line feed, so that a lone CR
// ends a line, as classic Mac files and some editors write it. CRLF is left
// alone when no lone CR is found, since encoding/csv reads it as a line feed
// itself; that spares copying a large file twice.
func lineFeeds(text []byte) []byte {
	for i := 0; ; i++ {
		j := bytes.IndexByte(text[i:], '\r')
		if j < 0 {
			return text
		}
		i += j
		if i+1 == len(text) || text[i+1] != '\n' {
			return bytes.ReplaceAll(bytes.ReplaceAll(text, []byte("\r\n"), []byte("\n")), []byte("\r"), []byte("\n"))
		}
	}
}

// unixLineBreaks writes every line break in a cell as "\n": Windows' CRLF
// and a lone CR (old Mac files, or a cell typed on one) alike. A CSV writer
// in CRLF mode, as svbench's exports are, would drop a lone CR, so keeping
// one would break the round trip.
func unixLineBreaks(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}
