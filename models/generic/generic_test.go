package generic_test

import (
	"io/fs"
	"math"
	"os"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/benchmark/deficit"
	"github.com/svbench/svbench/datasets"
	"github.com/svbench/svbench/ingest"
)

// resolve finds an authority the way callers do without a database: in
// datasets/authorities.csv, read by ingest.
func resolve(t *testing.T, q string) *benchmark.Authority {
	t.Helper()
	data, err := fs.ReadFile(datasets.FS, "authorities.csv")
	if err != nil {
		t.Fatal(err)
	}
	list, err := ingest.ParseAuthorities(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range list {
		if a.Matches(q) {
			return a
		}
	}
	t.Fatalf("no authority %q", q)
	return nil
}

func open(t *testing.T, a *benchmark.Authority) deficit.Model {
	t.Helper()
	f, err := os.Open("../../ingest/testdata/profile.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	years, err := ingest.ReadProfile(f)
	if err != nil {
		t.Fatal(err)
	}
	opts := deficit.Options{Profile: years, ProfileName: "profile.csv"}
	if a != nil {
		opts.Authority, opts.AuthorityCode = a.Name, a.ONSCode
	}
	m, err := deficit.Open("generic", opts)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestGenericProjection(t *testing.T) {
	m := open(t, resolve(t, "351"))
	if m.Info().Authority != "Bury" || m.Info().AuthorityCode != "E08000002" {
		t.Errorf("info = %+v", m.Info())
	}
	r, err := deficit.NewReport(m, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Worked by hand from ingest/testdata/profile.csv:
	// 10 + 6 − 2 = 14; 14 + 1 − 2 = 13; 13 − 4 − 2 = 7; 7 − 8 − 0.5 = −1.5.
	want := []float64{14, 13, 7, -1.5}
	for i, y := range r.Base.Years {
		if math.Abs(y.Deficit-want[i]) > 1e-9 {
			t.Errorf("%s = %v, want %v", y.Year, y.Deficit, want[i])
		}
	}
	if math.Abs(r.Base.Years[0].Share-14.0/60) > 1e-12 {
		t.Errorf("share = %v", r.Base.Years[0].Share)
	}
	if r.Base.ClearedYear != 2027 {
		t.Errorf("cleared %s", r.Base.ClearedYear)
	}
	// The published 2027/28 deficit (−0.5) disagrees with the flows (−1.5).
	bad := r.Findings.With(deficit.StatusInconsistent)
	if len(bad) != 1 || bad[0].Where != "2027/28" || bad[0].Difference != 1 {
		t.Errorf("findings = %+v", r.Findings)
	} else if want := "The profile publishes −£0.500m; its own flows give −£1.500m."; bad[0].Detail != want {
		t.Errorf("detail = %q, want %q", bad[0].Detail, want)
	}
	// Savings are a memo: spend is as supplied.
	if r.Base.Years[0].Spend != 66 || r.Base.Years[0].SavingsTotal != 0.8 {
		t.Errorf("year 1 = %+v", r.Base.Years[0])
	}
}

func TestWithoutAuthority(t *testing.T) {
	m := open(t, nil)
	if m.Info().Authority != "Your authority" || m.Info().AuthorityCode != "" {
		t.Errorf("info = %+v", m.Info())
	}
}

func TestNeedsProfile(t *testing.T) {
	if _, err := deficit.Open("generic", deficit.Options{Authority: "Bury"}); err == nil {
		t.Error("no error without a profile")
	}
}
