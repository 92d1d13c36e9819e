package bury_test

import (
	"testing"

	"github.com/svbench/svbench/datasets"
	"github.com/svbench/svbench/ingest"
	"github.com/svbench/svbench/internal/shipped"
	"github.com/svbench/svbench/models/bury"
)

// readData reads the shipped datasets as cmd/svbench does: through ingest.
func readData(tb testing.TB) *bury.Data {
	tb.Helper()
	d := &bury.Data{}
	if err := ingest.ReadModelData(datasets.FS, d.Files()); err != nil {
		tb.Fatal(err)
	}
	return d
}

// model returns the model built from the shipped datasets.
func model(tb testing.TB) *bury.Model {
	tb.Helper()
	m, err := shipped.Bury()
	if err != nil {
		tb.Fatal(err)
	}
	return m
}
