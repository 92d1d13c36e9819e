package web

import (
	"errors"
	"fmt"
	"net/http"
	"sort"

	"github.com/labstack/echo/v4"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/benchmark/deficit"
	"github.com/svbench/svbench/ingest"
)

// handleModel shows a deficit model: its projection, published profiles,
// reconciliation, choices and risks, with a scenario read from the form
// (a GET query string or a POSTed form alike). A model that needs a
// profile (the generic model) takes a POSTed profile CSV instead.
func (s *Server) handleModel(c echo.Context) error {
	name := c.Param("name")
	if a, ok := s.Models.About(name); ok && a.NeedsProfile {
		return s.handleGenericModel(c, a)
	}
	v := c.QueryParams()
	if c.Request().Method == http.MethodPost {
		form, err := c.FormParams()
		if err != nil {
			return echo.NewHTTPError(http.StatusBadRequest, "The form could not be read")
		}
		v = form
	}
	page, status, err := s.buildModelPage(name, v)
	if errors.Is(err, errUnknownModel) {
		return echo.NewHTTPError(http.StatusNotFound, fmt.Sprintf("There is no deficit model called %q", name))
	}
	if err != nil {
		return err
	}
	page.Page = withErrors(s.page(c, page.Info.Title, "model"), page.Errors)
	query := ""
	if page.Scen != nil {
		query = scenarioQuery(v)
	}
	if page.Saved, err = s.listScenarios(c, name, page.Info.AuthorityCode, page.Info.Authority, query); err != nil {
		return err
	}
	return s.render(c, status, "model", page)
}

// withErrors keeps the form's errors on the layout's page data.
func withErrors(p Page, errs []FieldError) Page {
	p.Errors = errs
	return p
}

// genericPage is the generic model's page: an upload form and, after an
// upload or for a stored profile, the authority's projection beside the
// yardstick's, normalised.
type genericPage struct {
	Page
	Models []deficit.About
	Name   string
	// Beside is the yardstick's report, drawn beside the profile (nil
	// without a yardstick).
	Beside    *deficit.Report
	Authority string
	Columns   []string
	Uploaded  bool
	Info      deficit.Info
	Base      modelProjection
	Findings  []modelFinding
	// FindingsTable captions Findings.
	FindingsTable modelFindingTable
	Chart         modelChart
	Choices       []deficit.Choice
	// Stored is the stored profile shown, if any; Profiles lists the
	// authority's stored profiles.
	Stored   *benchmark.Profile
	Profiles profileTable
	// Form, Fields, Scen and Summary are a stored profile's scenario form
	// and, after a run, its projection and what it changes; Saved lists
	// the profile's authority's saved scenarios.
	Form    modelScenarioForm
	Fields  []modelField
	Scen    *modelProjection
	Summary string
	Saved   savedScenarios
	// Aligned sets each profile's first year as Year 1 on the chart and
	// its table; AlignURL switches to it and CalendarURL back.
	Aligned               bool
	AlignURL, CalendarURL string
	// AuthorityError and ProfileErrors repeat the form's errors beside
	// its two fields, one problem in the file to a line.
	AuthorityError string
	ProfileErrors  []string
}

// setFieldErrors puts each form error beside its field.
func (g *genericPage) setFieldErrors(errs []FieldError) {
	for _, e := range errs {
		switch e.Field {
		case "authority":
			g.AuthorityError = e.Message
		case "profile":
			g.ProfileErrors = append(g.ProfileErrors, e.Message)
		}
	}
}

// profileColumns document the profile CSV on the upload page, one line a
// column: "year: financial year, e.g. 2024/25 (required)".
func profileColumns() []string {
	var out []string
	for _, c := range ingest.ProfileColumns {
		line := c.Name + ": " + c.Description
		if c.Required {
			line += " (required)"
		}
		out = append(out, line)
	}
	return out
}

// handleGenericModel shows the upload form or a stored profile (GET), or
// projects an uploaded profile (POST), storing it when it names an
// authority.
func (s *Server) handleGenericModel(c echo.Context, a deficit.About) error {
	yr, err := s.yardstickReport()
	if err != nil {
		return err
	}
	page := &genericPage{Models: s.Models.Registered(), Name: a.Name, Beside: yr, Columns: profileColumns()}
	p := s.page(c, "Project your authority's profile", "model")
	if c.Request().Method == http.MethodPost {
		return s.uploadGenericModel(c, page, p)
	}
	if err := s.showGenericModel(c, page); err != nil {
		return err
	}
	var errs []FieldError
	for field, msg := range page.Form.Errors {
		errs = append(errs, FieldError{Field: field, Message: msg})
	}
	sort.Slice(errs, func(i, j int) bool { return errs[i].Field < errs[j].Field })
	page.Page = withErrors(p, errs)
	status := http.StatusOK
	if len(errs) > 0 {
		status = http.StatusUnprocessableEntity
	}
	return s.render(c, status, "model", page)
}

// fill projects m and sets it beside the yardstick, normalised by
// funding.
func (g *genericPage) fill(m deficit.Model) error { return g.fillScenario(m, nil) }

// fillScenario projects m with the scenario sc (nil for none) and sets it
// beside the yardstick, normalised by funding.
func (g *genericPage) fillScenario(m deficit.Model, sc *deficit.Scenario) error {
	r, err := deficit.NewReport(m, sc)
	if err != nil {
		return err
	}
	g.Uploaded, g.Info, g.Choices = true, r.Info, r.Choices
	g.Base = newModelProjection("supplied", r.Base)
	g.Findings = newModelFindings(r.Findings)
	g.FindingsTable = modelFindingTable{"findings-profile", "Your published deficits against your flows", g.Findings}
	lines := []modelChartLine{
		{Name: r.Info.Authority + ": deficit as % of High Needs funding", Class: "supplied", Points: shares(r.Base)},
	}
	if r.Scenario != nil {
		scen := newModelProjection("scenario", r.Scenario)
		g.Scen, g.Summary = &scen, r.Comparison.Summary
		lines = append(lines, modelChartLine{Name: "Scenario: " + r.Scenario.Label + ": deficit as % of High Needs funding", Class: "scenario", Points: shares(r.Scenario)})
	}
	if y := g.Beside; y != nil {
		lines = append(lines, modelChartLine{Name: yardstickLabel(y.Info) + ": deficit as % of High Needs funding", Class: y.Info.Name, Points: shares(y.Base)})
	}
	var labels map[string]string
	if g.Aligned {
		lines, labels = alignLines(lines)
	}
	g.Chart = newModelChart(lines, nil, chartShare)
	g.Chart.ID, g.Chart.Table = "deficit-chart", newModelChartTableIn("chart-table", lines, chartShare)
	if g.Aligned {
		relabel(&g.Chart, labels)
	}
	return nil
}

// yardstickLabel names the yardstick's line: its authority and, when the
// model names it, the forecast, e.g. "Bury (16 Dec 2021 forecast)".
func yardstickLabel(info deficit.Info) string {
	if info.Forecast == "" {
		return info.Authority
	}
	return info.Authority + " (" + info.Forecast + ")"
}

// shares turns a projection's deficits into percentages of each year's
// High Needs funding, for comparing authorities of different sizes.
func shares(p *deficit.Projection) []deficit.Point {
	var out []deficit.Point
	for _, y := range p.Years {
		out = append(out, deficit.Point{Year: y.Year, Deficit: 100 * y.Share})
	}
	return out
}
