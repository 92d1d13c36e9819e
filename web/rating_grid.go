package web

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/svbench/svbench/benchmark"
)

// gridItem is one recommendation on the rating grid. A recommendation
// under two themes shows its form once (Primary) and a link elsewhere.
type gridItem struct {
	Agreement      *benchmark.Agreement
	Recommendation *benchmark.Recommendation
	Label          string
	Rating         *benchmark.Rating
	History        []*benchmark.RatingChange
	Primary        bool
	// FirstHref is where an item that is not Primary is rated.
	FirstHref string
	// Problems are why this item's last save was refused: each beside its
	// field, or beside the whole form when Field is "". Rating then holds
	// what was posted and Refused is set.
	Problems []FieldError
	Refused  bool
	// stored is the rating held when Rating holds one posted instead.
	stored *benchmark.Rating
}

// StoredRated reports whether the rating held, not one posted and
// refused, is Green, Amber or Red: the page's progress figures count it,
// and rating.js moves them from it as the rating saves.
func (it *gridItem) StoredRated() bool {
	r := it.Rating
	if it.stored != nil {
		r = it.stored
	}
	return r != nil && r.RAG != benchmark.NotRated
}

// setProblems records why a save of the item was refused.
func (it *gridItem) setProblems(list []benchmark.FieldProblem) {
	it.Problems, it.Refused = make([]FieldError, len(list)), true
	for i, p := range list {
		it.Problems[i] = FieldError{Field: p.Field, Message: p.Message}
	}
}

// FormError is the problem with the save as a whole, or "".
func (it *gridItem) FormError() string {
	var msgs []string
	for _, p := range it.Problems {
		if p.Field == "" {
			msgs = append(msgs, p.Message)
		}
	}
	return strings.Join(msgs, "; ")
}

// fieldInputID is the id of the input an error summary links to for a
// field of a recommendation's form: the first radio for the rating, the
// whole form for a problem with no field.
func fieldInputID(field string, recID int) string {
	id := strconv.Itoa(recID)
	switch field {
	case benchmark.FieldRAG:
		return "rag-" + id + "-" + ragValue(benchmark.RAGs[0])
	case benchmark.FieldCommentary, benchmark.FieldEvidence, benchmark.FieldOwner:
		return field + "-" + id
	case benchmark.FieldTargetDate:
		return "target-" + id
	}
	return "rec-" + id
}

// gridSection is a sub-theme (or, by agreement, the whole agreement).
type gridSection struct {
	Heading string
	Items   []*gridItem
}

// gridGroup is a theme or an agreement.
type gridGroup struct {
	Heading  string
	Sections []*gridSection
}

// gridFilter is what the grid shows: its grouping, view, section and
// filters, all read from and kept in the address.
type gridFilter struct {
	Group     string // groupByTheme or groupByAgreement (?by=, or ?group= as before)
	View      string // viewCards or viewCompact; "" until the grid chooses
	Theme     int
	Agreement int
	RAG       string // "green", "amber", "red", "none" or "" for any
	Owner     string // a rating's owner exactly, or "" for any
	// Section is the section asked for, counted from 1; 0 when none was
	// asked for and sectionAll for every section at once.
	Section int
}

// The grid's two views.
const (
	viewCards   = "cards"
	viewCompact = "compact"
)

// sectionAll asks for every section of a long round at once.
const sectionAll = -1

// readGridFilter decodes the grid's query string.
func readGridFilter(q url.Values) gridFilter {
	f := gridFilter{Group: groupByTheme, RAG: q.Get("rag"), Owner: strings.TrimSpace(q.Get("owner"))}
	if q.Get("by") == groupByAgreement || (!q.Has("by") && q.Get("group") == groupByAgreement) {
		f.Group = groupByAgreement
	}
	switch v := q.Get("view"); v {
	case viewCards, viewCompact:
		f.View = v
	}
	f.Theme, _ = strconv.Atoi(q.Get("theme"))
	f.Agreement, _ = strconv.Atoi(q.Get("agreement"))
	if r, ok := benchmark.ParseRAG(f.RAG); !ok || (r == benchmark.NotRated && f.RAG != "none") {
		f.RAG = ""
	}
	if q.Get("section") == "all" {
		f.Section = sectionAll
	} else if n, err := strconv.Atoi(q.Get("section")); err == nil && n > 0 {
		f.Section = n
	}
	return f
}

// Active reports whether any filter narrows the grid.
func (f gridFilter) Active() bool {
	return f.Theme != 0 || f.Agreement != 0 || f.RAG != "" || f.Owner != ""
}

// query is the address of the grid as f shows it, with section set to
// the given one (0 for none).
func (f gridFilter) query(section int) string {
	q := url.Values{"by": {f.Group}, "view": {f.View}}
	if f.Theme != 0 {
		q.Set("theme", strconv.Itoa(f.Theme))
	}
	if f.Agreement != 0 {
		q.Set("agreement", strconv.Itoa(f.Agreement))
	}
	if f.RAG != "" {
		q.Set("rag", f.RAG)
	}
	if f.Owner != "" {
		q.Set("owner", f.Owner)
	}
	switch {
	case section == sectionAll:
		q.Set("section", "all")
	case section > 0:
		q.Set("section", strconv.Itoa(section))
	}
	return q.Encode()
}

