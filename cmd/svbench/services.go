package main

import (
	"github.com/svbench/svbench/sqlite"
	"github.com/svbench/svbench/web"
)

// services wires the web's services from one SQLite store: the only place
// the web meets storage.
func services(store *sqlite.Store) web.Services {
	return web.Services{
		Authorities: store.AuthorityService,
		Themes:      store.ThemeService,
		Agreements:  store.AgreementService,
		Assessments: store.AssessmentService,
		Profiles:    store.ProfileService,
		Ratings:     store.AssessmentService,
		Mappings:    store.AgreementService,
	}
}
