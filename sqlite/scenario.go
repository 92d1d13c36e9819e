package sqlite

import (
	"context"
	"fmt"
	"strings"

	"github.com/svbench/svbench/benchmark"
)

// ScenarioService keeps the named scenarios of the deficit models.
type ScenarioService struct{ db *DB }

// NewScenarioService returns a ScenarioService over db.
func NewScenarioService(db *DB) *ScenarioService { return &ScenarioService{db: db} }

var _ benchmark.ScenarioService = (*ScenarioService)(nil)

// SaveScenario checks s whole and stores it in one transaction. Its
// AuthorityCode may be a name, ONS or DfE code; it is stored as the ONS
// code.
func (s *ScenarioService) SaveScenario(ctx context.Context, sc *benchmark.SavedScenario) error {
	if err := sc.Validate(); err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	au, err := tx.findAuthority(ctx, sc.AuthorityCode)
	if err != nil {
		return err
	}
	name := strings.TrimSpace(sc.Name)
	res, err := tx.ExecContext(ctx, `INSERT INTO saved_scenarios (authority_code, model, name, query, created_at, created_by)
		VALUES (?, ?, ?, ?, ?, ?)`, au.ONSCode, sc.Model, name, sc.Query, tx.nowText(), sc.CreatedBy)
	if err != nil {
		return fmt.Errorf("save scenario %q: %w", name, err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return fmt.Errorf("save scenario %q: %w", name, err)
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	sc.ID, sc.Name, sc.AuthorityCode, sc.Authority, sc.CreatedAt = int(id), name, au.ONSCode, au, tx.now
	return nil
}

// FindScenarios returns matching scenarios, newest first.
func (s *ScenarioService) FindScenarios(ctx context.Context, filter benchmark.SavedScenarioFilter) ([]*benchmark.SavedScenario, error) {
	tx, err := s.db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	where, args := []string{"1 = 1"}, []any{}
	if v := filter.ID; v != nil {
		where, args = append(where, "s.id = ?"), append(args, *v)
	}
	if v := filter.Model; v != nil {
		where, args = append(where, "s.model = ?"), append(args, *v)
	}
	if filter.AuthorityCodes != nil {
		if len(filter.AuthorityCodes) == 0 {
			return nil, nil
		}
		marks := strings.TrimSuffix(strings.Repeat("?, ", len(filter.AuthorityCodes)), ", ")
		where = append(where, "s.authority_code IN ("+marks+")")
		for _, c := range filter.AuthorityCodes {
			args = append(args, c)
		}
	}
	rows, err := tx.QueryContext(ctx, `
		SELECT s.id, s.authority_code, au.dfe_code, au.name, au.kind, s.model, s.name, s.query, s.created_at, s.created_by
		FROM saved_scenarios s JOIN authorities au ON au.ons_code = s.authority_code
		WHERE `+strings.Join(where, " AND ")+` ORDER BY s.created_at DESC, s.id DESC`, args...)
	if err != nil {
		return nil, fmt.Errorf("find scenarios: %w", err)
	}
	defer rows.Close()
	var list []*benchmark.SavedScenario
	for rows.Next() {
		sc, au := &benchmark.SavedScenario{}, &benchmark.Authority{}
		var created string
		if err := rows.Scan(&sc.ID, &sc.AuthorityCode, &au.DfECode, &au.Name, &au.Kind, &sc.Model, &sc.Name, &sc.Query, &created, &sc.CreatedBy); err != nil {
			return nil, fmt.Errorf("find scenarios: %w", err)
		}
		au.ONSCode, sc.Authority, sc.CreatedAt = sc.AuthorityCode, au, parseTime(created)
		list = append(list, sc)
	}
	return list, rows.Err()
}

// DeleteScenario removes one scenario, or answers ENOTFOUND.
func (s *ScenarioService) DeleteScenario(ctx context.Context, id int) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `DELETE FROM saved_scenarios WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("delete scenario %d: %w", id, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("delete scenario %d: %w", id, err)
	} else if n == 0 {
		return benchmark.Errorf(benchmark.ENOTFOUND, "Scenario %d not found.", id)
	}
	return tx.Commit()
}
