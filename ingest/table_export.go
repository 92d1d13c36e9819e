package ingest

// ReadTable reads an uploaded file as svbench reads every upload: CSV in
// UTF-8 (with or without a byte order mark), UTF-16 or Windows-1252, with
// any line ends, or the first sheet of an .xlsx workbook; trailing empty
// rows and columns are dropped and blank rows skipped. It maps the rows
// onto out, a pointer to a slice of structs, with gocsv: a csv tag names a
// column folded as headers are, lower case letters and digits only
// ("Opening Deficit" and "opening_deficit" both match "openingdeficit").
// It returns the header as written and the file line each row starts on
// (1 is the header). A file that cannot be read is a Problems.
func ReadTable(data []byte, out any) (header []string, lines []int, err error) {
	t, err := readRows(data, out)
	if err != nil {
		return nil, nil, err
	}
	return t.raw, t.lines, nil
}
