package main

import (
	"fmt"
	"sync"

	"github.com/svbench/svbench/benchmark/deficit"
	"github.com/svbench/svbench/datasets"
	"github.com/svbench/svbench/export"
	"github.com/svbench/svbench/ingest"
	"github.com/svbench/svbench/models/bury"
	"github.com/svbench/svbench/models/generic"
	"github.com/svbench/svbench/sqlite"
	"github.com/svbench/svbench/web"
)

// services wires the web's services from one SQLite store and the deficit
// models: the only place the web meets storage and the models.
func services(store *sqlite.Store, models *deficit.Registry) web.Services {
	return web.Services{
		Authorities: store.AuthorityService,
		Themes:      store.ThemeService,
		Agreements:  store.AgreementService,
		Assessments: store.AssessmentService,
		Profiles:    store.ProfileService,
		Ratings:     store.AssessmentService,
		Mappings:    store.AgreementService,
		Models:      models,
	}
}

// exportServices wires what a round's exports read.
func exportServices(store *sqlite.Store, models *deficit.Registry) export.Services {
	return export.Services{Themes: store.ThemeService, Agreements: store.AgreementService, Assessments: store.AssessmentService, Models: models}
}

// loadModels builds the deficit models once per run.
var loadModels = sync.OnceValues(newModels)

// newModels registers svbench's deficit models: Bury's, built from its
// shipped files read through ingest, which is the yardstick every
// authority is measured against, and the generic model that projects a
// profile an authority supplies.
func newModels() (*deficit.Registry, error) {
	d := &bury.Data{}
	if err := ingest.ReadModelData(datasets.FS, d.Files()); err != nil {
		return nil, fmt.Errorf("load bury model: %w", err)
	}
	b, err := bury.New(d)
	if err != nil {
		return nil, fmt.Errorf("load bury model: %w", err)
	}
	reg := deficit.NewRegistry()
	reg.Register(b.Driver())
	reg.Register(generic.Driver())
	if err := reg.SetYardstick(bury.Name); err != nil {
		return nil, err
	}
	return reg, nil
}
