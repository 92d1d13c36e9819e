package web

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
)

// gridPage is the rating grid of one round.
type gridPage struct {
	Page
	Assessment *benchmark.Assessment
	Taxonomy   benchmark.Taxonomy
	Agreements []*benchmark.Agreement
	Filter     gridFilter
	Groups     []*gridGroup
	// Sections lists the grid's sections with their progress; a long round
	// shows one of them at a time, with Previous and NextSection beside it.
	Sections              []gridSectionLink
	Previous, NextSection *gridSectionLink
	// Long is set for a round shown a section at a time.
	Long bool
	// Owners are the owners the round's ratings name, for the filter.
	Owners []string
	// NextNotRated links the first recommendation not yet rated, or is nil.
	NextNotRated *gridNext
	// Shown and Total count the recommendations on the page and in the round.
	Shown, Total int
	// Progress counts the round's rated recommendations.
	Progress benchmark.Progress
	// Failed is set when the page answers a refused save.
	Failed bool
	// Base is the grid's path without a query; Return is where a save
	// comes back to.
	Base, Return string
}

// ViewHref is the grid as it is, in the other view.
func (p *gridPage) ViewHref(view string) string {
	f := p.Filter
	f.View = view
	return p.Base + "?" + f.query(p.Filter.Section)
}

// AllHref shows every section of a long round at once.
func (p *gridPage) AllHref() string { return p.Base + "?" + p.Filter.query(sectionAll) }

// ClearHref is the grid in its grouping and view with no filter.
func (p *gridPage) ClearHref() string {
	return p.Base + "?" + gridFilter{Group: p.Filter.Group, View: p.Filter.View}.query(0)
}

// Compact reports whether the page shows the compact table.
func (p *gridPage) Compact() bool { return p.Filter.View == viewCompact }

// RAGFilters are the choices of the rating filter.
func (gridPage) RAGFilters() []struct{ Value, Label string } {
	return []struct{ Value, Label string }{{"green", "Green"}, {"amber", "Amber"}, {"red", "Red"}, {"none", "Not rated"}}
}

func (s *Server) handleRatingGrid(c echo.Context) error {
	d, err := s.loadRound(c)
	if err != nil {
		return err
	}
	return s.renderGrid(c, d, http.StatusOK, s.keptRating(c, d))
}

// keptNotice says why a rating kept from an ended session is shown.
const keptNotice = "Not saved yet: your session ended before this was saved. Check what you typed and save it again"

// keptRating is the rating change the browser posted to this round after
// its session ended, kept for it to save again once signed in; nil when
// there is none or the account may not change the round.
func (s *Server) keptRating(c echo.Context, d *roundData) *gridItem {
	ck, err := c.Cookie(presessionCookie)
	if err != nil || !userFrom(c).CanEdit(d.Assessment.AuthorityCode) || d.Assessment.Final {
		return nil
	}
	prefix := "/assessments/" + strconv.Itoa(d.Assessment.ID) + "/ratings/"
	kept, ok := s.stash.take(ck.Value, func(p string) bool { return strings.HasPrefix(p, prefix) })
	if !ok {
		return nil
	}
	recID, err := strconv.Atoi(strings.TrimPrefix(kept.Path, prefix))
	if err != nil {
		return nil
	}
	_, rec, err := d.recommendation(recID)
	if err != nil {
		return nil
	}
	_, posted, _ := readRatingValues(kept.Form, recID, "")
	it := &gridItem{Recommendation: rec, Rating: &posted}
	it.setProblems([]benchmark.FieldProblem{{Message: keptNotice}})
	return it
}

