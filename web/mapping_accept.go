package web

import (
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
)

// acceptForm is the review page's form that accepts at once every
// suggestion listed with at least a chosen confidence.
type acceptForm struct {
	// Percent is the lowest confidence to accept, as typed.
	Percent string
	Error   string
}

// acceptField is the id of the form's confidence input.
const acceptField = "accept-min"

// newAcceptForm is the form as first shown: it proposes accepting the
// suggestions of 80% or more, well above benchmark.LowConfidence.
func newAcceptForm() acceptForm { return acceptForm{Percent: "80"} }

// handleMappingsAccept accepts, in one transaction, every suggestion the
// reviewer's page listed whose confidence reaches the percentage chosen,
// marking each reviewed in their name. If any listed recommendation was
// changed meanwhile, nothing is accepted and the page says so (409).
func (s *Server) handleMappingsAccept(c echo.Context) error {
	show := mappingShow(c.FormValue("show"))
	f := acceptForm{Percent: strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(c.FormValue("min")), "%"))}
	pct, err := strconv.Atoi(f.Percent)
	if err != nil || pct < 1 || pct > 100 {
		f.Error = "Enter the lowest confidence to accept as a whole number from 1 to 100"
	}
	form, _ := c.FormParams()
	seen := map[int]int{}
	for _, v := range form["seen"] {
		id, ver, _ := strings.Cut(v, ":")
		i, err1 := strconv.Atoi(id)
		n, err2 := strconv.Atoi(ver)
		if err1 == nil && err2 == nil && i > 0 {
			seen[i] = n
		}
	}
	if f.Error == "" && len(seen) == 0 {
		f.Error = "No suggestion is listed on this page to accept"
	}
	status := http.StatusUnprocessableEntity
	if f.Error == "" {
		ids, err := s.Suggestions.AcceptSuggestions(c.Request().Context(), &benchmark.SuggestionAcceptance{Seen: seen, MinPercent: pct, By: userFrom(c).Actor()})
		var stale *benchmark.StaleAcceptError
		switch {
		case errors.As(err, &stale):
			f.Error, status = benchmark.ErrorMessage(err), http.StatusConflict
		case err != nil:
			return err
		case len(ids) == 0:
			f.Error = "No suggestion listed has a confidence of " + itoa(pct) + "% or more: nothing was accepted"
		default:
			return redirect(c, mappingsPageHref(show, agreementIDs(c), c.FormValue("page")), "Accepted "+suggestionsText(len(ids))+" with a confidence of "+itoa(pct)+"% or more, marked reviewed.")
		}
	}
	p, err := s.mappingsPage(c, show, nil)
	if err != nil {
		return err
	}
	p.Accept, p.Errors = f, []FieldError{{Field: acceptField, Message: f.Error}}
	return s.render(c, status, "mappings", p)
}

// suggestionsText counts suggestions in words: "1 suggestion", "3 suggestions".
func suggestionsText(n int) string {
	if n == 1 {
		return "1 suggestion"
	}
	return itoa(n) + " suggestions"
}
