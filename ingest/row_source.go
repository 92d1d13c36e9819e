package ingest

// rowSource is a file read a row at a time with the checks readTable makes
// of the whole file: a CSV file (csvRows) or a workbook's first sheet
// (xlsxRows).
type rowSource interface {
	// table is the header read, with no rows.
	table() *table
	// next returns the next row that passes the table's checks, as a row
	// of its columns, with its line; io.EOF after the last. A row that
	// fails them is added to faults and passed over; a file that cannot be
	// read on is one problem, returned.
	next() ([]string, int, error)
	// faults are the problems of the rows passed over so far.
	faults() Problems
	// close lets go of what reading holds.
	close()
}

// openRows opens data of at most limit bytes as a rowSource. It returns
// errWhole for data readTable must read whole, and Problems for a file it
// refuses outright.
func openRows(data []byte, limit int) (rowSource, error) {
	if len(data) <= limit && sniff(data) == FormatXLSX {
		return openXLSXRows(data, limit)
	}
	return openCSVRows(data, limit)
}

func (c *csvRows) table() *table    { return c.t }
func (c *csvRows) faults() Problems { return c.problems }
func (c *csvRows) close()           {}
