package ingest

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
)

// checkSheetsXML streams every worksheet of a workbook through an XML
// decoder, holding one token at a time, and reports the first XML error of
// any sheet with the sheet and the row it is in. The spreadsheet library
// stops quietly at such an error, which would import only the rows before
// it; this check makes a broken sheet refuse the file instead.
func checkSheetsXML(data []byte) Problems {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return Problems{{Message: "This is not a readable Excel workbook (.xlsx): " + err.Error() + "."}}
	}
	for _, f := range zr.File {
		if !strings.HasPrefix(f.Name, "xl/worksheets/") || path.Ext(f.Name) != ".xml" {
			continue
		}
		if ps := checkSheetXML(f); ps != nil {
			return ps
		}
	}
	return nil
}

// checkSheetXML checks one worksheet, reading at most 16 times the web
// upload limit of XML.
func checkSheetXML(f *zip.File) Problems {
	sheet := strings.TrimSuffix(path.Base(f.Name), ".xml")
	rc, err := f.Open()
	if err != nil {
		return Problems{{Message: fmt.Sprintf("The worksheet %s could not be opened: %v.", sheet, err)}}
	}
	defer rc.Close()
	d := xml.NewDecoder(io.LimitReader(rc, 16*MaxFileSize))
	row := 0
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return Problems{{Line: row, Message: fmt.Sprintf("The worksheet %s is damaged at row %d (%v): save the workbook again in Excel and upload that.", sheet, row, err)}}
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "row" {
			row++
		}
	}
}
