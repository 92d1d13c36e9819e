package bury_test

import (
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark/deficit"
	"github.com/svbench/svbench/models/bury"
)

// TestTransferBeforeTimelineIsNote: Table 4 row 2 (seed) carries £0.255m
// in 2021/22 before its Apr-22 timeline; it is a schools block transfer,
// so a note giving the reason, not an error.
func TestTransferBeforeTimelineIsNote(t *testing.T) {
	f, ok := findings(t).ByID("savings-timeline-2")
	if !ok || f.Status != deficit.StatusNote || !strings.Contains(f.Detail, "Not an error") || !strings.Contains(f.Detail, "£0.255m") {
		t.Errorf("savings-timeline-2 = %+v", f)
	}
}

// TestInYearWordingErrorWhenSumsDiffer: if the in-year line no longer adds
// up to para 8.1's figure, the wording is an error again (a copy of the
// data with the 2024/25 in-year saving moved by 0.1).
func TestInYearWordingErrorWhenSumsDiffer(t *testing.T) {
	d := readData(t)
	for i := range d.SavingsTotals {
		if r := &d.SavingsTotals[i]; r.Line == "in-year" && r.Column == "2024/25" {
			r.Value.Value += 0.1
		}
	}
	m, err := bury.New(d)
	if err != nil {
		t.Fatal(err)
	}
	if f, _ := m.Reconcile().ByID("text-savings-identified-in-year"); f.Status != deficit.StatusInconsistent {
		t.Errorf("status = %s, want inconsistent", f.Status)
	}
}

// TestHeadlineCountsDistinctProblems: the shipped findings hold nine
// inconsistent checks (seed: HNB 2022/23 variance, para 5.9 2024/25, row
// 11 timeline, the out-of-borough row in four places and Table 5's label
// in two) but five distinct problems.
func TestHeadlineCountsDistinctProblems(t *testing.T) {
	fs := findings(t)
	ps := fs.Problems(deficit.StatusInconsistent)
	if n := len(fs.With(deficit.StatusInconsistent)); n != 9 {
		t.Errorf("%d inconsistent checks, want 9", n)
	}
	if len(ps) != 5 {
		t.Fatalf("%d problems, want 5: %v", len(ps), ps)
	}
	occ := map[string]int{}
	for _, p := range ps {
		occ[p.Key] = len(p.Occurrences)
	}
	if occ["out-of-borough-year-on-year"] != 4 || occ[bury.TableOOB+"-change-label"] != 2 {
		t.Errorf("occurrences = %v", occ)
	}
}
