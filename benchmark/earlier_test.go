package benchmark_test

import (
	"context"
	"testing"

	"github.com/svbench/svbench/benchmark"
)

func TestEarlierRound(t *testing.T) {
	round := func(id, copied int) *benchmark.Assessment {
		return &benchmark.Assessment{ID: id, CopiedFromID: copied}
	}
	// Newest first, as FindAssessments returns them.
	rounds := []*benchmark.Assessment{round(9, 0), round(7, 2), round(5, 0), round(2, 0)}
	for _, c := range []struct {
		name  string
		round *benchmark.Assessment
		want  int // 0: none
	}{
		{"copied from an older round, not the latest before it", round(7, 2), 2},
		{"copied from a later round", round(5, 9), 9},
		{"not copied: the latest created before it", round(9, 0), 7},
		{"copied from a round of another authority: the latest before it", round(7, 4), 5},
		{"copied from itself: the latest before it", round(5, 5), 2},
		{"the first round", round(2, 0), 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := benchmark.EarlierRound(c.round, rounds)
			switch {
			case c.want == 0 && got != nil:
				t.Errorf("earlier round %d, want none", got.ID)
			case c.want != 0 && (got == nil || got.ID != c.want):
				t.Errorf("earlier round %v, want %d", got, c.want)
			}
		})
	}
}

// agreementsByID is an AgreementService that only finds agreements by IDs.
type agreementsByID struct {
	benchmark.AgreementService
	held []*benchmark.Agreement
}

func (s agreementsByID) FindAgreements(_ context.Context, f benchmark.AgreementFilter) ([]*benchmark.Agreement, error) {
	var out []*benchmark.Agreement
	for _, a := range s.held {
		for _, id := range f.IDs {
			if a.ID == id {
				out = append(out, a)
			}
		}
	}
	return out, nil
}

func TestFindAgreementsWithEarlier(t *testing.T) {
	v1, v2, other := &benchmark.Agreement{ID: 1}, &benchmark.Agreement{ID: 2}, &benchmark.Agreement{ID: 3}
	svc := agreementsByID{held: []*benchmark.Agreement{v1, v2, other}}
	for _, c := range []struct {
		name           string
		earlier, round []int
		want           []int
	}{
		{"the earlier round covers an older revision", []int{1, 3}, []int{2, 3}, []int{2, 3, 1}},
		{"both cover the same", []int{2, 3}, []int{2, 3}, []int{2, 3}},
		{"the earlier round covers less", []int{2}, []int{2, 3}, []int{2, 3}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var covered []*benchmark.Agreement
			for _, id := range c.round {
				covered = append(covered, svc.held[id-1])
			}
			got, err := benchmark.FindAgreementsWithEarlier(context.Background(), svc, covered,
				&benchmark.Assessment{AgreementIDs: c.earlier}, &benchmark.Assessment{AgreementIDs: c.round})
			if err != nil {
				t.Fatal(err)
			}
			var ids []int
			for _, a := range got {
				ids = append(ids, a.ID)
			}
			if len(ids) != len(c.want) {
				t.Fatalf("agreements %v, want %v", ids, c.want)
			}
			for i := range ids {
				if ids[i] != c.want[i] {
					t.Errorf("agreements %v, want %v", ids, c.want)
					break
				}
			}
		})
	}
}
