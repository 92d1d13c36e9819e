package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/ingest"
	"github.com/svbench/svbench/sqlite"
)

// goneStore is a store whose client goes away as soon as the agreements
// held are read for the suggestions: it cancels the import's context then.
type goneStore struct {
	*sqlite.Store
	cancel context.CancelFunc
}

// FindAgreements reads the agreements held, then cancels.
func (s goneStore) FindAgreements(_ context.Context, f benchmark.AgreementFilter) ([]*benchmark.Agreement, error) {
	defer s.cancel()
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
	list, err := ingest.PrepareAgreements(ctx, goneStore{store, cancel}, []byte(b.String()))
	if !errors.Is(err, context.Canceled) || list != nil {
		t.Fatalf("prepare after the client went = %d agreements, %v; want context.Canceled", len(list), err)
	}
	// With the client there, the same file is prepared, every row suggested.
	list, err = ingest.PrepareAgreements(context.Background(), store, []byte(b.String()))
	if err != nil || len(list) != 1 || len(list[0].Recommendations) != 5000 || !list[0].Recommendations[4999].Suggested() {
		t.Fatalf("prepare = %v", err)
	}
}
