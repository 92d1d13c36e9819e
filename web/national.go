package web

import (
	"context"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
)

// nationalQuery is the national view's filters as the query string gives
// them: the kind of authority, whether it has an agreement ("yes", "no" or
// "" for either) and the viewing authority (an ONS code).
type nationalQuery struct {
	Kind, Agreement, Authority string
}

// nationalData is what the page and its exports show.
type nationalData struct {
	Query nationalQuery
	View  benchmark.NationalView
	// Own is the viewing authority, nil when there is none or the account
	// may not read it.
	Own *benchmark.Authority
	// Kinds are the kinds of authority to filter by; Choices the
	// authorities the account may view from.
	Kinds   []string
	Choices []*benchmark.Authority
	// NoAuthority is the choice of viewing from no authority.
	NoAuthority string
}

// nationalPage is the national benchmark page.
type nationalPage struct {
	Page
	nationalData
	Chart nationalChart
	// Themes are the theme rows, the columns of the named table.
	Themes []benchmark.NationalRow
	// Encoded is the filters as a query string, for the downloads.
	Encoded string
	Rule    string
	Min     int
}

// loadNational reads the filters and computes the view.
func (s *Server) loadNational(c echo.Context) (*nationalData, error) {
	ctx := c.Request().Context()
	u := userFrom(c)
	d := &nationalData{Query: nationalQuery{Kind: strings.TrimSpace(c.QueryParam("kind")),
		Agreement: c.QueryParam("agreement"), Authority: strings.TrimSpace(c.QueryParam("authority"))}, NoAuthority: noAuthority}
	all, err := s.Authorities.FindAuthorities(ctx, benchmark.AuthorityFilter{})
	if err != nil {
		return nil, err
	}
	for _, a := range all {
		if !slices.Contains(d.Kinds, a.Kind) {
			d.Kinds = append(d.Kinds, a.Kind)
		}
		if u.CanRead(a.ONSCode) {
			d.Choices = append(d.Choices, a)
		}
	}
	slices.Sort(d.Kinds)
	var f benchmark.NationalFilter
	if slices.Contains(d.Kinds, d.Query.Kind) {
		f.Kind = &d.Query.Kind
	} else {
		d.Query.Kind = ""
	}
	switch d.Query.Agreement {
	case "yes", "no":
		has := d.Query.Agreement == "yes"
		f.HasAgreement = &has
	default:
		d.Query.Agreement = ""
	}
	if d.Query.Authority != noAuthority {
		d.Own = s.nationalOwn(ctx, u, d.Query.Authority)
		d.Query.Authority = ""
	}
	if d.Own != nil {
		f.Own, d.Query.Authority = d.Own.ONSCode, d.Own.ONSCode
	}
	tax, err := s.Themes.Taxonomy(ctx)
	if err != nil {
		return nil, err
	}
	scores, err := s.National.FindThemeScores(ctx, f)
	if err != nil {
		return nil, err
	}
	d.View = benchmark.National(tax, scores, f.Own)
	return d, nil
}

// noAuthority is the filter's value for viewing from no authority, which
// an account with authorities of its own otherwise views from.
const noAuthority = "none"

// nationalOwn is the authority the account views from: the one asked for
// when it may read it, else its first own authority.
func (s *Server) nationalOwn(ctx context.Context, u *benchmark.User, asked string) *benchmark.Authority {
	if asked == "" && u != nil && len(u.Authorities) > 0 {
		asked = u.Authorities[0]
	}
	if asked == "" {
		return nil
	}
	a, err := s.Authorities.FindAuthority(ctx, asked)
	if err != nil || !u.CanRead(a.ONSCode) {
		return nil
	}
	return a
}

// encode is the filters as a query string.
func (q nationalQuery) encode() string {
	v := url.Values{}
	for k, s := range map[string]string{"kind": q.Kind, "agreement": q.Agreement, "authority": q.Authority} {
		if s != "" {
			v.Set(k, s)
		}
	}
	return v.Encode()
}

// describe says in words which authorities count.
func (q nationalQuery) describe() string {
	parts := []string{"authorities sharing their latest final round"}
	if q.Kind != "" {
		parts = append(parts, "of kind "+q.Kind)
	}
	switch q.Agreement {
	case "yes":
		parts = append(parts, "with a Safety Valve agreement")
	case "no":
		parts = append(parts, "without a Safety Valve agreement")
	}
	return "All " + strings.Join(parts, ", ")
}

// handleNational shows the national benchmark: each theme's distribution
// of ratings across authorities, the viewing authority's position beside
// it, and where it is furthest behind.
func (s *Server) handleNational(c echo.Context) error {
	d, err := s.loadNational(c)
	if err != nil {
		return err
	}
	p := nationalPage{Page: s.page(c, "Authorities benchmarked against each other", "national"), nationalData: *d,
		Chart: newNationalChart(d.View, d.Own), Encoded: d.Query.encode(), Rule: benchmark.ThemeRatingRule, Min: benchmark.MinContributors}
	for _, r := range d.View.Rows {
		if r.SubThemeID == 0 {
			p.Themes = append(p.Themes, r)
		}
	}
	return s.render(c, http.StatusOK, "national", p)
}

// OwnName is the viewing authority's name, "" for none.
func (d nationalData) OwnName() string {
	if d.Own == nil {
		return ""
	}
	return d.Own.Place()
}

// Describe is the filters in words.
func (d nationalData) Describe() string { return d.Query.describe() }

// namedRow is one authority that shares by name, with its rating of each
// theme in the order of the page's theme columns.
type namedRow struct {
	Name  string
	Cells []namedCell
}

// namedCell is one named authority's rating of one theme; Covered is false
// when its round holds no recommendation under the theme.
type namedCell struct {
	Theme   string
	RAG     benchmark.RAG
	Covered bool
}

// NamedRows lays the named authorities out against the theme columns.
func (p nationalPage) NamedRows() []namedRow {
	var out []namedRow
	for _, n := range p.View.Named {
		row := namedRow{Name: n.Name}
		for _, t := range p.Themes {
			r, ok := n.Ratings[t.ThemeID]
			row.Cells = append(row.Cells, namedCell{Theme: t.Theme, RAG: r, Covered: ok})
		}
		out = append(out, row)
	}
	return out
}
