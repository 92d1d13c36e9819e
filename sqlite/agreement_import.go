package sqlite

import (
	"context"
	"fmt"

	"github.com/svbench/svbench/benchmark"
)

// ImportAgreements writes the agreements in one transaction. Whether each is
// new, unchanged or a new revision of the current one is
// benchmark.ReviseAgreement's rule; a new revision supersedes the current one. With
// dryRun the transaction is rolled back, so the result says what would happen.
func (s *AgreementService) ImportAgreements(ctx context.Context, list []*benchmark.Agreement, dryRun bool) (*benchmark.ImportResult, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	im, err := tx.newImporter(ctx)
	if err != nil {
		return nil, err
	}
	res := &benchmark.ImportResult{}
	for _, a := range list {
		out, err := im.importAgreement(ctx, a)
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

// importer holds what one ImportAgreements reads once for every agreement:
// the taxonomy, the current agreements and the rounds following new ones.
type importer struct {
	tx  *Tx
	tax benchmark.Taxonomy
	// current holds the current revisions by RevisionKey; written holds the
	// IDs of revisions this import wrote, read back when met again.
	current map[string]*benchmark.Agreement
	written map[string]int
	// following are the open rounds that follow new agreements, read when
	// first needed.
	following []followingRound
	loaded    bool
}

// followingRound is an open round that follows new agreements.
type followingRound struct {
	id   int
	name string // "Authority: title"
}

func (tx *Tx) newImporter(ctx context.Context) (*importer, error) {
	tax, err := tx.taxonomy(ctx)
	if err != nil {
		return nil, err
	}
	held, err := tx.findAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		return nil, err
	}
	im := &importer{tx: tx, tax: tax, current: map[string]*benchmark.Agreement{}, written: map[string]int{}}
	for _, a := range held {
		im.current[a.RevisionKey()] = a
	}
	return im, nil
}

// currentRevision returns the current revision of a's agreement, or nil.
func (im *importer) currentRevision(ctx context.Context, a *benchmark.Agreement) (*benchmark.Agreement, error) {
	k := a.RevisionKey()
	id, ok := im.written[k]
	if !ok {
		return im.current[k], nil
	}
	list, err := im.tx.findAgreements(ctx, benchmark.AgreementFilter{ID: &id, IncludeSuperseded: true})
	if err != nil {
		return nil, err
	}
	delete(im.written, k)
	im.current[k] = list[0]
	return list[0], nil
}

func (im *importer) importAgreement(ctx context.Context, a *benchmark.Agreement) (benchmark.ImportOutcome, error) {
	tx := im.tx
	out := benchmark.ImportOutcome{Title: a.Title, FinancialYear: a.FinancialYear, Parties: a.PartyNames(), Recommendations: len(a.Recommendations)}
	for _, r := range a.Recommendations {
		if err := resolveMappings(im.tax, r.Mappings); err != nil {
			return out, err
		}
	}
	cur, err := im.currentRevision(ctx, a)
	if err != nil {
		return out, err
	}
	rev := benchmark.ReviseAgreement(cur, a)
	out.Action, out.Revision, out.Added, out.Changed, out.Removed = rev.Action, rev.Revision, rev.Added, rev.Changed, rev.Removed
	if rev.Action == benchmark.ImportUnchanged {
		out.AgreementID = cur.ID
		*a = *cur
		return out, nil
	}
	out.Suggested, out.NeedsReview = countSuggested(a)
	if err := tx.insertAgreement(ctx, a); err != nil {
		return out, err
	}
	out.AgreementID, out.Revision = a.ID, a.Revision
	im.written[a.RevisionKey()] = a.ID
	if cur == nil {
		out.JoinedRounds, err = im.addToOpenRounds(ctx, a.ID)
		return out, err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE agreements SET superseded_by = ? WHERE id = ?`, a.ID, cur.ID); err != nil {
		return out, err
	}
	out.CarriedForward, out.Unmatched, err = tx.carryForward(ctx, cur, a)
	return out, err
}

// resolveMappings sets theme and sub-theme IDs from names.
func resolveMappings(tax benchmark.Taxonomy, mappings []*benchmark.Mapping) error {
	for _, m := range mappings {
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
	return nil
}

func (tx *Tx) insertAgreement(ctx context.Context, a *benchmark.Agreement) error {
	res, err := tx.ExecContext(ctx, `
		INSERT INTO agreements (title, round, published, status, source_url, party_key, revision, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
		a.Title, a.FinancialYear, a.Published, a.Status, a.SourceURL, a.PartyKey(), a.Revision, tx.nowText())
	if err != nil {
		return err
	}
	id, _ := res.LastInsertId()
	a.ID, a.CreatedAt = int(id), tx.now
	if err := tx.insertProvenance(ctx, a); err != nil {
		return err
	}
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
		if err := tx.recordImportedReview(ctx, r); err != nil {
			return err
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
