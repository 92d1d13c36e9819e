package benchmark_test

import (
	"testing"

	"github.com/svbench/svbench/benchmark"
)

func TestRevisionKey(t *testing.T) {
	kingston := &benchmark.Authority{ONSCode: "E09000021"}
	richmond := &benchmark.Authority{ONSCode: "E09000027"}
	agreement := func(id int, year string, parties ...*benchmark.Authority) *benchmark.Agreement {
		return &benchmark.Agreement{ID: id, FinancialYear: year, Parties: parties}
	}
	// Appendix A holds Kingston's and Richmond's agreements as one with two
	// parties (DESIGN.md): party order must not matter.
	base := agreement(1, "2020-21", kingston, richmond)
	for _, c := range []struct {
		name  string
		other *benchmark.Agreement
		same  bool
	}{
		{"another revision, parties in another order", agreement(2, "2020-21", richmond, kingston), true},
		{"another financial year", agreement(3, "2021-22", kingston, richmond), false},
		{"one of the parties alone", agreement(4, "2020-21", kingston), false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := base.RevisionKey() == c.other.RevisionKey(); got != c.same {
				t.Errorf("same key = %v, want %v", got, c.same)
			}
		})
	}
	t.Run("no parties: only itself", func(t *testing.T) {
		if agreement(5, "2020-21").RevisionKey() == agreement(6, "2020-21").RevisionKey() {
			t.Error("two agreements without parties share a key")
		}
	})
}

// revision builds an agreement of Hammersmith and Fulham (2020-21) with
// recommendations given as reference, text pairs, each mapped under
// theme with the given source.
func revision(rev int, theme, source string, pairs ...string) *benchmark.Agreement {
	a := &benchmark.Agreement{Title: "Safety Valve agreement: Hammersmith and Fulham", FinancialYear: "2020-21", Revision: rev,
		Parties: []*benchmark.Authority{{ONSCode: "E09000013"}}, Recommendations: recs(pairs...)}
	for _, r := range a.Recommendations {
		r.Mappings = []*benchmark.Mapping{{Theme: theme, Source: source, Confidence: 0.4}}
	}
	return a
}

func TestReviseAgreement(t *testing.T) {
	const theme, other = "Financial Efficiencies", "Local Placement Sufficiency and Managing Demand"
	held := func() *benchmark.Agreement {
		return revision(2, theme, benchmark.SourceReviewed,
			"1", "Introduce a new case management system.",
			"2", "Review and reform of outreach services to create savings from 2021-22.",
			"3", "Publish the local offer.")
	}
	for _, c := range []struct {
		name     string
		cur      *benchmark.Agreement
		next     *benchmark.Agreement
		want     benchmark.RevisionChange
		revision int // next.Revision afterwards
	}{
		{"nothing held: created", nil,
			revision(0, theme, benchmark.SourcePublished, "1", "Introduce a new case management system.", "2", "Publish the local offer."),
			benchmark.RevisionChange{Action: benchmark.ImportCreated, Revision: 1, Added: 2}, 1},
		{"the same file again: unchanged", held(), held(),
			benchmark.RevisionChange{Action: benchmark.ImportUnchanged, Revision: 2}, 2},
		{"themes left to suggestion adopt the reviewed ones: unchanged", held(),
			revision(0, other, benchmark.SourceSuggested,
				"1", "Introduce a new case management system.",
				"2", "Review and reform of outreach services to create savings from 2021-22.",
				"3", "Publish the local offer."),
			benchmark.RevisionChange{Action: benchmark.ImportUnchanged, Revision: 2}, 0},
		{"a published theme changed: revised", held(),
			func() *benchmark.Agreement { a := held(); a.Recommendations[2].Mappings[0].Theme = other; return a }(),
			benchmark.RevisionChange{Action: benchmark.ImportRevised, Revision: 3, Changed: 1}, 3},
		{"the title changed: revised, no recommendation changed", held(),
			func() *benchmark.Agreement { a := held(); a.Title += " (revised)"; return a }(),
			benchmark.RevisionChange{Action: benchmark.ImportRevised, Revision: 3}, 3},
		{"one edited, one renumbered, one dropped: revised", held(),
			revision(0, theme, benchmark.SourceReviewed,
				"1", "Introduce a new case management system.",
				"2", "Review and reform of outreach services to create savings from 2022-23.", // edited
				"3A", "Publish the local offer."), // renumbered: 3 removed, 3A added
			benchmark.RevisionChange{Action: benchmark.ImportRevised, Revision: 3, Added: 1, Changed: 1, Removed: 1}, 3},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := benchmark.ReviseAgreement(c.cur, c.next)
			if got != c.want {
				t.Errorf("change %+v, want %+v", got, c.want)
			}
			if c.next.Revision != c.revision {
				t.Errorf("next.Revision = %d, want %d", c.next.Revision, c.revision)
			}
		})
	}

	t.Run("adopted mappings are the held ones, without their IDs", func(t *testing.T) {
		cur := held()
		cur.Recommendations[0].Mappings[0].ID = 7
		next := revision(0, other, benchmark.SourceSuggested, "1", "Introduce a new  case management system", "9", "Something new.")
		benchmark.ReviseAgreement(cur, next)
		m := next.Recommendations[0].Mappings[0]
		if m.Theme != theme || m.Source != benchmark.SourceReviewed || m.ID != 0 {
			t.Errorf("recommendation 1 mapped %+v, want the held reviewed mapping without its ID", m)
		}
		if m := next.Recommendations[1].Mappings[0]; m.Source != benchmark.SourceSuggested {
			t.Errorf("new recommendation 9 mapped %+v, want its own suggestion", m)
		}
	})
}
