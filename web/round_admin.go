package web

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
)

// roundAdminPage is the page of one admin change to a round: the rename
// form, the reopen form or the delete confirmation.
type roundAdminPage struct {
	Page
	Assessment *benchmark.Assessment
	// Value is what the form holds: the title, or the reason.
	Value string
	// Ratings counts the round's ratings, for the delete confirmation.
	Ratings int
}

// roundAdminPage reads the round named by :id for an admin page titled
// title.
func (s *Server) roundAdminPage(c echo.Context, title string) (roundAdminPage, error) {
	id, err := pathID(c, "id")
	if err != nil {
		return roundAdminPage{}, err
	}
	a, err := s.Assessments.FindAssessmentByID(c.Request().Context(), id)
	if err != nil {
		return roundAdminPage{}, err
	}
	return roundAdminPage{Page: s.page(c, title+" “"+a.Title+"”", "assessments"), Assessment: a}, nil
}

// roundURL is a round's page.
func roundURL(id int) string { return "/assessments/" + strconv.Itoa(id) }

// handleRoundRenameForm shows the rename form, filled with the title.
func (s *Server) handleRoundRenameForm(c echo.Context) error {
	p, err := s.roundAdminPage(c, "Rename")
	if err != nil {
		return err
	}
	p.Value = p.Assessment.Title
	return s.render(c, http.StatusOK, "round_rename", p)
}

// handleRoundRename renames the round; a bad or taken title is shown
// beside the field.
func (s *Server) handleRoundRename(c echo.Context) error {
	p, err := s.roundAdminPage(c, "Rename")
	if err != nil {
		return err
	}
	a := p.Assessment
	p.Value = strings.TrimSpace(c.FormValue("title"))
	err = s.RoundAdmin.RenameAssessment(c.Request().Context(), a.ID, p.Value, adminActor(c))
	if code := benchmark.ErrorCode(err); code == benchmark.EINVALID || code == benchmark.ECONFLICT {
		p.Errors = []FieldError{{Field: "title", Message: benchmark.ErrorMessage(err)}}
		return s.render(c, http.StatusUnprocessableEntity, "round_rename", p)
	} else if err != nil {
		return err
	}
	if p.Value == a.Title {
		return redirect(c, roundURL(a.ID), "The round's title is unchanged.")
	}
	return redirect(c, roundURL(a.ID), "Round “"+a.Title+"” renamed “"+p.Value+"”.")
}

// handleRoundReopenForm asks why a final round is being reopened.
func (s *Server) handleRoundReopenForm(c echo.Context) error {
	p, err := s.roundAdminPage(c, "Reopen")
	if err != nil {
		return err
	}
	if !p.Assessment.Final {
		return redirect(c, roundURL(p.Assessment.ID), "The round is open already.")
	}
	return s.render(c, http.StatusOK, "round_reopen", p)
}

// handleRoundReopen reopens a final round, recording the reason in its
// history.
func (s *Server) handleRoundReopen(c echo.Context) error {
	p, err := s.roundAdminPage(c, "Reopen")
	if err != nil {
		return err
	}
	a := p.Assessment
	p.Value = c.FormValue("reason")
	err = s.RoundAdmin.ReopenAssessment(c.Request().Context(), a.ID, p.Value, adminActor(c))
	if benchmark.ErrorCode(err) == benchmark.EINVALID {
		p.Errors = []FieldError{{Field: "reason", Message: benchmark.ErrorMessage(err)}}
		return s.render(c, http.StatusUnprocessableEntity, "round_reopen", p)
	} else if err != nil {
		return err
	}
	return redirect(c, roundURL(a.ID), "The round is open again: its ratings can be changed. The reason is recorded in its history.")
}

// handleRoundDeleteForm asks for confirmation before a round is deleted,
// saying what goes with it.
func (s *Server) handleRoundDeleteForm(c echo.Context) error {
	p, err := s.roundAdminPage(c, "Delete")
	if err != nil {
		return err
	}
	ratings, err := s.Assessments.FindRatings(c.Request().Context(), p.Assessment.ID)
	if err != nil {
		return err
	}
	p.Ratings = len(ratings)
	return s.render(c, http.StatusOK, "round_delete", p)
}

// handleRoundDelete deletes the round with its ratings and history; the
// deletion is recorded.
func (s *Server) handleRoundDelete(c echo.Context) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	d, err := s.RoundAdmin.DeleteAssessment(c.Request().Context(), id, adminActor(c))
	if err != nil {
		return err
	}
	return redirect(c, "/assessments", "Round “"+d.Title+"” deleted with its "+strconv.Itoa(d.Ratings)+" ratings and their history. The deletion is recorded.")
}
