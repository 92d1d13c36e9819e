package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark/sqlite"
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
	empty, err := sqlite.NewStore(c).Empty(context.Background())
	if err != nil || empty {
		t.Fatalf("copy empty=%v err=%v; want the seeded data", empty, err)
	}
	if code, _, _ := run(t, "backup", copyPath, "--db", db); code != 1 {
		t.Errorf("backup over an existing file: exit %d, want 1", code)
	}
}
