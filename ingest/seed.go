package ingest

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"

	"github.com/svbench/svbench/benchmark"
)

// Store is what seeding writes to: the domain services plus the two
// reference-data writers.
type Store interface {
	benchmark.AuthorityService
	benchmark.ThemeService
	benchmark.AgreementService
	benchmark.AssessmentService
	benchmark.RegisterService
	UpsertAuthorities(ctx context.Context, list []*benchmark.Authority) error
	UpsertTaxonomy(ctx context.Context, tax benchmark.Taxonomy) error
}

// SeedReport counts what a seed run wrote.
type SeedReport struct {
	Authorities int
	Themes      int
	Agreements  benchmark.ImportResult
	Assessments int // rounds created (existing ones are left alone)
}

// Seed loads the shipped datasets (see the datasets package) into store.
// Running it twice changes nothing: authorities and themes are upserted,
// agreements imported by identity, and a round already held is skipped.
func Seed(ctx context.Context, fsys fs.FS, store Store) (*SeedReport, error) {
	rep := &SeedReport{}
	data, err := readDataset(fsys, "authorities.csv")
	if err != nil {
		return nil, err
	}
	auths, err := ParseAuthorities(data)
	if err != nil {
		return nil, fmt.Errorf("authorities.csv: %w", err)
	}
	if err := store.UpsertAuthorities(ctx, auths); err != nil {
		return nil, err
	}
	rep.Authorities = len(auths)

	tax, err := SeedTaxonomy(ctx, fsys, store)
	if err != nil {
		return nil, err
	}
	rep.Themes = len(tax)
	ref := &Reference{Authorities: auths, Taxonomy: tax}

	if err := seedAgreements(ctx, fsys, store, ref, &rep.Agreements); err != nil {
		return nil, err
	}
	if err := SeedRegister(ctx, fsys, store); err != nil {
		return nil, err
	}
	n, err := seedAssessments(ctx, fsys, store, ref)
	rep.Assessments = n
	return rep, err
}

// SeededBy is who seeding records as having brought in the shipped
// agreements: svbench itself.
const SeededBy = "svbench"

// agreementFileRow is a row of datasets/agreements.csv: where one shipped
// agreement file's recommendations come from and who numbered them.
type agreementFileRow struct {
	File       string `csv:"file"`
	Source     string `csv:"source"`
	NumberedBy string `csv:"numberedby"`
}

// seedAgreements imports every shipped agreement file, each recording the
// provenance agreements.csv gives it, adding the outcomes to res.
func seedAgreements(ctx context.Context, fsys fs.FS, store Store, ref *Reference, res *benchmark.ImportResult) error {
	from, err := agreementFiles(fsys)
	if err != nil {
		return err
	}
	files, err := fs.Glob(fsys, "agreements/*.csv")
	if err != nil {
		return err
	}
	for _, name := range files {
		p, ok := from[name]
		if !ok {
			return fmt.Errorf("agreements.csv: %s is not listed", name)
		}
		data, err := readDataset(fsys, name)
		if err != nil {
			return err
		}
		list, err := ParseAgreements(data, ref)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		for _, a := range list {
			a.Provenance = p
		}
		out, err := store.ImportAgreements(ctx, list, false)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		res.Outcomes = append(res.Outcomes, out.Outcomes...)
	}
	return nil
}

// agreementFiles reads agreements.csv into the provenance of each shipped
// agreement file, by its path.
func agreementFiles(fsys fs.FS) (map[string]benchmark.Provenance, error) {
	data, err := readDataset(fsys, "agreements.csv")
	if err != nil {
		return nil, err
	}
	var rows []*agreementFileRow
	if _, err := readRows(data, &rows, "file", "source", "numbered_by"); err != nil {
		return nil, fmt.Errorf("agreements.csv: %w", err)
	}
	out := map[string]benchmark.Provenance{}
	for _, row := range rows {
		switch {
		case row.NumberedBy != benchmark.NumberedBySource && row.NumberedBy != benchmark.NumberedBySvbench:
			return nil, fmt.Errorf("agreements.csv: %s: numbered_by %q is not %s or %s", row.File, row.NumberedBy, benchmark.NumberedBySource, benchmark.NumberedBySvbench)
		case row.NumberedBy == benchmark.NumberedBySvbench && row.Source == "":
			return nil, fmt.Errorf("agreements.csv: %s: numbered by svbench, so name the source whose order it follows", row.File)
		}
		name := path.Clean(row.File)
		out[name] = benchmark.Provenance{Origin: benchmark.OriginDataset, File: name, Source: row.Source, NumberedBy: row.NumberedBy, By: SeededBy}
	}
	return out, nil
}

