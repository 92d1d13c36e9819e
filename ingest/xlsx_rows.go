package ingest

import (
	"bytes"
	"errors"
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

// openSheet opens the first sheet of a workbook of at most maxRows rows.
// A workbook that cannot be opened, or has no sheet, is one problem saying
// so.
func openSheet(data []byte, maxRows int) (*xlsxRows, error) {
	if ps := checkSheetsXML(data); ps != nil {
		return nil, ps
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: 16 * MaxFileSize, UnzipXMLSizeLimit: 8 << 20})
	if err != nil {
		return nil, Problems{{Message: "This is not a readable Excel workbook (.xlsx): " + err.Error() + "."}}
	}
	x := &xlsxRows{f: f, maxRows: maxRows}
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		x.close()
		return nil, Problems{{Message: "The workbook has no sheets."}}
	}
	if x.rows, err = f.Rows(sheets[0]); err != nil {
		x.close()
		return nil, Problems{{Message: "The first sheet could not be read: " + err.Error() + "."}}
	}
	return x, nil
}

// openXLSXRows opens a workbook and reads its header row. What openSheet
// refuses is refused as a whole read refuses it; a first row blank or
// missing, or a header at fault, is errWhole, for readXLSX to say what is
// wrong just as it would, apart from faults of later rows.
func openXLSXRows(data []byte, limit int) (*xlsxRows, error) {
	x, err := openSheet(data, rowLimit(limit))
	if err != nil {
		return nil, err
	}
	header, err := x.record()
	if err != nil && !errors.Is(err, io.EOF) {
		x.close()
		return nil, err
	}
	if err != nil || blank(header) {
		x.close()
		return nil, errWhole
	}
	t, ps := newHeader(header, x.n)
	if ps != nil {
		x.close()
		return nil, errWhole
	}
	x.t = t
	return x, nil
}

// record reads the next row of the sheet: at most maxRows rows, none
// filling more than MaxColumns columns; io.EOF after the last.
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
