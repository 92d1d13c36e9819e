package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/svbench/svbench/benchmark"
)

// RegisterService stores the register of agreements and the programme's
// events.
type RegisterService struct{ db *DB }

// NewRegisterService returns a RegisterService over db.
func NewRegisterService(db *DB) *RegisterService { return &RegisterService{db: db} }

var _ benchmark.RegisterService = (*RegisterService)(nil)

// ReplaceRegister writes entries and events in one transaction in place of
// what was held.
func (s *RegisterService) ReplaceRegister(ctx context.Context, entries []*benchmark.RegisterEntry, rounds []benchmark.RoundCount, events []*benchmark.ProgrammeEvent) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, q := range []string{`DELETE FROM register_events`, `DELETE FROM register_entries`, `DELETE FROM programme_events`, `DELETE FROM register_rounds`} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("replace register: %w", err)
		}
	}
	for _, e := range entries {
		var funding sql.NullFloat64
		if e.FundingGBP != nil {
			funding = sql.NullFloat64{Float64: *e.FundingGBP, Valid: true}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO register_entries (ons_code, round, published, published_note, funding_gbp, status, sources) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			e.ONSCode, e.Round, e.Published, e.PublishedNote, funding, e.Status(), strings.Join(e.Sources, "\n")); err != nil {
			return fmt.Errorf("register entry %s %s: %w", e.ONSCode, e.Round, err)
		}
		for i, ev := range e.Events {
			if _, err := tx.ExecContext(ctx, `INSERT INTO register_events (ons_code, round, position, date, kind, text) VALUES (?, ?, ?, ?, ?, ?)`,
				e.ONSCode, e.Round, i+1, ev.Date, ev.Kind, ev.Text); err != nil {
				return fmt.Errorf("register event %s %s: %w", e.ONSCode, e.Round, err)
			}
		}
	}
	for _, r := range rounds {
		if _, err := tx.ExecContext(ctx, `INSERT INTO register_rounds (round, published, source) VALUES (?, ?, ?)`, r.Round, r.Published, r.Source); err != nil {
			return fmt.Errorf("register round %s: %w", r.Round, err)
		}
	}
	for i, ev := range events {
		if _, err := tx.ExecContext(ctx, `INSERT INTO programme_events (position, date, when_text, text, source, source_url) VALUES (?, ?, ?, ?, ?, ?)`,
			i+1, ev.Date, ev.When, ev.Text, ev.Source, ev.SourceURL); err != nil {
			return fmt.Errorf("programme event %d: %w", i+1, err)
		}
	}
	return tx.Commit()
}

// registerOrder is the ORDER BY of each sort key; ties fall to the
// authority's name and the round.
var registerOrder = map[string]string{
	benchmark.SortAuthority: `au.name %s, r.round`,
	benchmark.SortRound:     `r.round %s, au.name`,
	benchmark.SortPublished: `r.published %s, au.name`,
	benchmark.SortFunding:   `r.funding_gbp IS NULL, r.funding_gbp %s, au.name`,
	benchmark.SortHeld:      `recommendations %s, au.name`,
}

