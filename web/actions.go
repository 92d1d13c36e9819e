package web

import (
	"bytes"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/export"
)

// actionsPage lists a round's actions: who owes what by when, the overdue
// ones marked, filtered by owner and theme.
type actionsPage struct {
	Page
	Assessment *benchmark.Assessment
	Taxonomy   benchmark.Taxonomy
	Owners     []string
	Filter     benchmark.ActionFilter
	Rows       []actionRow
	// All counts the round's actions before the filter; Overdue the shown
	// ones past their target date.
	All, Overdue int
	// Today is the UK day the overdue ones are counted on.
	Today string
	// CSVHref downloads the shown actions.
	CSVHref string
}

// actionRow is one action as the page shows it.
type actionRow struct {
	Label, Themes, Owner, Due, History, Grid string
	Action                                   *benchmark.Action
}

// readActionFilter decodes the actions page's ?owner= and ?theme=.
func readActionFilter(q url.Values) benchmark.ActionFilter {
	f := benchmark.ActionFilter{Owner: strings.TrimSpace(q.Get("owner"))}
	f.ThemeID, _ = strconv.Atoi(q.Get("theme"))
	return f
}

// roundActions reads the round named by :id and its actions as of now in
// the UK, filtered by the query.
func (s *Server) roundActions(c echo.Context) (*roundData, benchmark.ActionFilter, []*benchmark.Action, error) {
	d, err := s.loadRound(c)
	if err != nil {
		return nil, benchmark.ActionFilter{}, nil, err
	}
	f := readActionFilter(c.QueryParams())
	return d, f, benchmark.RoundActions(d.Agreements, d.Ratings, benchmark.UKToday(time.Now()), f), nil
}

func (s *Server) handleActions(c echo.Context) error {
	d, f, list, err := s.roundActions(c)
	if err != nil {
		return err
	}
	id := strconv.Itoa(d.Assessment.ID)
	p := actionsPage{Page: s.page(c, "Actions: "+d.Assessment.Title, "assessments"), Assessment: d.Assessment,
		Taxonomy: d.Taxonomy, Owners: benchmark.RoundOwners(d.Ratings), Filter: f, Overdue: benchmark.Overdue(list),
		Today: benchmark.DayOf(time.Now()), CSVHref: "/assessments/" + id + "/actions.csv",
		All: len(benchmark.RoundActions(d.Agreements, d.Ratings, benchmark.UKToday(time.Now()), benchmark.ActionFilter{}))}
	if q := c.QueryParams().Encode(); q != "" {
		p.CSVHref += "?" + q
	}
	for _, a := range list {
		rec := strconv.Itoa(a.Recommendation.ID)
		row := actionRow{Action: a, Label: recLabel(a.Agreement, a.Recommendation), Owner: orNotStated(a.Rating.Owner),
			Due: orNotStated(benchmark.LongDate(a.Rating.TargetDate)), History: "/assessments/" + id + "/ratings/" + rec,
			Grid: "/assessments/" + id + "/ratings?" + url.Values{"owner": {a.Rating.Owner}}.Encode() + "#rec-" + rec}
		var themes []string
		for _, m := range a.Recommendation.Mappings {
			if !slices.Contains(themes, m.Theme) {
				themes = append(themes, m.Theme)
			}
		}
		row.Themes = orNotStated(strings.Join(themes, "; "))
		p.Rows = append(p.Rows, row)
	}
	return s.render(c, http.StatusOK, "actions", p)
}

// handleActionsCSV downloads the round's actions, filtered as the page is.
func (s *Server) handleActionsCSV(c echo.Context) error {
	d, _, list, err := s.roundActions(c)
	if err != nil {
		return err
	}
	return download(c, fileName(d.Assessment.Authority.Name, d.Assessment.Title, "actions")+".csv", mimeCSV, func(buf *bytes.Buffer) error {
		return export.WriteActionsCSV(buf, list)
	})
}
