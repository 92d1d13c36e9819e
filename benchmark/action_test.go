package benchmark_test

import (
	"strings"
	"testing"
	"time"

	"github.com/svbench/svbench/benchmark"
)

func TestRoundActions(t *testing.T) {
	recs := []*benchmark.Recommendation{
		{ID: 1, Mappings: []*benchmark.Mapping{{ThemeID: 10, Theme: "A"}}},
		{ID: 2, Mappings: []*benchmark.Mapping{{ThemeID: 20, Theme: "B"}}},
		{ID: 3, Mappings: []*benchmark.Mapping{{ThemeID: 10, Theme: "A"}, {ThemeID: 20, Theme: "B"}}},
		{ID: 4},
		{ID: 5},
	}
	ags := []*benchmark.Agreement{{ID: 1, Recommendations: recs}}
	ratings := map[int]*benchmark.Rating{
		1: {Owner: "Cat", TargetDate: "2026-12-03"}, // due today: not overdue
		2: {Owner: "Ann", TargetDate: "2026-12-02"}, // overdue by a day
		3: {Owner: "Bob"},                           // undated: last
		4: {TargetDate: "2027-01-01"},               // dated, no owner
		5: {Commentary: "no owner, no date"},        // not an action
	}
	ids := func(list []*benchmark.Action) string {
		var b strings.Builder
		for _, a := range list {
			b.WriteByte(byte('0' + a.Recommendation.ID))
			if a.Overdue {
				b.WriteByte('!')
			}
		}
		return b.String()
	}
	for _, tc := range []struct {
		name string
		f    benchmark.ActionFilter
		want string
	}{
		{"all", benchmark.ActionFilter{}, "2!143"},
		{"owner", benchmark.ActionFilter{Owner: "Bob"}, "3"},
		{"theme A", benchmark.ActionFilter{ThemeID: 10}, "13"},
		{"theme B", benchmark.ActionFilter{ThemeID: 20}, "2!3"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := ids(benchmark.RoundActions(ags, ratings, "2026-12-03", tc.f)); got != tc.want {
				t.Errorf("actions %s, want %s", got, tc.want)
			}
		})
	}
	if got := benchmark.RoundOwners(ratings); strings.Join(got, ",") != "Ann,Bob,Cat" {
		t.Errorf("owners %v", got)
	}
}

// UKToday is the UK's date: just after midnight in summer (BST) it is
// already the next day there.
func TestUKToday(t *testing.T) {
	if got := benchmark.UKToday(time.Date(2026, 7, 1, 23, 30, 0, 0, time.UTC)); got != "2026-07-02" {
		t.Errorf("UKToday = %s, want 2026-07-02", got)
	}
	if got := benchmark.UKToday(time.Date(2026, 12, 1, 23, 30, 0, 0, time.UTC)); got != "2026-12-01" {
		t.Errorf("UKToday = %s, want 2026-12-01", got)
	}
}
