package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/sqlite"
)

// run executes svbench with args and returns its exit status and output.
func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	m := NewMain()
	m.Stdout, m.Stderr, m.Stdin = &out, &errOut, strings.NewReader("")
	code := m.Run(context.Background(), args)
	m.Close()
	return code, out.String(), errOut.String()
}

func TestRun_Usage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
	}{
		{nil, 2}, {[]string{"--help"}, 0}, {[]string{"nonsense"}, 2},
		{[]string{"backup"}, 2}, {[]string{"backup", "--nope"}, 2}, {[]string{"serve", "--help"}, 0},
	} {
		if code, _, _ := run(t, tc.args...); code != tc.code {
			t.Errorf("svbench %v: exit %d, want %d", tc.args, code, tc.code)
		}
	}
}

func TestBackup(t *testing.T) {
	dir := t.TempDir()
	db, copyPath := filepath.Join(dir, "svbench.db"), filepath.Join(dir, "copy.db")
	if code, _, stderr := run(t, "backup", copyPath, "--db", db); code != 0 {
		t.Fatalf("backup: exit %d: %s", code, stderr)
	}
	c := sqlite.NewDB(copyPath)
	if err := c.Open(); err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	seeded, err := sqlite.NewStore(c).Seeded(context.Background())
	if err != nil || !seeded {
		t.Fatalf("copy seeded=%v err=%v; want the seeded data", seeded, err)
	}
	if code, _, _ := run(t, "backup", copyPath, "--db", db); code != 1 {
		t.Errorf("backup over an existing file: exit %d, want 1", code)
	}
}

func TestGenerate(t *testing.T) {
	db := filepath.Join(t.TempDir(), "svbench.db")
	if code, _, stderr := run(t, "generate", "--db", db, "--authorities", "10", "--agreements", "12", "--rounds", "3", "--seed", "5"); code != 0 {
		t.Fatalf("generate: exit %d: %s", code, stderr)
	}
	d := sqlite.NewDB(db)
	if err := d.Open(); err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	store := sqlite.NewStore(d)
	list, err := store.FindAgreements(context.Background(), benchmark.AgreementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 4+12 { // the four shipped agreements plus twelve generated
		t.Errorf("agreements = %d, want 16", len(list))
	}
	if code, _, _ := run(t, "generate", "--db", db, "--authorities", "10", "--agreements", "12", "--rounds", "3", "--seed", "5"); code != 1 {
		t.Errorf("same seed again: exit %d, want 1", code)
	}
	after, _ := store.FindAgreements(context.Background(), benchmark.AgreementFilter{IncludeSuperseded: true})
	if len(after) != len(list) {
		t.Errorf("refused run wrote agreements: %d -> %d", len(list), len(after))
	}
}