// keep reports whether the filter lets an item through.
func (f gridFilter) keep(it *gridItem) bool {
	if f.Agreement != 0 && it.Agreement.ID != f.Agreement {
		return false
	}
	if f.Owner != "" && it.Rating.Owner != f.Owner {
		return false
	}
	if f.RAG != "" {
		want, _ := benchmark.ParseRAG(f.RAG)
		if it.Rating.RAG != want {
			return false
		}
	}
	if f.Theme != 0 {
		for _, m := range it.Recommendation.Mappings {
			if m.ThemeID == f.Theme {
				return true
			}
		}
		return false
	}
	return true
}

// buildGrid lays out the round's recommendations for rating, filtered.
func buildGrid(d *roundData, f gridFilter) []*gridGroup {
	items := map[int]*gridItem{}
	item := func(a *benchmark.Agreement, r *benchmark.Recommendation) *gridItem {
		if it := items[r.ID]; it != nil {
			return &gridItem{Agreement: a, Recommendation: r, Label: it.Label, Rating: it.Rating, FirstHref: "#rec-" + strconv.Itoa(r.ID)}
		}
		it := &gridItem{Agreement: a, Recommendation: r, Label: recLabel(a, r), Rating: d.rating(r.ID), Primary: true}
		items[r.ID] = it
		return it
	}
	var out []*gridGroup
	if f.Group == groupByAgreement {
		for _, a := range d.Agreements {
			sec := &gridSection{}
			for _, r := range a.Recommendations {
				if it := item(a, r); f.keep(it) {
					sec.Items = append(sec.Items, it)
				}
			}
			if len(sec.Items) > 0 {
				out = append(out, &gridGroup{Heading: a.PartyNames() + " (" + a.FinancialYear + ")", Sections: []*gridSection{sec}})
			}
		}
		return out
	}
	type place struct{ theme, sub string }
	byPlace := map[place]*gridSection{}
	var order []place
	for _, a := range d.Agreements {
		for _, r := range a.Recommendations {
			seen := map[string]bool{}
			for _, m := range r.Mappings {
				if seen[m.Theme] || (f.Theme != 0 && m.ThemeID != f.Theme) {
					continue // once per theme, under its first sub-theme
				}
				seen[m.Theme] = true
				it := item(a, r)
				if !f.keep(it) {
					continue
				}
				p := place{m.Theme, m.SubTheme}
				if byPlace[p] == nil {
					byPlace[p] = &gridSection{Heading: m.SubTheme}
					order = append(order, p)
				}
				byPlace[p].Items = append(byPlace[p].Items, it)
			}
			if len(r.Mappings) == 0 {
				if it := item(a, r); f.keep(it) {
					p := place{"No theme yet", ""}
					if byPlace[p] == nil {
						byPlace[p] = &gridSection{}
						order = append(order, p)
					}
					byPlace[p].Items = append(byPlace[p].Items, it)
				}
			}
		}
	}
	themes := []string{}
	for _, th := range d.Taxonomy {
		themes = append(themes, th.Name)
	}
	themes = append(themes, "No theme yet")
	for _, th := range themes {
		g := &gridGroup{Heading: th}
		for _, st := range subThemeOrder(d.Taxonomy, th) {
			for _, p := range order {
				if p.theme == th && p.sub == st {
					g.Sections = append(g.Sections, byPlace[p])
				}
			}
		}
		if len(g.Sections) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// subThemeOrder lists a theme's sub-themes in taxonomy order, after ""
// for recommendations mapped to the theme alone.
func subThemeOrder(tax benchmark.Taxonomy, theme string) []string {
	out := []string{""}
	if th := tax.Theme(theme); th != nil {
		for _, st := range th.SubThemes {
			out = append(out, st.Name)
		}
	}
	return out
}

// MoreOpen reports whether the item's evidence link, owner and target date
// start unfolded: when any of them has a value or a problem.
func (it *gridItem) MoreOpen() bool {
	r := it.Rating
	if r.Evidence != "" || r.Owner != "" || r.TargetDate != "" {
		return true
	}
	for _, f := range []string{benchmark.FieldEvidence, benchmark.FieldOwner, benchmark.FieldTargetDate} {
		if fieldError(it.Problems, f) != "" {
			return true
		}
	}
	return false
}

// MoreFilled says in a line what the folded evidence link, owner and
// target date hold, e.g. "Owner: Head of SEND. Target date: 31 March 2026.",
// or "" when they are empty. A save answers the script with the same line.
func (it *gridItem) MoreFilled() string {
	r := it.Rating
	var parts []string
	if r.Owner != "" {
		parts = append(parts, "Owner: "+r.Owner+".")
	}
	if r.TargetDate != "" {
		parts = append(parts, "Target date: "+benchmark.LongDate(r.TargetDate)+".")
	}
	if r.Evidence != "" {
		parts = append(parts, "Evidence link given.")
	}
	return strings.Join(parts, " ")
}
