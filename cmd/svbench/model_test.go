package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/ingest/ingesttest"
	"github.com/svbench/svbench/sqlite"
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
	t.Setenv("SVBENCH_DB", filepath.Join(dir, "svbench.db"))
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
		{"generic", []string{"model", "generic", "--profile", genericProfile, "--authority", "E08000002"}, 0, []string{"Bury profile"}},
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

const genericProfile = "../../ingest/testdata/profile.csv"

// TestModelStoresProfile: --profile with --authority stores the profile;
// --authority alone projects the authority's most recent stored one.
func TestModelStoresProfile(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "svbench.db")
	bad := filepath.Join(dir, "bad.csv")
	if err := os.WriteFile(bad, []byte("year,funding,spend\n2024/25,lots,\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name     string
		args     []string
		code     int
		out, err []string
		not      []string
	}{
		{"no stored profile yet", []string{"model", "generic", "--authority", "Bury"}, 1, nil, []string{"Bury has no stored profile"}, nil},
		{"invalid profile not stored", []string{"model", "generic", "--profile", bad, "--authority", "351"}, 1, nil, []string{"bad.csv: the profile CSV has 2 problems:\nline 2, column funding"}, nil},
		{"unknown authority", []string{"model", "generic", "--profile", genericProfile, "--authority", "Atlantis"}, 1, nil, []string{`unknown authority "Atlantis"`}, nil},
		// Bury is DfE 351, ONS E08000002 (datasets/authorities.csv).
		{"store", []string{"model", "generic", "--profile", genericProfile, "--authority", "351"}, 0,
			[]string{"Bury profile", "Stored profile.csv as profile 1 for Bury (E08000002) in " + db, "/model/generic?profile=1"}, nil, nil},
		{"store again as csv", []string{"model", "--format", "csv", "--profile", genericProfile, "--authority", "E08000002"}, 0,
			[]string{"projection,year,funding"}, []string{"as profile 2 for Bury"}, []string{"Stored"}},
		{"project stored", []string{"model", "generic", "--authority", "Bury"}, 0,
			[]string{"Bury profile", "stored profile 2"}, nil, []string{"Stored"}},
		{"authority alone picks generic", []string{"model", "--authority", "Bury", "--format", "csv"}, 0, []string{"Bury profile"}, nil, nil},
		{"authority is not for bury", []string{"model", "bury", "--authority", "Bury"}, 2, nil, nil, nil},
	}
	for _, st := range steps {
		code, out, errs := runModelCmd(t, append(st.args, "--db", db)...)
		if code != st.code {
			t.Fatalf("%s: exit %d, want %d; stderr %s", st.name, code, st.code, errs)
		}
		for _, s := range st.out {
			if !strings.Contains(out, s) {
				t.Errorf("%s: stdout lacks %q:\n%s", st.name, s, out)
			}
		}
		for _, s := range st.err {
			if !strings.Contains(errs, s) {
				t.Errorf("%s: stderr lacks %q:\n%s", st.name, s, errs)
			}
		}
		for _, s := range st.not {
			if strings.Contains(out, s) {
				t.Errorf("%s: stdout has %q:\n%s", st.name, s, out)
			}
		}
	}

	store := openTestStore(t, db)
	list, err := store.FindProfiles(context.Background(), benchmark.ProfileFilter{})
	if err != nil {
		t.Fatal(err)
	}
	want := ingesttest.ProfileYears(t)
	if len(list) != 2 || !reflect.DeepEqual(list[0].Years, want) || list[0].AuthorityCode != "E08000002" || list[0].Name != "profile.csv" {
		t.Errorf("stored = %v", list)
	}
}

// TestModelStoredProfileInUKTime: the command line says when the stored
// profile it projects was stored in UK time, as the web pages do: 13:30
// UTC on 1 July 2025 is 14:30 British Summer Time.
func TestModelStoredProfileInUKTime(t *testing.T) {
	db := filepath.Join(t.TempDir(), "svbench.db")
	if code, _, errs := runModelCmd(t, "model", "generic", "--authority", "Bury", "--db", db); code != 1 || !strings.Contains(errs, "no stored profile") {
		t.Fatalf("first run: exit %d, %s", code, errs) // creates and seeds the database
	}
	sdb := sqlite.NewDB(db)
	sdb.Now = func() time.Time { return time.Date(2025, 7, 1, 13, 30, 0, 0, time.UTC) }
	if err := sdb.Open(); err != nil {
		t.Fatal(err)
	}
	err := sqlite.NewStore(sdb).SaveProfile(context.Background(), &benchmark.Profile{AuthorityCode: "Bury", Name: "summer.csv", Years: ingesttest.ProfileYears(t)})
	sdb.Close()
	if err != nil {
		t.Fatal(err)
	}
	code, out, errs := runModelCmd(t, "model", "generic", "--authority", "Bury", "--db", db)
	if code != 0 || !strings.Contains(out, "summer.csv (stored profile 1, 1 Jul 2025, 14:30)") {
		t.Errorf("exit %d; stdout:\n%s\nstderr: %s", code, out, errs)
	}
	if got := storedAt(time.Date(2025, 1, 15, 13, 30, 0, 0, time.UTC)); got != "15 Jan 2025, 13:30" {
		t.Errorf("winter: %q, want GMT 15 Jan 2025, 13:30", got)
	}
}

// openTestStore opens the database a command wrote.
func openTestStore(t *testing.T, path string) *sqlite.Store {
	t.Helper()
	db := sqlite.NewDB(path)
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return sqlite.NewStore(db)
}
