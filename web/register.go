package web

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
)

// registerPage is one agreement as the register has it: its facts, its
// events and their sources, held recommendations or not.
type registerPage struct {
	Page
	Entry *benchmark.RegisterEntry
	// Partners are the other entries the same held agreement stands for
	// (Kingston's and Richmond's combined agreement).
	Partners []*benchmark.RegisterEntry
}

func (s *Server) handleRegisterEntry(c echo.Context) error {
	ctx := c.Request().Context()
	round := c.Param("round")
	au, err := s.Authorities.FindAuthority(ctx, c.Param("code"))
	if err != nil {
		return err
	}
	list, err := s.Register.FindRegister(ctx, benchmark.RegisterFilter{ONSCode: au.ONSCode, Round: round})
	if err != nil {
		return err
	}
	if len(list) == 0 {
		return benchmark.Errorf(benchmark.ENOTFOUND, "The register has no %s agreement for %s.", round, au.Name)
	}
	e := list[0]
	p := registerPage{Page: s.page(c, e.Authority+": "+e.Round+" agreement", "agreements"), Entry: e}
	if e.Held() {
		same, err := s.Register.FindRegister(ctx, benchmark.RegisterFilter{Round: round, Held: "yes"})
		if err != nil {
			return err
		}
		for _, o := range same {
			if o.AgreementID == e.AgreementID && o.ONSCode != e.ONSCode {
				p.Partners = append(p.Partners, o)
			}
		}
	}
	return s.render(c, http.StatusOK, "register_entry", p)
}

// aboutPage lists the programme's events, each with its source.
type aboutPage struct {
	Page
	Events           []*benchmark.ProgrammeEvent
	Rounds           []benchmark.RoundCount
	Published, Named int
}

func (s *Server) handleAbout(c echo.Context) error {
	ctx := c.Request().Context()
	events, err := s.Register.ProgrammeEvents(ctx)
	if err != nil {
		return err
	}
	rounds, err := s.Register.RegisterRounds(ctx)
	if err != nil {
		return err
	}
	p := aboutPage{Page: s.page(c, "About the programme", "agreements"), Events: events, Rounds: rounds}
	p.Published, p.Named = benchmark.RegisterTotals(rounds)
	return s.render(c, http.StatusOK, "about", p)
}

// registerEntriesOf returns the register entries of each party and round
// of list: the published agreements an upload attaches to.
func (s *Server) registerEntriesOf(c echo.Context, list []*benchmark.Agreement) ([]*benchmark.RegisterEntry, error) {
	var out []*benchmark.RegisterEntry
	for _, a := range list {
		for _, party := range a.Parties {
			found, err := s.Register.FindRegister(c.Request().Context(), benchmark.RegisterFilter{ONSCode: party.ONSCode, Round: a.FinancialYear})
			if err != nil {
				return nil, err
			}
			out = append(out, found...)
		}
	}
	return out, nil
}
