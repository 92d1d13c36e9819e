package ingest

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
)

// errWhole says a file is to be read whole, as readTable does, rather than
// a row at a time: not text, a workbook that cannot be opened, a file
// whose first record is blank, and the like.
var errWhole = errors.New("read the file whole")

// csvRows reads a CSV file a row at a time, with the checks readCSV and
// newTable make of the whole file: a row is checked as it is read, so a
// large file can be written while it is still being read.
type csvRows struct {
	r       *csv.Reader
	t       *table
	read    int // records read, the header included
	maxRows int
	// problems are the faults of rows read so far, as newTable finds them.
	problems Problems
}

// openCSVRows reads the header of CSV data of at most limit bytes. It
// returns errWhole for data readTable must read whole, and Problems for a
// file it refuses outright.
func openCSVRows(data []byte, limit int) (*csvRows, error) {
	if len(data) > limit || sniff(data) != FormatCSV {
		return nil, errWhole
	}
	text, ok := decodeBytes(data)
	if !ok {
		return nil, errWhole
	}
	c := &csvRows{r: csv.NewReader(bytes.NewReader(lineFeeds(text))), maxRows: rowLimit(limit)}
	c.r.FieldsPerRecord = -1
	c.r.ReuseRecord = true
	rec, line, err := c.record()
	if errors.Is(err, io.EOF) || err == nil && blank(rec) {
		return nil, errWhole
	}
	if err != nil {
		return nil, err
	}
	if len(rec) == 1 {
		for _, sep := range []struct{ char, name string }{{";", "semicolons"}, {"\t", "tabs"}} {
			if strings.Contains(rec[0], sep.char) {
				return nil, Problems{{Line: line, Message: "The columns are separated by " + sep.name + ", not commas: save the spreadsheet as CSV (comma delimited) and upload that."}}
			}
		}
	}
	t, ps := newHeader(append([]string(nil), rec...), line)
	if ps != nil {
		return nil, errWhole // readCSV tells these apart from a later line it cannot read
	}
	c.t = t
	return c, nil
}

// record reads the next record and the line it starts on. A file that
// cannot be read on, or has too many rows, is one problem saying so.
func (c *csvRows) record() ([]string, int, error) {
	rec, err := c.r.Read()
	if errors.Is(err, io.EOF) {
		return nil, 0, io.EOF
	}
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return nil, 0, Problems{{Line: pe.StartLine, Message: "This is not a readable CSV file: " + quoteProblem(pe)}}
		}
		return nil, 0, Problems{{Message: "This is not a readable CSV file: " + err.Error() + "."}}
	}
	line, _ := c.r.FieldPos(0)
	if c.read >= c.maxRows {
		return nil, 0, Problems{{Line: line, Message: fmt.Sprintf("The file has more than %d rows, the most svbench reads in one file.", c.maxRows)}}
	}
	c.read++
	return rec, line, nil
}

// next returns the next row that passes the table's checks, as a row of
// its columns, with its line; io.EOF after the last. A row that fails them
// is added to c.problems and passed over.
func (c *csvRows) next() ([]string, int, error) {
	for {
		rec, line, err := c.record()
		if err != nil {
			return nil, 0, err
		}
		if row := c.t.check(rec, line, true, &c.problems); row != nil {
			return row, line, nil
		}
	}
}

// agreementColumns maps each column of header, a normalised one, to the
// index of the AgreementRow field it fills, or -1: the names are those of
// the fields' csv tags, as gocsv matches them.
func agreementColumns(header []string) []int {
	rt := reflect.TypeFor[AgreementRow]()
	out := make([]int, len(header))
	for j, h := range header {
		out[j] = -1
		for i := range rt.NumField() {
			for name := range strings.SplitSeq(rt.Field(i).Tag.Get("csv"), ",") {
				if name == h && out[j] < 0 {
					out[j] = i
				}
			}
		}
	}
	return out
}

// fill sets row's fields from cells, by the columns agreementColumns gave.
func (r *AgreementRow) fill(cols []int, cells []string) {
	v := reflect.ValueOf(r).Elem()
	for j, i := range cols {
		if i >= 0 {
			v.Field(i).SetString(cells[j])
		}
	}
}
