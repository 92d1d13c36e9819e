// Command svload is 'make bench': it generates the synthetic national data
// set with a built svbench, serves it on loopback, drives each page with
// concurrent clients beside a floor (the same bytes served static by a bare
// net/http handler in this process), saves ratings, times CLI ingest beside
// a bare SQLite insert loop, and prints one table.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// config is what one run measures.
type config struct {
	svbench  string        // the built svbench binary
	dir      string        // work folder for databases, files and profiles
	clients  int           // concurrent clients per measurement
	duration time.Duration // how long each measurement drives its target
	// pageCache is passed to 'svbench serve --page-cache' when 0 or more.
	pageCache int
}

func main() {
	var c config
	flag.StringVar(&c.svbench, "svbench", "bin/svbench", "the built svbench `binary`")
	flag.StringVar(&c.dir, "dir", "bin/bench", "work `folder`: databases, the ingest file and CPU profiles")
	flag.IntVar(&c.clients, "clients", 16, "concurrent `N` clients")
	flag.DurationVar(&c.duration, "duration", 3*time.Second, "how long to drive each page")
	flag.IntVar(&c.pageCache, "page-cache", -1, "`MB` for 'svbench serve --page-cache' (0 turns it off; -1 leaves serve's default)")
	flag.Parse()
	if err := run(c); err != nil {
		fmt.Fprintln(os.Stderr, "svload:", err)
		os.Exit(1)
	}
}

func run(c config) error {
	if err := os.MkdirAll(c.dir, 0o755); err != nil {
		return err
	}
	abs, err := filepath.Abs(c.svbench)
	if err != nil {
		return err
	}
	c.svbench = abs
	db := filepath.Join(c.dir, "national.db")
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(db + suffix)
	}
	took, err := timed(c.svbench, "generate", "--authorities", "153", "--agreements", "38", "--rounds", "4", "--seed", "1",
		"--final", "1", "--share", "mixed", "--db", db)
	if err != nil {
		return err
	}
	fmt.Printf("generate --authorities 153 --agreements 38 --rounds 4 --seed 1 --final 1 --share mixed: %.1f s\n", took.Seconds())
	if err := addLoadAccount(c.svbench, db); err != nil {
		return err
	}
	ids, err := discover(db)
	if err != nil {
		return err
	}
	fmt.Printf("round %d (%d recommendations), %d rounds held, %d clients, %v a measurement, %d CPUs\n\n",
		ids.round, len(ids.recs), ids.rounds, c.clients, c.duration, numCPU())

	srv, err := startServer(c, db)
	if err != nil {
		return err
	}
	defer srv.stop()
	var rows []result
	for _, p := range pages(ids) {
		r, err := measurePage(c, srv, p)
		if err != nil {
			return fmt.Errorf("%s: %w", p.name, err)
		}
		rows = append(rows, r)
	}
	saves, err := measureSaves(c, srv, ids)
	if err != nil {
		return fmt.Errorf("saves: %w", err)
	}
	rows = append(rows, saves)
	rss, err := peakRSS(srv.cmd.Process.Pid)
	if err != nil {
		return err
	}
	printTable(rows)
	fmt.Printf("\nserver peak RSS (VmHWM): %d MB\n", rss>>10)
	fmt.Printf("CPU profiles of the server under each page's load and the saves: %s/*.pprof (go tool pprof -top %s FILE)\n\n", c.dir, c.svbench)
	return measureIngest(c)
}
