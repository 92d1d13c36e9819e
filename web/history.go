package web

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
)

// ratingHistoryPage is one recommendation's rating and every change to it.
type ratingHistoryPage struct {
	Page
	Assessment     *benchmark.Assessment
	Agreement      *benchmark.Agreement
	Recommendation *benchmark.Recommendation
	Label          string
	Rating         *benchmark.Rating
	History        []*benchmark.RatingChange
}

// handleRatingHistory shows one rating with its history; the grid's script
// and tests may ask for the rating as JSON.
func (s *Server) handleRatingHistory(c echo.Context) error {
	d, ag, rec, err := s.loadSaveTarget(c)
	if err != nil {
		return err
	}
	recID := rec.ID
	r, err := s.Assessments.FindRating(c.Request().Context(), d.Assessment.ID, recID)
	if err != nil {
		return err
	}
	if r == nil {
		r = d.rating(recID)
	}
	if wantsJSON(c) {
		return c.JSON(http.StatusOK, newRatingJSON(r))
	}
	hist, err := s.Ratings.FindRatingChanges(c.Request().Context(), benchmark.RatingChangeFilter{AssessmentID: &d.Assessment.ID, RecommendationID: &recID})
	if err != nil {
		return err
	}
	label := recLabel(ag, rec)
	return s.render(c, http.StatusOK, "rating_history", ratingHistoryPage{Page: s.page(c, "History of "+label, "assessments"),
		Assessment: d.Assessment, Agreement: ag, Recommendation: rec, Label: label, Rating: r, History: hist})
}

// historyPageSize is how many changes a page of a round's history shows.
const historyPageSize = 50

// roundHistoryPage lists every change in a round, newest first.
type roundHistoryPage struct {
	Page
	Assessment *benchmark.Assessment
	Changes    []historyLine
	// Pagination pages the changes, historyPageSize at a time.
	Pagination pagination
	// Events are what was done to the round itself, newest first.
	Events []*benchmark.RoundEvent
}

// historyLine is a change with the recommendation it belongs to.
type historyLine struct {
	*benchmark.RatingChange
	Label string
}

func (s *Server) handleRoundHistory(c echo.Context) error {
	d, err := s.loadRound(c)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	filter := benchmark.RatingChangeFilter{AssessmentID: &d.Assessment.ID}
	total, err := s.Ratings.CountRatingChanges(ctx, filter)
	if err != nil {
		return err
	}
	pages := readPage(c, total, historyPageSize)
	filter.Limit, filter.Offset = pages.Limit(), pages.Offset()
	list, err := s.Ratings.FindRatingChanges(ctx, filter)
	if err != nil {
		return err
	}
	p := roundHistoryPage{Page: s.page(c, "Changes in "+d.Assessment.Title, "assessments"), Assessment: d.Assessment, Pagination: pages}
	if p.Events, err = s.Assessments.FindRoundEvents(c.Request().Context(), d.Assessment.ID); err != nil {
		return err
	}
	for _, ch := range list {
		line := historyLine{RatingChange: ch, Label: "Recommendation " + itoa(ch.RecommendationID)}
		if ag, rec, err := d.recommendation(ch.RecommendationID); err == nil {
			line.Label = recLabel(ag, rec)
		}
		p.Changes = append(p.Changes, line)
	}
	return s.render(c, http.StatusOK, "round_history", p)
}
