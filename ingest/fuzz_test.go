package ingest_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/ingest"
)

// FuzzParseAgreements feeds the parser arbitrary files. It must never
// panic; it either reports problems, each with a message, or returns
// agreements that survive an export and re-parse unchanged. The seeds are
// the bad-file corpus, the good examples and testdata/fuzz.
func FuzzParseAgreements(f *testing.F) {
	files, _ := filepath.Glob("testdata/bad/*")
	for _, path := range append(files, "testdata/agreement.xlsx", "../datasets/agreements/2020-21.csv") {
		if strings.HasSuffix(path, ".want") {
			continue
		}
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(goodCSV))
	ref, _ := shipped(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		type result struct {
			list []*benchmark.Agreement
			err  error
		}
		done := make(chan result, 1)
		go func() {
			list, err := ingest.ParseAgreements(data, ref)
			done <- result{list, err}
		}()
		var list []*benchmark.Agreement
		var err error
		select {
		case r := <-done:
			list, err = r.list, r.err
		case <-time.After(5 * time.Second):
			t.Fatalf("parsing %d bytes took over 5s", len(data))
		}
		// Read a row at a time, as the command line reads CSV, the file
		// gives the same agreements or the same problems.
		if got, _, whole, _, serr := ingest.ParseAgreementsStreamed(data, ref); !whole {
			if !reflect.DeepEqual(serr, err) || len(got) != len(list) {
				t.Fatalf("streamed: %d agreements, %v\nwhole: %d agreements, %v", len(got), serr, len(list), err)
			}
			for i := range list {
				if benchmark.Fingerprint(got[i]) != benchmark.Fingerprint(list[i]) {
					t.Fatalf("agreement %d differs when streamed", i)
				}
			}
		}
		if err != nil {
			var ps ingest.Problems
			if !errors.As(err, &ps) || len(ps) == 0 {
				t.Fatalf("error %v is not a list of problems", err)
			}
			for _, p := range ps {
				if p.Message == "" || p.Line < 0 {
					t.Fatalf("bad problem %+v", p)
				}
			}
			return
		}
		if len(list) == 0 {
			t.Fatal("no agreements and no problems")
		}
		var buf bytes.Buffer
		if err := ingest.WriteAgreementsCSV(&buf, list); err != nil {
			t.Fatal(err)
		}
		again, err := ingest.ParseAgreements(buf.Bytes(), ref)
		if err != nil {
			t.Fatalf("export does not re-parse: %v\n%s", err, buf.String())
		}
		if len(again) != len(list) {
			t.Fatalf("%d agreements became %d", len(list), len(again))
		}
		for i := range list {
			if a, b := benchmark.Fingerprint(list[i]), benchmark.Fingerprint(again[i]); a != b {
				t.Fatalf("round trip changed agreement %d:\n%q\n%q", i, a, b)
			}
		}
	})
}

// FuzzParseRatings feeds the ratings parser arbitrary files against the
// shipped agreements: it never panics, and either reports problems or
// returns one rating per matched recommendation.
func FuzzParseRatings(f *testing.F) {
	files, _ := filepath.Glob("testdata/bad/*-ratings-*")
	for _, path := range append(files, "../datasets/assessments/bristol-mitigation-validation.csv") {
		if strings.HasSuffix(path, ".want") {
			continue
		}
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	ref, agreements := shipped(f)
	for i, a := range agreements { // give the recommendations IDs, as stored ones have
		for j, r := range a.Recommendations {
			r.ID = (i+1)*100 + j
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		ratings, err := ingest.ParseRatings(data, ref, agreements)
		if err != nil {
			var ps ingest.Problems
			if !errors.As(err, &ps) || len(ps) == 0 {
				t.Fatalf("error %v is not a list of problems", err)
			}
			return
		}
		seen := map[int]bool{}
		for _, r := range ratings {
			if seen[r.RecommendationID] || !r.RAG.Valid() {
				t.Fatalf("bad rating %+v", r)
			}
			seen[r.RecommendationID] = true
		}
	})
}
