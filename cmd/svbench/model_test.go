package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runModelCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb}
	code := m.Run(context.Background(), args)
	m.Close()
	return code, out.String(), errb.String()
}

func TestModelCommand(t *testing.T) {
	dir := t.TempDir()
	late := filepath.Join(dir, "late.json")
	if err := os.WriteFile(late, []byte(`{"name":"Savings a year late","savings":[{"scheme":"*","slip_years":1}]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte(`{"savings":[{"scheme":"nope"}]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		code int
		out  []string
	}{
		// The 16 Dec 2021 forecast clears in 2024/25 (seed line 115).
		{"default is bury", []string{"model"}, 0, []string{"Revised recovery forecast as at 16 Dec 2021", "Deficit cleared: 2024/25"}},
		{"scenario", []string{"model", "bury", "--scenario", late}, 0, []string{"Savings a year late", "1 year later"}},
		{"flags before name", []string{"model", "--format", "csv", "bury"}, 0, []string{"projection,year,funding"}},
		{"generic", []string{"model", "generic", "--profile", "../../benchmark/deficit/generic/testdata/profile.csv", "--authority", "E08000002"}, 0, []string{"Bury profile"}},
		{"band", []string{"model", "--runs", "100"}, 0, []string{"Sensitivity: 100 scenarios"}},
		{"bad format", []string{"model", "--format", "xml"}, 2, nil},
		{"unknown model", []string{"model", "atlantis"}, 2, nil},
		{"two names", []string{"model", "bury", "generic"}, 2, nil},
		{"generic needs profile", []string{"model", "generic"}, 2, nil},
		{"missing scenario file", []string{"model", "--scenario", filepath.Join(dir, "none.json")}, 1, nil},
		{"bad scenario", []string{"model", "--scenario", bad}, 1, nil},
		{"help", []string{"model", "--help"}, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runModelCmd(t, tt.args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr %s", code, tt.code, errs)
			}
			for _, s := range tt.out {
				if !strings.Contains(out, s) {
					t.Errorf("output does not contain %q:\n%s", s, out)
				}
			}
		})
	}
}
