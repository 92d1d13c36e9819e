package web

import (
	"context"
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
)

// agreementRemovePage asks for confirmation before an uploaded agreement
// revision is removed, or says why it cannot be.
type agreementRemovePage struct {
	Page
	Agreement *benchmark.Agreement
	// Previous is the revision made current again, or nil.
	Previous *benchmark.Agreement
	// Rounds are the rounds that cover it.
	Rounds []*benchmark.Assessment
	// Refused says why it cannot be removed; "" when it can.
	Refused string
}

// agreementRemovePage reads the agreement named by :id, the revision it
// superseded and the rounds covering it, and asks benchmark.CheckRemovable.
func (s *Server) agreementRemovePage(c echo.Context) (agreementRemovePage, error) {
	ctx := c.Request().Context()
	id, err := pathID(c, "id")
	if err != nil {
		return agreementRemovePage{}, err
	}
	a, err := s.Agreements.FindAgreementByID(ctx, id)
	if err != nil {
		return agreementRemovePage{}, err
	}
	p := agreementRemovePage{Page: s.page(c, "Remove “"+a.Title+"” revision "+itoa(a.Revision), ""), Agreement: a}
	if p.Previous, err = s.previousRevision(ctx, a); err != nil {
		return p, err
	}
	rounds, err := s.Assessments.FindAssessments(ctx, benchmark.AssessmentFilter{})
	if err != nil {
		return p, err
	}
	for _, r := range rounds {
		for _, aid := range r.AgreementIDs {
			if aid == a.ID {
				p.Rounds = append(p.Rounds, r)
				break
			}
		}
	}
	if err := benchmark.CheckRemovable(a, p.Rounds); err != nil {
		p.Refused = benchmark.ErrorMessage(err)
	}
	return p, nil
}

// previousRevision returns the revision a superseded, or nil.
func (s *Server) previousRevision(ctx context.Context, a *benchmark.Agreement) (*benchmark.Agreement, error) {
	fy := a.FinancialYear
	list, err := s.Agreements.FindAgreements(ctx, benchmark.AgreementFilter{FinancialYear: &fy, IncludeSuperseded: true})
	if err != nil {
		return nil, err
	}
	for _, o := range list {
		if o.SupersededBy == a.ID {
			return o, nil
		}
	}
	return nil, nil
}

// handleAgreementRemoveForm shows the confirmation.
func (s *Server) handleAgreementRemoveForm(c echo.Context) error {
	p, err := s.agreementRemovePage(c)
	if err != nil {
		return err
	}
	return s.render(c, http.StatusOK, "agreement_remove", p)
}

// handleAgreementRemove removes the revision; a refusal is shown on the
// confirmation page with 422.
func (s *Server) handleAgreementRemove(c echo.Context) error {
	p, err := s.agreementRemovePage(c)
	if err != nil {
		return err
	}
	rm, err := s.Removals.RemoveAgreement(c.Request().Context(), p.Agreement.ID, adminActor(c))
	if benchmark.ErrorCode(err) == benchmark.EINVALID {
		p.Refused = benchmark.ErrorMessage(err)
		p.Errors = []FieldError{{Message: p.Refused}}
		return s.render(c, http.StatusUnprocessableEntity, "agreement_remove", p)
	} else if err != nil {
		return err
	}
	msg := "Revision " + itoa(rm.Revision) + " of “" + rm.Title + "”, uploaded from " + rm.File + ", removed"
	to := "/"
	if rm.RestoredID != 0 {
		msg += ": revision " + itoa(p.Previous.Revision) + " is current again"
		to = "/agreements/" + itoa(rm.RestoredID)
	}
	return redirect(c, to, msg+". The removal is recorded.")
}
