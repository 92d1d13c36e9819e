package sqlite

import (
	"context"
	"fmt"
	"strings"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/benchmark/deficit"
)

// insertProfileYears stores a profile's years; a figure the file left
// blank is NULL.
func (tx *Tx) insertProfileYears(ctx context.Context, id int, years []deficit.ProfileYear) error {
	for _, y := range years {
		if _, err := tx.ExecContext(ctx, `INSERT INTO deficit_profile_years
			(profile_id, year, funding, spend, contributions, transfers, savings, deficit, printed, opening_deficit)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, int(y.Year), y.Funding, y.Spend, y.Contributions, y.Transfers, y.Savings, y.Deficit, y.Printed, y.Opening); err != nil {
			return fmt.Errorf("store %s: %w", y.Year, err)
		}
	}
	return nil
}

// attachProfileYears reads the years of each profile in list, oldest
// first.
func (tx *Tx) attachProfileYears(ctx context.Context, list []*benchmark.Profile) error {
	if len(list) == 0 {
		return nil
	}
	byID := map[int]*benchmark.Profile{}
	args := make([]any, len(list))
	for i, p := range list {
		byID[p.ID], args[i] = p, p.ID
	}
	rows, err := tx.QueryContext(ctx, `
		SELECT profile_id, year, funding, spend, contributions, transfers, savings, deficit, printed, opening_deficit
		FROM deficit_profile_years WHERE profile_id IN (?`+strings.Repeat(", ?", len(list)-1)+`)
		ORDER BY profile_id, year`, args...)
	if err != nil {
		return fmt.Errorf("find profile years: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int
		var y deficit.ProfileYear
		if err := rows.Scan(&id, &y.Year, &y.Funding, &y.Spend, &y.Contributions, &y.Transfers,
			&y.Savings, &y.Deficit, &y.Printed, &y.Opening); err != nil {
			return fmt.Errorf("find profile years: %w", err)
		}
		byID[id].Years = append(byID[id].Years, y)
	}
	return rows.Err()
}
