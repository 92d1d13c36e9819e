package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/gocarina/gocsv"

	"github.com/svbench/svbench/benchmark/deficit"
	"github.com/svbench/svbench/models/generic"
)

// modelFlags are the 'model' subcommand's options.
type modelFlags struct {
	name, scenario, profile, authority, format, db string
	runs                                           int
	seed                                           uint64
}

// runModel is the 'model' subcommand: it prints a deficit model's
// projection, and a scenario's beside it.
func (m *Main) runModel(ctx context.Context, args []string) error {
	models, err := loadModels()
	if err != nil {
		return err
	}
	f, err := m.parseModelFlags(models, args)
	if err != nil {
		return err
	}
	var opts deficit.Options
	var in *genericInput
	if f.name == generic.Name {
		if in, err = m.loadGenericInput(ctx, f); err != nil {
			return err
		}
		opts = in.options()
	}
	model, err := models.Open(f.name, opts)
	if err != nil {
		// Say what was wrong with the profile, not how the model opened.
		if inner := errors.Unwrap(err); in != nil && inner != nil {
			return fmt.Errorf("%s: %w", in.name, inner)
		}
		return err
	}
	var sc *deficit.Scenario
	if f.scenario != "" {
		if sc, err = readScenario(f.scenario, model.Inputs()); err != nil {
			return err
		}
	}
	// The profile was read whole and the model opened over it: only a
	// valid one is stored, and only once the scenario is known to be good
	// too.
	var stored bytes.Buffer
	if in != nil {
		if err := in.save(ctx, &stored, f.db); err != nil {
			return err
		}
	}
	report, err := deficit.NewReport(model, sc)
	if err != nil {
		return err
	}
	if f.format == "csv" {
		err = writeProjectionCSV(m.Stdout, report)
	} else {
		err = writeProjectionTable(m.Stdout, report)
		if pub, ok := model.(deficit.Publisher); ok && err == nil {
			writePublished(m.Stdout, pub.Published())
		}
	}
	if err != nil {
		return err
	}
	if f.runs > 0 {
		band, err := deficit.Sensitivity(model.Inputs(), deficit.RangesFor(model), f.runs, f.seed)
		if err != nil {
			return err
		}
		writeBand(m.Stdout, band)
	}
	// Where the profile was stored is a result, but CSV output stays pure.
	if f.format == "csv" {
		_, err = stored.WriteTo(m.Stderr)
	} else if stored.Len() > 0 {
		fmt.Fprintln(m.Stdout)
		_, err = stored.WriteTo(m.Stdout)
	}
	return err
}

// parseModelFlags reads the 'model' options; the models named are those in
// models, its yardstick the default.
func (m *Main) parseModelFlags(models *deficit.Registry, args []string) (*modelFlags, error) {
	f := &modelFlags{}
	fs, db := m.newFlagSet("model", "model [NAME] [--scenario FILE.json] [--profile FILE.csv] [--authority CODE] [--format table|csv] [--runs N --seed N] [--db FILE]")
	fs.about = "models: " + strings.Join(models.Names(), ", ") + " (default " + models.Yardstick() + ", or generic with --profile or --authority)\n\n" +
		"With --profile and --authority the profile is stored against the authority in --db;\n" +
		"with --authority alone the authority's most recent stored profile is projected."
	fs.Lookup("db").Usage = "SQLite database `FILE` for stored profiles; $SVBENCH_DB sets the default"
	fs.StringVar(&f.scenario, "scenario", "", "scenario `FILE` (JSON; see datasets/bury/README.md)")
	fs.StringVar(&f.profile, "profile", "", "profile `FILE.csv` for the generic model")
	fs.StringVar(&f.authority, "authority", "", "authority name, ONS or DfE `CODE` the profile belongs to (stored in --db)")
	fs.StringVar(&f.format, "format", "table", "output `FORMAT`: table or csv")
	fs.IntVar(&f.runs, "runs", 0, "also run a sensitivity band of `N` scenarios")
	fs.Uint64Var(&f.seed, "seed", 1, "random seed `N` for --runs")
	names, err := parseFlags(fs, args)
	if err != nil {
		return nil, err
	}
	f.db = *db
	switch {
	case len(names) > 1:
		return nil, usagef("model: name one model, not %s", strings.Join(names, " and "))
	case len(names) == 1:
		f.name = names[0]
	case f.profile != "" || f.authority != "":
		f.name = generic.Name
	default:
		f.name = models.Yardstick()
	}
	about, ok := models.About(f.name)
	if !ok {
		return nil, usagef("model: unknown model %q (models: %s)", f.name, strings.Join(models.Names(), ", "))
	}
	if f.format != "table" && f.format != "csv" {
		return nil, usagef("model: --format must be table or csv, not %q", f.format)
	}
	if about.NeedsProfile && f.profile == "" && f.authority == "" {
		return nil, usagef("model: %s needs --profile FILE.csv, or --authority CODE to project its stored profile", f.name)
	}
	if !about.NeedsProfile && (f.profile != "" || f.authority != "") {
		return nil, usagef("model: --profile and --authority are for the generic model, not %s", f.name)
	}
	if f.runs < 0 || f.runs > 1_000_000 {
		return nil, usagef("model: --runs must be between 0 and 1000000")
	}
	return f, nil
}

