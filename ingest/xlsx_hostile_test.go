package ingest_test

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/svbench/svbench/ingest"
)

// workbook writes a one-sheet XLSX whose sheetData rows writes, with the
// parts a reader needs; the test writes its own XML so it can break it.
func workbook(t testing.TB, rows func(w *strings.Builder)) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	add := func(name, body string) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(body))
	}
	add("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`)
	add("_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`)
	add("xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`)
	add("xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`)
	var s strings.Builder
	s.WriteString(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	rows(&s)
	s.WriteString(`</sheetData></worksheet>`)
	add("xl/worksheets/sheet1.xml", s.String())
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// row writes one row of inline-string cells from column A.
func row(w *strings.Builder, n int, cells ...string) {
	fmt.Fprintf(w, `<row r="%d">`, n)
	for i, c := range cells {
		fmt.Fprintf(w, `<c r="%c%d" t="inlineStr"><is><t>%s</t></is></c>`, 'A'+i, n, c)
	}
	w.WriteString(`</row>`)
}

var header = []string{"authority", "agreement", "round", "reference", "recommendation"}

// TestXLSX_BrokenXMLRefusesWhole: malformed XML between rows 3 and 4 of a
// five-recommendation sheet refuses the file naming the sheet and row,
// rather than importing the rows before it.
func TestXLSX_BrokenXMLRefusesWhole(t *testing.T) {
	data := workbook(t, func(w *strings.Builder) {
		row(w, 1, header...)
		for i := 2; i <= 6; i++ {
			row(w, i, "Bristol", "Safety Valve agreement: Bristol", "2022-23", fmt.Sprint(i), "Text")
			if i == 3 {
				w.WriteString(`<row r="4"><c r="A4" t="inlineStr"><is><t>Bristol</t></is></c`)
			}
		}
	})
	store := seededStore(t)
	before := dump(t, store.DB.Path)
	_, err := ingest.ImportAgreements(context.Background(), store, data, ingest.FromFile("t.xlsx", "Ada"), false)
	checkProblems(t, err, []wantProblem{{4, "", "The worksheet sheet1 is damaged at row 4"}})
	if dump(t, store.DB.Path) != before {
		t.Errorf("the database changed")
	}
}

// TestXLSX_HostileColumnsBoundedMemory reads workbooks with a cell in the
// last column (XFD) on every row, the memory bomb, of 2,000 rows
// and of as many rows as fit the web limit compressed, and checks each is
// refused with the heap in use, sampled every 2 ms while reading, under
// 200 MB above where it started.
func TestXLSX_HostileColumnsBoundedMemory(t *testing.T) {
	for _, rowsN := range []int{2000, 0} {
		data := workbook(t, func(w *strings.Builder) {
			row(w, 1, header...)
			for i := 2; rowsN == 0 || i <= rowsN; i++ {
				fmt.Fprintf(w, `<row r="%d"><c r="A%d" t="inlineStr"><is><t>Bristol</t></is></c><c r="XFD%d" t="inlineStr"><is><t>x</t></is></c></row>`, i, i, i)
				if rowsN == 0 && w.Len() > 60<<20 {
					break
				}
			}
		})
		if len(data) > ingest.MaxFileSize {
			t.Fatalf("workbook is %d bytes, over the limit", len(data))
		}
		runtime.GC()
		var base runtime.MemStats
		runtime.ReadMemStats(&base)
		done, peak := make(chan struct{}), make(chan uint64)
		go func() {
			var top uint64
			for {
				var m runtime.MemStats
				runtime.ReadMemStats(&m)
				top = max(top, m.HeapInuse)
				select {
				case <-done:
					peak <- top
					return
				case <-time.After(2 * time.Millisecond):
				}
			}
		}()
		_, err := ingest.ParseAgreements(data, &ingest.Reference{})
		close(done)
		top := (<-peak - base.HeapInuse) >> 20
		if err == nil {
			t.Fatalf("%d-byte hostile workbook was accepted", len(data))
		}
		t.Logf("hostile workbook of %d bytes: refused (%s); peak heap in use %d MB above the start", len(data), strings.SplitN(err.Error(), "\n", 3)[1], top)
		if top >= 200 {
			t.Errorf("reading held %d MB at its peak, want under 200", top)
		}
	}
}
