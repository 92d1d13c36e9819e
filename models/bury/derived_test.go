package bury_test

import (
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark/deficit"
)

// TestProjectionMarksDerivedFigures: the report prints no DfE contribution,
// so every contribution year is marked derived with its working; Table 4
// states the schools block transfer for 2022/23 (0.700, seed Table 4), so
// that year's transfer is not.
func TestProjectionMarksDerivedFigures(t *testing.T) {
	r, err := deficit.NewReport(model(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, y := range r.Base.Years {
		if y.Contributions == 0 {
			continue
		}
		d, ok := y.IsDerived(deficit.FieldContributions)
		if !ok || !strings.Contains(d.How, "−") {
			t.Errorf("%s: contribution %v not marked derived with its working (%+v)", y.Year, y.Contributions, d)
		}
	}
	y, _ := deficit.ParseYear("2022/23")
	for _, r := range r.Base.Years {
		if r.Year != y {
			continue
		}
		if d, ok := r.IsDerived(deficit.FieldTransfers); ok {
			t.Errorf("2022/23 transfer is stated in Table 4 but marked derived: %+v", d)
		}
		if _, ok := r.IsDerived(deficit.FieldSavings); !ok {
			t.Errorf("2022/23 has a year-on-year scheme whose cumulative level is derived, not marked")
		}
	}
}
