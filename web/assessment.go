package web

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
)

type assessmentsPage struct {
	Page
	Assessments []*benchmark.Assessment
}

func (s *Server) handleAssessments(c echo.Context) error {
	list, err := s.Assessments.FindAssessments(c.Request().Context(), benchmark.AssessmentFilter{})
	if err != nil {
		return err
	}
	return s.render(c, http.StatusOK, "assessments", assessmentsPage{Page: s.page(c, "Assessment rounds", "assessments"), Assessments: list})
}

type assessmentPage struct {
	Page
	Assessment *benchmark.Assessment
	Agreements []*benchmark.Agreement
	Group      string
	Groups     []rowGroup
	Summary    benchmark.Summary
}

func (s *Server) handleAssessment(c echo.Context) error {
	ctx := c.Request().Context()
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	a, err := s.Assessments.FindAssessmentByID(ctx, id)
	if err != nil {
		return err
	}
	tax, err := s.Themes.Taxonomy(ctx)
	if err != nil {
		return err
	}
	all, err := s.Agreements.FindAgreements(ctx, benchmark.AgreementFilter{IncludeSuperseded: true})
	if err != nil {
		return err
	}
	ratings, err := s.Assessments.FindRatings(ctx, a.ID)
	if err != nil {
		return err
	}
	group := groupByAgreement
	if c.QueryParam("group") == groupByTheme {
		group = groupByTheme
	}
	covered := coveredAgreements(all, a)
	p := assessmentPage{
		Page:       s.page(c, a.Title, "assessments"),
		Assessment: a, Agreements: covered, Group: group,
		Groups:  groupRows(tax, covered, ratings, group),
		Summary: benchmark.Summarize(tax, covered, ratings),
	}
	return s.render(c, http.StatusOK, "assessment", p)
}
