package ingest_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/svbench/svbench/datasets"
	"github.com/svbench/svbench/ingest"
)

func TestReadCommonPasswords(t *testing.T) {
	got, err := ingest.ReadCommonPasswords([]byte("# a comment\r\nPassword1\r\n\r\n  spaced  \nletmein"))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"password1", "  spaced  ", "letmein"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("read %q, want %q", got, want)
	}
	if _, err := ingest.ReadCommonPasswords([]byte("ok\nbad \xff\n")); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("not UTF-8: err = %v, want it to name line 2", err)
	}
}

// TestPasswordPolicy_ShippedList: the shipped deny list reads, holds a few
// hundred passwords in lower case, and the policy built from it refuses a
// common twelve-character one that length alone lets through.
func TestPasswordPolicy_ShippedList(t *testing.T) {
	data, err := datasets.FS.ReadFile(ingest.CommonPasswordsFile)
	if err != nil {
		t.Fatal(err)
	}
	list, err := ingest.ReadCommonPasswords(data)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, p := range list {
		if seen[p] {
			t.Errorf("%q is listed twice", p)
		}
		seen[p] = true
	}
	if len(list) < 300 {
		t.Errorf("%d passwords, want a few hundred", len(list))
	}
	for i, line := range strings.Split(string(data), "\n") {
		if !strings.HasPrefix(line, "#") && line != strings.ToLower(line) {
			t.Errorf("line %d, %q, is not in lower case", i+1, line)
		}
	}
	policy, err := ingest.PasswordPolicy(datasets.FS)
	if err != nil {
		t.Fatal(err)
	}
	if err := policy.Check("Password1234", "ada@council.gov.uk"); err == nil {
		t.Error("Password1234 accepted")
	}
	if err := policy.Check("ledger quietly orbits", "ada@council.gov.uk"); err != nil {
		t.Errorf("three random words refused: %v", err)
	}
	if _, err := ingest.PasswordPolicy(fstest.MapFS{}); err == nil {
		t.Error("no error without the file")
	}
}
