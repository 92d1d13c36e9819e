package web

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/datasets"
	"github.com/svbench/svbench/ingest"
)

type agreementPage struct {
	Page
	Agreement *benchmark.Agreement
	// Revisions are every revision of this agreement, newest first.
	Revisions []*benchmark.Agreement
	// FromAppendix is true when the agreement's recommendations are exactly
	// those shipped from Bristol's Appendix A, numbered by svbench.
	FromAppendix bool
	// SourceHost is the host of the agreement's source link, or "".
	SourceHost string
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
	p := agreementPage{Page: s.page(c, a.Title, "agreements"), Agreement: a,
		FromAppendix: fromAppendix(a), SourceHost: urlHost(a.SourceURL)}
	for i := len(all) - 1; i >= 0; i-- {
		if all[i].PartyKey() == a.PartyKey() {
			p.Revisions = append(p.Revisions, all[i])
		}
	}
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

// appendixFile is the shipped file holding Bristol's Appendix A, which gives
// no recommendation numbers: svbench numbers them in the appendix's order.
const appendixFile = "agreements/2020-21.csv"

// appendixAgreements reads the shipped appendix once, against the shipped
// authorities (no taxonomy: only parties, rounds and recommendations are
// compared).
var appendixAgreements = sync.OnceValue(func() []*benchmark.Agreement {
	auths, err := datasets.FS.ReadFile("authorities.csv")
	if err != nil {
		return nil
	}
	data, err := datasets.FS.ReadFile(appendixFile)
	if err != nil {
		return nil
	}
	list, err := ingest.ParseAuthorities(auths)
	if err != nil {
		return nil
	}
	themes, err := datasets.FS.ReadFile("themes.csv")
	if err != nil {
		return nil
	}
	tax, err := ingest.ParseTaxonomy(themes)
	if err != nil {
		return nil
	}
	out, err := ingest.ParseAgreements(data, &ingest.Reference{Authorities: list, Taxonomy: tax})
	if err != nil {
		return nil
	}
	return out
})

// fromAppendix reports whether a holds the shipped appendix's agreement
// unchanged: the same parties and round and the same recommendations, in
// order, with svbench's numbers. An upload with DfE's own numbers or other
// text is a new revision and does not match.
func fromAppendix(a *benchmark.Agreement) bool {
	for _, b := range appendixAgreements() {
		if b.PartyKey() != a.PartyKey() || b.FinancialYear != a.FinancialYear || len(b.Recommendations) != len(a.Recommendations) {
			continue
		}
		same := true
		for i, r := range b.Recommendations {
			if r.Reference != a.Recommendations[i].Reference || r.Text != a.Recommendations[i].Text {
				same = false
				break
			}
		}
		if same {
			return true
		}
	}
	return false
}

// urlHost is the host of an address, without "www.", or "" when it has none.
func urlHost(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}
