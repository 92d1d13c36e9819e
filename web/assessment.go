package web

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
)

type assessmentsPage struct {
	Page
	// Assessments is one page of the rounds, newest first.
	Assessments []*benchmark.Assessment
	Pagination  pagination
	// Progress counts each listed round's rated recommendations, by ID.
	Progress map[int]benchmark.Progress
}

func (s *Server) handleAssessments(c echo.Context) error {
	list, pages, err := s.roundsPage(c, benchmark.AssessmentFilter{})
	if err != nil {
		return err
	}
	progress, err := s.roundsProgress(c.Request().Context(), list)
	if err != nil {
		return err
	}
	return s.render(c, http.StatusOK, "assessments", assessmentsPage{Page: s.page(c, "Assessment rounds", "assessments"), Assessments: list, Pagination: pages, Progress: progress})
}

// roundsPage reads the page of the rounds filter selects that ?page=
// asks for, with the pagination to the others.
func (s *Server) roundsPage(c echo.Context, filter benchmark.AssessmentFilter) ([]*benchmark.Assessment, pagination, error) {
	ctx := c.Request().Context()
	filter = userFrom(c).ReadScope(filter)
	total, err := s.Assessments.CountAssessments(ctx, filter)
	if err != nil {
		return nil, pagination{}, err
	}
	pages := readPage(c, total, pageSize)
	filter.Limit, filter.Offset = pages.Limit(), pages.Offset()
	list, err := s.Assessments.FindAssessments(ctx, filter)
	return list, pages, err
}

type assessmentPage struct {
	Page
	Assessment *benchmark.Assessment
	Agreements []*benchmark.Agreement
	Group      string
	Groups     []rowGroup
	Summary    benchmark.Summary
	// Progress counts the round's rated recommendations.
	Progress benchmark.Progress
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
		Groups:   groupRows(d.Taxonomy, d.Agreements, d.Ratings, group),
		Summary:  benchmark.Summarize(d.Taxonomy, d.Agreements, d.Ratings),
		Progress: benchmark.RoundProgress(d.Agreements, d.Ratings),
	}
	return s.render(c, http.StatusOK, "assessment", p)
}