// renderGrid renders the grid; failed, when set, replaces one item's
// rating with what was posted and shows why it was not saved: every
// problem in the error summary and each beside its field.
func (s *Server) renderGrid(c echo.Context, d *roundData, status int, failed *gridItem) error {
	total := 0
	for _, a := range d.Agreements {
		total += len(a.Recommendations)
	}
	query := c.QueryParams()
	if c.Request().Method != http.MethodGet { // a refused save: the grid as the form was shown
		if u, err := url.Parse(safeReturn(c.FormValue("return"))); err == nil {
			query = u.Query()
		}
	}
	f := chooseView(readGridFilter(query), total)
	base := "/assessments/" + strconv.Itoa(d.Assessment.ID) + "/ratings"
	p := gridPage{
		Page:       s.page(c, "Rate: "+d.Assessment.Title, "assessments"),
		Assessment: d.Assessment, Taxonomy: d.Taxonomy, Agreements: d.Agreements,
		Base: base, Return: c.Request().URL.RequestURI(), Total: total, Failed: failed != nil,
		Progress: benchmark.RoundProgress(d.Agreements, d.Ratings), Owners: benchmark.RoundOwners(d.Ratings),
		Long: longRound(total),
	}
	l := gridLayout{Groups: buildGrid(d, f), base: base, filter: f}
	if p.Long && f.Section != sectionAll {
		l.Groups = splitGroups(l.Groups, sectionRows[f.View])
		l.Current = min(max(f.Section, 1), max(len(l.Groups), 1))
		if failed != nil {
			if n := l.primaryGroup(failed.Recommendation.ID); n > 0 {
				l.Current = n
			}
		}
		if len(l.Groups) == 0 {
			l.Current = 0
		}
		f.Section = l.Current
	}
	p.Filter = f
	l.linkFirst()
	p.Groups, p.Sections, p.NextNotRated = l.Shown(), l.Sections(), l.nextNotRated()
	p.Previous, p.NextSection = l.Previous(), l.Next()
	if err := s.attachHistory(c, d.Assessment.ID, p.Groups); err != nil {
		return err
	}
	if c.Request().Method != http.MethodGet {
		p.Return = c.FormValue("return")
	}
	seen := map[int]bool{}
	for _, g := range p.Groups {
		for _, sec := range g.Sections {
			for _, it := range sec.Items {
				id := it.Recommendation.ID
				if failed != nil && id == failed.Recommendation.ID && it.Primary {
					it.stored, it.Rating = it.Rating, failed.Rating
					it.Problems, it.Refused = failed.Problems, true
					for _, pr := range failed.Problems {
						p.Errors = append(p.Errors, FieldError{Field: fieldInputID(pr.Field, id), Message: it.Label + ": " + pr.Message})
					}
				}
				if !seen[id] {
					seen[id] = true
					p.Shown++
				}
			}
		}
	}
	return s.render(c, status, "rating_grid", &p)
}

// attachHistory reads the history of the grid's shown cards, newest first,
// and gives each primary card its own.
func (s *Server) attachHistory(c echo.Context, assessmentID int, groups []*gridGroup) error {
	ids := []int{}
	for _, g := range groups {
		for _, sec := range g.Sections {
			for _, it := range sec.Items {
				if it.Primary {
					ids = append(ids, it.Recommendation.ID)
				}
			}
		}
	}
	list, err := s.Ratings.FindRatingChanges(c.Request().Context(), benchmark.RatingChangeFilter{AssessmentID: &assessmentID, RecommendationIDs: ids})
	if err != nil {
		return err
	}
	byRec := map[int][]*benchmark.RatingChange{}
	for _, ch := range list {
		byRec[ch.RecommendationID] = append(byRec[ch.RecommendationID], ch)
	}
	for _, g := range groups {
		for _, sec := range g.Sections {
			for _, it := range sec.Items {
				if it.Primary {
					it.History = byRec[it.Recommendation.ID]
				}
			}
		}
	}
	return nil
}

// gridItemView is one item as its template sees it, with the page around it.
type gridItemView struct {
	*gridItem
	Page  *gridPage
	Level int // heading level of the item's name
}

// Item wraps an item for the "ratingitem" template.
func (p *gridPage) Item(it *gridItem, underSubTheme bool) gridItemView {
	v := gridItemView{gridItem: it, Page: p, Level: 3}
	if underSubTheme {
		v.Level = 4
	}
	return v
}

// TargetDate is the item's target date as the form asks for it, e.g.
// "31/3/2026"; a refused date is shown as it was typed.
func (v gridItemView) TargetDate() string { return benchmark.UKDate(v.Rating.TargetDate) }

// Status is the line under the item's form saying where its rating stands:
// who saved it and when, or that it is as the round was loaded (and from
// what), or that it has not been saved, or that a save was refused.
func (v gridItemView) Status() string {
	r := v.Rating
	loaded := r.Loaded() && len(v.History) == 0
	switch {
	case v.Refused:
		return "Your change was not saved."
	case r.Version == 0 || (loaded && r.Blank()):
		return "Not saved yet."
	case loaded:
		out := r.RAG.Label() + ", as loaded with the round; not changed since."
		if src := strings.TrimSpace(v.Page.Assessment.Source); src != "" {
			out += " Source: " + strings.TrimSuffix(src, ".") + "."
		}
		return out
	}
	return savedStatus(r)
}

// savedStatus is the status line of a saved rating: its word, who saved it
// and when, and its version. The grid's script shows it after a save.
func savedStatus(r *benchmark.Rating) string {
	out := "Saved: " + r.RAG.Label()
	if r.UpdatedBy != "" {
		out += ", by " + r.UpdatedBy
	}
	if !r.UpdatedAt.IsZero() {
		out += ", " + when(r.UpdatedAt)
	}
	return out + " (version " + strconv.Itoa(r.Version) + ")."
}

// ragValue is a rating as a form value: "none" for not rated.
func ragValue(r benchmark.RAG) string {
	if r == benchmark.NotRated {
		return "none"
	}
	return string(r)
}
