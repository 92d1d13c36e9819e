package ingest

import (
	"context"
	"errors"
	"io"
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
// Every row is read, with xlsxRows' limits, before any is checked, so a row
// that cannot be read is the file's one problem.
func readXLSX(ctx context.Context, data []byte, maxRows int) (*table, error) {
	x, err := openSheet(data, maxRows)
	if err != nil {
		return nil, err
	}
	defer x.close()
	var records [][]string
	var lines []int
	for {
		if x.n%ctxCheckRows == ctxCheckRows-1 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		rec, err := x.record()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		records, lines = append(records, rec), append(lines, x.n)
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
