package main

import (
	"sync"

	"github.com/svbench/svbench/auth"
	"github.com/svbench/svbench/benchmark/deficit"
	"github.com/svbench/svbench/datasets"
	"github.com/svbench/svbench/export"
	"github.com/svbench/svbench/ingest"
	"github.com/svbench/svbench/internal/shipped"
	"github.com/svbench/svbench/sqlite"
	"github.com/svbench/svbench/web"
)

// services wires the web's services from one SQLite store, the deficit
// models and the password hasher, with the shipped password policy: the
// only place the web meets storage, the models and the datasets.
func services(store *sqlite.Store, models *deficit.Registry, hasher *auth.Hasher) (web.Services, error) {
	policy, err := ingest.PasswordPolicy(datasets.FS)
	if err != nil {
		return web.Services{}, err
	}
	return web.Services{Services: store.Services(), Models: models,
		Hasher: hasher, Throttle: auth.NewThrottle(), Passwords: policy}, nil
}

// exportServices wires what a round's exports read.
func exportServices(store *sqlite.Store, models *deficit.Registry) export.Services {
	return export.Services{Services: store.Services(), Models: models}
}

// loadModels builds the deficit models once per run.
var loadModels = sync.OnceValues(shipped.Models)
