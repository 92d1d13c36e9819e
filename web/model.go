package web

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/svbench/svbench/benchmark/deficit"
	"github.com/svbench/svbench/benchmark/deficit/bury"
	"github.com/svbench/svbench/benchmark/deficit/generic"
)

// maxProfileBytes caps an uploaded profile CSV.
const maxProfileBytes = 1 << 20

// handleModel shows a deficit model: its projection, published profiles,
// reconciliation, choices and risks, with a scenario read from the form
// (a GET query string or a POSTed form alike). The generic model takes a
// POSTed profile CSV instead.
func (s *Server) handleModel(c echo.Context) error {
	name := c.Param("name")
	if name == generic.Name {
		return s.handleGenericModel(c)
	}
	v := c.QueryParams()
	if c.Request().Method == http.MethodPost {
		form, err := c.FormParams()
		if err != nil {
			return echo.NewHTTPError(http.StatusBadRequest, "The form could not be read")
		}
		v = form
	}
	page, status, err := buildModelPage(name, v)
	if errors.Is(err, errUnknownModel) {
		return echo.NewHTTPError(http.StatusNotFound, fmt.Sprintf("There is no deficit model called %q", name))
	}
	if err != nil {
		return err
	}
	page.Page = withErrors(s.page(c, page.Info.Title, "model"), page.Errors)
	return s.render(c, status, "model", page)
}

// withErrors keeps the form's errors on the layout's page data.
func withErrors(p Page, errs []FieldError) Page {
	p.Errors = errs
	return p
}

// genericPage is the generic model's page: an upload form and, after an
// upload, the authority's projection beside Bury's, normalised.
type genericPage struct {
	Page
	Models    []deficit.About
	Name      string
	Authority string
	Columns   []string
	Uploaded  bool
	Info      deficit.Info
	Base      modelProjection
	Findings  []modelFinding
	// FindingsTable captions Findings.
	FindingsTable modelFindingTable
	Chart         modelChart
	Table         modelChartTable
	Choices       []deficit.Choice
}

// profileColumns document the profile CSV on the upload page.
var profileColumns = []string{
	"year: financial year, e.g. 2024/25 (required)",
	"funding: High Needs Block funding, £m (required)",
	"spend: estimated High Needs spend net of your savings, £m (required)",
	"contributions: DfE Safety Valve contributions, £m",
	"transfers: other transfers into the block, e.g. from the schools block, £m",
	"savings: planned savings reached that year, £m (already in spend)",
	"deficit: your published cumulative deficit at the year's end, £m",
	"opening_deficit: first row only, the deficit brought forward, £m",
}

// handleGenericModel shows the upload form (GET) or projects an uploaded
// profile (POST). The profile is not stored.
func (s *Server) handleGenericModel(c echo.Context) error {
	page := &genericPage{Models: deficit.Registered(), Name: generic.Name, Columns: profileColumns}
	p := s.page(c, "Project your authority's profile", "model")
	if c.Request().Method != http.MethodPost {
		page.Page = p
		return s.render(c, http.StatusOK, "model", page)
	}
	page.Authority = strings.TrimSpace(c.FormValue("authority"))
	m, errs := readUploadedProfile(c, page.Authority)
	if len(errs) > 0 {
		page.Page = withErrors(p, errs)
		return s.render(c, http.StatusUnprocessableEntity, "model", page)
	}
	if err := page.fill(m); err != nil {
		return err
	}
	page.Page = p
	return s.render(c, http.StatusOK, "model", page)
}

// readUploadedProfile opens the generic model over the uploaded file,
// returning every problem as a field error.
func readUploadedProfile(c echo.Context, authority string) (deficit.Model, []FieldError) {
	fh, err := c.FormFile("profile")
	if err != nil {
		return nil, []FieldError{{Field: "profile", Message: "Choose a profile CSV file to upload"}}
	}
	f, err := fh.Open()
	if err != nil {
		return nil, []FieldError{{Field: "profile", Message: "The file could not be read"}}
	}
	defer f.Close()
	m, err := deficit.Open(generic.Name, deficit.Options{Profile: io.LimitReader(f, maxProfileBytes), ProfileName: fh.Filename, Authority: authority})
	if err == nil {
		return m, nil
	}
	var pe generic.ProfileErrors
	if errors.As(err, &pe) {
		var out []FieldError
		for _, e := range pe {
			out = append(out, FieldError{Field: "profile", Message: fh.Filename + ": " + e})
		}
		return nil, out
	}
	field := "profile"
	if strings.Contains(err.Error(), "unknown authority") {
		field = "authority"
	}
	return nil, []FieldError{{Field: field, Message: strings.TrimPrefix(err.Error(), `open deficit model "generic": `)}}
}

// fill projects m and sets it beside Bury, normalised by funding.
func (g *genericPage) fill(m deficit.Model) error {
	r, err := deficit.NewReport(m, nil)
	if err != nil {
		return err
	}
	b, err := bury.Default()
	if err != nil {
		return err
	}
	br, err := deficit.NewReport(b, nil)
	if err != nil {
		return err
	}
	g.Uploaded, g.Info, g.Choices = true, r.Info, r.Choices
	g.Base = newModelProjection("supplied", r.Base)
	g.Findings = newModelFindings(r.Findings)
	g.FindingsTable = modelFindingTable{"findings-profile", "Your published deficits against your flows", g.Findings}
	lines := []modelChartLine{
		{Name: r.Info.Authority + ": deficit as % of High Needs funding", Class: "supplied", Points: shares(r.Base)},
		{Name: "Bury (16 Dec 2021 forecast): deficit as % of High Needs funding", Class: "bury", Points: shares(br.Base)},
	}
	g.Chart = newModelChart(lines, nil, "% of High Needs funding")
	g.Table = newModelChartTable(lines)
	return nil
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
