package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
)

// TestHelp_Stdout: help is a result, so it goes to standard output with
// exit status 0 and nothing on standard error.
func TestHelp_Stdout(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string // a line of the help
	}{
		{[]string{"--help"}, "usage: svbench COMMAND [flags]"},
		{[]string{"help"}, "  users     manage user accounts"},
		{[]string{"help", "backup"}, "usage: svbench backup FILE"},
		{[]string{"serve", "--help"}, "--addr ADDRESS"},
		{[]string{"import", "--help"}, "import ratings"},
		{[]string{"import", "agreements", "-h"}, "--dry-run"},
		{[]string{"export", "--help"}, "export agreements"},
		{[]string{"export", "ratings", "--help"}, "--assessment ID"},
		{[]string{"model", "--help"}, "--scenario FILE"},
		{[]string{"generate", "--help"}, "--csv FILE"},
		{[]string{"users", "--help"}, "users add"},
		{[]string{"users", "add", "--help"}, "The password is the first line of standard input"},
		{[]string{"users", "reset-password", "--help"}, "--email E"},
	} {
		code, stdout, stderr := run(t, tc.args...)
		if code != 0 || stderr != "" || !strings.HasPrefix(stdout, "usage: svbench ") || !strings.Contains(stdout, tc.want) {
			t.Errorf("svbench %s: exit %d\nstdout: %s\nstderr: %s\nwant %q in stdout", strings.Join(tc.args, " "), code, stdout, stderr, tc.want)
		}
	}
}

// TestUsageErrors: a mistake in how svbench was called is said once, on
// standard error, in plain words, with exit status 2.
func TestUsageErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "svbench.db")
	for _, tc := range []struct {
		args []string
		want string // the whole of stderr
	}{
		{[]string{"serve", "--nope"}, "svbench: serve: there is no flag --nope\nRun 'svbench serve --help' for how to use it.\n"},
		{[]string{"generate", "--seed", "abc", "--db", db}, "svbench: generate: \"abc\" is not a valid value for --seed: give a whole number\nRun 'svbench generate --help' for how to use it.\n"},
		{[]string{"export", "ratings", "-o"}, "svbench: export ratings: -o needs a value after it\nRun 'svbench export ratings --help' for how to use it.\n"},
		{[]string{"export"}, "svbench: export: say which: agreements or ratings\nRun 'svbench export --help' for how to use it.\n"},
		{[]string{"import", "accounts"}, "svbench: there is no 'svbench import accounts': use agreements or ratings\nRun 'svbench import --help' for how to use it.\n"},
		{[]string{"model", "bury", "generic"}, "svbench: model: name one model, not bury and generic\nRun 'svbench model --help' for how to use it.\n"},
		{[]string{"nonsense"}, "svbench: there is no command \"nonsense\"\nRun 'svbench --help' for the commands.\n"},
	} {
		code, stdout, stderr := run(t, tc.args...)
		if code != 2 || stdout != "" || stderr != tc.want {
			t.Errorf("svbench %s: exit %d\nstdout: %q\nstderr: %q\nwant:   %q", strings.Join(tc.args, " "), code, stdout, stderr, tc.want)
		}
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("a refused command created the database")
	}
}

// TestUsers_UnknownKind: 'users' names its four kinds.
func TestUsers_UnknownKind(t *testing.T) {
	code, _, stderr := run(t, "users", "remove")
	if code != 2 || !strings.Contains(stderr, "use add or list or disable or reset-password") {
		t.Errorf("users remove: exit %d, %q", code, stderr)
	}
}

// TestErrors_PlainMessages: bad input is reported once on standard error,
// without error codes or a repeated "open X: open X".
func TestErrors_PlainMessages(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "svbench.db")
	missing := filepath.Join(dir, "missing.csv")
	uplift := filepath.Join(dir, "uplift.json")
	os.WriteFile(uplift, []byte("{\n  \"name\": \"Uplift\",\n  \"funding_uplift_pct\": \"2%\"\n}\n"), 0o600)
	scheme := filepath.Join(dir, "scheme.json")
	os.WriteFile(scheme, []byte(`{"savings": [{"scheme": "nope"}]}`), 0o600)
	for _, tc := range []struct {
		name   string
		args   []string
		want   string // the whole of stderr, or its start when prefix
		prefix bool
	}{
		{"missing file", []string{"import", "agreements", missing, "--db", db}, "svbench: cannot open " + missing + ": no such file\n", false},
		{"folder", []string{"import", "ratings", dir, "--authority", "Bristol", "--assessment", "X", "--db", db}, "svbench: cannot open " + dir + ": it is a folder, not a file\n", false},
		{"missing scenario", []string{"model", "--scenario", missing}, "svbench: cannot open " + missing + ": no such file\n", false},
		{"missing profile", []string{"model", "generic", "--profile", missing}, "svbench: cannot open " + missing + ": no such file\n", false},
		{"unwritable output", []string{"export", "agreements", "-o", filepath.Join(dir, "no", "such", "x.csv"), "--db", db},
			"svbench: cannot write " + filepath.Join(dir, "no", "such", "x.csv") + ": its folder does not exist\n", false},
		{"output is a folder", []string{"export", "agreements", "-o", dir, "--db", db},
			"svbench: cannot write " + dir + ": it is a folder, not a file\n", false},
		{"database in a missing folder", []string{"backup", filepath.Join(dir, "copy.db"), "--db", filepath.Join(dir, "no", "svbench.db")},
			"svbench: cannot write " + filepath.Join(dir, "no", "svbench.db") + ": its folder does not exist\n", false},
		// The value of funding_uplift_pct starts at line 3, column 25.
		{"scenario of the wrong type", []string{"model", "--scenario", uplift},
			"svbench: " + uplift + ": line 3, column 25: funding_uplift_pct must be a number, not text\n", false},
		// Bury's saving schemes are the rows of kind "saving" in
		// datasets/bury/savings_schemes.csv, the first of them this one.
		{"unknown scheme", []string{"model", "--scenario", scheme},
			"svbench: " + scheme + ": savings entry 1: there is no scheme called \"nope\"; the schemes are mainstream-ehcp-banded-top-ups,", true},
		{"round not found", []string{"export", "ratings", "--assessment", "No such round", "-o", filepath.Join(dir, "x.csv"), "--db", db},
			"svbench: There is no assessment round with ID or title \"No such round\".\n", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := run(t, tc.args...)
			ok := stderr == tc.want || (tc.prefix && strings.HasPrefix(stderr, tc.want))
			if code != 1 || stdout != "" || !ok {
				t.Errorf("exit %d, stdout %q\nstderr: %q\nwant:   %q", code, stdout, stderr, tc.want)
			}
			for _, code := range []string{benchmark.ENOTFOUND + ":", benchmark.EINVALID + ":", benchmark.ECONFLICT + ":"} {
				if strings.Contains(stderr, code) {
					t.Errorf("stderr shows the error code %q", code)
				}
			}
		})
	}
}

