package ingest

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// MaxFileSize is the largest file ingest reads: 5 MiB holds tens of
// thousands of recommendations, far more than DfE has published.
const MaxFileSize = 5 << 20

// MaxCommandFileSize is the largest agreement file the command line reads:
// a synthetic national file of 80,000 rows is about 26 MB.
const MaxCommandFileSize = 100 << 20

// MaxRows is the most rows (header included) one file may hold: a web
// upload of 5 MB holds no more than about 50,000 recommendations.
const MaxRows = 50_000

// MaxCommandRows is the most rows a file named on the command line may
// hold: room for the national-scale file of 80,000 recommendations.
const MaxCommandRows = 200_000

// rowLimit is the most rows a file of at most limit bytes may hold: a web
// upload's MaxRows, or MaxCommandRows for a file named on the command line.
func rowLimit(limit int) int {
	if limit > MaxFileSize {
		return MaxCommandRows
	}
	return MaxRows
}

// MaxColumns is the most columns a header may have.
const MaxColumns = 50

// MaxCellLength is the most bytes one cell may hold.
const MaxCellLength = 10_000

// Format is the layout of an uploaded file.
type Format string

// The formats ingest reads.
const (
	FormatCSV  Format = "csv"
	FormatXLSX Format = "xlsx"
)

// sniff tells an XLSX workbook (a zip archive) from text.
func sniff(data []byte) Format {
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		return FormatXLSX
	}
	return FormatCSV
}

// decodeBytes turns the bytes of a text file into UTF-8 as Excel and other
// tools write it: UTF-8 with or without a byte order mark, UTF-16 with one,
// or Windows-1252 (Excel's "CSV" on Windows in the UK) when the bytes are not
// valid UTF-8. It reports false when the data is not text at all.
// Data already in UTF-8 is not copied.
func decodeBytes(data []byte) ([]byte, bool) {
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		data = data[3:]
	case bytes.HasPrefix(data, []byte("\xff\xfe")), bytes.HasPrefix(data, []byte("\xfe\xff")):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		out, err := dec.Bytes(data)
		if err != nil {
			return nil, false
		}
		data = out
	}
	if !utf8.Valid(data) {
		out, err := charmap.Windows1252.NewDecoder().Bytes(data)
		if err != nil {
			return nil, false
		}
		data = out
	}
	return data, looksLikeText(data)
}

// looksLikeText rejects binary data: NUL bytes or other control characters
// that no spreadsheet writes into a CSV file.
func looksLikeText(s []byte) bool {
	bad := bytes.Count(s, []byte(string(utf8.RuneError)))
	for i := 0; i < len(s); i++ { // control characters are single bytes in UTF-8
		switch c := s[i]; {
		case c == 0:
			return false
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f':
			bad++
		}
	}
	return bad == 0 || bad*100 < len(s)
}
