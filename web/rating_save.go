package web

import (
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
)

// readRatingForm decodes a rating form: every field it carries is set.
// posted is the rating as the editor wants it, for re-showing. A form with
// problems returns a *benchmark.InvalidRatingError naming every one.
func readRatingForm(c echo.Context, recID int) (benchmark.RatingUpdate, benchmark.Rating, error) {
	form, err := c.FormParams()
	if err != nil {
		return benchmark.RatingUpdate{}, benchmark.Rating{}, benchmark.Errorf(benchmark.EINVALID, "The form could not be read.")
	}
	return readRatingValues(form, recID, userFrom(c).Actor())
}

// readRatingValues decodes a rating form's values as saved by the account
// named by.
func readRatingValues(form url.Values, recID int, by string) (benchmark.RatingUpdate, benchmark.Rating, error) {
	upd := benchmark.RatingUpdate{By: by}
	var problems []benchmark.FieldProblem
	v, err := strconv.Atoi(strings.TrimSpace(form.Get("version")))
	if err != nil {
		problems = append(problems, benchmark.FieldProblem{Message: "The form is missing the rating's version: reload the page"})
	}
	upd.Version = v
	if _, ok := form["rag"]; ok {
		r, ok := benchmark.ParseRAG(form.Get("rag"))
		if !ok {
			r = benchmark.RAG(form.Get("rag")) // not a rating: Validate names it
		}
		upd.RAG = &r
	}
	text := func(name string) *string {
		if _, ok := form[name]; !ok {
			return nil
		}
		s := strings.TrimSpace(form.Get(name))
		return &s
	}
	upd.Commentary, upd.Evidence, upd.Owner = text("commentary"), text("evidence"), text("owner")
	var dateProblem string
	upd.TargetDate, dateProblem = formDate(form, benchmark.FieldTargetDate, "Target date")
	var invalid *benchmark.InvalidRatingError
	if err := upd.Validate(); errors.As(err, &invalid) {
		problems = append(problems, invalid.Problems...)
	} else if err != nil {
		return upd, benchmark.Rating{}, err
	}
	problems = withDateProblem(problems, dateProblem)
	posted := upd.Apply(nil)
	posted.RecommendationID, posted.Version = recID, v
	if len(problems) > 0 {
		return upd, posted, &benchmark.InvalidRatingError{Problems: problems}
	}
	return upd, posted, nil
}

// ratingProblems lists what was wrong with a refused save: each field's
// problem, or the one problem with the save as a whole.
func ratingProblems(err error) []benchmark.FieldProblem {
	var invalid *benchmark.InvalidRatingError
	if errors.As(err, &invalid) {
		return invalid.Problems
	}
	return []benchmark.FieldProblem{{Message: benchmark.ErrorMessage(err)}}
}

// wantsJSON reports whether the request came from the grid's script,
// which asks for JSON; a plain form post gets pages and redirects.
func wantsJSON(c echo.Context) bool {
	return strings.Contains(c.Request().Header.Get(echo.HeaderAccept), echo.MIMEApplicationJSON)
}

func (s *Server) handleRatingSave(c echo.Context) error {
	d, ag, rec, err := s.loadSaveTarget(c)
	if err != nil {
		return err
	}
	recID := rec.ID
	label, anchor := recLabel(ag, rec), "#rec-"+strconv.Itoa(recID)
	back := safeReturn(c.FormValue("return"))
	if back == "/" {
		back = "/assessments/" + strconv.Itoa(d.Assessment.ID) + "/ratings"
	}
	upd, posted, err := readRatingForm(c, recID)
	var saved *benchmark.Rating
	if err == nil {
		saved, err = s.Ratings.UpdateRating(c.Request().Context(), d.Assessment.ID, recID, upd)
	}
	var stale *benchmark.StaleRatingError
	if err != nil && !wantsJSON(c) {
		if err := s.loadRoundFull(c, d); err != nil { // a refused save's page shows the round
			return err
		}
	}
	switch {
	case errors.As(err, &stale):
		if wantsJSON(c) {
			return c.JSON(http.StatusConflict, ratingReply{Error: benchmark.ErrorMessage(err), Rating: newRatingJSON(stale.Current), Mine: newRatingJSON(&posted)})
		}
		return s.renderConflict(c, d, label, &posted, stale.Current, back)
	case benchmark.ErrorCode(err) == benchmark.EINVALID:
		problems := ratingProblems(err)
		if wantsJSON(c) {
			return c.JSON(http.StatusUnprocessableEntity, ratingReply{Error: benchmark.ErrorMessage(err), Errors: problems})
		}
		failed := &gridItem{Recommendation: rec, Rating: &posted}
		failed.setProblems(problems)
		return s.renderGrid(c, d, http.StatusUnprocessableEntity, failed)
	case err != nil:
		return err
	}
	msg := label + " saved: " + saved.RAG.Label() + " (version " + strconv.Itoa(saved.Version) + ")."
	if wantsJSON(c) {
		return c.JSON(http.StatusOK, ratingReply{Message: msg, Rating: newRatingJSON(saved)})
	}
	return redirect(c, back+anchor, msg)
}

// ratingReply answers the grid's script.
type ratingReply struct {
	Message string `json:"message,omitempty"`
	Error   string `json:"error,omitempty"`
	// Errors lists each problem of a refused save by field (the form's
	// input name), or with field "" for the save as a whole.
	Errors []benchmark.FieldProblem `json:"errors,omitempty"`
	Rating *ratingJSON              `json:"rating,omitempty"`
	Mine   *ratingJSON              `json:"mine,omitempty"`
}

// ratingJSON is a rating as the script shows it.
type ratingJSON struct {
	Recommendation int    `json:"recommendation_id"`
	RAG            string `json:"rag"`
	RAGLabel       string `json:"rag_label"`
	Commentary     string `json:"commentary"`
	Evidence       string `json:"evidence"`
	Owner          string `json:"owner"`
	TargetDate     string `json:"target_date"`
	// TargetDateUK is the target date as the form asks for it, e.g.
	// "31/3/2026".
	TargetDateUK string `json:"target_date_uk"`
	// Status is the form's status line for the saved rating, and More the
	// line beside the folded fields' summary, both as the page writes them.
	Status    string `json:"status"`
	More      string `json:"more"`
	Version   int    `json:"version"`
	UpdatedBy string `json:"updated_by"`
	UpdatedAt string `json:"updated_at"`
}

func newRatingJSON(r *benchmark.Rating) *ratingJSON {
	return &ratingJSON{Recommendation: r.RecommendationID, RAG: ragValue(r.RAG), RAGLabel: r.RAG.Label(), Commentary: r.Commentary,
		Evidence: r.Evidence, Owner: r.Owner, TargetDate: r.TargetDate, TargetDateUK: benchmark.UKDate(r.TargetDate), Version: r.Version,
		UpdatedBy: r.UpdatedBy, UpdatedAt: when(r.UpdatedAt), Status: savedStatus(r), More: (&gridItem{Rating: r}).MoreFilled()}
}
