package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestImportAndExportAgreements(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "svbench.db")
	good := filepath.Join(dir, "bristol.csv")
	os.WriteFile(good, []byte("authority,agreement,round,reference,recommendation\n"+
		"Bristol,Safety Valve agreement: Bristol,2022-23,1,Create new resourced provision places in mainstream schools.\n"), 0o600)
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("authority,agreement,round,reference,recommendation,theme\n"+
		"Bristoll,Safety Valve agreement: Bristol,2022-23,1,Do something.,\n"+
		"Bristol,Safety Valve agreement: Bristol,2022-23,2,Do more.,Financial Efficiency\n"), 0o600)
	export := filepath.Join(dir, "export.csv")
	for _, tc := range []struct {
		name     string
		args     []string
		code     int
		out, err string
	}{
		{"dry run", []string{"import", "agreements", good, "--dry-run", "--db", db}, 0, "Dry run: nothing was written.", ""},
		{"import", []string{"import", "agreements", good, "--db", db}, 0, "1 created, 0 revised, 0 unchanged.", ""},
		{"again", []string{"import", "agreements", good, "--db", db}, 0, "0 created, 0 revised, 1 unchanged.", ""},
		{"bad file", []string{"import", "agreements", bad, "--db", db}, 1, "", "line 3, column theme:"},
		{"no file", []string{"import", "agreements", "--db", db}, 2, "", "name one file"},
		{"export", []string{"export", "agreements", "-o", export, "--db", db}, 0, "wrote 5 agreements to " + export, ""},
		// Appendix A's four agreements and the Bristol one: all unchanged.
		{"round trip", []string{"import", "agreements", export, "--db", db}, 0, "0 created, 0 revised, 5 unchanged.", ""},
		{"ratings", []string{"import", "ratings", "../../datasets/assessments/bristol-mitigation-validation.csv", "--authority", "801", "--assessment", "Second look", "--db", db}, 0, "(3 Green, 4 Amber, 3 Red, 17 not rated)", ""},
		{"ratings usage", []string{"import", "ratings", good, "--db", db}, 2, "", "--authority and --assessment"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := run(t, tc.args...)
			if code != tc.code || !strings.Contains(out, tc.out) || !strings.Contains(errOut, tc.err) {
				t.Errorf("exit %d (want %d)\nstdout: %s\nstderr: %s", code, tc.code, out, errOut)
			}
		})
	}
}
