package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/svbench/svbench/benchmark"
)

// ImportAgreements writes the agreements in one transaction. An agreement is
// identified by its parties and round: if the current revision holds the same
// content it is left alone, otherwise a new revision supersedes it. With
// dryRun the transaction is rolled back, so the result says what would happen.
func (s *AgreementService) ImportAgreements(ctx context.Context, list []*benchmark.Agreement, dryRun bool) (*benchmark.ImportResult, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	tax, err := tx.taxonomy(ctx)
	if err != nil {
		return nil, err
	}
	res := &benchmark.ImportResult{}
	for _, a := range list {
		out, err := tx.importAgreement(ctx, tax, a)
		if err != nil {
			return nil, fmt.Errorf("import agreement %q: %w", a.Title, err)
		}
		res.Outcomes = append(res.Outcomes, out)
	}
	if dryRun {
		return res, nil
	}
	return res, tx.Commit()
}

func (tx *Tx) importAgreement(ctx context.Context, tax benchmark.Taxonomy, a *benchmark.Agreement) (benchmark.ImportOutcome, error) {
	out := benchmark.ImportOutcome{Title: a.Title, Round: a.Round, Parties: a.PartyNames(), Recommendations: len(a.Recommendations)}
	if err := resolveMappings(tax, a); err != nil {
		return out, err
	}
	var curID, curRev int
	var cur *benchmark.Agreement
	err := tx.QueryRowContext(ctx, `SELECT id, revision FROM agreements WHERE party_key = ? AND round = ? AND superseded_by IS NULL`,
		a.PartyKey(), a.Round).Scan(&curID, &curRev)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		out.Action, a.Revision, out.Added = benchmark.ImportCreated, 1, len(a.Recommendations)
	case err != nil:
		return out, err
	default:
		list, err := tx.findAgreements(ctx, benchmark.AgreementFilter{ID: &curID, IncludeSuperseded: true})
		if err != nil {
			return out, err
		}
		cur = list[0]
		adoptMappings(cur, a)
		if Fingerprint(cur) == Fingerprint(a) {
			out.Action, out.AgreementID, out.Revision = benchmark.ImportUnchanged, curID, curRev
			*a = *cur
			return out, nil
		}
		out.Action, a.Revision = benchmark.ImportRevised, curRev+1
		out.Added, out.Changed, out.Removed = diffRecommendations(cur, a)
	}
	out.Suggested, out.NeedsReview = countSuggested(a)
	if err := tx.insertAgreement(ctx, a); err != nil {
		return out, err
	}
	out.AgreementID, out.Revision = a.ID, a.Revision
	if cur == nil {
		out.JoinedRounds, err = tx.addToOpenRounds(ctx, a.ID)
		return out, err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE agreements SET superseded_by = ? WHERE id = ?`, a.ID, curID); err != nil {
		return out, err
	}
	out.CarriedForward, out.Unmatched, err = tx.carryForward(ctx, cur, a)
	return out, err
}

// resolveMappings sets theme and sub-theme IDs from names.
func resolveMappings(tax benchmark.Taxonomy, a *benchmark.Agreement) error {
	for _, r := range a.Recommendations {
		for _, m := range r.Mappings {
			th := tax.Theme(m.Theme)
			if th == nil {
				return benchmark.Errorf(benchmark.EINVALID, "Unknown theme %q.", m.Theme)
			}
			m.ThemeID, m.Theme, m.SubThemeID = th.ID, th.Name, 0
			if m.SubTheme != "" {
				st := th.SubTheme(m.SubTheme)
				if st == nil {
					return benchmark.Errorf(benchmark.EINVALID, "Unknown sub-theme %q under %q.", m.SubTheme, th.Name)
				}
				m.SubThemeID, m.SubTheme = st.ID, st.Name
			}
			if m.Source == "" {
				m.Source = benchmark.SourcePublished
			}
		}
	}
	return nil
}

func (tx *Tx) insertAgreement(ctx context.Context, a *benchmark.Agreement) error {
	res, err := tx.ExecContext(ctx, `
		INSERT INTO agreements (title, round, published, status, source_url, party_key, revision, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
		a.Title, a.Round, a.Published, a.Status, a.SourceURL, a.PartyKey(), a.Revision, tx.nowText())
	if err != nil {
		return err
	}
	id, _ := res.LastInsertId()
	a.ID, a.CreatedAt = int(id), tx.now
	for i, p := range a.Parties {
		if _, err := tx.ExecContext(ctx, `INSERT INTO agreement_parties (agreement_id, authority_code, position) VALUES (?, ?, ?)`, a.ID, p.ONSCode, i); err != nil {
			return fmt.Errorf("add party %s: %w", p.ONSCode, err)
		}
	}
	for i, r := range a.Recommendations {
		res, err := tx.ExecContext(ctx, `INSERT INTO recommendations (agreement_id, reference, position, text, due) VALUES (?, ?, ?, ?, ?)`,
			a.ID, r.Reference, i+1, r.Text, r.Due)
		if err != nil {
			return fmt.Errorf("add recommendation %s: %w", r.Reference, err)
		}
		rid, _ := res.LastInsertId()
		r.ID, r.AgreementID, r.Position = int(rid), a.ID, i+1
		for j, m := range r.Mappings {
			if err := tx.insertMapping(ctx, r.ID, j, m); err != nil {
				return fmt.Errorf("add mapping of recommendation %s: %w", r.Reference, err)
			}
		}
	}
	return nil
}

func (tx *Tx) insertMapping(ctx context.Context, recID, pos int, m *benchmark.Mapping) error {
	var sub, conf any
	if m.SubThemeID != 0 {
		sub = m.SubThemeID
	}
	if m.Source == benchmark.SourceSuggested {
		conf = m.Confidence
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO mappings (recommendation_id, theme_id, sub_theme_id, source, confidence, position) VALUES (?, ?, ?, ?, ?, ?)`,
		recID, m.ThemeID, sub, m.Source, conf, pos)
	if err != nil {
		return err
	}
	id, _ := res.LastInsertId()
	m.ID = int(id)
	return nil
}

// Fingerprint renders the content of an agreement that an import compares:
// title, dates, status, link, and each recommendation with its mappings.
// Storage IDs, revision and creation time are left out.
func Fingerprint(a *benchmark.Agreement) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\x1f%s\x1f%s\x1f%s\x1f%s\x1f%s\x1e", a.Title, a.Round, a.Published, a.Status, a.SourceURL, a.PartyKey())
	for _, r := range a.Recommendations {
		fmt.Fprintf(&b, "%s\x1f%s\x1f%s\x1e", r.Reference, r.Text, r.Due)
		for _, m := range r.Mappings {
			fmt.Fprintf(&b, "%s\x1f%s\x1f%s\x1f%.4f\x1d", m.Theme, m.SubTheme, m.Source, m.Confidence)
		}
	}
	return b.String()
}
