package ingest

import (
	"bytes"
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"
)

// xlsxRows reads the first sheet of a workbook a row at a time, as readXLSX
// reads it whole: each row's line is its row number in Excel, cells as
// stored. No more than one row is held at a time.
type xlsxRows struct {
	f        *excelize.File
	rows     *excelize.Rows
	t        *table
	n        int // rows read, the header included
	maxRows  int
	problems Problems
}

// openXLSXRows reads a workbook's header row. A workbook that cannot be
// opened, whose first row is blank or missing, or whose header is at fault
// is errWhole, for readXLSX to say what is wrong just as it would.
func openXLSXRows(data []byte, limit int) (*xlsxRows, error) {
	if ps := checkSheetsXML(data); ps != nil {
		return nil, ps
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: 16 * MaxFileSize, UnzipXMLSizeLimit: 8 << 20})
	if err != nil {
		return nil, errWhole
	}
	x := &xlsxRows{f: f, maxRows: rowLimit(limit)}
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		x.close()
		return nil, errWhole
	}
	if x.rows, err = f.Rows(sheets[0]); err != nil {
		x.close()
		return nil, errWhole
	}
	header, err := x.record()
	if err != nil || blank(header) {
		x.close()
		if _, ok := err.(Problems); ok {
			return nil, err
		}
		return nil, errWhole
	}
	t, ps := newHeader(header, x.n)
	if ps != nil {
		x.close()
		return nil, errWhole // readXLSX tells these apart from faults of later rows
	}
	x.t = t
	return x, nil
}

// record reads the next row of the sheet, with readXLSX's limits; io.EOF
// after the last.
func (x *xlsxRows) record() ([]string, error) {
	if !x.rows.Next() {
		if err := x.rows.Error(); err != nil {
			return nil, Problems{{Message: "The first sheet could not be read: " + err.Error() + "."}}
		}
		return nil, io.EOF
	}
	x.n++
	cols, err := x.rows.Columns(excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, Problems{{Line: x.n, Message: "This row could not be read: " + err.Error() + "."}}
	}
	if x.n > x.maxRows {
		return nil, Problems{{Line: x.n, Message: fmt.Sprintf("The sheet has more than %d rows, the most svbench reads in one file.", x.maxRows)}}
	}
	if len(cols) > MaxColumns && filled(cols) > MaxColumns {
		return nil, Problems{{Line: x.n, Message: fmt.Sprintf("This row fills column %d; svbench reads at most %d columns.", filled(cols), MaxColumns)}}
	}
	return cols, nil
}

func (x *xlsxRows) next() ([]string, int, error) {
	for {
		rec, err := x.record()
		if err != nil {
			return nil, 0, err
		}
		if row := x.t.check(rec, x.n, false, &x.problems); row != nil {
			return row, x.n, nil
		}
	}
}

func (x *xlsxRows) table() *table    { return x.t }
func (x *xlsxRows) faults() Problems { return x.problems }

func (x *xlsxRows) close() {
	if x.rows != nil {
		x.rows.Close()
	}
	x.f.Close()
}