// TestResults_Stdout: what a command did is a result, on standard output,
// counted in words.
func TestResults_Stdout(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "svbench.db")
	one := filepath.Join(dir, "one.csv")
	code, stdout, stderr := run(t, "export", "agreements", "--agreement", "1", "-o", one, "--db", db)
	if code != 0 || stderr != "" || stdout != "wrote 1 agreement to "+one+"\n" {
		t.Errorf("export one agreement: exit %d\nstdout %q\nstderr %q", code, stdout, stderr)
	}
	round := filepath.Join(dir, "round.csv")
	// Bristol's round; its name as datasets/authorities.csv writes it.
	code, stdout, stderr = run(t, "export", "ratings", "--assessment", "Mitigation Validation Exercise", "-o", round, "--db", db)
	if code != 0 || stderr != "" || !strings.HasPrefix(stdout, "wrote CSV of \"Mitigation Validation Exercise\" (Bristol) to "+round) {
		t.Errorf("export ratings: exit %d\nstdout %q\nstderr %q", code, stdout, stderr)
	}
}

// TestGenerate_CSV: --csv writes the generated agreements in the agreement
// format; importing the file into another database creates exactly those
// agreements, and into the generating one changes nothing.
func TestGenerate_CSV(t *testing.T) {
	dir := t.TempDir()
	db, other, file := filepath.Join(dir, "svbench.db"), filepath.Join(dir, "other.db"), filepath.Join(dir, "synthetic.csv")
	gen := []string{"generate", "--db", db, "--authorities", "5", "--agreements", "7", "--rounds", "2", "--seed", "9"}
	code, stdout, stderr := run(t, append(gen, "--csv", file)...)
	if code != 0 || stderr != "" {
		t.Fatalf("generate --csv: exit %d: %s", code, stderr)
	}
	if want := "generated 7 agreements (7 new, 0 revised, 0 unchanged) and 10 rounds in " /* 2 for each of 5 authorities */ + db + "\nwrote 7 agreements to " + file + "\n"; stdout != want {
		t.Errorf("stdout %q\nwant   %q", stdout, want)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte("\ufeffauthority,agreement,round,")) || bytes.Count(data, []byte("Synthetic Safety Valve agreement")) < 7 {
		t.Errorf("the file is not the agreement format with the synthetic agreements:\n%.300s", data)
	}
	if code, stdout, stderr := run(t, "import", "agreements", file, "--db", other); code != 0 || !strings.Contains(stdout, "7 created, 0 revised, 0 unchanged.") {
		t.Errorf("import into another database: exit %d\n%s%s", code, stdout, stderr)
	}
	if code, stdout, stderr := run(t, "import", "agreements", file, "--db", db); code != 0 || !strings.Contains(stdout, "0 created, 0 revised, 7 unchanged.") {
		t.Errorf("import into the generating database: exit %d\n%s%s", code, stdout, stderr)
	}

	// To standard output the CSV stays pure: the summary goes to stderr.
	code, stdout, stderr = run(t, "generate", "--db", other, "--authorities", "3", "--agreements", "1", "--rounds", "0", "--seed", "10", "--csv", "-")
	if code != 0 || !strings.HasPrefix(stdout, "\ufeffauthority,") || strings.Contains(stdout, "generated") || !strings.HasPrefix(stderr, "generated 1 agreement (") {
		t.Errorf("--csv -: exit %d\nstdout %.200q\nstderr %q", code, stdout, stderr)
	}

	// A file that cannot be written is refused before the database changes.
	store := openTestStore(t, db)
	before, err := store.FindAgreements(context.Background(), benchmark.AgreementFilter{IncludeSuperseded: true})
	if err != nil {
		t.Fatal(err)
	}
	code, _, stderr = run(t, "generate", "--db", db, "--authorities", "5", "--agreements", "7", "--rounds", "2", "--seed", "11", "--csv", filepath.Join(dir, "none", "x.csv"))
	if code != 1 || !strings.Contains(stderr, "its folder does not exist") {
		t.Errorf("unwritable --csv: exit %d, %q", code, stderr)
	}
	after, _ := store.FindAgreements(context.Background(), benchmark.AgreementFilter{IncludeSuperseded: true})
	if len(after) != len(before) {
		t.Errorf("refused run wrote agreements: %d -> %d", len(before), len(after))
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".svbench-*")); len(left) != 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}
