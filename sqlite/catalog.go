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

// agreementsIn returns every agreement revision as of tx's snapshot,
// loading them when the catalog changed since the last load. The returned
// values are shared: copy before handing them out.
func (c *catalog) agreementsIn(ctx context.Context, tx *Tx) ([]*benchmark.Agreement, error) {
	var v int64
	if err := tx.QueryRowContext(ctx, `SELECT n FROM catalog_version WHERE id = 1`).Scan(&v); err != nil {
		return nil, fmt.Errorf("read catalog version: %w", err)
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
	case !f.IncludeSuperseded && a.SupersededBy != 0:
		return false
	case f.Party != nil && !slices.ContainsFunc(a.Parties, func(p *benchmark.Authority) bool { return p.ONSCode == *f.Party }):
		return false
	}
	return true
}

// copyAgreement copies a with its parties, recommendations and mappings.
func copyAgreement(a *benchmark.Agreement) *benchmark.Agreement {
	out := *a
	out.Parties = make([]*benchmark.Authority, len(a.Parties))
	for i, p := range a.Parties {
		cp := *p
		out.Parties[i] = &cp
	}
	out.Recommendations = make([]*benchmark.Recommendation, len(a.Recommendations))
	for i, r := range a.Recommendations {
		cr := *r
		cr.Mappings = make([]*benchmark.Mapping, len(r.Mappings))
		for j, m := range r.Mappings {
			cm := *m
			cr.Mappings[j] = &cm
		}
		out.Recommendations[i] = &cr
	}
	return &out
}
