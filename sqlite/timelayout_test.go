package sqlite

import (
	"sort"
	"testing"
	"time"
)

// TestTimeLayout_SortsAsText: stored times are compared as text in ORDER
// BY, so text order must be time order, whatever the fraction.
func TestTimeLayout_SortsAsText(t *testing.T) {
	base := time.Date(2026, 12, 2, 21, 0, 0, 0, time.UTC)
	times := []time.Time{base, base.Add(100 * time.Millisecond), base.Add(150 * time.Millisecond),
		base.Add(123450 * time.Microsecond), base.Add(time.Second)}
	texts := make([]string, len(times))
	for i, tm := range times {
		texts[i] = tm.Format(TimeLayout)
	}
	sorted := append([]string(nil), texts...)
	sort.Strings(sorted)
	want := append([]time.Time(nil), times...)
	sort.Slice(want, func(i, j int) bool { return want[i].Before(want[j]) })
	for i, s := range sorted {
		if got := parseTime(s); !got.Equal(want[i]) {
			t.Errorf("text order %d is %s, time order %s", i, s, want[i].Format(time.RFC3339Nano))
		}
	}
	if got := parseTime("2026-12-02T21:00:00.1Z"); !got.Equal(times[1]) {
		t.Errorf("a time stored by older versions reads as %v", got)
	}
}
