package web

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
)

type agreementPage struct {
	Page
	Agreement *benchmark.Agreement
	// Revisions are every revision of this agreement, newest first.
	Revisions []*benchmark.Agreement
	// SourceHost is the host of the agreement's source link, or "".
	SourceHost string
	// ToReview counts the recommendations whose themes are suggestions
	// waiting for review, for a visitor who may review them (else 0);
	// ReviewHref is the review page limited to this agreement.
	ToReview   int
	ReviewHref string
	// Register are the register entries of the agreement's parties and
	// round: what the public record says of it.
	Register []*benchmark.RegisterEntry
}

func (s *Server) handleAgreement(c echo.Context) error {
	ctx := c.Request().Context()
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	a, err := s.Agreements.FindAgreementByID(ctx, id)
	if err != nil {
		return err
	}
	all, err := s.Agreements.FindAgreements(ctx, benchmark.AgreementFilter{FinancialYear: &a.FinancialYear, IncludeSuperseded: true})
	if err != nil {
		return err
	}
	p := agreementPage{Page: s.page(c, a.Title, "agreements"), Agreement: a, SourceHost: urlHost(a.SourceURL)}
	if p.Register, err = s.registerEntriesOf(c, []*benchmark.Agreement{a}); err != nil {
		return err
	}
	for i := len(all) - 1; i >= 0; i-- {
		if all[i].PartyKey() == a.PartyKey() {
			p.Revisions = append(p.Revisions, all[i])
		}
	}
	p.ToReview, p.ReviewHref = toReview(userFrom(c), a), mappingsHref(showToReview, []int{a.ID})
	return s.render(c, http.StatusOK, "agreement", p)
}

// pathID reads a positive integer path parameter, or answers 404.
func pathID(c echo.Context, name string) (int, error) {
	id, err := strconv.Atoi(c.Param(name))
	if err != nil || id <= 0 {
		return 0, benchmark.Errorf(benchmark.ENOTFOUND, "Page not found.")
	}
	return id, nil
}

// urlHost is the host of an address, without "www.", or "" when it has none.
func urlHost(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}
