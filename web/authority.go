package web

import (
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"
	"github.com/samber/lo"
	"github.com/svbench/svbench/benchmark"
)

// authorityRow is one authority with what svbench holds about it.
type authorityRow struct {
	Authority   *benchmark.Authority
	Agreements  []*benchmark.Agreement
	Assessments []*benchmark.Assessment
}

type authoritiesPage struct {
	Page
	Query string
	Rows  []authorityRow
	// Total counts every authority, Found those the search matched, of
	// which Pagination pages pageSize at a time.
	Total, Found int
	Pagination   pagination
}

func (s *Server) handleAuthorities(c echo.Context) error {
	ctx := c.Request().Context()
	q := strings.TrimSpace(c.QueryParam("q"))
	all, err := s.Authorities.FindAuthorities(ctx, benchmark.AuthorityFilter{})
	if err != nil {
		return err
	}
	found, err := s.Authorities.FindAuthorities(ctx, benchmark.AuthorityFilter{Query: &q})
	if err != nil {
		return err
	}
	pages := readPage(c, len(found), pageSize)
	shown := found[pages.Offset():min(pages.Offset()+pages.Limit(), len(found))]
	agreements, rounds, err := s.holdings(c, shown)
	if err != nil {
		return err
	}
	p := authoritiesPage{Page: s.page(c, "Authorities", "authorities"), Query: q, Total: len(all), Found: len(found), Pagination: pages}
	for _, a := range shown {
		p.Rows = append(p.Rows, authorityRow{Authority: a, Agreements: agreements[a.ONSCode], Assessments: rounds[a.ONSCode]})
	}
	return s.render(c, http.StatusOK, "authorities", p)
}

// holdings groups the current agreements and the rounds the visitor may
// read of the given authorities by ONS code: a page of the list reads the
// rounds of its own rows only.
func (s *Server) holdings(c echo.Context, of []*benchmark.Authority) (map[string][]*benchmark.Agreement, map[string][]*benchmark.Assessment, error) {
	ctx := c.Request().Context()
	list, err := s.Agreements.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		return nil, nil, err
	}
	codes := make([]string, len(of))
	for i, a := range of {
		codes[i] = a.ONSCode
	}
	scope := userFrom(c).ReadScope(benchmark.AssessmentFilter{})
	if scope.AuthorityCodes == nil {
		scope.AuthorityCodes = codes
	} else {
		scope.AuthorityCodes = lo.Intersect(scope.AuthorityCodes, codes)
	}
	rounds, err := s.Assessments.FindAssessments(ctx, scope)
	if err != nil {
		return nil, nil, err
	}
	byParty := map[string][]*benchmark.Agreement{}
	for _, a := range list {
		for _, p := range a.Parties {
			byParty[p.ONSCode] = append(byParty[p.ONSCode], a)
		}
	}
	byAuthority := map[string][]*benchmark.Assessment{}
	for _, r := range rounds {
		byAuthority[r.AuthorityCode] = append(byAuthority[r.AuthorityCode], r)
	}
	return byParty, byAuthority, nil
}

type authorityPage struct {
	Page
	authorityRow
	// Profiles are the deficit profiles stored for the authority.
	Profiles profileTable
	// Register is the authority's entries in the register of agreements,
	// each with its timeline and sources.
	Register []*benchmark.RegisterEntry
}

func (s *Server) handleAuthority(c echo.Context) error {
	ctx := c.Request().Context()
	a, err := s.Authorities.FindAuthority(ctx, c.Param("code"))
	if err != nil {
		return err
	}
	agreements, err := s.Agreements.FindAgreements(ctx, benchmark.AgreementFilter{Party: &a.ONSCode})
	if err != nil {
		return err
	}
	rounds, err := s.Assessments.FindAssessments(ctx, userFrom(c).ReadScope(benchmark.AssessmentFilter{AuthorityCode: &a.ONSCode}))
	if err != nil {
		return err
	}
	p := authorityPage{Page: s.page(c, a.Place(), "authorities"),
		authorityRow: authorityRow{Authority: a, Agreements: agreements, Assessments: rounds}}
	if p.Register, err = s.Register.FindRegister(ctx, benchmark.RegisterFilter{ONSCode: a.ONSCode, Sort: benchmark.SortRound}); err != nil {
		return err
	}
	if userFrom(c).CanRead(a.ONSCode) {
		if p.Profiles, err = s.storedProfiles(ctx, a, 0); err != nil {
			return err
		}
	}
	return s.render(c, http.StatusOK, "authority", p)
}
