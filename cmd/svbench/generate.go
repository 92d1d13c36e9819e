package main

import (
	"bytes"
	"context"
	"fmt"
	"maps"
	"slices"

	"github.com/samber/lo"
	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/benchmark/synthetic"
	"github.com/svbench/svbench/ingest"
	"github.com/svbench/svbench/sqlite"
)

// runGenerate is the 'generate' subcommand: synthetic national data for
// load tests, written into the database and, with --csv, the generated
// agreements also to a file in the agreement format.
func (m *Main) runGenerate(ctx context.Context, args []string) error {
	fs, dbPath := m.newFlagSet("generate", "generate --authorities N --agreements N --rounds N --seed N [--final N] [--share MODE] [--csv FILE] [--db FILE]")
	fs.about = "Adds synthetic agreements and assessment rounds, titled as synthetic, to the\n" +
		"database for load tests. Each of the authorities runs --rounds rounds over every\n" +
		"agreement, and each rating has a history of saves by several synthetic editors.\n" +
		"With --csv the generated agreements are also written to FILE in the agreement\n" +
		"format, which 'svbench import agreements' and the upload page read. --final marks\n" +
		"each authority's first N rounds final and --share says whether they are shared\n" +
		"with the other authorities in the national view. The same seed\n" +
		"gives the same data; a seed already used is refused."
	var opts synthetic.Options
	fs.IntVar(&opts.Authorities, "authorities", 38, "draw the parties from `N` authorities")
	fs.IntVar(&opts.Agreements, "agreements", 38, "generate `N` agreements")
	fs.IntVar(&opts.Rounds, "rounds", 10, "generate `N` assessment rounds per authority")
	fs.Uint64Var(&opts.Seed, "seed", 1, "random seed `N`; the same seed gives the same data")
	fs.IntVar(&opts.Final, "final", 0, "mark each authority's first `N` rounds final")
	fs.StringVar(&opts.Share, "share", "none", "how generated authorities share their final rounds: none, named, totals or `mixed`")
	csvPath := fs.String("csv", "", "also write the generated agreements to `FILE`; - for standard output")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 0 {
		return usagef("generate: takes only flags, not %q", pos[0])
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
	// The file is written beside its place first, so that an unwritable
	// --csv is refused before the database changes, and it takes its place
	// only once the database holds the same agreements.
	var csvData bytes.Buffer
	var file *outputFile
	if *csvPath != "" {
		if err := ingest.WriteAgreementsCSV(&csvData, data.Agreements); err != nil {
			return err
		}
		if *csvPath != "-" {
			if file, err = createOutput(*csvPath, csvData.Bytes()); err != nil {
				return err
			}
			defer file.discard()
		}
	}
	res, err := store.ImportAgreements(ctx, data.Agreements, false)
	if err != nil {
		return err
	}
	if err := storeRounds(ctx, store, data); err != nil {
		return err
	}
	if err := storeSharing(ctx, store, data); err != nil {
		return err
	}
	summary := m.Stdout
	switch {
	case *csvPath == "-":
		if _, err := csvData.WriteTo(m.Stdout); err != nil {
			return err
		}
		summary = m.Stderr // the CSV on standard output stays pure
	case file != nil:
		if err := file.commit(); err != nil {
			return err
		}
	}
	fmt.Fprintf(summary, "generated %s (%d new, %d revised, %d unchanged) and %s in %s\n",
		plural(len(data.Agreements), "agreement"), res.Count(benchmark.ImportCreated), res.Count(benchmark.ImportRevised),
		res.Count(benchmark.ImportUnchanged), plural(len(data.Assessments), "round"), *dbPath)
	if file != nil {
		fmt.Fprintf(summary, "wrote %s to %s\n", plural(len(data.Agreements), "agreement"), *csvPath)
	}
	return nil
}

// storeRounds stores each generated round over every current agreement,
// with its ratings' history, one transaction a round.
func storeRounds(ctx context.Context, store *sqlite.Store, data *synthetic.Data) error {
	if len(data.Assessments) == 0 {
		return nil
	}
	all, err := store.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		return err
	}
	ids := lo.Map(all, func(a *benchmark.Agreement, _ int) int { return a.ID })
	for i, a := range data.Assessments {
		a.AgreementIDs = ids
		round := data.Round(i, all)
		if err := store.CreateAssessmentWithHistory(ctx, a, round.Ratings, round.Changes); err != nil {
			return fmt.Errorf("generate round %q: %w", a.Title, err)
		}
	}
	return nil
}

// storeSharing records each generated authority's sharing choice, in
// order of ONS code so the same seed writes the same rows.
func storeSharing(ctx context.Context, store *sqlite.Store, data *synthetic.Data) error {
	for _, code := range slices.Sorted(maps.Keys(data.Sharing)) {
		if err := store.SetSharing(ctx, code, data.Sharing[code], "svbench generate (synthetic)"); err != nil {
			return fmt.Errorf("generate sharing of %s: %w", code, err)
		}
	}
	return nil
}
