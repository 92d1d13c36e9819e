package sqlite_test

import (
	"context"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/sqlite"
)

// DataVersion stays put while nothing is written, and moves after a write
// by this process's store and after one by a second handle on the same
// file (the command line beside a running server).
func TestChanges_DataVersionMovesOnEveryWriter(t *testing.T) {
	ctx := context.Background()
	server := seededStore(t)
	changes := server.Services().Changes
	v1, err := changes.DataVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := server.FindAgreements(ctx, benchmark.AgreementFilter{}); err != nil {
		t.Fatal(err)
	}
	if v, _ := changes.DataVersion(ctx); v != v1 {
		t.Fatalf("a read moved the version: %d -> %d", v1, v)
	}
	uploadedRecommendation(t, server)
	v2, err := changes.DataVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if v2 == v1 {
		t.Fatal("the version did not move after this process's import")
	}
	cli := sqlite.NewDB(server.DB.Path)
	if err := cli.Open(); err != nil {
		t.Fatal(err)
	}
	defer cli.Close()
	csv := "authority,agreement,round,reference,recommendation\n" +
		`Kent,Safety Valve agreement: Kent,2022-23,1,"Review the commissioning of independent placements."` + "\n"
	importCSV(t, sqlite.NewStore(cli), csv, false)
	v3, err := changes.DataVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if v3 == v2 || v3 == v1 {
		t.Fatalf("the version did not move after another process's import: %d, %d, %d", v1, v2, v3)
	}
}
