package bury_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark/deficit"
	"github.com/svbench/svbench/models/bury"
)

// perturbed builds the model from a copy of the shipped data with the
// deficit of table id in row i moved by delta, and returns the findings
// that are not clean and not already in the shipped model.
func perturbed(t *testing.T, id string, i int, delta float64) (deficit.Year, deficit.Findings) {
	t.Helper()
	d := readData(t)
	n := -1
	var year deficit.Year
	for k := range d.Forecasts {
		if d.Forecasts[k].Table != id {
			continue
		}
		if n++; n == i {
			d.Forecasts[k].Deficit.Value += delta
			year = d.Forecasts[k].Year
		}
	}
	if year == 0 {
		return 0, nil
	}
	m, err := bury.New(d)
	if err != nil {
		// The model refuses data whose profiles do not open alike; the
		// error is the finding, named with the year moved.
		return year, deficit.Findings{{ID: "refused", Where: year.String(), Detail: err.Error(), Status: deficit.StatusInconsistent}}
	}
	shipped := map[string]deficit.Status{}
	for _, f := range model(t).Reconcile() {
		shipped[f.ID] = f.Status
	}
	var out deficit.Findings
	for _, f := range m.Reconcile().With(deficit.StatusInconsistent) {
		if shipped[f.ID] != f.Status {
			out = append(out, f)
		}
	}
	return year, out
}

// TestPerturbedDeficitIsFound: each published deficit of the two revised
// profiles (seed Tables 2 and 3), moved by £4m in a copy of the data, gives
// a new error naming that year or the next (the derived payment that
// balanced it); the model does not absorb it into a derived figure.
func TestPerturbedDeficitIsFound(t *testing.T) {
	for _, id := range []string{bury.TableRevised14, bury.TableRevised16} {
		for i := 0; ; i++ {
			y, fs := perturbed(t, id, i, 4)
			if y == 0 {
				break
			}
			if !names(fs, y) && !names(fs, y+1) {
				t.Errorf("%s %s + 4.000: no new error names %s or %s: %v", id, y, y, y+1, fs)
			}
		}
	}
}

// TestSmallPerturbationIsFound: a £0.050m change to the 16 Dec 2021/22
// deficit keeps every derived payment positive, yet the two revised
// profiles (seed Tables 2 and 3 both print 22.172) then disagree before
// the funding increase, which is found.
func TestSmallPerturbationIsFound(t *testing.T) {
	y, fs := perturbed(t, bury.TableRevised16, 1, 0.05)
	if !names(fs, y) {
		t.Errorf("16 Dec %s + 0.050: no new error names it: %v", y, fs)
	}
	for _, f := range fs {
		if strings.HasPrefix(f.ID, "derived-contributions") || strings.HasPrefix(f.ID, "derived-transfers") {
			t.Errorf("a derived payment went negative, so this is not the small case: %v", f)
		}
	}
}

// names reports whether a finding's place or detail names year y.
func names(fs deficit.Findings, y deficit.Year) bool {
	for _, f := range fs {
		if strings.Contains(f.Where+" "+f.Detail, y.String()) {
			return true
		}
	}
	return false
}

// TestSmallPerturbationsReport lists which small changes are caught, for
// the record (see the report); it fails only if none are.
func TestSmallPerturbationsReport(t *testing.T) {
	caught := 0
	for _, id := range []string{bury.TableRevised14, bury.TableRevised16} {
		for i := 0; ; i++ {
			y, fs := perturbed(t, id, i, 0.05)
			if y == 0 {
				break
			}
			if len(fs) > 0 {
				caught++
			}
			t.Log(id, y, fmt.Sprint(len(fs)), fs)
		}
	}
	if caught == 0 {
		t.Error("no small change is caught")
	}
}
