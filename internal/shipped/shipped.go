// Package shipped builds the deficit models svbench ships, over the
// embedded datasets read through ingest. It belongs to the wiring layer:
// cmd/svbench hands its registry to the web and the exports, and tests
// use it to run against the same parts.
package shipped

import (
	"fmt"
	"sync"

	"github.com/svbench/svbench/benchmark/deficit"
	"github.com/svbench/svbench/datasets"
	"github.com/svbench/svbench/ingest"
	"github.com/svbench/svbench/models/bury"
	"github.com/svbench/svbench/models/generic"
)

// Bury returns Bury's model built from datasets/bury, read once.
var Bury = sync.OnceValues(func() (*bury.Model, error) {
	d := &bury.Data{}
	if err := ingest.ReadModelData(datasets.FS, d.Files()); err != nil {
		return nil, fmt.Errorf("load bury model: %w", err)
	}
	m, err := bury.New(d)
	if err != nil {
		return nil, fmt.Errorf("load bury model: %w", err)
	}
	return m, nil
})

// Models returns a new registry of svbench's deficit models: Bury's, the
// yardstick every authority is measured against, and the generic model
// that projects a profile an authority supplies.
func Models() (*deficit.Registry, error) {
	b, err := Bury()
	if err != nil {
		return nil, err
	}
	reg := deficit.NewRegistry()
	reg.Register(b.Driver())
	reg.Register(generic.Driver())
	if err := reg.SetYardstick(bury.Name); err != nil {
		return nil, err
	}
	return reg, nil
}
