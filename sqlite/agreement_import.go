package sqlite

import (
	"context"
	"fmt"
	"iter"

	"github.com/svbench/svbench/benchmark"
)

// ImportAgreements writes the agreements in one transaction. Whether each is
// new, unchanged or a new revision of the current one is
// benchmark.ReviseAgreement's rule; a new revision supersedes the current one. With
// dryRun the transaction is rolled back, so the result says what would happen.
func (s *AgreementService) ImportAgreements(ctx context.Context, list []*benchmark.Agreement, dryRun bool) (*benchmark.ImportResult, error) {
	return s.ImportAgreementSeq(ctx, func(yield func(*benchmark.Agreement, error) bool) {
		for _, a := range list {
			if !yield(a, nil) {
				return
			}
		}
	}, dryRun)
}

// ImportAgreementSeq is ImportAgreements for agreements that arrive one at
// a time, each written as it comes in the one transaction; the first error
// seq yields rolls back everything written and is returned.
func (s *AgreementService) ImportAgreementSeq(ctx context.Context, seq iter.Seq2[*benchmark.Agreement, error], dryRun bool) (*benchmark.ImportResult, error) {
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
	for a, err := range seq {
		if err != nil {
			return nil, err
		}
		out, err := im.importAgreement(ctx, a)
		if err != nil {
			return nil, fmt.Errorf("import agreement %q: %w", a.Title, err)
		}
		res.Outcomes = append(res.Outcomes, out)
	}
	if err := im.flush(ctx); err != nil {
		return nil, err
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
	// pending are agreements written whose recommendations are not yet:
	// those of many agreements go in one statement (see flush).
	pending     []*benchmark.Agreement
	pendingRecs int
}

// pendingBatch is how many recommendations wait before flush writes them.
const pendingBatch = 4 * insertBatch

// flush writes the recommendations and mappings of the pending agreements.
// It runs before anything that reads them back, and before commit.
func (im *importer) flush(ctx context.Context) error {
	if len(im.pending) == 0 {
		return nil
	}
	err := im.tx.insertRecommendations(ctx, im.pending)
	im.pending, im.pendingRecs = im.pending[:0], 0
	return err
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
	if err := im.flush(ctx); err != nil {
		return nil, err
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
	im.pending, im.pendingRecs = append(im.pending, a), im.pendingRecs+len(a.Recommendations)
	if im.pendingRecs >= pendingBatch || cur != nil { // a revision's carry-forward reads them
		if err := im.flush(ctx); err != nil {
			return out, err
		}
	}
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

// insertAgreement writes a's row, provenance and parties, and sets its ID;
// its recommendations are insertRecommendations' to write.
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
	return nil
}

func (tx *Tx) insertMapping(ctx context.Context, recID, pos int, m *benchmark.Mapping) error {
	sub, conf, why := mappingNulls(m)
	res, err := tx.ExecContext(ctx, `INSERT INTO mappings (recommendation_id, theme_id, sub_theme_id, source, confidence, position, why) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		recID, m.ThemeID, sub, m.Source, conf, pos, why)
	if err != nil {
		return err
	}
	id, _ := res.LastInsertId()
	m.ID = int(id)
	return nil
}
