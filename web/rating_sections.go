package web

import (
	"strconv"
	"strings"

	"github.com/svbench/svbench/benchmark"
)

// gridSectionLink is one entry of the grid's list of sections: a theme or
// agreement (or a part of one), how far its rating has got, and where it is.
type gridSectionLink struct {
	Number   int
	Heading  string
	Progress benchmark.Progress
	// Recs lists the IDs of the section's recommendations, space apart,
	// for rating.js to keep Progress up to date as ratings save.
	Recs    string
	Href    string
	Current bool
}

// groupProgress counts a group's recommendations, each once, and how many
// of them are rated Green, Amber or Red, and lists their IDs.
func groupProgress(g *gridGroup) (benchmark.Progress, string) {
	var p benchmark.Progress
	var ids strings.Builder
	seen := map[int]bool{}
	for _, sec := range g.Sections {
		for _, it := range sec.Items {
			if seen[it.Recommendation.ID] {
				continue
			}
			seen[it.Recommendation.ID] = true
			if p.Total > 0 {
				ids.WriteByte(' ')
			}
			ids.WriteString(strconv.Itoa(it.Recommendation.ID))
			p.Total++
			if it.Rating.RAG != benchmark.NotRated {
				p.Rated++
			}
		}
	}
	return p, ids.String()
}

// gridLayout is which of the grid's groups a page shows: every one when
// Current is 0, or the one numbered Current (from 1) of a long round.
type gridLayout struct {
	Groups  []*gridGroup
	Current int
	base    string
	filter  gridFilter
}

// href is where recommendation recID is rated when it sits in group i
// (from 0): on this page, or on its section's page.
func (l gridLayout) href(i, recID int) string {
	anchor := "#rec-" + strconv.Itoa(recID)
	if l.Current == 0 || l.Current == i+1 {
		return anchor
	}
	return l.base + "?" + l.filter.query(i+1) + anchor
}

// Sections lists the groups as sections with their progress.
func (l gridLayout) Sections() []gridSectionLink {
	out := make([]gridSectionLink, len(l.Groups))
	for i, g := range l.Groups {
		progress, recs := groupProgress(g)
		out[i] = gridSectionLink{Number: i + 1, Heading: g.Heading, Progress: progress, Recs: recs, Current: l.Current == i+1}
		if l.Current == 0 {
			out[i].Href = "#section-" + strconv.Itoa(i+1)
		} else {
			out[i].Href = l.base + "?" + l.filter.query(i+1)
		}
	}
	return out
}

// Shown is the groups the page shows.
func (l gridLayout) Shown() []*gridGroup {
	if l.Current == 0 {
		return l.Groups
	}
	return l.Groups[l.Current-1 : l.Current]
}

// primaryGroup is the number (from 1) of the group that holds recID's
// form, or 0.
func (l gridLayout) primaryGroup(recID int) int {
	for i, g := range l.Groups {
		for _, sec := range g.Sections {
			for _, it := range sec.Items {
				if it.Primary && it.Recommendation.ID == recID {
					return i + 1
				}
			}
		}
	}
	return 0
}

// linkFirst points every shown item that is not where its recommendation
// is rated at the place it is.
func (l gridLayout) linkFirst() {
	for _, g := range l.Shown() {
		for _, sec := range g.Sections {
			for _, it := range sec.Items {
				if !it.Primary {
					if n := l.primaryGroup(it.Recommendation.ID); n > 0 {
						it.FirstHref = l.href(n-1, it.Recommendation.ID)
					}
				}
			}
		}
	}
}

// nextNotRated is the first recommendation not yet rated, from the shown
// section on and round to the start again, with where to rate it; nil
// when every one shown by the filters is rated.
func (l gridLayout) nextNotRated() *gridNext {
	n := len(l.Groups)
	start := max(l.Current-1, 0)
	for k := range n {
		i := (start + k) % n
		for _, sec := range l.Groups[i].Sections {
			for _, it := range sec.Items {
				if it.Primary && it.Rating.RAG == benchmark.NotRated {
					return &gridNext{Label: it.Label, Href: l.href(i, it.Recommendation.ID)}
				}
			}
		}
	}
	return nil
}

// gridNext is the grid's "next not rated" link.
type gridNext struct{ Label, Href string }

// Previous and Next are the neighbouring sections of a long round's page,
// or nil.
func (l gridLayout) Previous() *gridSectionLink { return l.neighbour(-1) }

// Next is the section after the shown one, or nil.
func (l gridLayout) Next() *gridSectionLink { return l.neighbour(1) }

func (l gridLayout) neighbour(d int) *gridSectionLink {
	i := l.Current - 1 + d
	if l.Current == 0 || i < 0 || i >= len(l.Groups) {
		return nil
	}
	s := l.Sections()[i]
	return &s
}

// SectionID is the number in the id of the i-th shown group's heading
// (from 0): its place in the list of sections.
func (p *gridPage) SectionID(i int) int {
	if p.Filter.Section > 0 {
		return p.Filter.Section
	}
	return i + 1
}

// gridTableView is one section of the compact view as its template sees it.
type gridTableView struct {
	Section *gridSection
	Caption string
	// CaptionHidden is set when the caption repeats the heading above it:
	// screen readers still name the table by it.
	CaptionHidden bool
	Page          *gridPage
}

// Table wraps a section for the "ratingtable" template, captioned with
// its sub-theme or else its group's heading.
func (p *gridPage) Table(sec *gridSection, group string) gridTableView {
	v := gridTableView{Section: sec, Caption: sec.Heading, Page: p}
	if v.Caption == "" {
		v.Caption, v.CaptionHidden = group, true
	}
	return v
}

// CompactOpen reports whether a compact row's folded fields start open:
// only when one of them has a problem, so that a long table stays short.
func (it *gridItem) CompactOpen() bool {
	for _, f := range []string{benchmark.FieldCommentary, benchmark.FieldEvidence, benchmark.FieldOwner, benchmark.FieldTargetDate} {
		if fieldError(it.Problems, f) != "" {
			return true
		}
	}
	return false
}
