package synthetic

import (
	"math/rand/v2"
	"slices"
	"time"

	"github.com/svbench/svbench/benchmark"
)

// Round is one generated round's ratings as last saved and every change
// that led to them, oldest first. AssessmentID is left for the caller.
type Round struct {
	Ratings []*benchmark.Rating
	Changes []*benchmark.RatingChange
}

// Shape of a round's history.
const (
	firstRound   = "2024-04-01" // the first synthetic round opens on this day
	roundEvery   = 91 * 24 * time.Hour
	roundLasts   = 60 * 24 * time.Hour
	notRatedPct  = 15 // of recommendations nobody rates in a round
	minSaves     = 2
	maxSaves     = 6
	rescoredPct  = 50 // of later saves that move the RAG
	reworded     = 70 // of later saves that edit the commentary
	withOwnerPct = 40 // of first saves that name an owner
)

// roundLife is when an authority's round r (from 0) opens and closes:
// quarterly, each open for about two months.
func roundLife(r int) (time.Time, time.Time) {
	base, _ := time.Parse("2006-01-02", firstRound)
	start := base.Add(time.Duration(r) * roundEvery)
	return start, start.Add(roundLasts)
}

// Round builds the ratings of Assessments[i] over the stored agreements
// (IDs set, in a fixed order), each rated one with two to six saves by the
// authority's editors, spread across the round's life: the RAG moves
// between neighbours and the commentary is reworded. The same data set
// and agreements give the same round.
func (d *Data) Round(i int, stored []*benchmark.Agreement) *Round {
	a := d.Assessments[i]
	rng := rand.New(rand.NewPCG(d.seed, uint64(i)+1))
	editors := d.teams[a.AuthorityCode]
	out := &Round{}
	for _, ag := range stored {
		for _, rec := range ag.Recommendations {
			if rng.IntN(100) < notRatedPct {
				continue
			}
			r, changes := history(rng, rec.ID, editors, saveTimes(rng, a.CreatedAt))
			out.Ratings = append(out.Ratings, r)
			out.Changes = append(out.Changes, changes...)
		}
	}
	return out
}

// saveTimes draws the distinct, increasing times of one rating's saves
// within a round opened at start.
func saveTimes(rng *rand.Rand, start time.Time) []time.Time {
	n := minSaves + rng.IntN(maxSaves-minSaves+1)
	offs := make([]time.Duration, n)
	for i := range offs {
		offs[i] = time.Duration(rng.Int64N(int64(roundLasts/time.Second))) * time.Second
	}
	slices.Sort(offs)
	out := make([]time.Time, n)
	for i, o := range offs {
		if i > 0 && o <= offs[i-1] {
			o = offs[i-1] + time.Second
			offs[i] = o
		}
		out[i] = start.Add(o)
	}
	return out
}

// history saves one recommendation's rating once at each time and returns
// the rating as last saved with the changes, versions counting from 1.
func history(rng *rand.Rand, recID int, editors []string, at []time.Time) (*benchmark.Rating, []*benchmark.RatingChange) {
	var prev *benchmark.Rating
	var changes []*benchmark.RatingChange
	for v, t := range at {
		next := &benchmark.Rating{RecommendationID: recID}
		if prev == nil {
			next.RAG = benchmark.RAGs[rng.IntN(3)]
			next.Commentary = commentary(rng)
			if rng.IntN(100) < withOwnerPct {
				next.Owner = owners[rng.IntN(len(owners))]
			}
		} else {
			*next = *prev
			rescore := rng.IntN(100) < rescoredPct
			if rescore {
				next.RAG = neighbour(rng, prev.RAG)
			}
			if !rescore || rng.IntN(100) < reworded {
				for next.Commentary == prev.Commentary {
					next.Commentary = commentary(rng)
				}
			}
		}
		next.Version, next.UpdatedAt, next.UpdatedBy = v+1, t, editors[rng.IntN(len(editors))]
		for _, ch := range next.Diff(prev) {
			ch.Version, ch.By, ch.At = next.Version, next.UpdatedBy, t
			changes = append(changes, ch)
		}
		prev = next
	}
	return prev, changes
}

// neighbour moves a RAG one step: amber to green or red, green or red to
// amber.
func neighbour(rng *rand.Rand, r benchmark.RAG) benchmark.RAG {
	if r == benchmark.Amber {
		return []benchmark.RAG{benchmark.Green, benchmark.Red}[rng.IntN(2)]
	}
	return benchmark.Amber
}
