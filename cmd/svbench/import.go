package main

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/ingest"
)

// runImport is the 'import' subcommand: 'import agreements' or 'import ratings'.
func (m *Main) runImport(ctx context.Context, args []string) error {
	return m.runKinds(ctx, "import", "import agreements|ratings FILE [flags]", []subcommand{
		{"agreements", "check an agreement file whole and import it", (*Main).runImportAgreements},
		{"ratings", "bring in an assessment round kept in the appendix's spreadsheet layout", (*Main).runImportRatings},
	}, args)
}

// runImportAgreements is 'svbench import agreements FILE [--dry-run]'.
func (m *Main) runImportAgreements(ctx context.Context, args []string) error {
	fs, dbPath := m.newFlagSet("import agreements", "import agreements FILE.csv|FILE.xlsx [--dry-run]")
	fs.about = "Checks the whole file first: if anything in it is wrong, every problem is listed\nwith its line and column, nothing is written and the exit status is 1."
	dryRun := fs.Bool("dry-run", false, "check the file and print what would change, writing nothing")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("import agreements: name one file")
	}
	data, err := readInput(pos[0])
	if err != nil {
		return err
	}
	store, err := m.openStore(ctx, *dbPath)
	if err != nil {
		return err
	}
	res, err := ingest.ImportAgreementsFile(ctx, store, data, ingest.FromFile(filepath.Base(pos[0]), osActor()), *dryRun)
	if err != nil {
		return fmt.Errorf("%s: %w", pos[0], err)
	}
	if *dryRun {
		fmt.Fprintln(m.Stdout, "Dry run: nothing was written.")
	}
	for _, o := range res.Outcomes {
		fmt.Fprintln(m.Stdout, ingest.Summary(o))
		for _, r := range o.JoinedRounds {
			fmt.Fprintf(m.Stdout, "  joins the open round %s, ready to rate\n", r)
		}
		for _, u := range o.Unmatched {
			fmt.Fprintf(m.Stdout, "  not carried forward, rate again: %s\n", u)
		}
	}
	fmt.Fprintf(m.Stdout, "%d created, %d revised, %d unchanged.\n",
		res.Count(benchmark.ImportCreated), res.Count(benchmark.ImportRevised), res.Count(benchmark.ImportUnchanged))
	return nil
}

// runImportRatings is 'svbench import ratings FILE --authority CODE --assessment TITLE'.
func (m *Main) runImportRatings(ctx context.Context, args []string) error {
	fs, dbPath := m.newFlagSet("import ratings", "import ratings FILE.csv|FILE.xlsx --authority CODE --assessment TITLE")
	code := fs.String("authority", "", "the rating authority: name, ONS code or DfE `CODE`")
	title := fs.String("assessment", "", "`TITLE` of the new assessment round")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 || *code == "" || *title == "" {
		return usagef("import ratings: name one file, --authority and --assessment")
	}
	data, err := readInput(pos[0])
	if err != nil {
		return err
	}
	store, err := m.openStore(ctx, *dbPath)
	if err != nil {
		return err
	}
	ri, err := ingest.ImportRatings(ctx, store, data, *code, *title, osActor())
	if err != nil {
		return fmt.Errorf("%s: %w", pos[0], err)
	}
	a := ri.Assessment
	fmt.Fprintf(m.Stdout, "created round %d %q for %s: %d ratings (%d Green, %d Amber, %d Red, %d not rated).\n",
		a.ID, a.Title, a.Authority.Place(), len(ri.Ratings), ri.Count(benchmark.Green), ri.Count(benchmark.Amber),
		ri.Count(benchmark.Red), ri.Count(benchmark.NotRated))
	return nil
}

// readInput reads a file to import, up to just past the size limit.
func readInput(name string) ([]byte, error) {
	f, err := openInput(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := ingest.ReadCommandFile(f)
	if err != nil {
		return nil, fileError("read", name, err)
	}
	return data, nil
}
