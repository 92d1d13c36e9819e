package web

import (
	"errors"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/ingest"
)

// ratingsUploadPage is the form that brings a round kept in a spreadsheet
// in.
type ratingsUploadPage struct {
	Page
	Authorities []*benchmark.Authority
	Authority   string // ONS code chosen
	RoundTitle  string
}

// ratingStore adapts the page services to what a ratings import needs.
type ratingStore struct {
	agreementStore
	benchmark.AssessmentService
}

func (s *Server) ratingsUploadPage(c echo.Context) (ratingsUploadPage, error) {
	list, err := editable(c, s.Authorities)
	return ratingsUploadPage{Page: s.page(c, "Upload ratings", "upload"), Authorities: list}, err
}

// handleRatingsUploadForm shows the ratings upload form.
func (s *Server) handleRatingsUploadForm(c echo.Context) error {
	p, err := s.ratingsUploadPage(c)
	if err != nil {
		return err
	}
	return s.render(c, http.StatusOK, "upload_ratings", p)
}

// handleRatingsUpload checks a ratings file whole and shows what it would
// create, to confirm, or shows every problem.
func (s *Server) handleRatingsUpload(c echo.Context) error {
	p, err := s.ratingsUploadPage(c)
	if err != nil {
		return err
	}
	name, data, msg := readUploadFile(c, "file", ingest.MaxFileSize, "Select a CSV or Excel file")
	if msg != "" {
		p.Errors = append(p.Errors, FieldError{Field: "file", Message: msg})
	}
	preview, err := s.checkRatingsForm(c, &p, data)
	if err != nil || p.Errors != nil {
		return s.refuseRatings(c, p, err)
	}
	return s.render(c, http.StatusOK, "upload_ratings_preview", newRatingsPreviewPage(s.page(c, "Check the ratings", "assessments"), preview, name, data))
}

// handleRatingsConfirm imports the file the preview showed, checked whole
// again, as a new round.
func (s *Server) handleRatingsConfirm(c echo.Context) error {
	p, err := s.ratingsUploadPage(c)
	if err != nil {
		return err
	}
	data, msg := keptRatingsFile(c)
	if msg != "" {
		p.Errors = append(p.Errors, FieldError{Field: "file", Message: msg})
	}
	if _, err := s.checkRatingsForm(c, &p, data); err != nil || p.Errors != nil {
		return s.refuseRatings(c, p, err)
	}
	store := ratingStore{s.agreementStore(), s.Assessments}
	ri, err := ingest.ImportRatings(c.Request().Context(), store, data, p.Authority, p.RoundTitle, userFrom(c).Actor())
	if err != nil {
		return s.refuseRatings(c, p, err)
	}
	a := ri.Assessment
	return redirect(c, "/assessments/"+itoa(a.ID), "Imported "+ratingsText(len(ri.Ratings))+" into the round "+a.Title+".")
}

// checkRatingsForm reads the form's authority and title into p, adding
// a problem for each one missing or wrong, and checks data (when the
// form has no problem so far) as an import would, storing nothing.
func (s *Server) checkRatingsForm(c echo.Context, p *ratingsUploadPage, data []byte) (*ingest.RatingsPreview, error) {
	p.Authority, p.RoundTitle = c.FormValue("authority"), strings.TrimSpace(c.FormValue("title"))
	// Only the authority's own editors import its ratings.
	if au, err := s.Authorities.FindAuthority(c.Request().Context(), p.Authority); err == nil && !userFrom(c).CanEdit(au.ONSCode) {
		return nil, errForbidden
	}
	if p.Authority == "" {
		p.Errors = append(p.Errors, FieldError{Field: "authority", Message: "Select the authority whose ratings these are"})
	}
	if err := benchmark.ValidateRoundTitle(p.RoundTitle); err != nil {
		p.Errors = append(p.Errors, FieldError{Field: "title", Message: benchmark.ErrorMessage(err)})
	}
	if p.Errors != nil {
		return nil, nil
	}
	store := ratingStore{s.agreementStore(), s.Assessments}
	return ingest.CheckRatings(c.Request().Context(), store, data, p.Authority, p.RoundTitle, userFrom(c).Actor())
}

// refuseRatings shows the upload form again with every problem: the
// form's, or err's (the file's lines, a title in use, an unknown
// authority); any other error is the server's.
func (s *Server) refuseRatings(c echo.Context, p ratingsUploadPage, err error) error {
	switch code := benchmark.ErrorCode(err); {
	case err == nil:
	case errors.Is(err, errForbidden):
		return err
	case problemErrors(err, "file") != nil:
		p.Errors = problemErrors(err, "file")
	case code == benchmark.ECONFLICT:
		p.Errors = []FieldError{{Field: "title", Message: benchmark.ErrorMessage(err)}}
	case code == benchmark.ENOTFOUND:
		p.Errors = []FieldError{{Field: "authority", Message: "Select an authority from the list"}}
	default:
		return err
	}
	return s.render(c, http.StatusUnprocessableEntity, "upload_ratings", p)
}

// handleRatingsTemplate downloads an empty ratings file.
func (s *Server) handleRatingsTemplate(c echo.Context) error {
	c.Response().Header().Set(echo.HeaderContentDisposition, `attachment; filename="svbench-ratings-template.csv"`)
	return c.Blob(http.StatusOK, "text/csv; charset=utf-8", ingest.RatingsTemplateCSV())
}

// ratingsText counts ratings in words: "1 rating", "27 ratings".
func ratingsText(n int) string {
	if n == 1 {
		return "1 rating"
	}
	return itoa(n) + " ratings"
}
