package main

import (
	"database/sql"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// measureIngest writes the 10,000-agreement file with 'svbench generate
// --csv', imports it with 'svbench import agreements' into a seeded
// database, and inserts the same rows with a bare SQLite loop.
func measureIngest(c config) error {
	file := filepath.Join(c.dir, "national.csv")
	gen, seeded, into := filepath.Join(c.dir, "csv.db"), filepath.Join(c.dir, "ingest.db"), filepath.Join(c.dir, "seed-copy.db")
	for _, p := range []string{file, gen, seeded, into, gen + "-wal", seeded + "-wal"} {
		os.Remove(p)
	}
	if _, err := timed(c.svbench, "generate", "--authorities", "153", "--agreements", "10000", "--rounds", "0", "--seed", "2", "--db", gen, "--csv", file); err != nil {
		return err
	}
	if _, err := timed(c.svbench, "backup", into, "--db", seeded); err != nil { // seeds ingest.db first
		return err
	}
	took, err := timed(c.svbench, "import", "agreements", file, "--db", seeded)
	if err != nil {
		return err
	}
	rows, bare, err := bareInsert(file, filepath.Join(c.dir, "bare.db"))
	if err != nil {
		return err
	}
	cli, floor := float64(rows)/took.Seconds(), float64(rows)/bare.Seconds()
	fmt.Printf("%-28s %8s %10s %10s %7s\n", "ingest", "rows", "rows/s", "floor/s", "ratio")
	fmt.Printf("%-28s %8d %10.0f %10.0f %7.1f\n", "import agreements (CLI)", rows, cli, floor, floor/cli)
	return nil
}

// bareInsert reads the CSV file and inserts its rows into one table of a
// new database in one transaction, then closes it, as the CLI closes its
// own: the floor for CLI ingest.
func bareInsert(file, path string) (int, time.Duration, error) {
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(path + suffix)
	}
	began := time.Now()
	f, err := os.Open(file)
	if err != nil {
		return 0, 0, err
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return 0, 0, fmt.Errorf("read %s: %w", file, err)
	}
	db, err := sql.Open("sqlite3", "file:"+path+"?_journal_mode=WAL&_synchronous=NORMAL")
	if err != nil {
		return 0, 0, err
	}
	defer db.Close()
	cols := len(recs[0])
	names := make([]string, cols)
	for i := range names {
		names[i] = fmt.Sprintf("c%d TEXT", i)
	}
	if _, err := db.Exec(`CREATE TABLE rows (` + strings.Join(names, ", ") + `)`); err != nil {
		return 0, 0, err
	}
	tx, err := db.Begin()
	if err != nil {
		return 0, 0, err
	}
	defer tx.Rollback()
	st, err := tx.Prepare(`INSERT INTO rows VALUES (?` + strings.Repeat(", ?", cols-1) + `)`)
	if err != nil {
		return 0, 0, err
	}
	args := make([]any, cols)
	for _, r := range recs[1:] {
		for i := range args {
			args[i] = ""
			if i < len(r) {
				args[i] = r[i]
			}
		}
		if _, err := st.Exec(args...); err != nil {
			return 0, 0, err
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, 0, err
	}
	if err := db.Close(); err != nil {
		return 0, 0, err
	}
	return len(recs) - 1, time.Since(began), nil
}
