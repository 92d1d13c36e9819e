package benchmark_test

import (
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
)

func TestValidateReopenReason(t *testing.T) {
	for _, tc := range []struct {
		reason, want string
	}{
		{"Marked final by mistake", ""},
		{" \t", "Enter why the round is being reopened"},
		{strings.Repeat("x", benchmark.MaxReopenReason+1), "Reason must be 1000 characters or fewer"},
	} {
		err := benchmark.ValidateReopenReason(tc.reason)
		if tc.want == "" && err != nil || tc.want != "" && (benchmark.ErrorCode(err) != benchmark.EINVALID || benchmark.ErrorMessage(err) != tc.want) {
			t.Errorf("reason of %d characters: %v, want %q", len(tc.reason), err, tc.want)
		}
	}
	if benchmark.ErrorCode(benchmark.ValidateActor(" ")) != benchmark.EINVALID || benchmark.ValidateActor("cli:ada") != nil {
		t.Error("ValidateActor must refuse a blank name and accept any other")
	}
}

func TestCheckRemovable(t *testing.T) {
	uploaded := benchmark.Provenance{Origin: benchmark.OriginFile, File: "bristol.csv"}
	open := &benchmark.Assessment{Title: "Spring", Authority: &benchmark.Authority{Name: "Leeds"}}
	final := &benchmark.Assessment{Title: "Closed", Final: true, Authority: &benchmark.Authority{Name: "Leeds"}}
	for _, tc := range []struct {
		name   string
		a      *benchmark.Agreement
		rounds []*benchmark.Assessment
		says   string
	}{
		{"uploaded, open rounds only", &benchmark.Agreement{Title: "B", Provenance: uploaded}, []*benchmark.Assessment{open}, ""},
		{"shipped", &benchmark.Agreement{Title: "B", Provenance: benchmark.Provenance{Origin: benchmark.OriginDataset}}, nil, "shipped with svbench"},
		{"no provenance", &benchmark.Agreement{Title: "B"}, nil, "not uploaded from a file"},
		{"superseded", &benchmark.Agreement{Title: "B", Revision: 1, SupersededBy: 9, Provenance: uploaded}, nil, "remove the newer one first"},
		{"final round", &benchmark.Agreement{Title: "B", Provenance: uploaded}, []*benchmark.Assessment{open, final}, "the final round “Closed” (Leeds) covers it"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := benchmark.CheckRemovable(tc.a, tc.rounds)
			if tc.says == "" {
				if err != nil {
					t.Errorf("refused: %v", err)
				}
			} else if benchmark.ErrorCode(err) != benchmark.EINVALID || !strings.Contains(benchmark.ErrorMessage(err), tc.says) {
				t.Errorf("err = %v, want invalid saying %q", err, tc.says)
			}
		})
	}
}

func TestStaleMappingError(t *testing.T) {
	err := error(&benchmark.StaleMappingError{Current: &benchmark.MappingReview{Version: 2, By: "Ada"}})
	if benchmark.ErrorCode(err) != benchmark.ECONFLICT || !strings.HasPrefix(benchmark.ErrorMessage(err), "Ada changed") {
		t.Errorf("err = %q (%s)", err, benchmark.ErrorCode(err))
	}
}
