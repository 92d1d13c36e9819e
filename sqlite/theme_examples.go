package sqlite

import (
	"context"
	"database/sql"
	"slices"

	"github.com/svbench/svbench/benchmark"
)

// exampleRow is one stored labelled example: its theme, its sub-theme
// when it has one, in the order UpsertTaxonomy writes them (each theme's
// own before its sub-themes').
type exampleRow struct {
	themeID    int
	subThemeID sql.NullInt64
	ex         benchmark.Example
}

// replaceExamples stores want as the taxonomy's examples unless they are
// already the ones held, so an unchanged seed writes nothing.
func (tx *Tx) replaceExamples(ctx context.Context, want []exampleRow) error {
	held, err := tx.examples(ctx)
	if err != nil {
		return err
	}
	if slices.Equal(held, want) {
		return nil
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM theme_examples`); err != nil {
		return err
	}
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO theme_examples (theme_id, sub_theme_id, text, written_from, source_url, position) VALUES (?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for i, r := range want {
		if _, err := stmt.ExecContext(ctx, r.themeID, r.subThemeID, r.ex.Text, r.ex.WrittenFrom, r.ex.SourceURL, i); err != nil {
			return err
		}
	}
	return nil
}

// examples reads every stored example in order.
func (tx *Tx) examples(ctx context.Context) ([]exampleRow, error) {
	rows, err := tx.QueryContext(ctx, `SELECT theme_id, sub_theme_id, text, written_from, source_url FROM theme_examples ORDER BY position, id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []exampleRow
	for rows.Next() {
		var r exampleRow
		if err := rows.Scan(&r.themeID, &r.subThemeID, &r.ex.Text, &r.ex.WrittenFrom, &r.ex.SourceURL); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// attachExamples puts stored examples on the themes and sub-themes of tax
// they belong to.
func attachExamples(tax benchmark.Taxonomy, rows []exampleRow) {
	themes := map[int]*benchmark.Theme{}
	subs := map[int64]*benchmark.SubTheme{}
	for _, th := range tax {
		themes[th.ID] = th
		for _, st := range th.SubThemes {
			subs[int64(st.ID)] = st
		}
	}
	for _, r := range rows {
		switch {
		case r.subThemeID.Valid && subs[r.subThemeID.Int64] != nil:
			st := subs[r.subThemeID.Int64]
			st.Examples = append(st.Examples, r.ex)
		case !r.subThemeID.Valid && themes[r.themeID] != nil:
			th := themes[r.themeID]
			th.Examples = append(th.Examples, r.ex)
		}
	}
}
