package web

import (
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
)

// matrixRow is one row of the theme x agreement matrix.
type matrixRow struct {
	benchmark.Prevalence
	ThemeID    int
	SubThemeID int
	// Cells are the counts in agreement column order.
	Cells []int
}

type themesPage struct {
	Page
	Agreements []*benchmark.Agreement
	Rows       []matrixRow
}

func (s *Server) handleThemes(c echo.Context) error {
	ctx := c.Request().Context()
	tax, err := s.Themes.Taxonomy(ctx)
	if err != nil {
		return err
	}
	list, err := s.Agreements.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		return err
	}
	p := themesPage{Page: s.page(c, "Themes across agreements", "themes"), Agreements: list}
	for _, prev := range benchmark.ThemePrevalence(tax, list) {
		row := matrixRow{Prevalence: prev}
		th := tax.Theme(prev.Theme)
		row.ThemeID = th.ID
		if prev.SubTheme != "" {
			row.SubThemeID = th.SubTheme(prev.SubTheme).ID
		}
		for _, a := range list {
			row.Cells = append(row.Cells, prev.ByAgreement[a.ID])
		}
		p.Rows = append(p.Rows, row)
	}
	return s.render(c, http.StatusOK, "themes", p)
}

// themeMatch is one recommendation under the theme being drilled into.
type themeMatch struct {
	Agreement      *benchmark.Agreement
	Recommendation *benchmark.Recommendation
}

type themePage struct {
	Page
	Theme    *benchmark.Theme
	SubTheme *benchmark.SubTheme
	Matches  []themeMatch
}

// handleTheme lists the recommendations under one theme, or under one of
// its sub-themes with ?sub=ID.
func (s *Server) handleTheme(c echo.Context) error {
	ctx := c.Request().Context()
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	tax, err := s.Themes.Taxonomy(ctx)
	if err != nil {
		return err
	}
	p := themePage{}
	for _, th := range tax {
		if th.ID == id {
			p.Theme = th
		}
	}
	if p.Theme == nil {
		return benchmark.Errorf(benchmark.ENOTFOUND, "Theme not found.")
	}
	if sub := c.QueryParam("sub"); sub != "" {
		subID, _ := strconv.Atoi(sub)
		for _, st := range p.Theme.SubThemes {
			if st.ID == subID {
				p.SubTheme = st
			}
		}
		if p.SubTheme == nil {
			return benchmark.Errorf(benchmark.ENOTFOUND, "Sub-theme not found.")
		}
	}
	list, err := s.Agreements.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		return err
	}
	for _, a := range list {
		for _, rec := range a.Recommendations {
			for _, m := range rec.Mappings {
				if m.ThemeID == p.Theme.ID && (p.SubTheme == nil || m.SubThemeID == p.SubTheme.ID) {
					p.Matches = append(p.Matches, themeMatch{a, rec})
					break
				}
			}
		}
	}
	title := p.Theme.Name
	if p.SubTheme != nil {
		title += ": " + p.SubTheme.Name
	}
	p.Page = s.page(c, title, "themes")
	return s.render(c, http.StatusOK, "theme", p)
}
