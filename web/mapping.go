package web

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
)

// mappingsPage lists recommendations with their mappings, for a person to
// accept or change: by default those whose mappings were suggested
// automatically, or those already reviewed, or all.
type mappingsPage struct {
	Page
	Items   []mappingItem
	Choices []mappingChoice
	// Show is the filter in use; Filters are the links to each.
	Show    string
	Filters []mappingFilter
	// AgreementIDs, when not empty, limit the page to those agreements (an
	// upload's), written in forms as AgreementRuns (see idRuns); the first
	// maxScopeNamed of them are named in Scope, and ScopeOthers counts the
	// rest. AllHref shows every agreement again.
	AgreementIDs  []int
	AgreementRuns []string
	Scope         []*benchmark.Agreement
	ScopeOthers   int
	AllHref       string
	// Pages are the pages of the list, reviewPageSize recommendations each.
	Pages pagination
	// Accept is the form that accepts every suggestion listed above a
	// chosen confidence.
	Accept acceptForm
}

// reviewPageSize is how many recommendations the review page lists at a
// time, and maxScopeNamed how many agreements of its filter it names.
const (
	reviewPageSize = 50
	maxScopeNamed  = 10
)

// pageOfItems returns the page of items ?page= asks for, and the
// pagination; the recommendation whose form was posted stays on it
// whichever page it falls on.
func pageOfItems(c echo.Context, show string, runs []string, items []mappingItem, posted *mappingForm) ([]mappingItem, pagination) {
	pg := pageAt("/mappings", mappingsQuery(show, runs, c.FormValue("page")), len(items), reviewPageSize)
	page := items[pg.Offset():min(pg.Offset()+pg.Limit(), len(items))]
	if posted == nil || slices.ContainsFunc(page, func(it mappingItem) bool { return it.Recommendation.ID == posted.RecommendationID }) {
		return page, pg
	}
	for _, it := range items {
		if it.Recommendation.ID == posted.RecommendationID {
			return append([]mappingItem{it}, page...), pg
		}
	}
	return page, pg
}

// The filters of the review page.
const (
	showToReview = "review"
	showReviewed = "reviewed"
	showAll      = "all"
)

// mappingFilter is one link of the page's filter.
type mappingFilter struct {
	Value, Label, Href string
	Count              int
	Current            bool
}

// mappingItem is one recommendation and its review form.
type mappingItem struct {
	Agreement      *benchmark.Agreement
	Recommendation *benchmark.Recommendation
	// Pairs are the form's choices: the first required, the rest
	// optional, prefilled with the current mappings or what was posted.
	Pairs       []mappingPair
	NeedsReview bool
	// Version is the mapping version the form was filled from, posted
	// back so a review made meanwhile is not overwritten.
	Version int
}

// First is the required pair; More are the optional ones.
func (it mappingItem) First() mappingPair  { return it.Pairs[0] }
func (it mappingItem) More() []mappingPair { return it.Pairs[1:] }

// MoreOpen reports whether the optional pairs are shown open: when any is
// filled in or in error.
func (it mappingItem) MoreOpen() bool {
	for _, p := range it.More() {
		if p.Value != "" || p.Error != "" {
			return true
		}
	}
	return false
}

// mappingChoice is one theme, or theme and sub-theme, to choose.
type mappingChoice struct {
	Value, Label string
}

// choices lists every theme and sub-theme as "themeID:subThemeID" values.
func choices(tax benchmark.Taxonomy) []mappingChoice {
	var out []mappingChoice
	for _, th := range tax {
		out = append(out, mappingChoice{choiceValue(th.ID, 0), th.Name})
		for _, st := range th.SubThemes {
			out = append(out, mappingChoice{choiceValue(th.ID, st.ID), th.Name + " – " + st.Name})
		}
	}
	return out
}

func choiceValue(themeID, subThemeID int) string {
	return fmt.Sprintf("%d:%d", themeID, subThemeID)
}

// mappingShow reads the filter, defaulting to the recommendations awaiting
// review.
func mappingShow(v string) string {
	switch v {
	case showReviewed, showAll:
		return v
	}
	return showToReview
}

// shownUnder reports whether r is listed under the filter.
func shownUnder(show string, r *benchmark.Recommendation) bool {
	switch show {
	case showReviewed:
		return r.Reviewed()
	case showAll:
		return true
	}
	return r.Suggested()
}

// mappingsURL is the review page under a filter.
func mappingsURL(show string) string {
	if show == showToReview {
		return "/mappings"
	}
	return "/mappings?show=" + url.QueryEscape(show)
}

// mappingsHref is the review page under a filter, limited to the
// agreements ids when there are any.
func mappingsHref(show string, ids []int) string {
	return mappingsPageHref(show, ids, "")
}

// mappingsPageHref is mappingsHref at a page of the list ("" or "1" for
// the first).
func mappingsPageHref(show string, ids []int, page string) string {
	q := mappingsQuery(show, idRuns(ids), page)
	if len(q) == 0 {
		return "/mappings"
	}
	return "/mappings?" + q.Encode()
}

// mappingsQuery is the review page's query: the filter, the agreements as
// runs of IDs, and the page when past the first.
func mappingsQuery(show string, runs []string, page string) url.Values {
	q := url.Values{}
	if show != showToReview {
		q.Set("show", show)
	}
	for _, run := range runs {
		q.Add("agreement", run)
	}
	if n, err := strconv.Atoi(page); err == nil && n > 1 {
		q.Set("page", strconv.Itoa(n))
	}
	return q
}

