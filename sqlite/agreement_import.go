package sqlite

import (
	"context"
	"errors"
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
	restore, err := tx.widenCache(ctx)
	if err != nil {
		return nil, err
	}
	defer restore()
	im, err := tx.newImporter(ctx)
	if err != nil {
		return nil, err
	}
	for a, err := range seq {
		if err != nil {
			return nil, err
		}
		if err := im.importAgreement(ctx, a); err != nil {
			if fe, ok := errors.AsType[flushError](err); ok {
				return nil, fe.err // it names the agreements it was writing
			}
			return nil, fmt.Errorf("import agreement %q: %w", a.Title, err)
		}
	}
	if err := im.flush(ctx); err != nil {
		return nil, err
	}
	restore()
	if dryRun {
		return im.res, nil
	}
	return im.res, tx.Commit()
}

// importer holds what one ImportAgreements reads once for every agreement:
// the taxonomy, the current agreements and the rounds following new ones.
type importer struct {
	tx  *Tx
	tax benchmark.Taxonomy
	res *benchmark.ImportResult
	// current holds the current revisions by RevisionKey; written holds the
	// IDs of revisions this import wrote (0 while pending), read back when
	// met again.
	current map[string]*benchmark.Agreement
	written map[string]int
	// rounds holds, for each authority and financial year ("ONS code|year"),
	// the agreement that authority has for it: one agreement an authority
	// a round, kept here too since a file checked apart from this
	// transaction may have raced another import.
	rounds map[string]*benchmark.Agreement
	// following are the open rounds that follow new agreements, read when
	// first needed.
	following []followingRound
	loaded    bool
	// pending are new agreements not yet written: many agreements, and
	// their recommendations, go in one statement (see flush).
	pending     []pendingAgreement
	pendingRecs int
}

// pendingAgreement is a new agreement waiting for flush, with its
// RevisionKey and the index of its outcome in res, whose ID and rounds
// joined flush fills.
type pendingAgreement struct {
	a   *benchmark.Agreement
	key string
	out int
}

// pendingBatch is how many recommendations wait before flush writes them.
const pendingBatch = 4 * insertBatch

// flushError is an error of flush: it is about the pending agreements,
// which it names, rather than the one being imported when it ran.
type flushError struct{ err error }

func (e flushError) Error() string { return e.err.Error() }
func (e flushError) Unwrap() error { return e.err }

// flush writes the pending agreements, their recommendations and
// mappings, and adds them to the open rounds that follow new agreements. It
// runs before anything that reads them back or writes another agreement,
// and before commit, so agreements keep the file's order.
func (im *importer) flush(ctx context.Context) error {
	if len(im.pending) == 0 {
		return nil
	}
	list := make([]*benchmark.Agreement, len(im.pending))
	for i, p := range im.pending {
		list[i] = p.a
	}
	if err := im.tx.insertAgreements(ctx, list); err != nil {
		return flushError{err}
	}
	if err := im.tx.insertRecommendations(ctx, list); err != nil {
		return flushError{err}
	}
	for _, p := range im.pending {
		im.written[p.key] = p.a.ID
		out := &im.res.Outcomes[p.out]
		out.AgreementID, out.Revision = p.a.ID, p.a.Revision
		joined, err := im.addToOpenRounds(ctx, p.a.ID)
		if err != nil {
			return flushError{fmt.Errorf("import agreement %q: %w", p.a.Title, err)}
		}
		out.JoinedRounds = joined
	}
	im.pending, im.pendingRecs = im.pending[:0], 0
	return nil
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
	im := &importer{tx: tx, tax: tax, res: &benchmark.ImportResult{}, current: map[string]*benchmark.Agreement{}, written: map[string]int{},
		rounds: map[string]*benchmark.Agreement{}}
	for _, a := range held {
		im.current[a.RevisionKey()] = a
		im.claimRound(a)
	}
	return im, nil
}