// seedAssessments creates each round listed in assessments.csv that the
// store does not hold yet, covering every current agreement.
func seedAssessments(ctx context.Context, fsys fs.FS, store Store, ref *Reference) (int, error) {
	data, err := readDataset(fsys, "assessments.csv")
	if err != nil {
		return 0, err
	}
	var rows []*assessmentRow
	if _, err := readRows(data, &rows, "file", "authority", "title"); err != nil {
		return 0, fmt.Errorf("assessments.csv: %w", err)
	}
	agreements, err := store.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		return 0, err
	}
	created := 0
	for _, row := range rows {
		au := ref.authority(row.Authority)
		if au == nil {
			return created, fmt.Errorf("assessments.csv: unknown authority %q", row.Authority)
		}
		held, err := store.FindAssessments(ctx, benchmark.AssessmentFilter{AuthorityCode: &au.ONSCode, Title: &row.Title})
		if err != nil {
			return created, err
		} else if len(held) > 0 {
			continue
		}
		name := path.Clean(row.File)
		if data, err = readDataset(fsys, name); err != nil {
			return created, err
		}
		a := &benchmark.Assessment{AuthorityCode: au.ONSCode, Title: row.Title, AssessedOn: row.AssessedOn, Final: row.Final, Source: row.Source}
		if _, err := importRound(ctx, store, ref, agreements, data, a, ""); err != nil {
			return created, fmt.Errorf("%s: %w", name, err)
		}
		created++
	}
	return created, nil
}

// TaxonomyStore is what SeedTaxonomy writes to.
type TaxonomyStore interface {
	benchmark.ThemeService
	UpsertTaxonomy(ctx context.Context, tax benchmark.Taxonomy) error
}

// SeedTaxonomy brings the store's taxonomy up to the shipped one
// (themes.csv and ThemeExamplesFile) and returns it as stored, with IDs.
// The command runs it on every start, so a database seeded by an older
// svbench gets new vocabulary and examples; an unchanged taxonomy writes
// nothing.
func SeedTaxonomy(ctx context.Context, fsys fs.FS, store TaxonomyStore) (benchmark.Taxonomy, error) {
	tax, err := ReadTaxonomy(fsys)
	if err != nil {
		return nil, err
	}
	// Read first: a start that finds the taxonomy up to date takes no
	// write lock, so it does not wait on another process's import.
	held, err := store.Taxonomy(ctx)
	if err != nil {
		return nil, err
	}
	if sameTaxonomy(held, tax) {
		return held, nil
	}
	if err := store.UpsertTaxonomy(ctx, tax); err != nil {
		return nil, err
	}
	return store.Taxonomy(ctx)
}

// sameTaxonomy reports whether held already has want's themes and
// sub-themes, in order, with the same descriptions, vocabulary and
// examples (IDs aside).
func sameTaxonomy(held, want benchmark.Taxonomy) bool {
	return slices.EqualFunc(held, want, func(h, w *benchmark.Theme) bool {
		return h.Name == w.Name && h.Description == w.Description && slices.Equal(h.Vocabulary, w.Vocabulary) &&
			slices.Equal(h.Examples, w.Examples) &&
			slices.EqualFunc(h.SubThemes, w.SubThemes, func(hs, ws *benchmark.SubTheme) bool {
				return hs.Name == ws.Name && hs.Description == ws.Description && slices.Equal(hs.Vocabulary, ws.Vocabulary) &&
					slices.Equal(hs.Examples, ws.Examples)
			})
	})
}

// ReadTaxonomy reads the taxonomy of a set of datasets: themes.csv with
// the labelled examples of ThemeExamplesFile, when it has one.
func ReadTaxonomy(fsys fs.FS) (benchmark.Taxonomy, error) {
	data, err := readDataset(fsys, "themes.csv")
	if err != nil {
		return nil, err
	}
	tax, err := ParseTaxonomy(data)
	if err != nil {
		return nil, fmt.Errorf("themes.csv: %w", err)
	}
	if err := readThemeExamples(fsys, tax); err != nil {
		return nil, err
	}
	return tax, nil
}

// readThemeExamples adds the labelled examples of ThemeExamplesFile to
// tax; a set of datasets without the file gives no examples.
func readThemeExamples(fsys fs.FS, tax benchmark.Taxonomy) error {
	data, err := fs.ReadFile(fsys, ThemeExamplesFile)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("read dataset %s: %w", ThemeExamplesFile, err)
	}
	if err := ParseThemeExamples(data, tax); err != nil {
		return fmt.Errorf("%s: %w", ThemeExamplesFile, err)
	}
	return nil
}
