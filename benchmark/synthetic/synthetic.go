// Package synthetic generates national-scale data for load tests and
// benchmarks: agreements with recommendations drawn from the ones held, and
// assessment rounds whose ratings carry a history of saves by several
// people. Output depends only on the seed. Generated data is for testing
// svbench, never for decisions: every title and every editor's name says it
// is synthetic.
package synthetic

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/svbench/svbench/benchmark"
)

// Options sizes a generated data set.
type Options struct {
	Authorities int // authorities drawn at random: the agreements' parties, and each one rates
	Agreements  int
	Rounds      int // assessment rounds per authority, each over every agreement
	Seed        uint64
	// Final is how many of each authority's first rounds are marked final.
	Final int
	// Share is how the generated authorities share their final rounds:
	// "none" (or ""), "named", "totals", or "mixed" (drawn from the seed:
	// about three in five named, one in four totals only, the rest not
	// shared).
	Share string
}

// Data is one generated data set. The rounds' ratings are built one round
// at a time by Round, so a national set need not be held in memory whole.
type Data struct {
	Agreements []*benchmark.Agreement
	// Assessments are the rounds: Rounds for each authority in turn, in
	// the order they ran.
	Assessments []*benchmark.Assessment
	// Sharing is each generated authority's sharing choice (ONS code),
	// empty when Options.Share is "none".
	Sharing map[string]benchmark.Sharing
	seed    uint64
	teams   map[string][]string // authority ONS code -> its editors' names
}

// Generate builds a data set. Recommendations are copied, with their
// mappings, from templates (the agreements already held), with the
// authority's name put in place of the template's party where it appears.
func Generate(opts Options, authorities []*benchmark.Authority, templates []*benchmark.Agreement) (*Data, error) {
	if opts.Authorities < 1 || opts.Authorities > len(authorities) {
		return nil, fmt.Errorf("authorities must be between 1 and %d", len(authorities))
	}
	if opts.Agreements < 0 || opts.Rounds < 0 || opts.Final < 0 {
		return nil, fmt.Errorf("agreements, rounds and final rounds must not be negative")
	}
	if opts.Final > opts.Rounds {
		return nil, fmt.Errorf("final rounds must not be more than the rounds (%d)", opts.Rounds)
	}
	switch opts.Share {
	case "", "none", "named", "totals", "mixed":
	default:
		return nil, fmt.Errorf("share must be none, named, totals or mixed, not %q", opts.Share)
	}
	var pool []*benchmark.Recommendation
	var owners []*benchmark.Agreement
	taken := map[string]bool{} // authority and round ("E08000002|2020-21") of an agreement held or made
	for _, a := range templates {
		for _, r := range a.Recommendations {
			pool, owners = append(pool, r), append(owners, a)
		}
		for _, p := range a.Parties {
			taken[p.ONSCode+"|"+a.FinancialYear] = true
		}
	}
	if len(pool) == 0 {
		return nil, fmt.Errorf("no recommendations to draw from")
	}
	rng := rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x5eed))
	chosen := make([]*benchmark.Authority, len(authorities))
	copy(chosen, authorities)
	rng.Shuffle(len(chosen), func(i, j int) { chosen[i], chosen[j] = chosen[j], chosen[i] })
	chosen = chosen[:opts.Authorities]

	d := &Data{seed: opts.Seed, teams: map[string][]string{}, Sharing: sharing(opts, chosen)}
	for i := 0; i < opts.Agreements; i++ {
		party := chosen[i%len(chosen)]
		// An authority has one agreement a round: a synthetic one never
		// revises, nor stands beside, an agreement held for its round, and
		// takes the latest free round before 2020-21 instead.
		free := func(year int) bool { return !taken[party.ONSCode+"|"+financialYear(year)] }
		year := 2020 + i/len(chosen)
		if !free(year) {
			for year = 2019; year >= 2000 && !free(year); year-- {
			}
			if year < 2000 {
				return nil, fmt.Errorf("%s has an agreement held for every round from 2000-01: generate into a new database", party.Place())
			}
		}
		taken[party.ONSCode+"|"+financialYear(year)] = true
		a := &benchmark.Agreement{
			Title:         fmt.Sprintf("Synthetic Safety Valve agreement %d: %s", i+1, party.Place()),
			FinancialYear: financialYear(year),
			Parties:       []*benchmark.Authority{party},
		}
		n := 5 + rng.IntN(8)
		for ref := 1; ref <= n; ref++ {
			k := rng.IntN(len(pool))
			src := pool[k]
			text := strings.ReplaceAll(src.Text, owners[k].Parties[0].Place(), party.Place())
			rec := &benchmark.Recommendation{Reference: fmt.Sprint(ref), Text: text}
			for _, m := range src.Mappings {
				rec.Mappings = append(rec.Mappings, &benchmark.Mapping{Theme: m.Theme, SubTheme: m.SubTheme, Source: benchmark.SourcePublished})
			}
			a.Recommendations = append(a.Recommendations, rec)
		}
		d.Agreements = append(d.Agreements, a)
	}
	if opts.Rounds == 0 {
		return d, nil
	}
	for _, au := range chosen {
		d.teams[au.ONSCode] = team(rng)
		for r := 0; r < opts.Rounds; r++ {
			start, end := roundLife(r)
			d.Assessments = append(d.Assessments, &benchmark.Assessment{
				AuthorityCode: au.ONSCode,
				Title:         fmt.Sprintf("Synthetic round %d", r+1),
				AssessedOn:    end.Format("2006-01-02"),
				Source:        "svbench generate (synthetic)",
				CreatedAt:     start,
				FollowsNew:    true,
				Final:         r < opts.Final,
			})
		}
	}
	return d, nil
}

// sharing draws each chosen authority's sharing choice, from its own
// stream of the seed so that the rest of the data set does not move.
func sharing(opts Options, chosen []*benchmark.Authority) map[string]benchmark.Sharing {
	out := map[string]benchmark.Sharing{}
	if opts.Share == "" || opts.Share == "none" || opts.Rounds == 0 {
		return out
	}
	rng := rand.New(rand.NewPCG(opts.Seed, 0x54a7e))
	for _, au := range chosen {
		switch opts.Share {
		case "named":
			out[au.ONSCode] = benchmark.SharedNamed
		case "totals":
			out[au.ONSCode] = benchmark.SharedTotals
		default:
			switch n := rng.IntN(100); {
			case n < 60:
				out[au.ONSCode] = benchmark.SharedNamed
			case n < 85:
				out[au.ONSCode] = benchmark.SharedTotals
			default:
				out[au.ONSCode] = benchmark.NotShared
			}
		}
	}
	return out
}

// financialYear writes the year starting in April of year as a round,
// 2020-21.
func financialYear(year int) string { return fmt.Sprintf("%d-%02d", year, (year+1)%100) }
