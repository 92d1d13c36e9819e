package web

import (
	"slices"

	"github.com/labstack/echo/v4"
	"github.com/samber/lo"
	"github.com/svbench/svbench/benchmark"
)

// roundData is what the pages about one round read: the round, the
// taxonomy, the agreements it covers and its saved ratings.
type roundData struct {
	Assessment *benchmark.Assessment
	Taxonomy   benchmark.Taxonomy
	Agreements []*benchmark.Agreement
	Ratings    map[int]*benchmark.Rating
}

// loadRound reads the round named by the :id path parameter with the
// agreements it covers and its ratings.
func (s *Server) loadRound(c echo.Context) (*roundData, error) {
	d, err := s.loadRoundAgreements(c)
	if err != nil {
		return nil, err
	}
	return d, s.loadRoundRest(c, d)
}

// loadRoundAgreements reads the round named by :id and the agreements it
// covers, without its taxonomy or ratings: what a save needs.
func (s *Server) loadRoundAgreements(c echo.Context) (*roundData, error) {
	id, err := pathID(c, "id")
	if err != nil {
		return nil, err
	}
	ctx := c.Request().Context()
	a, err := s.Assessments.FindAssessmentByID(ctx, id)
	if err != nil {
		return nil, err
	}
	covered, err := benchmark.FindAgreementsByIDs(ctx, s.Agreements, a.AgreementIDs)
	if err != nil {
		return nil, err
	}
	return &roundData{Assessment: a, Agreements: covered}, nil
}

// loadRoundRest adds the taxonomy and the saved ratings to d.
func (s *Server) loadRoundRest(c echo.Context, d *roundData) error {
	ctx := c.Request().Context()
	tax, err := s.Themes.Taxonomy(ctx)
	if err != nil {
		return err
	}
	ratings, err := s.Assessments.FindRatings(ctx, d.Assessment.ID)
	if err != nil {
		return err
	}
	d.Taxonomy, d.Ratings = tax, ratings
	return nil
}

// loadSaveTarget reads the round named by :id and, of its agreements,
// only the one holding the recommendation named by :rec: a save or one
// rating's page needs no more. d.Agreements holds that one agreement until
// loadRoundFull reads the rest.
func (s *Server) loadSaveTarget(c echo.Context) (*roundData, *benchmark.Agreement, *benchmark.Recommendation, error) {
	id, err := pathID(c, "id")
	if err != nil {
		return nil, nil, nil, err
	}
	recID, err := pathID(c, "rec")
	if err != nil {
		return nil, nil, nil, err
	}
	ctx := c.Request().Context()
	a, err := s.Assessments.FindAssessmentByID(ctx, id)
	if err != nil {
		return nil, nil, nil, err
	}
	holding, err := s.Agreements.FindAgreements(ctx, benchmark.AgreementFilter{RecommendationID: &recID, IncludeSuperseded: true})
	if err != nil {
		return nil, nil, nil, err
	}
	holding = lo.Filter(holding, func(ag *benchmark.Agreement, _ int) bool { return slices.Contains(a.AgreementIDs, ag.ID) })
	d := &roundData{Assessment: a, Agreements: holding}
	ag, rec, err := d.recommendation(recID)
	if err != nil {
		return nil, nil, nil, err
	}
	return d, ag, rec, nil
}

// loadRoundFull adds every agreement of the round to a d that
// loadSaveTarget read, then the taxonomy and the saved ratings: a refused
// save's page shows the whole round.
func (s *Server) loadRoundFull(c echo.Context, d *roundData) error {
	all, err := benchmark.FindAgreementsByIDs(c.Request().Context(), s.Agreements, d.Assessment.AgreementIDs)
	if err != nil {
		return err
	}
	d.Agreements = all
	return s.loadRoundRest(c, d)
}

// recommendation finds one of the round's recommendations with its
// agreement, or answers ENOTFOUND.
func (d *roundData) recommendation(id int) (*benchmark.Agreement, *benchmark.Recommendation, error) {
	for _, a := range d.Agreements {
		for _, r := range a.Recommendations {
			if r.ID == id {
				return a, r, nil
			}
		}
	}
	return nil, nil, benchmark.Errorf(benchmark.ENOTFOUND, "That recommendation is not in this round.")
}

// rating returns the saved rating of a recommendation, or a not-rated one
// at version 0 when none is saved.
func (d *roundData) rating(recID int) *benchmark.Rating {
	if r := d.Ratings[recID]; r != nil {
		return r
	}
	return &benchmark.Rating{AssessmentID: d.Assessment.ID, RecommendationID: recID}
}

// recLabel names a recommendation briefly, e.g. "Bury 1".
func recLabel(a *benchmark.Agreement, r *benchmark.Recommendation) string {
	return a.PartyNames() + " " + r.Reference
}
