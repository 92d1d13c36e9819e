package sqlite

import (
	"context"
	"fmt"
	"strings"

	"github.com/svbench/svbench/benchmark"
)

// AuthorityService reads authorities from the database.
type AuthorityService struct{ db *DB }

// NewAuthorityService returns an AuthorityService over db.
func NewAuthorityService(db *DB) *AuthorityService { return &AuthorityService{db: db} }

var _ benchmark.AuthorityService = (*AuthorityService)(nil)

// FindAuthority returns the authority with the given name, ONS code or DfE
// code, or ENOTFOUND.
func (s *AuthorityService) FindAuthority(ctx context.Context, code string) (*benchmark.Authority, error) {
	tx, err := s.db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return tx.findAuthority(ctx, code)
}

// FindAuthorities returns the authorities matching filter, ordered by name.
func (s *AuthorityService) FindAuthorities(ctx context.Context, filter benchmark.AuthorityFilter) ([]*benchmark.Authority, error) {
	tx, err := s.db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	all, err := tx.allAuthorities(ctx)
	if err != nil {
		return nil, err
	}
	var out []*benchmark.Authority
	for _, a := range all {
		if filter.Code != nil && !a.Matches(*filter.Code) {
			continue
		}
		if filter.Query != nil && !authorityContains(a, *filter.Query) {
			continue
		}
		out = append(out, a)
	}
	return out, nil
}

// authorityContains reports whether q is part of a's name or one of its codes.
func authorityContains(a *benchmark.Authority, q string) bool {
	q = strings.TrimSpace(q)
	if q == "" {
		return true
	}
	if strings.EqualFold(q, a.ONSCode) || q == a.DfECode {
		return true
	}
	n := benchmark.NormalizeName(q)
	return n != "" && strings.Contains(benchmark.NormalizeName(a.Name), n)
}

// UpsertAuthorities inserts the given authorities or updates them by ONS code.
func (s *AuthorityService) UpsertAuthorities(ctx context.Context, list []*benchmark.Authority) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, a := range list {
		if _, err := tx.ExecContext(ctx, `
			INSERT INTO authorities (ons_code, dfe_code, name, kind) VALUES (?, ?, ?, ?)
			ON CONFLICT (ons_code) DO UPDATE SET dfe_code = excluded.dfe_code, name = excluded.name, kind = excluded.kind
			WHERE dfe_code <> excluded.dfe_code OR name <> excluded.name OR kind <> excluded.kind`,
			a.ONSCode, a.DfECode, a.Name, a.Kind); err != nil {
			return fmt.Errorf("upsert authority %s: %w", a.ONSCode, err)
		}
	}
	return tx.Commit()
}

func (tx *Tx) allAuthorities(ctx context.Context) ([]*benchmark.Authority, error) {
	rows, err := tx.QueryContext(ctx, `SELECT ons_code, dfe_code, name, kind FROM authorities ORDER BY name`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*benchmark.Authority
	for rows.Next() {
		var a benchmark.Authority
		if err := rows.Scan(&a.ONSCode, &a.DfECode, &a.Name, &a.Kind); err != nil {
			return nil, err
		}
		out = append(out, &a)
	}
	return out, rows.Err()
}

func (tx *Tx) findAuthority(ctx context.Context, code string) (*benchmark.Authority, error) {
	all, err := tx.allAuthorities(ctx)
	if err != nil {
		return nil, err
	}
	for _, a := range all {
		if a.Matches(code) {
			return a, nil
		}
	}
	return nil, benchmark.Errorf(benchmark.ENOTFOUND, "No authority is named or coded %q.", code)
}
