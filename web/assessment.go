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
	return s.render(c, http.StatusOK, "assessments", assessmentsPage{Page: s.page(c, "Assessment rounds", "assessments"), Assessments: readable(c, list)})
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
	d, err := s.loadRound(c)
	if err != nil {
		return err
	}
	group := groupByAgreement
	if c.QueryParam("group") == groupByTheme {
		group = groupByTheme
	}
	p := assessmentPage{
		Page:       s.page(c, d.Assessment.Title, "assessments"),
		Assessment: d.Assessment, Agreements: d.Agreements, Group: group,
		Groups:  groupRows(d.Taxonomy, d.Agreements, d.Ratings, group),
		Summary: benchmark.Summarize(d.Taxonomy, d.Agreements, d.Ratings),
	}
	return s.render(c, http.StatusOK, "assessment", p)
}