// FindRegister returns the matching entries in the filter's order, each
// with the current revision of the held agreement it stands for and that
// agreement's recommendation count, both found in SQL.
func (s *RegisterService) FindRegister(ctx context.Context, f benchmark.RegisterFilter) ([]*benchmark.RegisterEntry, error) {
	tx, err := s.db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	var where []string
	var args []any
	if f.ONSCode != "" {
		where, args = append(where, `r.ons_code = ?`), append(args, f.ONSCode)
	}
	if f.Round != "" {
		where, args = append(where, `r.round = ?`), append(args, f.Round)
	}
	const eventOf = `EXISTS (SELECT 1 FROM register_events e WHERE e.ons_code = r.ons_code AND e.round = r.round AND `
	switch f.Status {
	case "":
	case "none":
		where, args = append(where, `NOT `+eventOf+`e.kind IN (?, ?, ?))`), append(args, benchmark.EventExtended, benchmark.EventUnderReview, benchmark.EventWithheld)
	default:
		where, args = append(where, eventOf+`e.kind = ?)`), append(args, f.Status)
	}
	switch f.Held {
	case "yes":
		where = append(where, `agreement_id IS NOT NULL`)
	case "no":
		where = append(where, `agreement_id IS NULL`)
	}
	order, ok := registerOrder[f.Sort]
	if !ok {
		order = registerOrder[benchmark.SortAuthority]
	}
	dir := "ASC"
	if f.Desc {
		dir = "DESC"
	}
	q := `SELECT * FROM (SELECT r.ons_code, au.name, r.round, r.published, r.published_note, r.funding_gbp, r.sources, r.status,
		(SELECT a.id FROM agreements a JOIN agreement_parties p ON p.agreement_id = a.id
			WHERE p.authority_code = r.ons_code AND a.round = r.round AND a.superseded_by IS NULL ORDER BY a.id LIMIT 1) AS agreement_id
		FROM register_entries r JOIN authorities au ON au.ons_code = r.ons_code) AS r2`
	// The outer query names the held agreement and its count, for the
	// filter and the order to use.
	q = `SELECT r.ons_code, r.name, r.round, r.published, r.published_note, r.funding_gbp, r.sources, r.agreement_id,
		(SELECT COUNT(*) FROM recommendations rec WHERE rec.agreement_id = r.agreement_id) AS recommendations
		FROM (` + q + `) AS r JOIN authorities au ON au.ons_code = r.ons_code`
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, ` AND `)
	}
	q += ` ORDER BY ` + fmt.Sprintf(order, dir)
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("find register: %w", err)
	}
	defer rows.Close()
	var out []*benchmark.RegisterEntry
	byKey := map[string]*benchmark.RegisterEntry{}
	for rows.Next() {
		e := &benchmark.RegisterEntry{}
		var funding sql.NullFloat64
		var agreement sql.NullInt64
		var sources string
		if err := rows.Scan(&e.ONSCode, &e.Authority, &e.Round, &e.Published, &e.PublishedNote, &funding, &sources, &agreement, &e.Recommendations); err != nil {
			return nil, err
		}
		if funding.Valid {
			v := funding.Float64
			e.FundingGBP = &v
		}
		e.Authority = benchmark.PlaceName(e.Authority)
		e.AgreementID = int(agreement.Int64)
		e.Sources = strings.Split(sources, "\n")
		out = append(out, e)
		byKey[e.ONSCode+" "+e.Round] = e
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if err := tx.registerEvents(ctx, byKey); err != nil {
		return nil, err
	}
	return out, nil
}

// registerEvents fills in the events of the given entries, by
// "ONS code round", each event keeping its entry's sources.
func (tx *Tx) registerEvents(ctx context.Context, byKey map[string]*benchmark.RegisterEntry) error {
	if len(byKey) == 0 {
		return nil
	}
	rows, err := tx.QueryContext(ctx, `SELECT ons_code, round, date, kind, text FROM register_events ORDER BY ons_code, round, position`)
	if err != nil {
		return fmt.Errorf("register events: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var code, round string
		ev := &benchmark.RegisterEvent{}
		if err := rows.Scan(&code, &round, &ev.Date, &ev.Kind, &ev.Text); err != nil {
			return err
		}
		if e := byKey[code+" "+round]; e != nil {
			ev.Sources = e.Sources
			e.Events = append(e.Events, ev)
		}
	}
	return rows.Err()
}

// ProgrammeEvents returns the programme's events, dated ones first by
// date, then the undated in file order.
func (s *RegisterService) ProgrammeEvents(ctx context.Context) ([]*benchmark.ProgrammeEvent, error) {
	tx, err := s.db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT date, when_text, text, source, source_url FROM programme_events ORDER BY date = '', date, position`)
	if err != nil {
		return nil, fmt.Errorf("programme events: %w", err)
	}
	defer rows.Close()
	var out []*benchmark.ProgrammeEvent
	for rows.Next() {
		ev := &benchmark.ProgrammeEvent{}
		if err := rows.Scan(&ev.Date, &ev.When, &ev.Text, &ev.Source, &ev.SourceURL); err != nil {
			return nil, err
		}
		out = append(out, ev)
	}
	return out, rows.Err()
}

// RegisterRounds gives each round's published count and source with the
// entries naming it, in round order; a round with entries and no published
// count has Published 0.
func (s *RegisterService) RegisterRounds(ctx context.Context) ([]benchmark.RoundCount, error) {
	tx, err := s.db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT r.round, COALESCE(p.published, 0), COALESCE(p.source, ''), COUNT(e.ons_code)
		FROM (SELECT round FROM register_rounds UNION SELECT round FROM register_entries) AS r
		LEFT JOIN register_rounds p ON p.round = r.round
		LEFT JOIN register_entries e ON e.round = r.round
		GROUP BY r.round ORDER BY r.round`)
	if err != nil {
		return nil, fmt.Errorf("register rounds: %w", err)
	}
	defer rows.Close()
	var out []benchmark.RoundCount
	for rows.Next() {
		var c benchmark.RoundCount
		if err := rows.Scan(&c.Round, &c.Published, &c.Source, &c.Named); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
