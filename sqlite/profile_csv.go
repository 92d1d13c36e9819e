package sqlite

import (
	"bytes"
	"context"
	"fmt"
	"io"

	"github.com/svbench/svbench/benchmark/deficit"
)

// ConvertProfileCSVs reads into years each profile an older svbench stored
// as its uploaded CSV (migration 008 set those files aside), with read,
// which the caller supplies (ingest.ReadProfile: storage parses no files).
// All are converted in one transaction, or none when one fails to read; it
// returns how many were converted. Once converted, a file is not kept.
func (s *ProfileService) ConvertProfileCSVs(ctx context.Context, read func(io.Reader) ([]deficit.ProfileYear, error)) (int, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	files, err := tx.profileCSVs(ctx)
	if err != nil {
		return 0, err
	}
	for _, f := range files {
		years, err := read(bytes.NewReader(f.csv))
		if err != nil {
			return 0, fmt.Errorf("read stored profile %d (%s): %w", f.id, f.name, err)
		}
		if err := tx.insertProfileYears(ctx, f.id, years); err != nil {
			return 0, fmt.Errorf("convert stored profile %d: %w", f.id, err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM deficit_profile_csv WHERE profile_id = ?`, f.id); err != nil {
			return 0, fmt.Errorf("convert stored profile %d: %w", f.id, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("convert stored profiles: %w", err)
	}
	return len(files), nil
}

// profileCSV is one profile file stored before migration 008.
type profileCSV struct {
	id   int
	name string
	csv  []byte
}

// profileCSVs returns the profile files not yet read into years.
func (tx *Tx) profileCSVs(ctx context.Context) ([]profileCSV, error) {
	rows, err := tx.QueryContext(ctx, `SELECT c.profile_id, p.name, c.csv
		FROM deficit_profile_csv c JOIN deficit_profiles p ON p.id = c.profile_id ORDER BY c.profile_id`)
	if err != nil {
		return nil, fmt.Errorf("find stored profile files: %w", err)
	}
	defer rows.Close()
	var out []profileCSV
	for rows.Next() {
		var f profileCSV
		if err := rows.Scan(&f.id, &f.name, &f.csv); err != nil {
			return nil, fmt.Errorf("find stored profile files: %w", err)
		}
		out = append(out, f)
	}
	return out, rows.Err()
}
