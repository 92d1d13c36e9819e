package benchmark

import (
	"testing"
	"time"
)

func TestSuggestionsAtLeast(t *testing.T) {
	sug := func(c float64) *Mapping { return &Mapping{Theme: "T", Source: SourceSuggested, Confidence: c} }
	pub := &Mapping{Theme: "T", Source: SourcePublished}
	for _, c := range []struct {
		name     string
		mappings []*Mapping
		min      int
		want     bool
	}{
		{"no mapping", nil, 1, false},
		{"published only", []*Mapping{pub}, 1, false},
		{"at the threshold", []*Mapping{sug(0.8)}, 80, true},
		{"shown as 80% after rounding", []*Mapping{sug(0.7951)}, 80, true},
		{"just under as shown", []*Mapping{sug(0.7949)}, 80, false},
		{"one of two suggestions low", []*Mapping{sug(0.9), sug(0.4)}, 50, false},
		{"a suggestion beside a published theme", []*Mapping{pub, sug(0.6)}, 60, true},
	} {
		r := &Recommendation{Mappings: c.mappings}
		if got := r.SuggestionsAtLeast(c.min); got != c.want {
			t.Errorf("%s: SuggestionsAtLeast(%d) = %v, want %v", c.name, c.min, got, c.want)
		}
	}
}

func TestStaleAcceptError(t *testing.T) {
	for n, want := range map[int]string{
		1: "The themes of 1 recommendation were changed by someone else after you opened this page. Nothing was accepted: check the page again, then accept.",
		3: "The themes of 3 recommendations were changed by someone else after you opened this page. Nothing was accepted: check the page again, then accept.",
	} {
		err := &StaleAcceptError{Changed: make([]int, n)}
		if err.Error() != want || ErrorCode(err) != ECONFLICT {
			t.Errorf("%d changed: %q (%s)", n, err.Error(), ErrorCode(err))
		}
	}
}

func TestPendingUpload_Expired(t *testing.T) {
	at := time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)
	u := &PendingUpload{CreatedAt: at}
	if u.Expired(at.Add(PendingUploadLifetime-time.Nanosecond)) || !u.Expired(at.Add(PendingUploadLifetime)) {
		t.Errorf("an upload checked at %v expires at %v, want %v", at, u.ExpiresAt(), at.Add(PendingUploadLifetime))
	}
	if PendingUploadKeptFor() != "1 hour" {
		t.Errorf("kept for %q", PendingUploadKeptFor())
	}
}
