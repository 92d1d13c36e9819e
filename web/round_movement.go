package web

import (
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
)

// movementPage compares a round with an earlier one: what moved, per
// recommendation and per theme.
type movementPage struct {
	Page
	Assessment *benchmark.Assessment
	From       *benchmark.Assessment
	Rounds     []*benchmark.Assessment
	Comparison benchmark.RoundComparison
	Moved      []movedRow
}

// movedRow is one recommendation whose rating changed.
type movedRow struct {
	benchmark.Movement
	Label string
}

// Word names a movement's direction, or which round's revision lacks the
// recommendation.
func (m movedRow) Word() string {
	switch {
	case m.FromUncovered:
		return "New in this round: the earlier round did not cover this agreement"
	case m.NotInFrom:
		return "Not in the earlier round's revision"
	case m.NotInTo:
		return "Not in this round's revision"
	}
	switch m.Direction() {
	case 1:
		return "Improved"
	case -1:
		return "Worsened"
	}
	return "Changed"
}

func (s *Server) handleMovement(c echo.Context) error {
	d, err := s.loadRound(c)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	p := movementPage{Page: s.page(c, "What moved: "+d.Assessment.Title, "assessments"), Assessment: d.Assessment}
	// The picker offers the authority's own rounds (and the one asked for,
	// when it is another's): not every round held.
	own, err := s.Assessments.FindAssessments(ctx, benchmark.AssessmentFilter{AuthorityCode: &d.Assessment.AuthorityCode})
	if err != nil {
		return err
	}
	if fromID, _ := strconv.Atoi(c.QueryParam("from")); fromID != 0 {
		p.From, err = s.Assessments.FindAssessmentByID(ctx, fromID)
	} else {
		p.From = benchmark.EarlierRound(d.Assessment, own)
	}
	if err != nil {
		return err
	}
	for _, r := range own {
		if r.ID != d.Assessment.ID {
			p.Rounds = append(p.Rounds, r)
		}
	}
	if p.From != nil && p.From.AuthorityCode != d.Assessment.AuthorityCode {
		p.Rounds = append(p.Rounds, p.From)
	}
	if p.From == nil {
		return s.render(c, http.StatusOK, "movement", p)
	}
	from, err := s.Assessments.FindRatings(ctx, p.From.ID)
	if err != nil {
		return err
	}
	agreements, err := benchmark.FindAgreementsWithEarlier(ctx, s.Agreements, d.Agreements, p.From, d.Assessment)
	if err != nil {
		return err
	}
	p.Comparison = benchmark.CompareRoundSides(d.Taxonomy, agreements,
		benchmark.Side{Assessment: p.From, Ratings: from}, benchmark.Side{Assessment: d.Assessment, Ratings: d.Ratings})
	for _, m := range p.Comparison.Moved() {
		p.Moved = append(p.Moved, movedRow{Movement: m, Label: recLabel(m.Agreement, m.Recommendation)})
	}
	return s.render(c, http.StatusOK, "movement", p)
}
