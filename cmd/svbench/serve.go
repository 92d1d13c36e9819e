package main

import (
	"context"
	"fmt"

	"github.com/svbench/svbench/web"
)

// runServe is the 'serve' subcommand: the web application.
func (m *Main) runServe(ctx context.Context, args []string) error {
	fs, dbPath := m.newFlagSet("serve", "serve [--addr :8080] [--db svbench.db]")
	fs.about = "Runs the web app until interrupted; an empty database is seeded from datasets/ first."
	addr := fs.String("addr", ":8080", "`ADDRESS` to listen on, e.g. :8080 or localhost:9000")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	store, err := m.openStore(ctx, *dbPath)
	if err != nil {
		return err
	}
	models, err := loadModels()
	if err != nil {
		return err
	}
	srv, err := web.NewServer(services(store, models))
	if err != nil {
		return err
	}
	srv.Addr = *addr
	if err := srv.Open(); err != nil {
		return err
	}
	m.closers = append(m.closers, srv.Close)
	stopPprof, err := servePprof()
	if err != nil {
		return err
	}
	m.closers = append(m.closers, stopPprof)
	fmt.Fprintf(m.Stdout, "svbench is serving %s on %s (database %s)\n", "the web app", srv.URL(), *dbPath)
	<-ctx.Done()
	return nil
}
