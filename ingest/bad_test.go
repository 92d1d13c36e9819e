package ingest_test

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/svbench/svbench/datasets"
	"github.com/svbench/svbench/ingest"
	"github.com/svbench/svbench/sqlite"
)

// seededStore opens a database in a temporary file seeded from datasets.
func seededStore(tb testing.TB) *sqlite.Store {
	tb.Helper()
	db := sqlite.NewDB(filepath.Join(tb.TempDir(), "svbench.db"))
	if err := db.Open(); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	store := sqlite.NewStore(db)
	if _, err := ingest.Seed(context.Background(), datasets.FS, store); err != nil {
		tb.Fatal(err)
	}
	return store
}

// dump renders every row of every table of the database file, to show that
// a refused import wrote nothing.
func dump(tb testing.TB, path string) string {
	tb.Helper()
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro")
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
	if err != nil {
		tb.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var n string
		rows.Scan(&n)
		tables = append(tables, n)
	}
	rows.Close()
	var b strings.Builder
	for _, t := range tables {
		rows, err := db.Query(`SELECT * FROM "` + t + `" ORDER BY 1`)
		if err != nil {
			tb.Fatal(err)
		}
		cols, _ := rows.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				tb.Fatal(err)
			}
			fmt.Fprintf(&b, "%s %v\n", t, vals)
		}
		rows.Close()
	}
	return b.String()
}

// wantProblem is one expected problem: its line, column and a phrase its
// message must contain.
type wantProblem struct {
	line   int
	column string
	phrase string
}

func readWant(tb testing.TB, path string) []wantProblem {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	var out []wantProblem
	for _, l := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		f := strings.SplitN(l, "\t", 3)
		if len(f) != 3 {
			tb.Fatalf("%s: bad line %q", path, l)
		}
		n, _ := strconv.Atoi(f[0])
		out = append(out, wantProblem{n, f[1], f[2]})
	}
	return out
}

// TestBadFiles imports every file of testdata/bad (agreements, or ratings
// for files named *-ratings-*) into a seeded database and checks that
// exactly the problems in its .want file are reported and nothing changes.
func TestBadFiles(t *testing.T) {
	files, _ := filepath.Glob("testdata/bad/*")
	n := 0
	for _, path := range files {
		if strings.HasSuffix(path, ".want") {
			continue
		}
		n++
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			want := readWant(t, strings.TrimSuffix(path, filepath.Ext(path))+".want")
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			store := seededStore(t)
			before := dump(t, store.DB.Path)
			ctx := context.Background()
			if strings.Contains(name, "-ratings-") {
				_, err = ingest.ImportRatings(ctx, store, data, "Bristol", "Corpus round", "Ada")
			} else {
				_, err = ingest.ImportAgreements(ctx, store, data, ingest.FromFile("test.csv", "Ada"), false)
			}
			checkProblems(t, err, want)
			if after := dump(t, store.DB.Path); after != before {
				t.Errorf("the database changed")
			}
			if strings.Contains(name, "-ratings-") {
				return
			}
			// The command line reads a CSV file a row at a time, writing as
			// it goes: the same problems, and still nothing written.
			_, err = ingest.ImportAgreementsFile(ctx, store, data, ingest.FromFile("test.csv", "Ada"), false)
			checkProblems(t, err, want)
			if after := dump(t, store.DB.Path); after != before {
				t.Errorf("the database changed on the command line's import")
			}
		})
	}
	if n < 25 {
		t.Errorf("corpus holds %d bad files, want at least 25", n)
	}
}

func checkProblems(t *testing.T, err error, want []wantProblem) {
	t.Helper()
	var ps ingest.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("error = %v, want problems", err)
	}
	if len(ps) != len(want) {
		t.Fatalf("got %d problems, want %d:\n%s", len(ps), len(want), ps)
	}
	for i, w := range want {
		p := ps[i]
		if p.Line != w.line || p.Column != w.column || !strings.Contains(p.Message, w.phrase) {
			t.Errorf("problem %d = %s; want line %d, column %q, message containing %q", i+1, p, w.line, w.column, w.phrase)
		}
	}
}

func TestImportAgreements_TooLarge(t *testing.T) {
	store := seededStore(t)
	before := dump(t, store.DB.Path)
	data := bytes.Repeat([]byte("x"), ingest.MaxFileSize+1)
	_, err := ingest.ImportAgreements(context.Background(), store, data, ingest.FromFile("test.csv", "Ada"), false)
	// Reading stops just past the limit, so the message must not claim a
	// measured size: only that the file is over the 5 MB limit.
	checkProblems(t, err, []wantProblem{{0, "", "The file is larger than 5 MB, the most svbench accepts."}})
	if dump(t, store.DB.Path) != before {
		t.Errorf("the database changed")
	}
}
