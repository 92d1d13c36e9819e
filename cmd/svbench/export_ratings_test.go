package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestExportRatings(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "svbench.db")
	file := func(name string) string { return filepath.Join(dir, name) }

	t.Run("usage", func(t *testing.T) {
		for _, args := range [][]string{
			{"export", "ratings", "--db", db},
			{"export", "ratings", "--db", db, "--assessment", "1"},
			{"export", "ratings", "--db", db, "--assessment", "1", "--format", "pdf", "-o", file("x.pdf")},
		} {
			if code, _, _ := run(t, args...); code != 2 {
				t.Errorf("%v: exit %d, want 2", args, code)
			}
		}
		if code, _, stderr := run(t, "export", "ratings", "--db", db, "--assessment", "No such round", "-o", file("x.csv")); code != 1 || !strings.Contains(stderr, "No such round") {
			t.Errorf("unknown round: exit %d, %q", code, stderr)
		}
	})

	t.Run("csv round trip through import", func(t *testing.T) {
		// The seeded round is the appendix's (datasets/assessments.csv).
		if code, _, stderr := run(t, "export", "ratings", "--db", db, "--assessment", "Mitigation Validation Exercise", "-o", file("first.csv")); code != 0 {
			t.Fatalf("export: exit %d: %s", code, stderr)
		}
		if code, stdout, stderr := run(t, "import", "ratings", file("first.csv"), "--db", db, "--authority", "Bristol", "--assessment", "Reimported"); code != 0 {
			t.Fatalf("import: exit %d: %s %s", code, stdout, stderr)
		} else if !strings.Contains(stdout, "3 Green, 4 Amber, 3 Red, 17 not rated") { // Appendix A
			t.Errorf("import says %q", stdout)
		}
		if code, _, stderr := run(t, "export", "ratings", "--db", db, "--assessment", "Reimported", "--format", "csv", "-o", file("second.csv")); code != 0 {
			t.Fatalf("export again: exit %d: %s", code, stderr)
		}
		a, _ := os.ReadFile(file("first.csv"))
		b, _ := os.ReadFile(file("second.csv"))
		if !bytes.Equal(a, b) || len(a) == 0 {
			t.Errorf("the re-imported round exports differently:\n%s\n---\n%s", a, b)
		}
	})

	t.Run("xlsx", func(t *testing.T) {
		if code, _, stderr := run(t, "export", "ratings", "--db", db, "--assessment", "1", "-o", file("round.xlsx")); code != 0 {
			t.Fatalf("export: exit %d: %s", code, stderr)
		}
		f, err := excelize.OpenFile(file("round.xlsx"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if got := f.GetSheetList(); len(got) < 4 || got[0] != "Ratings" {
			t.Errorf("sheets = %q", got)
		}
	})
}
