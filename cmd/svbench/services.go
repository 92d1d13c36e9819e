package main

import (
	"sync"

	"github.com/svbench/svbench/benchmark/deficit"
	"github.com/svbench/svbench/export"
	"github.com/svbench/svbench/internal/shipped"
	"github.com/svbench/svbench/sqlite"
	"github.com/svbench/svbench/web"
)

// services wires the web's services from one SQLite store and the deficit
// models: the only place the web meets storage and the models.
func services(store *sqlite.Store, models *deficit.Registry) web.Services {
	return web.Services{Services: store.Services(), Models: models}
}

// exportServices wires what a round's exports read.
func exportServices(store *sqlite.Store, models *deficit.Registry) export.Services {
	return export.Services{Services: store.Services(), Models: models}
}

// loadModels builds the deficit models once per run.
var loadModels = sync.OnceValues(shipped.Models)
