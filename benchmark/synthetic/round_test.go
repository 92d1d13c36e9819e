package synthetic_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/benchmark/synthetic"
)

// stored gives the generated agreements' recommendations IDs, as storage
// would.
func stored(d *synthetic.Data) []*benchmark.Agreement {
	id := 0
	for _, a := range d.Agreements {
		for _, r := range a.Recommendations {
			id++
			r.ID = id
		}
	}
	return d.Agreements
}

// TestGenerate_RoundsPerAuthority: --rounds counts each authority's rounds,
// each authority titles its own "Synthetic round 1".."N", and rounds of one
// authority follow one another.
func TestGenerate_RoundsPerAuthority(t *testing.T) {
	auths, tpl := templates()
	d, err := synthetic.Generate(synthetic.Options{Authorities: 3, Agreements: 4, Rounds: 2, Seed: 1}, auths, tpl)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Assessments) != 3*2 {
		t.Fatalf("%d rounds, want 6", len(d.Assessments))
	}
	per := map[string][]*benchmark.Assessment{}
	for _, a := range d.Assessments {
		per[a.AuthorityCode] = append(per[a.AuthorityCode], a)
		if !strings.Contains(a.Title, "Synthetic") || !strings.Contains(a.Source, "synthetic") || !a.FollowsNew {
			t.Errorf("round %+v not marked synthetic over every agreement", a)
		}
	}
	for code, list := range per {
		if len(list) != 2 || list[0].Title != "Synthetic round 1" || list[1].Title != "Synthetic round 2" || !list[0].CreatedAt.Before(list[1].CreatedAt) {
			t.Errorf("%s: rounds %v", code, list)
		}
	}
}

// TestRound_History: every stored rating has two to six saves whose changes
// replay from nothing to the rating as stored, versions 1, 2, ... with each
// old value the one before; saves fall inside the round's two months, by
// the authority's synthetic editors, several of them across the round, and
// the RAG moves between saves somewhere.
func TestRound_History(t *testing.T) {
	auths, tpl := templates()
	d, err := synthetic.Generate(synthetic.Options{Authorities: 2, Agreements: 6, Rounds: 1, Seed: 3}, auths, tpl)
	if err != nil {
		t.Fatal(err)
	}
	all := stored(d)
	recs := 0
	for _, a := range all {
		recs += len(a.Recommendations)
	}
	for i, a := range d.Assessments {
		round := d.Round(i, all)
		if n := len(round.Ratings); n == 0 || n >= recs {
			t.Errorf("round %d: %d of %d rated; want some, not all", i, n, recs)
		}
		byRec := map[int][]*benchmark.RatingChange{}
		for _, ch := range round.Changes {
			byRec[ch.RecommendationID] = append(byRec[ch.RecommendationID], ch)
		}
		editors, moved := map[string]bool{}, 0
		for _, r := range round.Ratings {
			if r.Version < 2 || r.Version > 6 {
				t.Errorf("recommendation %d: version %d, want 2..6 saves", r.RecommendationID, r.Version)
			}
			state := benchmark.Rating{}
			version := 0
			for _, ch := range byRec[r.RecommendationID] {
				if ch.Version != version && ch.Version != version+1 {
					t.Fatalf("recommendation %d: version %d after %d", r.RecommendationID, ch.Version, version)
				}
				version = ch.Version
				if got := state.Field(ch.Field); got != ch.Old {
					t.Errorf("recommendation %d v%d %s: old %q, was %q", r.RecommendationID, ch.Version, ch.Field, ch.Old, got)
				}
				set(&state, ch.Field, ch.New)
				if ch.Field == benchmark.FieldRAG && ch.Old != "" {
					moved++
				}
				if ch.At.Before(a.CreatedAt) || ch.At.Sub(a.CreatedAt).Hours() > 61*24 {
					t.Errorf("save at %v outside the round opened %v", ch.At, a.CreatedAt)
				}
				if !strings.HasSuffix(ch.By, "(synthetic)") {
					t.Errorf("editor %q not marked synthetic", ch.By)
				}
				editors[ch.By] = true
			}
			if version != r.Version {
				t.Errorf("recommendation %d: history ends at %d, rating at %d", r.RecommendationID, version, r.Version)
			}
			if d := r.Diff(&state); len(d) != 0 {
				t.Errorf("recommendation %d: history replays to %+v, stored %+v", r.RecommendationID, state, r)
			}
		}
		if len(editors) < 2 || moved == 0 {
			t.Errorf("round %d: %d editors, %d RAG moves; want several of each", i, len(editors), moved)
		}
	}
}

func set(r *benchmark.Rating, field, v string) {
	switch field {
	case benchmark.FieldRAG:
		r.RAG = benchmark.RAG(v)
	case benchmark.FieldCommentary:
		r.Commentary = v
	case benchmark.FieldEvidence:
		r.Evidence = v
	case benchmark.FieldOwner:
		r.Owner = v
	case benchmark.FieldTargetDate:
		r.TargetDate = v
	}
}

// TestRound_Seeded: the same seed builds the same rounds; another seed
// other ones.
func TestRound_Seeded(t *testing.T) {
	build := func(seed uint64) []*synthetic.Round {
		auths, tpl := templates()
		d, err := synthetic.Generate(synthetic.Options{Authorities: 3, Agreements: 5, Rounds: 2, Seed: seed}, auths, tpl)
		if err != nil {
			t.Fatal(err)
		}
		all := stored(d)
		var out []*synthetic.Round
		for i := range d.Assessments {
			out = append(out, d.Round(i, all))
		}
		return out
	}
	if !reflect.DeepEqual(build(4), build(4)) {
		t.Error("same seed gave different rounds")
	}
	if reflect.DeepEqual(build(4), build(5)) {
		t.Error("different seeds gave the same rounds")
	}
}
