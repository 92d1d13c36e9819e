package bury_test

import (
	"sync"
	"testing"

	"github.com/svbench/svbench/datasets"
	"github.com/svbench/svbench/ingest"
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

// shipped is the model built from the shipped datasets, once.
var shipped = sync.OnceValues(func() (*bury.Model, error) {
	d := &bury.Data{}
	if err := ingest.ReadModelData(datasets.FS, d.Files()); err != nil {
		return nil, err
	}
	return bury.New(d)
})

// model returns the model built from the shipped datasets.
func model(tb testing.TB) *bury.Model {
	tb.Helper()
	m, err := shipped()
	if err != nil {
		tb.Fatal(err)
	}
	return m
}