// agreementIDs reads the agreement filter of the review page (query or
// form): IDs and runs of them as idRuns writes them.
func agreementIDs(c echo.Context) []int {
	form, _ := c.FormParams()
	return parseIDRuns(form["agreement"])
}

// mappingsPage builds the page under the filter. When posted is not nil,
// its recommendation's form shows the posted choices and their errors
// instead of the stored mappings, and is listed whatever the filter.
func (s *Server) mappingsPage(c echo.Context, show string, posted *mappingForm) (mappingsPage, error) {
	ctx := c.Request().Context()
	p := mappingsPage{Page: s.page(c, "Review suggested themes", "mappings"), Show: show, AgreementIDs: agreementIDs(c)}
	p.AllHref, p.Accept = mappingsURL(show), newAcceptForm()
	tax, err := s.Themes.Taxonomy(ctx)
	if err != nil {
		return p, err
	}
	p.Choices = choices(tax)
	list, err := s.Agreements.FindAgreements(ctx, benchmark.AgreementFilter{})
	if err != nil {
		return p, err
	}
	if p.AgreementIDs != nil {
		in := map[int]bool{}
		for _, id := range p.AgreementIDs {
			in[id] = true
		}
		var kept []*benchmark.Agreement
		for _, a := range list {
			if in[a.ID] {
				kept = append(kept, a)
			}
		}
		list, p.Scope = kept, kept[:min(len(kept), maxScopeNamed)]
		p.AgreementRuns, p.ScopeOthers = idRuns(p.AgreementIDs), len(kept)-len(p.Scope)
	}
	counts := map[string]int{}
	for _, a := range list {
		for _, r := range a.Recommendations {
			for _, f := range []string{showToReview, showReviewed, showAll} {
				if shownUnder(f, r) {
					counts[f]++
				}
			}
			if !shownUnder(show, r) && (posted == nil || posted.RecommendationID != r.ID) {
				continue
			}
			it := mappingItem{Agreement: a, Recommendation: r}
			for _, m := range r.Mappings {
				it.NeedsReview = it.NeedsReview || m.NeedsReview()
			}
			if posted != nil && posted.RecommendationID == r.ID {
				it.Pairs, it.Version = posted.Pairs, posted.Version
			} else {
				it.Pairs, it.Version = storedPairs(r), r.MappingVersion
			}
			for i := range it.Pairs {
				it.Pairs[i].Choices = p.Choices
			}
			p.Items = append(p.Items, it)
		}
	}
	p.Items, p.Pages = pageOfItems(c, show, p.AgreementRuns, p.Items, posted)
	for _, f := range []struct{ value, label string }{
		{showToReview, "To review"},
		{showReviewed, "Reviewed"},
		{showAll, "All recommendations"},
	} {
		p.Filters = append(p.Filters, mappingFilter{Value: f.value, Label: f.label, Href: mappingsHref(f.value, p.AgreementIDs), Count: counts[f.value], Current: f.value == show})
	}
	return p, nil
}

// handleMappings shows the recommendations under the filter in ?show=.
func (s *Server) handleMappings(c echo.Context) error {
	p, err := s.mappingsPage(c, mappingShow(c.QueryParam("show")), nil)
	if err != nil {
		return err
	}
	return s.render(c, http.StatusOK, "mappings", p)
}

// handleMappingReview saves a person's choices for one recommendation,
// marked reviewed and in their name: up to benchmark.MaxReviewedMappings
// theme / sub-theme pairs, the first required. Nothing is saved unless
// every pair is valid; otherwise each problem is shown beside its field
// and in the summary. A review made against a version someone else has
// reviewed since is refused with both shown (renderMappingConflict).
func (s *Server) handleMappingReview(c echo.Context) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	show := mappingShow(c.FormValue("show"))
	ctx := c.Request().Context()
	tax, err := s.Themes.Taxonomy(ctx)
	if err != nil {
		return err
	}
	f := readMappingForm(c, id)
	mappings := f.validate(tax)
	if f.Valid() {
		rev := &benchmark.MappingReview{RecommendationID: id, Mappings: mappings, Version: f.Version, By: userFrom(c).Actor()}
		err = s.Mappings.ReviewMappings(ctx, rev)
		var stale *benchmark.StaleMappingError
		if errors.As(err, &stale) {
			return s.renderMappingConflict(c, f, rev, stale.Current, show)
		} else if benchmark.ErrorCode(err) == benchmark.EINVALID {
			// The store refused what the form allowed: show it on the
			// first field rather than lose it.
			f.Pairs[0].Error = benchmark.ErrorMessage(err)
		} else if err != nil {
			return err
		}
	}
	if !f.Valid() {
		p, perr := s.mappingsPage(c, show, f)
		if perr != nil {
			return perr
		}
		p.Errors = f.Errors()
		return s.render(c, http.StatusUnprocessableEntity, "mappings", p)
	}
	labels := make([]string, len(mappings))
	for i, m := range mappings {
		labels[i] = m.Label()
	}
	return redirect(c, mappingsPageHref(show, agreementIDs(c), c.FormValue("page")), "Recommendation mapped to "+strings.Join(labels, " and ")+", marked reviewed.")
}
