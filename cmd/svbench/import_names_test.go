package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestImport_CouncilNames imports from the command line with authorities
// named as councils write them, and refuses a misspelt one naming its line,
// its column and the nearest authorities.
func TestImport_CouncilNames(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "svbench.db")
	good := filepath.Join(dir, "kent.csv")
	os.WriteFile(good, []byte("authority,agreement,round,reference,recommendation\n"+
		"Kent County Council,Safety Valve agreement: Kent,2022-23,1,Create new resourced provision places in mainstream schools.\n"), 0o600)
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("authority,agreement,round,reference,recommendation\n"+
		"Kent County Council,Safety Valve agreement: Kent,2022-23,1,Create new resourced provision places in mainstream schools.\n"+
		"Bristle City Council,Safety Valve agreement: Bristol,2022-23,1,Create new resourced provision places in mainstream schools.\n"), 0o600)
	for _, tc := range []struct {
		name     string
		args     []string
		code     int
		out, err string
	}{
		{"refused", []string{"import", "agreements", bad, "--db", db}, 1, "", `line 3, column authority: "Bristle City Council" is not an English local authority. Did you mean "Bristol"`},
		{"import", []string{"import", "agreements", good, "--db", db}, 0, "(Kent, 2022-23)", ""},
		{"ratings", []string{"import", "ratings", "../../datasets/assessments/bristol-mitigation-validation.csv", "--authority", "Bristol City Council", "--assessment", "Second look", "--db", db}, 0, "(3 Green, 4 Amber, 3 Red, 17 not rated)", ""},
		{"ambiguous", []string{"import", "ratings", "../../datasets/assessments/bristol-mitigation-validation.csv", "--authority", "Kingston", "--assessment", "Third look", "--db", db}, 1, "", `"Kingston upon Hull" or "Kingston upon Thames"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := run(t, tc.args...)
			if code != tc.code || !strings.Contains(out, tc.out) || !strings.Contains(errOut, tc.err) {
				t.Errorf("exit %d (want %d)\nstdout: %s\nstderr: %s", code, tc.code, out, errOut)
			}
		})
	}
}
