package web

import (
	"bytes"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/export"
)

// comparePage picks rounds and sets them side by side.
type comparePage struct {
	Page
	// Rounds lists the picker's rounds: the chosen ones first, then one
	// page of every round (Pagination); Selected marks the chosen.
	Rounds     []*benchmark.Assessment
	Pagination pagination
	Selected   map[int]bool
	// Shown is true when two or more rounds are compared.
	Shown      bool
	Comparison benchmark.Comparison
	Labels     []string
	// OnlyDiffer shows only the recommendations rated differently.
	OnlyDiffer bool
	Rows       []benchmark.ComparedRow
	Differing  int
	// Links repeat the choice of rounds for the downloads and the filter.
	Links compareLinks
}

// compareLinks are the comparison's download and filter addresses, each
// carrying the chosen rounds.
type compareLinks struct {
	XLSX, CSV, All, OnlyDiffer string
}

// newCompareLinks builds the links for the rounds in query.
func newCompareLinks(query string) compareLinks {
	return compareLinks{
		XLSX:       "/compare/export.xlsx?" + query,
		CSV:        "/compare/export.csv?" + query,
		All:        "/compare?" + query + "#per-recommendation",
		OnlyDiffer: "/compare?" + query + "&only=differ#per-recommendation",
	}
}

// compareChoice reads the rounds chosen in the query string (?round=ID,
// repeated). Problems are returned as field errors; one round alone is a
// problem only when the form was sent (go is set), so a link can
// preselect a round.
func compareChoice(c echo.Context) ([]int, []FieldError) {
	var ids []int
	seen := map[int]bool{}
	for _, v := range c.QueryParams()["round"] {
		id, err := strconv.Atoi(v)
		if err != nil || id <= 0 {
			return nil, []FieldError{{Field: "round", Message: "Choose rounds from the list"}}
		}
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	if len(ids) == 1 && c.QueryParam("go") != "" {
		return ids, []FieldError{{Field: "round", Message: "Choose at least two rounds to compare"}}
	}
	return ids, nil
}

// loadComparison compares the chosen rounds over the agreements they share.
func (s *Server) loadComparison(c echo.Context, ids []int) (benchmark.Comparison, error) {
	ctx := c.Request().Context()
	sides, err := s.loadSides(ctx, ids)
	if err != nil {
		return benchmark.Comparison{}, err
	}
	for _, sd := range sides {
		if err := s.mayRead(c, sd.Assessment.AuthorityCode); err != nil {
			return benchmark.Comparison{}, err
		}
	}
	tax, err := s.Themes.Taxonomy(ctx)
	if err != nil {
		return benchmark.Comparison{}, err
	}
	rounds := make([]*benchmark.Assessment, len(sides))
	for i, sd := range sides {
		rounds[i] = sd.Assessment
	}
	covered, err := benchmark.FindAgreementsByIDs(ctx, s.Agreements, benchmark.CoveredIDs(rounds...))
	if err != nil {
		return benchmark.Comparison{}, err
	}
	return benchmark.CompareAssessments(tax, covered, sides), nil
}

// handleCompare shows the picker and, for two or more rounds, the
// comparison per theme and per recommendation.
func (s *Server) handleCompare(c echo.Context) error {
	rounds, pages, err := s.roundsPage(c, benchmark.AssessmentFilter{})
	if err != nil {
		return err
	}
	p := comparePage{Page: s.page(c, "Compare assessment rounds", "compare"), Pagination: pages, Selected: map[int]bool{}}
	ids, errs := compareChoice(c)
	for _, id := range ids {
		p.Selected[id] = true
	}
	if p.Rounds, err = s.pickerRounds(c, ids, rounds); err != nil {
		return err
	}
	if len(errs) > 0 {
		p.Errors = errs
		return s.render(c, http.StatusUnprocessableEntity, "compare", p)
	}
	if len(ids) >= 2 {
		if p.Comparison, err = s.loadComparison(c, ids); err != nil {
			return err
		}
		p.Shown = true
		q := url.Values{"round": c.QueryParams()["round"]}
		p.Links = newCompareLinks(q.Encode())
		p.OnlyDiffer = c.QueryParam("only") == "differ"
		for _, a := range p.Comparison.Rounds {
			p.Labels = append(p.Labels, export.RoundLabel(a))
		}
		differing := p.Comparison.Differing()
		p.Rows, p.Differing = p.Comparison.Rows, len(differing)
		if p.OnlyDiffer {
			p.Rows = differing
		}
	}
	return s.render(c, http.StatusOK, "compare", p)
}

// pickerRounds puts the chosen rounds not on the page before the page's
// rounds, so every chosen round stays ticked whichever page is shown.
func (s *Server) pickerRounds(c echo.Context, chosen []int, page []*benchmark.Assessment) ([]*benchmark.Assessment, error) {
	onPage := map[int]bool{}
	for _, a := range page {
		onPage[a.ID] = true
	}
	var out []*benchmark.Assessment
	for _, id := range chosen {
		if onPage[id] {
			continue
		}
		a, err := s.Assessments.FindAssessmentByID(c.Request().Context(), id)
		if benchmark.ErrorCode(err) == benchmark.ENOTFOUND {
			continue // the comparison below says so
		} else if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return append(out, page...), nil
}

// handleCompareExport downloads the comparison as XLSX or CSV (format
// "xlsx" or "csv").
func (s *Server) handleCompareExport(format string) echo.HandlerFunc {
	return func(c echo.Context) error { return s.compareExport(c, format) }
}

func (s *Server) compareExport(c echo.Context, format string) error {
	ids, _ := compareChoice(c)
	if len(ids) < 2 {
		return benchmark.Errorf(benchmark.EINVALID, "Choose at least two rounds to compare.")
	}
	cmp, err := s.loadComparison(c, ids)
	if err != nil {
		return err
	}
	name := "svbench-comparison"
	for _, a := range cmp.Rounds {
		name += "-" + strconv.Itoa(a.ID)
	}
	if format == "xlsx" {
		return download(c, name+".xlsx", mimeXLSX, func(b *bytes.Buffer) error {
			return export.WriteComparisonWorkbook(b, cmp, time.Now())
		})
	}
	return download(c, name+".csv", mimeCSV, func(b *bytes.Buffer) error { return export.WriteComparisonCSV(b, cmp) })
}
