package web

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
)

// summaryPage is a round's counts per theme as a chart and a table, and
// its Reds as opportunities.
type summaryPage struct {
	Page
	Assessment    *benchmark.Assessment
	Summary       benchmark.Summary
	Chart         ragChart
	Opportunities []opportunity
	// Worth is the yardstick's savings by theme beside the round's Reds
	// (nil when it has none).
	Worth *themeWorthTable
}

// opportunity is a recommendation rated Red: nothing is being done yet, so
// it is somewhere the authority could move into.
type opportunity struct {
	Label          string
	Recommendation *benchmark.Recommendation
	Rating         *benchmark.Rating
}

func (s *Server) handleSummary(c echo.Context) error {
	d, err := s.loadRound(c)
	if err != nil {
		return err
	}
	sum := benchmark.Summarize(d.Taxonomy, d.Agreements, d.Ratings)
	p := summaryPage{Page: s.page(c, "Summary: "+d.Assessment.Title, "assessments"), Assessment: d.Assessment,
		Summary: sum, Chart: newRAGChart(sum)}
	if p.Worth, err = s.themeWorth("worth", sum); err != nil {
		return err
	}
	for _, a := range d.Agreements {
		for _, rec := range a.Recommendations {
			if r := d.Ratings[rec.ID]; r != nil && r.RAG == benchmark.Red {
				p.Opportunities = append(p.Opportunities, opportunity{Label: recLabel(a, rec), Recommendation: rec, Rating: r})
			}
		}
	}
	return s.render(c, http.StatusOK, "summary", p)
}
