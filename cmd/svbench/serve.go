package main

import (
	"context"
	"fmt"

	"github.com/svbench/svbench/auth"
	"github.com/svbench/svbench/sqlite"
	"github.com/svbench/svbench/web"
)

// runServe is the 'serve' subcommand: the web application.
func (m *Main) runServe(ctx context.Context, args []string) error {
	fs, dbPath := m.newFlagSet("serve", "serve [--addr 127.0.0.1:8080] [--trust-proxy] [--memory-limit MB] [--page-cache MB] [--db svbench.db]")
	fs.about = "Runs the web app until interrupted; an empty database is seeded from datasets/ first.\n" +
		"It listens on this computer only unless --addr says otherwise (e.g. --addr :8080 serves\n" +
		"the network, behind a TLS proxy). On a database with no admin it prints a one-time\n" +
		"setup link that creates the first admin."
	addr := fs.String("addr", "127.0.0.1:8080", "`ADDRESS` to listen on, e.g. 127.0.0.1:8080 or :8080 for every interface")
	trustProxy := fs.Bool("trust-proxy", false, "trust X-Forwarded-For and X-Forwarded-Proto from a TLS proxy in front of svbench")
	memLimit := fs.Int("memory-limit", defaultMemoryLimitMB, "soft limit on the Go heap in `MB` (the garbage collector works harder near it; 0 for none; GOMEMLIMIT overrides)")
	pageCache := fs.Int("page-cache", web.DefaultPageCacheBytes>>20, "`MB` of rendered pages kept until the data changes (0 turns the cache off)")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	setMemoryLimit(*memLimit)
	store, err := m.openStore(ctx, *dbPath)
	if err != nil {
		return err
	}
	models, err := loadModels()
	if err != nil {
		return err
	}
	svc, err := services(store, models, m.Hasher)
	if err != nil {
		return err
	}
	srv, err := web.NewServer(svc)
	if err != nil {
		return err
	}
	srv.Addr, srv.TrustProxy = *addr, *trustProxy
	srv.SetPageCache(*pageCache << 20)
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
	if err := m.printSetupLink(ctx, store, srv.URL()); err != nil {
		return err
	}
	<-ctx.Done()
	return nil
}

// printSetupLink prints, when the database has no admin, a one-time link
// that creates the first admin (as Jupyter and Grafana print one).
func (m *Main) printSetupLink(ctx context.Context, store *sqlite.Store, base string) error {
	need, err := store.NeedsSetup(ctx)
	if err != nil || !need {
		return err
	}
	token := auth.NewToken()
	if err := store.CreateSetupToken(ctx, auth.HashToken(token)); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "svbench has no admin yet. Open this link within a day to create one (it works once):\n  %s/setup?token=%s\n", base, token)
	return nil
}
