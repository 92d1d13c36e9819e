package web

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
)

// mappingsPage lists the recommendations whose mappings were suggested
// automatically, for a person to accept or change.
type mappingsPage struct {
	Page
	Items   []mappingItem
	Choices []mappingChoice
}

// mappingItem is one recommendation awaiting review.
type mappingItem struct {
	Agreement      *benchmark.Agreement
	Recommendation *benchmark.Recommendation
	// Selected is the choice value of its current mapping.
	Selected    string
	NeedsReview bool
}

// mappingChoice is one theme, or theme and sub-theme, to choose.
type mappingChoice struct {
	Value, Label string
}

// choices lists every theme and sub-theme as "themeID:subThemeID" values.
func choices(tax benchmark.Taxonomy) []mappingChoice {
	var out []mappingChoice
	for _, th := range tax {
		out = append(out, mappingChoice{fmt.Sprintf("%d:0", th.ID), th.Name})
		for _, st := range th.SubThemes {
			out = append(out, mappingChoice{fmt.Sprintf("%d:%d", th.ID, st.ID), th.Name + " – " + st.Name})
		}
	}
	return out
}

func (s *Server) mappingsPage(c echo.Context) (mappingsPage, error) {
	ctx := c.Request().Context()
	p := mappingsPage{Page: s.page(c, "Review suggested themes", "themes")}
	tax, err := s.Themes.Taxonomy(ctx)
	if err != nil {
		return p, err
	}
	p.Choices = choices(tax)
	list, err := s.Agreements.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		return p, err
	}
	for _, a := range list {
		for _, r := range a.Recommendations {
			if !r.Suggested() {
				continue
			}
			it := mappingItem{Agreement: a, Recommendation: r}
			for _, m := range r.Mappings {
				it.NeedsReview = it.NeedsReview || m.NeedsReview()
			}
			if len(r.Mappings) > 0 {
				it.Selected = fmt.Sprintf("%d:%d", r.Mappings[0].ThemeID, r.Mappings[0].SubThemeID)
			}
			p.Items = append(p.Items, it)
		}
	}
	return p, nil
}

// handleMappings shows the suggestions awaiting review.
func (s *Server) handleMappings(c echo.Context) error {
	p, err := s.mappingsPage(c)
	if err != nil {
		return err
	}
	return s.render(c, http.StatusOK, "mappings", p)
}

// handleMappingReview saves a person's choice for one recommendation,
// marked reviewed.
func (s *Server) handleMappingReview(c echo.Context) error {
	if s.Mappings == nil {
		return echo.NewHTTPError(http.StatusNotImplemented, "Mapping review is not available.")
	}
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	ctx := c.Request().Context()
	tax, err := s.Themes.Taxonomy(ctx)
	if err != nil {
		return err
	}
	m := mappingFromChoice(tax, c.FormValue("mapping"))
	if m == nil {
		err = benchmark.Errorf(benchmark.EINVALID, "Select a theme from the list")
	} else {
		err = s.Mappings.ReviewMappings(ctx, id, []*benchmark.Mapping{m})
	}
	if benchmark.ErrorCode(err) == benchmark.EINVALID {
		p, perr := s.mappingsPage(c)
		if perr != nil {
			return perr
		}
		p.Errors = []FieldError{{Field: "mapping-" + itoa(id), Message: benchmark.ErrorMessage(err)}}
		return s.render(c, http.StatusUnprocessableEntity, "mappings", p)
	} else if err != nil {
		return err
	}
	label := m.Theme
	if m.SubTheme != "" {
		label += " – " + m.SubTheme
	}
	return redirect(c, "/mappings", "Recommendation mapped to "+label+", marked reviewed.")
}

// mappingFromChoice reads a "themeID:subThemeID" choice, or returns nil.
func mappingFromChoice(tax benchmark.Taxonomy, v string) *benchmark.Mapping {
	for _, th := range tax {
		if v == fmt.Sprintf("%d:0", th.ID) {
			return &benchmark.Mapping{Theme: th.Name}
		}
		for _, st := range th.SubThemes {
			if v == fmt.Sprintf("%d:%d", th.ID, st.ID) {
				return &benchmark.Mapping{Theme: th.Name, SubTheme: st.Name}
			}
		}
	}
	return nil
}