// readScenario reads a scenario file and checks it against the model's
// inputs; every error names the file.
func readScenario(path string, in *deficit.Inputs) (*deficit.Scenario, error) {
	file, err := openInput(path)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	sc, err := deficit.ParseScenario(file)
	if err == nil {
		err = sc.Validate(in)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if sc.Name == "" {
		sc.Name = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	}
	return sc, nil
}

// num formats £m for the table, leaving zero-width blanks for "none".
func num(v float64) string {
	s := fmt.Sprintf("%.3f", v)
	if s == "-0.000" {
		s = "0.000"
	}
	return s
}

// percent formats a share as a whole percentage, never "-0%".
func percent(v float64) string {
	s := fmt.Sprintf("%.0f%%", 100*v)
	if s == "-0%" {
		s = "0%"
	}
	return s
}

func writeProjectionTable(w io.Writer, r *deficit.Report) error {
	fmt.Fprintf(w, "%s\n", r.Info.Title)
	if r.Info.Source != "" {
		fmt.Fprintf(w, "Source: %s\n", r.Info.Source)
	}
	writeOne(w, r.Base)
	if r.Scenario != nil {
		fmt.Fprintln(w)
		writeOne(w, r.Scenario)
		fmt.Fprintf(w, "\n%s\n", r.Comparison.Summary)
	}
	writeDerived(w, r.Base)
	if ps := r.Findings.Problems(deficit.StatusInconsistent); len(ps) > 0 {
		fmt.Fprintf(w, "\nReconciliation: %d distinct problems in the published figures (%d checks); %d wording ambiguities, %d differences within rounding, %d notes.\n",
			len(ps), len(r.Findings.With(deficit.StatusInconsistent)), len(r.Findings.Problems(deficit.StatusAmbiguous)),
			len(r.Findings.With(deficit.StatusRounding)), len(r.Findings.With(deficit.StatusNote)))
		for _, p := range ps {
			f := p.First()
			fmt.Fprintf(w, "  - %s, %s: %s", f.Table, f.Where, f.Detail)
			if n := len(p.Occurrences); n > 1 {
				fmt.Fprintf(w, " (%d occurrences)", n)
			}
			fmt.Fprintln(w)
		}
	}
	return nil
}

func writeOne(w io.Writer, p *deficit.Projection) {
	fmt.Fprintf(w, "\n%s (£m)\n", p.Label)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "Year\tFunding\tSpend\tVariance\tSavings\tDfE\tTransfers\tDeficit\tShare\tGap to agreed\t")
	fmt.Fprintf(tw, "%s\t\t\t\t\t\t\t%s\t\t\t\n", p.OpeningYear, num(p.OpeningDeficit))
	for _, y := range p.Years {
		gap := ""
		if y.HasGap {
			gap = num(y.Gap)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", y.Year, mark(y, deficit.FieldFunding, y.Funding), num(y.Spend), num(y.Variance),
			mark(y, deficit.FieldSavings, y.SavingsTotal), mark(y, deficit.FieldContributions, y.Contributions), mark(y, deficit.FieldTransfers, y.Transfers), num(y.Deficit), percent(y.Share), gap)
	}
	tw.Flush()
	balanced := p.FirstBalancedYear.String()
	if balanced == "" {
		balanced = "none"
	}
	fmt.Fprintf(w, "First year of in-year balance: %s. Deficit cleared: %s.\n", balanced, p.ClearedText())
	if p.SavingsInSpend && len(p.Schemes) > 0 {
		fmt.Fprintln(w, "Savings are already in spend; they are shown, not subtracted again.")
	}
}

// projectionRow is one line of the CSV output.
type projectionRow struct {
	Projection    string `csv:"projection"`
	Year          string `csv:"year"`
	Funding       string `csv:"funding"`
	Spend         string `csv:"spend"`
	Variance      string `csv:"variance"`
	Savings       string `csv:"savings"`
	Contributions string `csv:"dfe_contributions"`
	Transfers     string `csv:"transfers"`
	Deficit       string `csv:"deficit"`
	Share         string `csv:"deficit_share_of_funding"`
	Gap           string `csv:"gap_to_agreed"`
}

func writeProjectionCSV(w io.Writer, r *deficit.Report) error {
	var rows []projectionRow
	for _, p := range []*deficit.Projection{r.Base, r.Scenario} {
		if p == nil {
			continue
		}
		rows = append(rows, projectionRow{Projection: p.Label, Year: p.OpeningYear.String(), Deficit: num(p.OpeningDeficit)})
		for _, y := range p.Years {
			row := projectionRow{
				Projection: p.Label, Year: y.Year.String(), Funding: num(y.Funding), Spend: num(y.Spend),
				Variance: num(y.Variance), Savings: num(y.SavingsTotal), Contributions: num(y.Contributions),
				Transfers: num(y.Transfers), Deficit: num(y.Deficit), Share: fmt.Sprintf("%.4f", y.Share),
			}
			if y.HasGap {
				row.Gap = num(y.Gap)
			}
			rows = append(rows, row)
		}
	}
	if err := gocsv.Marshal(rows, w); err != nil {
		return fmt.Errorf("write projection csv: %w", err)
	}
	return nil
}

func writeBand(w io.Writer, b *deficit.Band) {
	fmt.Fprintf(w, "\nSensitivity: %d scenarios (seed %d)\n", b.Runs, b.Seed)
	for _, c := range b.Cleared {
		fmt.Fprintf(w, "  clears in %s: %d (%.0f%%)\n", c.Year, c.Runs, 100*float64(c.Runs)/float64(b.Runs))
	}
	if b.NotCleared > 0 {
		fmt.Fprintf(w, "  not cleared by %s: %d (%.0f%%)\n", b.Years[len(b.Years)-1], b.NotCleared, 100*float64(b.NotCleared)/float64(b.Runs))
	}
}
