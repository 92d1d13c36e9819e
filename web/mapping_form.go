package web

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"
	"github.com/svbench/svbench/benchmark"
)

// mappingPair is one theme / sub-theme choice of a review form.
type mappingPair struct {
	// N counts the pairs from 1.
	N int
	// ID is the select's id, unique on the page; Name its form field.
	ID, Name string
	// Value is the chosen "themeID:subThemeID", or "" for none.
	Value string
	Error string
	// Choices are the options of its select.
	Choices []mappingChoice
}

// ErrorID is the id of the pair's error message.
func (p mappingPair) ErrorID() string { return p.ID + "-error" }

// Label is the select's label.
func (p mappingPair) Label() string {
	if p.N == 1 {
		return "First theme and sub-theme"
	}
	o := p.Ordinal()
	return strings.ToUpper(o[:1]) + o[1:] + " theme and sub-theme (optional)"
}

// Ordinal names the pair in labels and messages.
func (p mappingPair) Ordinal() string {
	switch p.N {
	case 1:
		return "first"
	case 2:
		return "second"
	case 3:
		return "third"
	}
	return strconv.Itoa(p.N) + "th"
}

// newPairs returns the empty pairs of recommendation id's form. The first
// keeps the field name and id the single-choice form had.
func newPairs(id int) []mappingPair {
	out := make([]mappingPair, benchmark.MaxReviewedMappings)
	for i := range out {
		n := i + 1
		out[i] = mappingPair{N: n, ID: "mapping-" + itoa(id), Name: "mapping"}
		if n > 1 {
			out[i].ID += "-" + itoa(n)
			out[i].Name += itoa(n)
		}
	}
	return out
}

// storedPairs prefills a form with r's current mappings.
func storedPairs(r *benchmark.Recommendation) []mappingPair {
	out := newPairs(r.ID)
	for i, m := range r.Mappings {
		if i < len(out) {
			out[i].Value = choiceValue(m.ThemeID, m.SubThemeID)
		}
	}
	return out
}

// mappingForm is one recommendation's posted review.
type mappingForm struct {
	RecommendationID int
	Pairs            []mappingPair
	// Version is the mapping version the reviewer read.
	Version int
}

func readMappingForm(c echo.Context, id int) *mappingForm {
	f := &mappingForm{RecommendationID: id, Pairs: newPairs(id)}
	f.Version, _ = strconv.Atoi(strings.TrimSpace(c.FormValue("version")))
	for i := range f.Pairs {
		f.Pairs[i].Value = strings.TrimSpace(c.FormValue(f.Pairs[i].Name))
	}
	return f
}

// Valid reports whether no pair is in error.
func (f *mappingForm) Valid() bool { return len(f.Errors()) == 0 }

// Errors lists the pairs' problems for the error summary, in form order.
func (f *mappingForm) Errors() []FieldError {
	var out []FieldError
	for _, p := range f.Pairs {
		if p.Error != "" {
			out = append(out, FieldError{Field: p.ID, Message: p.Error})
		}
	}
	return out
}

// validate checks every pair against the taxonomy, marking each problem
// on its pair, and returns the chosen mappings in form order. The first
// pair is required; a sub-theme must belong to its theme and needs one;
// no pair may repeat another.
func (f *mappingForm) validate(tax benchmark.Taxonomy) []*benchmark.Mapping {
	var out []*benchmark.Mapping
	var from []int // the pair each of out came from
	for i := range f.Pairs {
		p := &f.Pairs[i]
		if p.Value == "" {
			if p.N == 1 {
				p.Error = "Choose a theme for the first mapping"
			}
			continue
		}
		m, msg := pairMapping(tax, p)
		if msg != "" {
			p.Error = msg
			continue
		}
		dup := false
		for j, o := range out {
			if m.SamePair(o) {
				p.Error = fmt.Sprintf("The %s mapping repeats the %s (%s): choose another theme or sub-theme, or none", p.Ordinal(), f.Pairs[from[j]].Ordinal(), m.Label())
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, m)
			from = append(from, i)
		}
	}
	return out
}

// pairMapping resolves a "themeID:subThemeID" choice against the taxonomy,
// or says what is wrong with it.
func pairMapping(tax benchmark.Taxonomy, p *mappingPair) (*benchmark.Mapping, string) {
	unknown := fmt.Sprintf("Choose the %s mapping's theme and sub-theme from the list", p.Ordinal())
	t, s, ok := strings.Cut(p.Value, ":")
	if !ok {
		s = "0"
	}
	themeID, err1 := strconv.Atoi(strings.TrimSpace(t))
	subID, err2 := strconv.Atoi(strings.TrimSpace(s))
	if err1 != nil || err2 != nil || themeID < 0 || subID < 0 {
		return nil, unknown
	}
	var th, owner *benchmark.Theme
	var st *benchmark.SubTheme
	for _, x := range tax {
		if x.ID == themeID {
			th = x
		}
		for _, y := range x.SubThemes {
			if subID != 0 && y.ID == subID {
				st, owner = y, x
			}
		}
	}
	switch {
	case subID != 0 && st == nil:
		return nil, unknown
	case themeID == 0 && st != nil:
		return nil, fmt.Sprintf("The %s mapping has the sub-theme %s but no theme: choose %s – %s", p.Ordinal(), st.Name, owner.Name, st.Name)
	case th == nil:
		return nil, unknown
	case st != nil && owner.ID != th.ID:
		return nil, fmt.Sprintf("%s is a sub-theme of %s, not of %s: choose a sub-theme of %s for the %s mapping, or none", st.Name, owner.Name, th.Name, th.Name, p.Ordinal())
	}
	m := &benchmark.Mapping{ThemeID: th.ID, Theme: th.Name}
	if st != nil {
		m.SubThemeID, m.SubTheme = st.ID, st.Name
	}
	return m, ""
}
