package sqlite

import (
	"context"
	"fmt"
	"strings"

	"github.com/svbench/svbench/benchmark"
)

// ProfileService stores the deficit profiles authorities supply for the
// generic model.
type ProfileService struct{ db *DB }

// NewProfileService returns a ProfileService over db.
func NewProfileService(db *DB) *ProfileService { return &ProfileService{db: db} }

var _ benchmark.ProfileService = (*ProfileService)(nil)

// SaveProfile checks p whole and stores it with its years in one
// transaction. Its AuthorityCode may be a name, ONS or DfE code; it is
// stored as the ONS code.
func (s *ProfileService) SaveProfile(ctx context.Context, p *benchmark.Profile) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := tx.saveProfile(ctx, p); err != nil {
		return err
	}
	return tx.Commit()
}

func (tx *Tx) saveProfile(ctx context.Context, p *benchmark.Profile) error {
	if err := p.Validate(); err != nil {
		return err
	}
	au, err := tx.findAuthority(ctx, p.AuthorityCode)
	if err != nil {
		return err
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO deficit_profiles (authority_code, name, created_at, created_by)
		VALUES (?, ?, ?, ?)`, au.ONSCode, p.Name, tx.nowText(), p.CreatedBy)
	if err != nil {
		return fmt.Errorf("save profile %q: %w", p.Name, err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return fmt.Errorf("save profile %q: %w", p.Name, err)
	}
	if err := tx.insertProfileYears(ctx, int(id), p.Years); err != nil {
		return fmt.Errorf("save profile %q: %w", p.Name, err)
	}
	p.ID, p.AuthorityCode, p.Authority, p.CreatedAt = int(id), au.ONSCode, au, tx.now
	return nil
}

// FindProfileByID returns one profile or ENOTFOUND.
func (s *ProfileService) FindProfileByID(ctx context.Context, id int) (*benchmark.Profile, error) {
	list, err := s.FindProfiles(ctx, benchmark.ProfileFilter{ID: &id})
	if err != nil {
		return nil, err
	} else if len(list) == 0 {
		return nil, benchmark.Errorf(benchmark.ENOTFOUND, "Profile %d not found.", id)
	}
	return list[0], nil
}

// FindProfiles returns matching profiles with their years, newest first.
func (s *ProfileService) FindProfiles(ctx context.Context, filter benchmark.ProfileFilter) ([]*benchmark.Profile, error) {
	tx, err := s.db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	list, err := tx.findProfiles(ctx, filter)
	if err != nil {
		return nil, err
	}
	if err := tx.attachProfileYears(ctx, list); err != nil {
		return nil, err
	}
	return list, nil
}

func (tx *Tx) findProfiles(ctx context.Context, filter benchmark.ProfileFilter) ([]*benchmark.Profile, error) {
	where, args := []string{"1 = 1"}, []any{}
	if v := filter.ID; v != nil {
		where, args = append(where, "p.id = ?"), append(args, *v)
	}
	if v := filter.AuthorityCode; v != nil {
		where, args = append(where, "p.authority_code = ?"), append(args, *v)
	}
	limit := ""
	if filter.Limit > 0 {
		limit, args = " LIMIT ?", append(args, filter.Limit)
	}
	rows, err := tx.QueryContext(ctx, `
		SELECT p.id, p.authority_code, au.dfe_code, au.name, au.kind, p.name, p.created_at, p.created_by
		FROM deficit_profiles p JOIN authorities au ON au.ons_code = p.authority_code
		WHERE `+strings.Join(where, " AND ")+` ORDER BY p.created_at DESC, p.id DESC`+limit, args...)
	if err != nil {
		return nil, fmt.Errorf("find profiles: %w", err)
	}
	defer rows.Close()
	var list []*benchmark.Profile
	for rows.Next() {
		p := &benchmark.Profile{}
		au := &benchmark.Authority{}
		var created string
		if err := rows.Scan(&p.ID, &p.AuthorityCode, &au.DfECode, &au.Name, &au.Kind, &p.Name, &created, &p.CreatedBy); err != nil {
			return nil, fmt.Errorf("find profiles: %w", err)
		}
		au.ONSCode, p.Authority, p.CreatedAt = p.AuthorityCode, au, parseTime(created)
		list = append(list, p)
	}
	return list, rows.Err()
}
