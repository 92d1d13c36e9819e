package web

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
)

// agreementCard is one agreement on the home page with its theme counts.
type agreementCard struct {
	Agreement *benchmark.Agreement
	// Themes counts recommendations per theme and sub-theme; a row with an
	// empty SubTheme is the theme's own count.
	Themes []benchmark.Prevalence
}

type homePage struct {
	Page
	Agreements      []agreementCard
	Parties         int
	Recommendations int
	Assessments     []*benchmark.Assessment
}

func (s *Server) handleHome(c echo.Context) error {
	ctx := c.Request().Context()
	tax, err := s.Themes.Taxonomy(ctx)
	if err != nil {
		return err
	}
	list, err := s.Agreements.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		return err
	}
	rounds, err := s.Assessments.FindAssessments(ctx, benchmark.AssessmentFilter{})
	if err != nil {
		return err
	}
	p := homePage{Page: s.page(c, "Safety Valve agreements", "agreements"), Assessments: readable(c, rounds)}
	for _, a := range list {
		card := agreementCard{Agreement: a}
		for _, row := range benchmark.ThemePrevalence(tax, []*benchmark.Agreement{a}) {
			if row.Total > 0 {
				card.Themes = append(card.Themes, row)
			}
		}
		p.Agreements = append(p.Agreements, card)
		p.Parties += len(a.Parties)
		p.Recommendations += len(a.Recommendations)
	}
	return s.render(c, http.StatusOK, "home", p)
}
