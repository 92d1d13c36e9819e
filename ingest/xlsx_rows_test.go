package ingest_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/ingest"
	"github.com/xuri/excelize/v2"
)

// workbookOf writes CSV text as the first sheet of a workbook, a row for
// each record, as Excel saves a sheet typed in.
func workbookOf(tb testing.TB, text string) []byte {
	tb.Helper()
	recs, err := csv.NewReader(strings.NewReader(text)).ReadAll()
	if err != nil {
		tb.Fatal(err)
	}
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		tb.Fatal(err)
	}
	for i, rec := range recs {
		cells := make([]any, len(rec))
		for j, c := range rec {
			cells[j] = c
		}
		if err := sw.SetRow(fmt.Sprintf("A%d", i+1), cells); err != nil {
			tb.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		tb.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// TestStreamedParse_Workbook: a workbook is read a row at a time, as a CSV
// file is, and gives the agreements, or the problems, that reading it whole
// gives; each agreement given out while reading was whole when it was.
func TestStreamedParse_Workbook(t *testing.T) {
	ref, _ := shipped(t)
	good := nationalCSV(ref, 300, 3)
	lines := strings.Split(strings.TrimSuffix(good, "\r\n"), "\r\n")
	bad := strings.Join(lines[:400], "\r\n") + "\r\n" + strings.Replace(lines[400], "2024-03-01", "31/02/2024", 1) + "\r\n" + strings.Join(lines[401:], "\r\n") + "\r\n"
	for name, text := range map[string]string{"good": good, "bad date on row 401": bad} {
		t.Run(name, func(t *testing.T) {
			data := workbookOf(t, text)
			want, wantErr := ingest.ParseAgreements(data, ref)
			got, emitted, whole, scattered, err := ingest.ParseAgreementsStreamed(data, ref)
			if whole || scattered {
				t.Fatalf("read whole %v, scattered %v: want a row at a time", whole, scattered)
			}
			if fmt.Sprint(err) != fmt.Sprint(wantErr) {
				t.Fatalf("streamed: %v\nwhole: %v", err, wantErr)
			}
			if err != nil {
				if !strings.Contains(err.Error(), "line 401") {
					t.Errorf("problem %v, want it on line 401", err)
				}
				return
			}
			if len(got) != len(want) || len(emitted) != 300 {
				t.Fatalf("streamed %d agreements (%d given out), whole %d", len(got), len(emitted), len(want))
			}
			for i, e := range emitted {
				if e.Fingerprint != benchmark.Fingerprint(want[i]) || benchmark.Fingerprint(e.Agreement) != e.Fingerprint {
					t.Errorf("agreement %d was given out before its rows were over", i)
				}
			}
		})
	}
}
