package generic_test

import (
	"io/fs"
	"math"
	"reflect"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/benchmark/deficit"
	"github.com/svbench/svbench/datasets"
	"github.com/svbench/svbench/ingest"
	"github.com/svbench/svbench/models/generic"
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

// f returns a pointer to v, for a profile year's optional figures.
func f(v float64) *float64 { return &v }

// profile is ingest/testdata/profile.csv as ingest reads it (its test
// checks the reading); the model takes these values, not the file.
func profile() []deficit.ProfileYear {
	return []deficit.ProfileYear{
		{Year: 2024, Funding: 60, Spend: 66, Contributions: 1.5, Transfers: 0.5, Savings: f(0.8), Deficit: f(14), Printed: "14.0", Opening: f(10)},
		{Year: 2025, Funding: 63, Spend: 64, Contributions: 1.5, Transfers: 0.5, Savings: f(1.6), Deficit: f(13), Printed: "13.0"},
		{Year: 2026, Funding: 66, Spend: 62, Contributions: 1.5, Transfers: 0.5, Savings: f(2), Deficit: f(7), Printed: "7.0"},
		{Year: 2027, Funding: 69, Spend: 61, Transfers: 0.5, Savings: f(2), Deficit: f(-0.5), Printed: "-0.5"},
	}
}

func open(t *testing.T, a *benchmark.Authority) deficit.Model {
	t.Helper()
	opts := deficit.Options{Profile: profile(), ProfileName: "profile.csv"}
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
	// Worked by hand from the profile:
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

// TestGenericForecastsAndSavings: the published deficits a profile gives
// are its agreed forecast, opening deficit first and each as printed;
// savings are a scheme only when some year gives them, zero in the others.
func TestGenericForecastsAndSavings(t *testing.T) {
	m := open(t, nil)
	fc := m.Forecasts()
	want := []deficit.Point{{Year: 2023, Deficit: 10}, {Year: 2024, Deficit: 14, Printed: "14.0"}, {Year: 2025, Deficit: 13, Printed: "13.0"},
		{Year: 2026, Deficit: 7, Printed: "7.0"}, {Year: 2027, Deficit: -0.5, Printed: "-0.5"}}
	if len(fc) != 1 || !fc[0].Agreed || !reflect.DeepEqual(fc[0].Points, want) {
		t.Errorf("forecasts = %+v, want one agreed with %+v", fc, want)
	}

	bare := []deficit.ProfileYear{{Year: 2024, Funding: 60, Spend: 66}, {Year: 2025, Funding: 63, Spend: 64, Savings: f(1)}}
	b, err := generic.New(bare, "", "", "")
	if err != nil {
		t.Fatal(err)
	}
	if fc := b.Forecasts(); fc != nil {
		t.Errorf("forecasts without published deficits = %+v", fc)
	}
	in := b.Inputs()
	if in.OpeningYear != 2023 || in.OpeningDeficit != 0 || len(in.Schemes) != 1 || !reflect.DeepEqual(in.Schemes[0].Savings, []float64{0, 1}) {
		t.Errorf("inputs = %+v", in)
	}
	bare[1].Savings = nil
	if b, err = generic.New(bare, "", "", ""); err != nil || len(b.Inputs().Schemes) != 0 {
		t.Errorf("no savings given: schemes %v, %v", b, err)
	}
}
