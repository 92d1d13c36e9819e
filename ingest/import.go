package ingest

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"

	"github.com/samber/lo"
	"github.com/svbench/svbench/benchmark"
)

// AgreementStore is what an agreement import reads and writes.
type AgreementStore interface {
	benchmark.AuthorityService
	benchmark.ThemeService
	benchmark.AgreementService
}

// ReadCommandFile reads a file named on the command line, stopping just past
// MaxCommandFileSize so that a huge file is refused without being held in
// memory whole.
func ReadCommandFile(r io.Reader) ([]byte, error) {
	var buf bytes.Buffer
	if f, ok := r.(interface{ Stat() (fs.FileInfo, error) }); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			// Room for the whole file at once: a 25 MB file read by
			// doubling allocated twice its size.
			buf.Grow(int(min(fi.Size(), MaxCommandFileSize)) + bytes.MinRead)
		}
	}
	if _, err := buf.ReadFrom(io.LimitReader(r, MaxCommandFileSize+1)); err != nil {
		return nil, fmt.Errorf("read upload: %w", err)
	}
	return buf.Bytes(), nil
}

// LoadReference reads what validation checks against from store: the
// authorities and the taxonomy with its IDs.
func LoadReference(ctx context.Context, store AgreementStore) (*Reference, error) {
	auths, err := store.FindAuthorities(ctx, benchmark.AuthorityFilter{})
	if err != nil {
		return nil, fmt.Errorf("load authorities: %w", err)
	}
	tax, err := store.Taxonomy(ctx)
	if err != nil {
		return nil, fmt.Errorf("load taxonomy: %w", err)
	}
	held, err := store.FindAgreements(ctx, benchmark.AgreementFilter{WithoutRecommendations: true})
	if err != nil {
		return nil, fmt.Errorf("load agreements held: %w", err)
	}
	return &Reference{Authorities: auths, Taxonomy: tax, Held: HeldRounds(held)}, nil
}

// ImportAgreements checks a whole agreement file (CSV or XLSX), suggests a
// theme and sub-theme for every recommendation given none, and imports it
// in one transaction, each revision written recording from (see FromFile);
// with dryRun nothing is written but the result says what would happen. A
// bad file returns Problems and writes nothing.
func ImportAgreements(ctx context.Context, store AgreementStore, data []byte, from benchmark.Provenance, dryRun bool) (*benchmark.ImportResult, error) {
	return importAgreements(ctx, store, data, from, dryRun, MaxFileSize)
}

// ImportAgreementsFile is ImportAgreements for a file named on the command
// line, which may be as large as MaxCommandFileSize; a CSV file or a
// workbook is written while it is read (see importAgreementsStream), in the
// one transaction.
func ImportAgreementsFile(ctx context.Context, store AgreementStore, data []byte, from benchmark.Provenance, dryRun bool) (*benchmark.ImportResult, error) {
	return importAgreementsStream(ctx, store, data, from, dryRun)
}

func importAgreements(ctx context.Context, store AgreementStore, data []byte, from benchmark.Provenance, dryRun bool, limit int) (*benchmark.ImportResult, error) {
	list, err := prepareAgreements(ctx, store, data, limit)
	if err != nil {
		return nil, err
	}
	for _, a := range list {
		a.Provenance = from
	}
	return store.ImportAgreements(ctx, list, dryRun)
}

// FromFile is the provenance of agreements imported from the file called
// name by who. The agreement format requires a reference on every row, so
// the numbers are the file's own.
func FromFile(name, who string) benchmark.Provenance {
	return benchmark.Provenance{Origin: benchmark.OriginFile, File: name, NumberedBy: benchmark.NumberedBySource, By: who}
}

// PrepareAgreements checks a whole agreement file against store's
// authorities and taxonomy and returns its agreements, every recommendation
// given no theme carrying a suggestion learnt from the agreements held.
func PrepareAgreements(ctx context.Context, store AgreementStore, data []byte) ([]*benchmark.Agreement, error) {
	return prepareAgreements(ctx, store, data, MaxFileSize)
}

func prepareAgreements(ctx context.Context, store AgreementStore, data []byte, limit int) ([]*benchmark.Agreement, error) {
	ref, err := LoadReference(ctx, store)
	if err != nil {
		return nil, err
	}
	list, err := readAgreements(ctx, data, ref, limit)
	if err != nil {
		return nil, err
	}
	if !lo.ContainsBy(Recommendations(list), unmapped) {
		return list, nil // nothing to suggest: the agreements held are not needed
	}
	held, err := store.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		return nil, fmt.Errorf("load agreements held: %w", err)
	}
	if err := suggestMappings(ctx, NewSuggester(ref.Taxonomy, Recommendations(held)), list); err != nil {
		return nil, err
	}
	return list, nil
}

// unmapped reports whether r has no mapping, so needs a suggestion.
func unmapped(r *benchmark.Recommendation) bool { return len(r.Mappings) == 0 }

// Recommendations flattens the recommendations of agreements.
func Recommendations(agreements []*benchmark.Agreement) []*benchmark.Recommendation {
	var out []*benchmark.Recommendation
	for _, a := range agreements {
		out = append(out, a.Recommendations...)
	}
	return out
}

// SuggestMappings gives every recommendation without a mapping the
// suggester's best one, marked suggested with its confidence.
func SuggestMappings(s *Suggester, agreements []*benchmark.Agreement) {
	suggestMappings(context.Background(), s, agreements)
}

// suggestMappings is SuggestMappings that stops, returning ctx's error,
// once ctx is done: a web upload's request whose client has gone.
func suggestMappings(ctx context.Context, s *Suggester, agreements []*benchmark.Agreement) error {
	for i, r := range Recommendations(agreements) {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if !unmapped(r) {
			continue
		}
		if m := s.Mapping(r.Text); m != nil {
			r.Mappings = []*benchmark.Mapping{m}
		}
	}
	return nil
}
