// Package ingesttest gives tests in other packages the fixtures of
// ingest's testdata, read as ingest reads them, as net/http/httptest
// serves tests of HTTP.
package ingesttest

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/svbench/svbench/benchmark/deficit"
	"github.com/svbench/svbench/ingest"
)

// ProfilePath is the path of ingest/testdata/profile.csv, a four-year
// deficit profile, wherever the calling test runs.
func ProfilePath() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "testdata", "profile.csv")
}

// ProfileYears returns the years of ProfilePath as ingest.ReadProfile reads
// them, failing the test when it cannot.
func ProfileYears(tb testing.TB) []deficit.ProfileYear {
	tb.Helper()
	f, err := os.Open(ProfilePath())
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	years, err := ingest.ReadProfile(f)
	if err != nil {
		tb.Fatal(err)
	}
	return years
}
