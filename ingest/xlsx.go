package ingest

import (
	"bytes"
	"context"
	"fmt"

	"github.com/xuri/excelize/v2"
)

// readXLSX reads the first sheet of a workbook into a table; each row's line
// is its row number in Excel. Cells are read as stored, not as displayed, so
// a date cell arrives as Excel's serial day number (see parseDate) rather
// than in whatever display format the sheet gives it.
//
// A sheet's XML past 8 MB unzipped is spooled to a temporary file rather
// than held in memory, so a hostile sheet of the largest accepted size is
// read in a few MB (see TestXLSX_HostileColumnsBoundedMemory). Reading
// stops with ctx's error once ctx is done, as when an upload's client goes.
func readXLSX(ctx context.Context, data []byte, maxRows int) (*table, error) {
	if ps := checkSheetsXML(data); ps != nil {
		return nil, ps
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: 16 * MaxFileSize, UnzipXMLSizeLimit: 8 << 20})
	if err != nil {
		return nil, Problems{{Message: "This is not a readable Excel workbook (.xlsx): " + err.Error() + "."}}
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, Problems{{Message: "The workbook has no sheets."}}
	}
	rows, err := f.Rows(sheets[0])
	if err != nil {
		return nil, Problems{{Message: "The first sheet could not be read: " + err.Error() + "."}}
	}
	defer rows.Close()
	var records [][]string
	var lines []int
	for n := 1; rows.Next(); n++ {
		if n%ctxCheckRows == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		cols, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, Problems{{Line: n, Message: "This row could not be read: " + err.Error() + "."}}
		}
		if n > maxRows {
			return nil, Problems{{Line: n, Message: fmt.Sprintf("The sheet has more than %d rows, the most svbench reads in one file.", maxRows)}}
		}
		if len(cols) > MaxColumns && filled(cols) > MaxColumns {
			return nil, Problems{{Line: n, Message: fmt.Sprintf("This row fills column %d; svbench reads at most %d columns.", filled(cols), MaxColumns)}}
		}
		records = append(records, cols)
		lines = append(lines, n)
	}
	if err := rows.Error(); err != nil {
		return nil, Problems{{Message: "The first sheet could not be read: " + err.Error() + "."}}
	}
	t, ps := newTable(records, lines, false)
	if ps != nil {
		return nil, ps
	}
	return t, nil
}

// ctxCheckRows is how often, in rows, a workbook's reading checks whether
// it should stop.
const ctxCheckRows = 256
