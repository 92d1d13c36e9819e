package web

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
)

// sharingPage is an authority's choice of whether its final rounds are
// shared with the other authorities, with the form its editors change it
// with.
type sharingPage struct {
	Page
	Authority *benchmark.Authority
	Current   *benchmark.AuthoritySharing
	Choices   []benchmark.Sharing
	// Chosen is what the form holds.
	Chosen benchmark.Sharing
}

// sharingPageFor reads the authority named by :code and its choice.
func (s *Server) sharingPageFor(c echo.Context) (sharingPage, error) {
	ctx := c.Request().Context()
	a, err := s.Authorities.FindAuthority(ctx, c.Param("code"))
	if err != nil {
		return sharingPage{}, err
	}
	cur, err := s.Sharing.FindSharing(ctx, a.ONSCode)
	if err != nil {
		return sharingPage{}, err
	}
	return sharingPage{Page: s.page(c, "Sharing with other authorities: "+a.Name, "authorities"), Authority: a,
		Current: cur, Choices: benchmark.Sharings, Chosen: cur.Sharing}, nil
}

// handleSharingForm shows the authority's choice and the form.
func (s *Server) handleSharingForm(c echo.Context) error {
	p, err := s.sharingPageFor(c)
	if err != nil {
		return err
	}
	return s.render(c, http.StatusOK, "sharing", p)
}

// handleSharing records the editor's choice, named in its history.
func (s *Server) handleSharing(c echo.Context) error {
	p, err := s.sharingPageFor(c)
	if err != nil {
		return err
	}
	choice, ok := benchmark.ParseSharing(c.FormValue("sharing"))
	if !ok || c.FormValue("sharing") == "" {
		p.Errors = []FieldError{{Field: "sharing", Message: "Choose whether and how the authority's final rounds are shared"}}
		return s.render(c, http.StatusUnprocessableEntity, "sharing", p)
	}
	if err := s.Sharing.SetSharing(c.Request().Context(), p.Authority.ONSCode, choice, userFrom(c).Actor()); err != nil {
		return err
	}
	return redirect(c, "/authorities/"+p.Authority.ONSCode+"/sharing", p.Authority.Name+"'s final rounds: "+choice.Label()+".")
}

// ChangedWhen is when the choice was last made, in the house style.
func (p sharingPage) ChangedWhen() string { return benchmark.DateTime(p.Current.ChangedAt) }
