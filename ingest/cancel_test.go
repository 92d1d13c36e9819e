package ingest_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/ingest"
	"github.com/svbench/svbench/sqlite"
	"github.com/xuri/excelize/v2"
)

// goneStore is a store whose client goes away as soon as the agreements
// held are read for the suggestions: the second read of them (the first is
// the reference's, for the rule of one agreement a round) cancels the
// import's context.
type goneStore struct {
	*sqlite.Store
	cancel context.CancelFunc
	reads  *int
}

// FindAgreements reads the agreements held, and cancels on the second read.
func (s goneStore) FindAgreements(_ context.Context, f benchmark.AgreementFilter) ([]*benchmark.Agreement, error) {
	if *s.reads++; *s.reads == 2 {
		defer s.cancel()
	}
	return s.Store.FindAgreements(context.Background(), f)
}

// TestPrepareAgreements_StopsWhenTheClientGoes: suggesting themes for a
// large file stops once the request's context is done, instead of working
// on for a client that has left.
func TestPrepareAgreements_StopsWhenTheClientGoes(t *testing.T) {
	store := seededStore(t)
	var b strings.Builder
	b.WriteString("authority,agreement,round,reference,recommendation\r\n")
	for i := 1; i <= 5000; i++ {
		fmt.Fprintf(&b, "Bristol,SV,2024-25,%d,Recruit more SEND caseworkers %d.\r\n", i, i)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	reads := 0
	list, err := ingest.PrepareAgreements(ctx, goneStore{store, cancel, &reads}, []byte(b.String()))
	if reads != 2 {
		t.Fatalf("the agreements held were read %d times, want twice: for the reference, then the suggestions", reads)
	}
	if !errors.Is(err, context.Canceled) || list != nil {
		t.Fatalf("prepare after the client went = %d agreements, %v; want context.Canceled", len(list), err)
	}
	// With the client there, the same file is prepared, every row suggested.
	list, err = ingest.PrepareAgreements(context.Background(), store, []byte(b.String()))
	if err != nil || len(list) != 1 || len(list[0].Recommendations) != 5000 || !list[0].Recommendations[4999].Suggested() {
		t.Fatalf("prepare = %v", err)
	}
}

// goneAfterTaxonomy is a store whose client goes away once the taxonomy
// is read, before any row of the file is.
type goneAfterTaxonomy struct {
	*sqlite.Store
	cancel context.CancelFunc
}

// Taxonomy reads the taxonomy, then cancels.
func (s goneAfterTaxonomy) Taxonomy(ctx context.Context) (benchmark.Taxonomy, error) {
	defer s.cancel()
	return s.Store.Taxonomy(ctx)
}

// TestPrepareAgreements_StopsReadingWhenTheClientGoes: a CSV upload is
// read no further once the request's context is done; the problem on its
// last line is never reached, so the answer is the context's error.
func TestPrepareAgreements_StopsReadingWhenTheClientGoes(t *testing.T) {
	store := seededStore(t)
	var b strings.Builder
	b.WriteString("authority,agreement,round,reference,recommendation,theme\r\n")
	for i := 1; i <= 20000; i++ {
		fmt.Fprintf(&b, "Bristol,SV,2024-25,%d,Recruit more SEND caseworkers %d.,Financial Efficiencies\r\n", i, i)
	}
	b.WriteString("Bristol,SV,2024-25,x,,Financial Efficiencies\r\n")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	_, err := ingest.PrepareAgreements(ctx, goneAfterTaxonomy{store, cancel}, []byte(b.String()))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("prepare after the client went = %v; want context.Canceled", err)
	}
	var ps ingest.Problems
	if _, err := ingest.PrepareAgreements(context.Background(), store, []byte(b.String())); !errors.As(err, &ps) {
		t.Fatalf("with the client there, prepare = %v; want the last line's problem", err)
	}
}

// TestPrepareAgreements_StopsReadingAWorkbookWhenTheClientGoes: a workbook
// is read no further once the request's context is done either; its last
// row's problem is never reached.
func TestPrepareAgreements_StopsReadingAWorkbookWhenTheClientGoes(t *testing.T) {
	store := seededStore(t)
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	row := func(n int, cells ...any) {
		if err := sw.SetRow(fmt.Sprintf("A%d", n), cells); err != nil {
			t.Fatal(err)
		}
	}
	row(1, "authority", "agreement", "round", "reference", "recommendation", "theme")
	const n = 5000
	for i := 2; i <= n; i++ {
		row(i, "Bristol", "SV", "2024-25", i, fmt.Sprintf("Recruit more SEND caseworkers %d.", i), "Financial Efficiencies")
	}
	row(n+1, "Bristol", "SV", "2024-25", "x", "", "Financial Efficiencies")
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if _, err := ingest.PrepareAgreements(ctx, goneAfterTaxonomy{store, cancel}, buf.Bytes()); !errors.Is(err, context.Canceled) {
		t.Fatalf("prepare after the client went = %v; want context.Canceled", err)
	}
	var ps ingest.Problems
	if _, err := ingest.PrepareAgreements(context.Background(), store, buf.Bytes()); !errors.As(err, &ps) || ps[0].Line != n+1 {
		t.Fatalf("with the client there, prepare = %v; want the problem of row %d", err, n+1)
	}
}
