package bury_test

import (
	"testing"

	"github.com/svbench/svbench/benchmark/deficit"
)

func TestSensitivityBand(t *testing.T) {
	m := model(t)
	in := m.Inputs()
	r := deficit.RangesFor(m)
	if r != m.SensitivityRanges() || r.DeliveryPct.Max == 0 {
		t.Fatalf("ranges = %+v, want datasets/bury/sensitivity.json", r)
	}
	b, err := deficit.Sensitivity(in, r, 2000, 42)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := deficit.Sensitivity(in, r, 2000, 42)
	if b.Median != again.Median || b.P50[2] != again.P50[2] {
		t.Error("same seed gave a different band")
	}
	runs := b.NotCleared
	for _, c := range b.Cleared {
		runs += c.Runs
	}
	if runs != b.Runs {
		t.Errorf("counts %d != runs %d", runs, b.Runs)
	}
	for i := range b.Years {
		if !(b.P10[i] <= b.P50[i] && b.P50[i] <= b.P90[i]) {
			t.Errorf("%s: percentiles out of order", b.Years[i])
		}
	}
	// Savings can only fall short or slip in the default ranges, funding
	// and spend move either way: the band must straddle more than a year.
	if b.Earliest == b.Latest {
		t.Errorf("band has no spread: %+v", b.Cleared)
	}
}

// BenchmarkSensitivity10000 runs the sensitivity band over 10,000
// scenarios of Bury's model per iteration.
func BenchmarkSensitivity10000(b *testing.B) {
	m := model(b)
	in := m.Inputs()
	r := deficit.RangesFor(m)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := deficit.Sensitivity(in, r, 10000, 7); err != nil {
			b.Fatal(err)
		}
	}
}
