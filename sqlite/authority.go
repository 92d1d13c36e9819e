package sqlite

import (
	"context"
	"errors"
	"fmt"

	"github.com/svbench/svbench/benchmark"
)

// AuthorityService reads authorities from the database.
type AuthorityService struct{ db *DB }

// NewAuthorityService returns an AuthorityService over db.
func NewAuthorityService(db *DB) *AuthorityService { return &AuthorityService{db: db} }

var _ benchmark.AuthorityService = (*AuthorityService)(nil)

// FindAuthority returns the authority code names (its ONS or DfE code, its
// name or a council's form of it, as benchmark.AuthorityResolver reads
// them), ENOTFOUND with the nearest names, or EINVALID when it could be
// several.
func (s *AuthorityService) FindAuthority(ctx context.Context, code string) (*benchmark.Authority, error) {
	tx, err := s.db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return tx.findAuthority(ctx, code)
}

// FindAuthorities returns the authorities matching filter, ordered by name:
// Code as FindAuthority resolves it, Query as a search box finds it
// (benchmark.AuthorityResolver.Search).
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
	if filter.Code != nil {
		a, err := benchmark.NewAuthorityResolver(all).Resolve(*filter.Code)
		if err != nil {
			return nil, nil
		}
		all = []*benchmark.Authority{a}
	}
	if filter.Query != nil {
		all = benchmark.NewAuthorityResolver(all).Search(*filter.Query)
	}
	return all, nil
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
	a, err := benchmark.NewAuthorityResolver(all).Resolve(code)
	var ne *benchmark.NameError
	switch {
	case errors.As(err, &ne) && ne.Ambiguous:
		return nil, benchmark.Errorf(benchmark.EINVALID, "%s", ne.Error())
	case errors.As(err, &ne):
		return nil, benchmark.Errorf(benchmark.ENOTFOUND, "No authority is named or coded %q.%s", code, ne.Hint())
	case err != nil:
		return nil, err
	}
	return a, nil
}
