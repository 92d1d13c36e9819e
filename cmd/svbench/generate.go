package main

import (
	"context"
	"fmt"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/benchmark/synthetic"
)

// runGenerate is the 'generate' subcommand: synthetic national data for
// load tests, written into the database.
func (m *Main) runGenerate(ctx context.Context, args []string) error {
	fs, dbPath := m.newFlagSet("generate", "generate --authorities N --agreements N --rounds N --seed N [--db FILE]")
	var opts synthetic.Options
	fs.IntVar(&opts.Authorities, "authorities", 38, "how many authorities are parties")
	fs.IntVar(&opts.Agreements, "agreements", 38, "how many agreements to generate")
	fs.IntVar(&opts.Rounds, "rounds", 10, "how many assessment rounds to generate")
	fs.Uint64Var(&opts.Seed, "seed", 1, "random seed; the same seed gives the same data")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	store, err := m.openStore(ctx, *dbPath)
	if err != nil {
		return err
	}
	auths, err := store.FindAuthorities(ctx, benchmark.AuthorityFilter{})
	if err != nil {
		return err
	}
	held, err := store.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		return err
	}
	data, err := synthetic.Generate(opts, auths, held)
	if err != nil {
		return usagef("generate: %v", err)
	}
	for _, a := range data.Assessments { // refuse before writing anything
		a.Title = fmt.Sprintf("%s (seed %d)", a.Title, opts.Seed)
		code := a.AuthorityCode
		if got, err := store.FindAssessments(ctx, benchmark.AssessmentFilter{AuthorityCode: &code, Title: &a.Title}); err != nil {
			return err
		} else if len(got) > 0 {
			return fmt.Errorf("generate: the database already holds %q; use another --seed", a.Title)
		}
	}
	res, err := store.ImportAgreements(ctx, data.Agreements, false)
	if err != nil {
		return err
	}
	for i, a := range data.Assessments {
		for _, ag := range data.Agreements {
			a.AgreementIDs = append(a.AgreementIDs, ag.ID)
		}
		if err := store.CreateAssessment(ctx, a, data.RatingsFor(i, data.Agreements)); err != nil {
			return err
		}
	}
	fmt.Fprintf(m.Stdout, "generated %d agreements (%d new, %d revised, %d unchanged) and %d rounds in %s\n",
		len(data.Agreements), res.Count(benchmark.ImportCreated), res.Count(benchmark.ImportRevised),
		res.Count(benchmark.ImportUnchanged), len(data.Assessments), *dbPath)
	return nil
}
