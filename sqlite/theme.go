package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/svbench/svbench/benchmark"
)

// ThemeService reads and writes the theme taxonomy, read from memory
// while the catalog is unchanged.
type ThemeService struct {
	db    *DB
	cache taxonomyCache
}

// NewThemeService returns a ThemeService over db.
func NewThemeService(db *DB) *ThemeService { return &ThemeService{db: db} }

var _ benchmark.ThemeService = (*ThemeService)(nil)

// Taxonomy returns every theme with its sub-themes, in dataset order.
func (s *ThemeService) Taxonomy(ctx context.Context) (benchmark.Taxonomy, error) {
	tx, err := s.db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return s.cache.taxonomyIn(ctx, tx)
}

// UpsertTaxonomy adds the given themes and sub-themes, updating the
// description, vocabulary and order of those already held (matched by name
// and, for sub-themes, theme), and replaces the labelled examples with
// those tax carries. No theme or sub-theme is deleted.
func (s *ThemeService) UpsertTaxonomy(ctx context.Context, tax benchmark.Taxonomy) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var examples []exampleRow
	for i, th := range tax {
		themeID, err := upsertNamed(ctx, tx, "themes", "", 0, th.Name, th.Description, th.Vocabulary, i)
		if err != nil {
			return fmt.Errorf("upsert theme %q: %w", th.Name, err)
		}
		for _, ex := range th.Examples {
			examples = append(examples, exampleRow{themeID: themeID, ex: ex})
		}
		for j, st := range th.SubThemes {
			subID, err := upsertNamed(ctx, tx, "sub_themes", "theme_id", themeID, st.Name, st.Description, st.Vocabulary, j)
			if err != nil {
				return fmt.Errorf("upsert sub-theme %q: %w", st.Name, err)
			}
			for _, ex := range st.Examples {
				examples = append(examples, exampleRow{themeID, sql.NullInt64{Int64: int64(subID), Valid: true}, ex})
			}
		}
	}
	if err := tx.replaceExamples(ctx, examples); err != nil {
		return fmt.Errorf("store the taxonomy's examples: %w", err)
	}
	return tx.Commit()
}

// upsertNamed writes one theme (parentCol "") or sub-theme row and returns its ID.
func upsertNamed(ctx context.Context, tx *Tx, table, parentCol string, parentID int, name, desc string, vocab []string, pos int) (int, error) {
	where, args := "name = ?", []any{name}
	if parentCol != "" {
		where, args = parentCol+" = ? AND name = ?", []any{parentID, name}
	}
	v := strings.Join(vocab, ";")
	var id int
	err := tx.QueryRowContext(ctx, `SELECT id FROM `+table+` WHERE `+where, args...).Scan(&id)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		cols, vals := "name, description, vocabulary, position", []any{name, desc, v, pos}
		if parentCol != "" {
			cols, vals = parentCol+", "+cols, append([]any{parentID}, vals...)
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO `+table+` (`+cols+`) VALUES (?`+strings.Repeat(", ?", len(vals)-1)+`)`, vals...)
		if err != nil {
			return 0, err
		}
		n, err := res.LastInsertId()
		return int(n), err
	case err != nil:
		return 0, err
	}
	_, err = tx.ExecContext(ctx, `UPDATE `+table+` SET description = ?, vocabulary = ?, position = ?
		WHERE id = ? AND (description <> ? OR vocabulary <> ? OR position <> ?)`, desc, v, pos, id, desc, v, pos)
	return id, err
}

func (tx *Tx) taxonomy(ctx context.Context) (benchmark.Taxonomy, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, name, description, vocabulary FROM themes ORDER BY position, id`)
	if err != nil {
		return nil, err
	}
	var tax benchmark.Taxonomy
	byID := map[int]*benchmark.Theme{}
	for rows.Next() {
		var th benchmark.Theme
		var vocab string
		if err := rows.Scan(&th.ID, &th.Name, &th.Description, &vocab); err != nil {
			rows.Close()
			return nil, err
		}
		th.Vocabulary = splitVocab(vocab)
		tax = append(tax, &th)
		byID[th.ID] = &th
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows, err = tx.QueryContext(ctx, `SELECT id, theme_id, name, description, vocabulary FROM sub_themes ORDER BY theme_id, position, id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var st benchmark.SubTheme
		var vocab string
		if err := rows.Scan(&st.ID, &st.ThemeID, &st.Name, &st.Description, &vocab); err != nil {
			return nil, err
		}
		st.Vocabulary = splitVocab(vocab)
		if th := byID[st.ThemeID]; th != nil {
			th.SubThemes = append(th.SubThemes, &st)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	examples, err := tx.examples(ctx)
	if err != nil {
		return nil, err
	}
	attachExamples(tax, examples)
	return tax, nil
}

func splitVocab(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ";")
}
