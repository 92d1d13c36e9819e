package sqlite

import (
	"context"
	"fmt"
	"slices"
	"sync"

	"github.com/svbench/svbench/benchmark"
)

// catalog keeps every agreement revision in memory, complete, as of one
// value of catalog_version (migration 012), whose triggers count every
// change to agreements, their parts, the taxonomy and the authorities, in
// this process or another. A read compares the count, in its own read
// transaction, and reloads only when it moved; callers get copies, so the
// held values are never changed.
type catalog struct {
	mu         sync.Mutex
	version    int64
	loaded     bool
	agreements []*benchmark.Agreement // every revision, in findAgreements' order
}

// catalogVersion reads catalog_version in tx's snapshot.
func catalogVersion(ctx context.Context, tx *Tx) (int64, error) {
	var v int64
	if err := tx.QueryRowContext(ctx, `SELECT n FROM catalog_version WHERE id = 1`).Scan(&v); err != nil {
		return 0, fmt.Errorf("read catalog version: %w", err)
	}
	return v, nil
}

// agreementsIn returns every agreement revision as of tx's snapshot,
// loading them when the catalog changed since the last load. The returned
// values are shared: copy before handing them out.
func (c *catalog) agreementsIn(ctx context.Context, tx *Tx) ([]*benchmark.Agreement, error) {
	v, err := catalogVersion(ctx, tx)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.loaded && c.version == v {
		return c.agreements, nil
	}
	all, err := tx.findAgreements(ctx, benchmark.AgreementFilter{IncludeSuperseded: true})
	if err != nil {
		return nil, err
	}
	c.agreements, c.version, c.loaded = all, v, true
	return all, nil
}

// matchAgreement reports whether the filter selects a, as findAgreements'
// WHERE clause does.
func matchAgreement(f benchmark.AgreementFilter, a *benchmark.Agreement) bool {
	switch {
	case f.ID != nil && a.ID != *f.ID:
		return false
	case f.IDs != nil && !slices.Contains(f.IDs, a.ID):
		return false
	case f.FinancialYear != nil && a.FinancialYear != *f.FinancialYear:
		return false
	case f.RecommendationID != nil && !slices.ContainsFunc(a.Recommendations, func(r *benchmark.Recommendation) bool { return r.ID == *f.RecommendationID }):
		return false
	case !f.IncludeSuperseded && a.SupersededBy != 0:
		return false
	case f.Party != nil && !slices.ContainsFunc(a.Parties, func(p *benchmark.Authority) bool { return p.ONSCode == *f.Party }):
		return false
	}
	return true
}

// copyAgreement copies a with its parties, and with its recommendations
// and mappings when recs is set.
func copyAgreement(a *benchmark.Agreement, recs bool) *benchmark.Agreement {
	out := *a
	out.Parties = make([]*benchmark.Authority, len(a.Parties))
	for i, p := range a.Parties {
		cp := *p
		out.Parties[i] = &cp
	}
	if !recs {
		out.Recommendations = nil
		return &out
	}
	out.Recommendations = make([]*benchmark.Recommendation, len(a.Recommendations))
	for i, r := range a.Recommendations {
		cr := *r
		cr.Mappings = make([]*benchmark.Mapping, len(r.Mappings))
		for j, m := range r.Mappings {
			cm := *m
			cm.Why = slices.Clone(m.Why)
			cr.Mappings[j] = &cm
		}
		out.Recommendations[i] = &cr
	}
	return &out
}

// taxonomyCache keeps the taxonomy in memory as of one catalog_version,
// as catalog keeps the agreements.
type taxonomyCache struct {
	mu      sync.Mutex
	version int64
	loaded  bool
	tax     benchmark.Taxonomy
}

// taxonomyIn returns a copy of the taxonomy as of tx's snapshot, loading
// it when the catalog changed since the last load.
func (c *taxonomyCache) taxonomyIn(ctx context.Context, tx *Tx) (benchmark.Taxonomy, error) {
	v, err := catalogVersion(ctx, tx)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.loaded || c.version != v {
		tax, err := tx.taxonomy(ctx)
		if err != nil {
			return nil, err
		}
		c.tax, c.version, c.loaded = tax, v, true
	}
	return copyTaxonomy(c.tax), nil
}

// copyTaxonomy copies every theme and sub-theme of tax.
func copyTaxonomy(tax benchmark.Taxonomy) benchmark.Taxonomy {
	if tax == nil {
		return nil
	}
	out := make(benchmark.Taxonomy, len(tax))
	for i, th := range tax {
		ct := *th
		ct.Vocabulary = slices.Clone(th.Vocabulary)
		ct.Examples = slices.Clone(th.Examples)
		ct.SubThemes = make([]*benchmark.SubTheme, len(th.SubThemes))
		for j, st := range th.SubThemes {
			cs := *st
			cs.Vocabulary = slices.Clone(st.Vocabulary)
			cs.Examples = slices.Clone(st.Examples)
			ct.SubThemes[j] = &cs
		}
		out[i] = &ct
	}
	return out
}
