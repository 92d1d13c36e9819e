package web

import (
	"math"
	"slices"
	"strconv"
	"testing"
)

// IDs written as runs read back as the same IDs, sorted and once each.
func TestIDRuns_RoundTrip(t *testing.T) {
	ids := []int{7, 3, 4, 5, 12, 9, 10, 4}
	runs := idRuns(ids)
	if want := []string{"3-5", "7", "9-10", "12"}; !slices.Equal(runs, want) {
		t.Errorf("idRuns(%v) = %q, want %q", ids, runs, want)
	}
	if got, want := parseIDRuns(runs), []int{3, 4, 5, 7, 9, 10, 12}; !slices.Equal(got, want) {
		t.Errorf("parseIDRuns(%q) = %v, want %v", runs, got, want)
	}
}

// An address cannot ask for more IDs than maxFilterIDs, nor for IDs that
// are not positive whole numbers or runs that fall.
func TestParseIDRuns_RefusesWhatIsNotARun(t *testing.T) {
	if got := parseIDRuns([]string{"0", "-4", "x", "5-3", "2-", "1-1e3", " 8 "}); !slices.Equal(got, []int{8}) {
		t.Errorf("parseIDRuns of bad runs = %v, want [8]", got)
	}
	if got := parseIDRuns([]string{"1-1000000000", "5"}); len(got) != maxFilterIDs {
		t.Errorf("a run of a billion reads as %d IDs, want %d", len(got), maxFilterIDs)
	}
	top := strconv.Itoa(math.MaxInt)
	if got := parseIDRuns([]string{top + "-" + top}); len(got) != 1 || got[0] != math.MaxInt {
		t.Errorf("a run at the largest int reads as %d IDs (first %v), want it alone", len(got), got[:min(len(got), 1)])
	}
}
