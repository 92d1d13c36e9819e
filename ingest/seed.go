package ingest

import (
	"context"
	"fmt"
	"io/fs"
	"path"

	"github.com/svbench/svbench/benchmark"
)

// Store is what seeding writes to: the domain services plus the two
// reference-data writers.
type Store interface {
	benchmark.AuthorityService
	benchmark.ThemeService
	benchmark.AgreementService
	benchmark.AssessmentService
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

	if data, err = readDataset(fsys, "themes.csv"); err != nil {
		return nil, err
	}
	tax, err := ParseTaxonomy(data)
	if err != nil {
		return nil, fmt.Errorf("themes.csv: %w", err)
	}
	if err := store.UpsertTaxonomy(ctx, tax); err != nil {
		return nil, err
	}
	rep.Themes = len(tax)
	if tax, err = store.Taxonomy(ctx); err != nil { // with IDs
		return nil, err
	}
	ref := &Reference{Authorities: auths, Taxonomy: tax}

	files, err := fs.Glob(fsys, "agreements/*.csv")
	if err != nil {
		return nil, err
	}
	for _, name := range files {
		if data, err = readDataset(fsys, name); err != nil {
			return nil, err
		}
		list, err := ParseAgreements(data, ref)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		res, err := store.ImportAgreements(ctx, list, false)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		rep.Agreements.Outcomes = append(rep.Agreements.Outcomes, res.Outcomes...)
	}
	n, err := seedAssessments(ctx, fsys, store, ref)
	rep.Assessments = n
	return rep, err
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
		if _, err := importRound(ctx, store, ref, agreements, data, a); err != nil {
			return created, fmt.Errorf("%s: %w", name, err)
		}
		created++
	}
	return created, nil
}