// claimRound records a as its parties' agreement for its financial year.
func (im *importer) claimRound(a *benchmark.Agreement) {
	for _, p := range a.Parties {
		im.rounds[p.ONSCode+"|"+a.FinancialYear] = a
	}
}

// checkRound refuses a new agreement that would give one of its parties a
// second agreement for the same financial year.
func (im *importer) checkRound(a *benchmark.Agreement) error {
	for _, p := range a.Parties {
		if other := im.rounds[p.ONSCode+"|"+a.FinancialYear]; other != nil && other.RevisionKey() != a.RevisionKey() {
			return benchmark.Errorf(benchmark.ECONFLICT, "%s already has an agreement for %s, “%s” (%s), so “%s” (%s) would be its second: an authority has one agreement a round. It was added after this file was checked; check the file again.",
				p.Place(), a.FinancialYear, other.Title, other.PartyNames(), a.Title, a.PartyNames())
		}
	}
	return nil
}

// currentRevision returns the current revision of a's agreement, or nil.
func (im *importer) currentRevision(ctx context.Context, a *benchmark.Agreement) (*benchmark.Agreement, error) {
	k := a.RevisionKey()
	if _, ok := im.written[k]; !ok {
		return im.current[k], nil
	}
	if err := im.flush(ctx); err != nil {
		return nil, err
	}
	id := im.written[k]
	list, err := im.tx.findAgreements(ctx, benchmark.AgreementFilter{ID: &id, IncludeSuperseded: true})
	if err != nil {
		return nil, err
	}
	delete(im.written, k)
	im.current[k] = list[0]
	return list[0], nil
}

// importAgreement adds a to the import and its outcome to res: a new
// agreement waits for flush, a new revision of a current one is written at
// once, since carrying its ratings forward reads it back.
func (im *importer) importAgreement(ctx context.Context, a *benchmark.Agreement) error {
	tx := im.tx
	out := benchmark.ImportOutcome{Title: a.Title, FinancialYear: a.FinancialYear, Parties: a.PartyNames(), Recommendations: len(a.Recommendations)}
	for _, r := range a.Recommendations {
		if err := resolveMappings(im.tax, r.Mappings); err != nil {
			return err
		}
	}
	cur, err := im.currentRevision(ctx, a)
	if err != nil {
		return err
	}
	rev := benchmark.ReviseAgreement(cur, a)
	out.Action, out.Revision, out.Added, out.Changed, out.Removed = rev.Action, rev.Revision, rev.Added, rev.Changed, rev.Removed
	if rev.Action == benchmark.ImportUnchanged {
		out.AgreementID = cur.ID
		*a = *cur
		im.res.Outcomes = append(im.res.Outcomes, out)
		return nil
	}
	out.Suggested, out.NeedsReview = countSuggested(a)
	k := a.RevisionKey()
	if cur == nil {
		if err := im.checkRound(a); err != nil {
			return err
		}
		im.claimRound(a)
		im.written[k] = 0
		im.res.Outcomes = append(im.res.Outcomes, out)
		im.pending = append(im.pending, pendingAgreement{a, k, len(im.res.Outcomes) - 1})
		if im.pendingRecs += len(a.Recommendations); im.pendingRecs >= pendingBatch {
			return im.flush(ctx)
		}
		return nil
	}
	if err := im.flush(ctx); err != nil {
		return err
	}
	one := []*benchmark.Agreement{a}
	if err := tx.insertAgreements(ctx, one); err != nil {
		return err
	}
	if err := tx.insertRecommendations(ctx, one); err != nil {
		return err
	}
	out.AgreementID, out.Revision = a.ID, a.Revision
	im.written[k] = a.ID
	if _, err := tx.ExecContext(ctx, `UPDATE agreements SET superseded_by = ? WHERE id = ?`, a.ID, cur.ID); err != nil {
		return err
	}
	out.CarriedForward, out.Unmatched, err = tx.carryForward(ctx, cur, a)
	im.res.Outcomes = append(im.res.Outcomes, out)
	return err
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
