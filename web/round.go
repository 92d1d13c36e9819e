package web

import (
	"context"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
)

// roundFormPage is the "start a round" page.
type roundFormPage struct {
	Page
	Form        roundForm
	Authorities []*benchmark.Authority
	Agreements  []*benchmark.Agreement
	Rounds      []*benchmark.Assessment
}

// Checked reports whether an agreement's box is ticked.
func (p roundFormPage) Checked(id int) bool { return p.Form.has(id) }

func (s *Server) handleRoundForm(c echo.Context) error {
	p, err := s.roundFormPage(c)
	if err != nil {
		return err
	}
	p.Form.CopyFrom, _ = strconv.Atoi(c.QueryParam("copy"))
	p.Form.Authority = c.QueryParam("authority")
	for _, a := range p.Agreements { // default: every current agreement, and later ones
		p.Form.AgreementIDs = append(p.Form.AgreementIDs, a.ID)
	}
	p.Form.FollowsNew = true
	for _, r := range p.Rounds {
		if r.ID == p.Form.CopyFrom && p.Form.Authority == "" {
			p.Form.Authority = r.AuthorityCode
		}
	}
	if kept, ok := s.keptForm(c, "/assessments"); ok {
		// Posted after the session ended: shown again to send once more.
		p.Form = readRoundForm(kept)
		p.Errors = []FieldError{{Field: "title", Message: "The round was not started: your session ended first. Check the form and send it again"}}
	}
	return s.render(c, http.StatusOK, "round_new", p)
}

// roundFormPage lists the authorities the account edits, the current
// agreements and the rounds it may read (to copy forward from).
func (s *Server) roundFormPage(c echo.Context) (roundFormPage, error) {
	ctx := c.Request().Context()
	p := roundFormPage{Page: s.page(c, "Start a new round", "assessments")}
	var err error
	if p.Authorities, err = editable(c, s.Authorities); err != nil {
		return p, err
	}
	if p.Agreements, err = s.Agreements.FindAgreements(ctx, benchmark.AgreementFilter{}); err != nil {
		return p, err
	}
	p.Rounds, err = s.Assessments.FindAssessments(ctx, userFrom(c).ReadScope(benchmark.AssessmentFilter{}))
	return p, err
}

func (s *Server) handleRoundCreate(c echo.Context) error {
	ctx := c.Request().Context()
	p, err := s.roundFormPage(c)
	if err != nil {
		return err
	}
	values, err := c.FormParams()
	if err != nil {
		return err
	}
	p.Form = readRoundForm(values)
	if p.Errors = p.Form.validate(p.Agreements); len(p.Errors) > 0 {
		return s.render(c, http.StatusUnprocessableEntity, "round_new", p)
	}
	au, err := s.Authorities.FindAuthority(ctx, p.Form.Authority)
	if err != nil {
		p.Errors = []FieldError{{Field: "authority", Message: "Choose the authority whose round this is"}}
		return s.render(c, http.StatusUnprocessableEntity, "round_new", p)
	}
	if !userFrom(c).CanEdit(au.ONSCode) {
		return errForbidden
	}
	on, _ := benchmark.ParseDate(p.Form.AssessedOn) // validated above; stored as ISO 8601
	a := &benchmark.Assessment{AuthorityCode: au.ONSCode, Title: p.Form.Title, AssessedOn: on,
		AgreementIDs: p.Form.AgreementIDs, CopiedFromID: p.Form.CopyFrom, FollowsNew: p.Form.FollowsNew,
		CreatedBy: userFrom(c).Actor()}
	ratings, err := s.copiedRatings(ctx, a, p.Agreements, userFrom(c))
	if err != nil {
		return err
	}
	if err := s.Assessments.CreateAssessment(ctx, a, ratings); err != nil {
		if code := benchmark.ErrorCode(err); code == benchmark.ECONFLICT || code == benchmark.EINVALID {
			p.Errors = []FieldError{{Field: "title", Message: benchmark.ErrorMessage(err)}}
			return s.render(c, http.StatusUnprocessableEntity, "round_new", p)
		}
		return err
	}
	msg := "Round “" + a.Title + "” started."
	if len(ratings) > 0 {
		msg = "Round “" + a.Title + "” started with " + strconv.Itoa(len(ratings)) + " ratings copied forward."
	}
	return redirect(c, "/assessments/"+strconv.Itoa(a.ID)+"/ratings", msg)
}

// copiedRatings are the ratings the new round a starts with when copied
// from an earlier round (benchmark.CopyRound), in the name of the account
// copying them, which must be able to read it; none when a is not a copy.
// agreements are the current ones.
func (s *Server) copiedRatings(ctx context.Context, a *benchmark.Assessment, agreements []*benchmark.Agreement, by *benchmark.User) ([]*benchmark.Rating, error) {
	if a.CopiedFromID == 0 {
		return nil, nil
	}
	src, err := s.Assessments.FindAssessmentByID(ctx, a.CopiedFromID)
	if err != nil {
		return nil, err
	}
	if !by.CanRead(src.AuthorityCode) {
		return nil, errForbidden
	}
	ratings, err := s.Assessments.FindRatings(ctx, src.ID)
	if err != nil {
		return nil, err
	}
	all, err := benchmark.FindAgreementsWithEarlier(ctx, s.Agreements, agreements, src, a)
	if err != nil {
		return nil, err
	}
	return benchmark.CopyRound(all, benchmark.Side{Assessment: src, Ratings: ratings}, a, by.Actor()), nil
}

// roundFinalPage asks for confirmation before a round becomes read-only.
type roundFinalPage struct {
	Page
	Assessment *benchmark.Assessment
}

func (s *Server) handleRoundFinalForm(c echo.Context) error {
	return s.roundFinal(c, false)
}

func (s *Server) handleRoundFinal(c echo.Context) error {
	return s.roundFinal(c, true)
}

// roundFinal shows the confirmation, or on a confirmed post marks the
// round final.
func (s *Server) roundFinal(c echo.Context, post bool) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	back := "/assessments/" + strconv.Itoa(id)
	a, err := s.Assessments.FindAssessmentByID(c.Request().Context(), id)
	if err != nil {
		return err
	}
	if a.Final {
		return redirect(c, back, "")
	}
	p := roundFinalPage{Page: s.page(c, "Mark “"+a.Title+"” final", "assessments"), Assessment: a}
	if !post {
		return s.render(c, http.StatusOK, "round_final", p)
	}
	if c.FormValue("confirm") != "yes" {
		p.Errors = []FieldError{{Field: "confirm", Message: "Confirm that the round's ratings can no longer be changed"}}
		return s.render(c, http.StatusUnprocessableEntity, "round_final", p)
	}
	if err := s.Ratings.FinalizeAssessment(c.Request().Context(), id, userFrom(c).Actor()); err != nil {
		return err
	}
	return redirect(c, back, "The round is now final. Its ratings can be read but no longer changed.")
}
