package web

import (
	"net/http"
	"net/url"
	"slices"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
)

// homePage is the table of every published agreement, sorted and filtered
// by the query string, with the assessment rounds below.
type homePage struct {
	Page
	Entries []*benchmark.RegisterEntry
	// Published and Named count the agreements DfE published and those the
	// register names; Rounds are the per-round counts.
	Published, Named int
	Rounds           []benchmark.RoundCount
	Filter           benchmark.RegisterFilter
	Statuses         []string
	Columns          []sortColumn
	// Assessments is one page of the rounds, newest first.
	Assessments []*benchmark.Assessment
	Pagination  pagination
}

// sortColumn is one sortable heading of the home table: its link sorts by
// it, ascending first, the other way when it is already the sort.
type sortColumn struct {
	Label, Key, Href string
	Numeric          bool
	// AriaSort is "ascending" or "descending" for the sorted column, "" for
	// the others.
	AriaSort string
}

// registerFilter reads the home table's sort and filters from the query
// string; anything not recognised is ignored.
func registerFilter(q url.Values) benchmark.RegisterFilter {
	f := benchmark.RegisterFilter{Round: q.Get("round"), Held: q.Get("held"), Status: q.Get("status"), Sort: q.Get("sort"), Desc: q.Get("order") == "desc"}
	if !slices.Contains(benchmark.RegisterSorts, f.Sort) {
		f.Sort = benchmark.SortAuthority
	}
	if f.Held != "yes" && f.Held != "no" {
		f.Held = ""
	}
	if f.Status != "none" && !slices.Contains(registerStatuses, f.Status) {
		f.Status = ""
	}
	return f
}

// registerStatuses are the kinds of event the home table filters by.
var registerStatuses = []string{benchmark.EventExtended, benchmark.EventUnderReview, benchmark.EventWithheld}

// sortColumns builds the table's headings for the filter f.
func sortColumns(f benchmark.RegisterFilter) []sortColumn {
	cols := []sortColumn{
		{Label: "Authority", Key: benchmark.SortAuthority},
		{Label: "Round", Key: benchmark.SortRound},
		{Label: "Published", Key: benchmark.SortPublished},
		{Label: "DfE funding", Key: benchmark.SortFunding, Numeric: true},
		{Label: "Status"},
		{Label: "Recommendations held", Key: benchmark.SortHeld, Numeric: true},
	}
	for i := range cols {
		c := &cols[i]
		if c.Key == "" {
			continue
		}
		q := url.Values{}
		for k, v := range map[string]string{"round": f.Round, "held": f.Held, "status": f.Status} {
			if v != "" {
				q.Set(k, v)
			}
		}
		q.Set("sort", c.Key)
		if c.Key == f.Sort {
			c.AriaSort = "ascending"
			if f.Desc {
				c.AriaSort = "descending"
			} else {
				q.Set("order", "desc")
			}
		}
		c.Href = "/?" + q.Encode() + "#agreements-table"
	}
	return cols
}

func (s *Server) handleHome(c echo.Context) error {
	ctx := c.Request().Context()
	f := registerFilter(c.QueryParams())
	entries, err := s.Register.FindRegister(ctx, f)
	if err != nil {
		return err
	}
	counts, err := s.Register.RegisterRounds(ctx)
	if err != nil {
		return err
	}
	rounds, pages, err := s.roundsPage(c, benchmark.AssessmentFilter{})
	if err != nil {
		return err
	}
	p := homePage{Page: s.page(c, "Safety Valve agreements", "agreements"), Entries: entries, Rounds: counts,
		Filter: f, Statuses: registerStatuses, Columns: sortColumns(f), Assessments: rounds, Pagination: pages}
	p.Published, p.Named = benchmark.RegisterTotals(counts)
	return s.render(c, http.StatusOK, "home", p)
}
