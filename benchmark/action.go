package benchmark

import (
	"sort"
	"time"
)

// Action is one recommendation of a round that names an owner or a target
// date: who owes what, by when.
type Action struct {
	Agreement      *Agreement
	Recommendation *Recommendation
	Rating         *Rating
	// Overdue is set when the target date is before the day the list was
	// made, in the UK.
	Overdue bool
}

// ActionFilter narrows a round's actions; zero fields are ignored.
type ActionFilter struct {
	Owner   string // the owner exactly
	ThemeID int    // recommendations mapped to the theme
}

// UKToday is the date in the UK at now, as an ISO date ("2026-12-02").
func UKToday(now time.Time) string { return UKTime(now).Format(time.DateOnly) }

// RoundActions lists the actions of a round over agreements with the
// given ratings, as of today (an ISO date, see UKToday): the soonest
// target date first and those without one last, then by owner, then in
// agreement order.
func RoundActions(agreements []*Agreement, ratings map[int]*Rating, today string, f ActionFilter) []*Action {
	var out []*Action
	for _, a := range agreements {
		for _, rec := range a.Recommendations {
			r := ratings[rec.ID]
			if r == nil || (r.Owner == "" && r.TargetDate == "") || !f.keeps(rec, r) {
				continue
			}
			out = append(out, &Action{Agreement: a, Recommendation: rec, Rating: r, Overdue: r.TargetDate != "" && r.TargetDate < today})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].Rating, out[j].Rating
		if (a.TargetDate == "") != (b.TargetDate == "") {
			return b.TargetDate == ""
		}
		if a.TargetDate != b.TargetDate {
			return a.TargetDate < b.TargetDate
		}
		return a.Owner < b.Owner
	})
	return out
}

func (f ActionFilter) keeps(rec *Recommendation, r *Rating) bool {
	if f.Owner != "" && r.Owner != f.Owner {
		return false
	}
	if f.ThemeID == 0 {
		return true
	}
	for _, m := range rec.Mappings {
		if m.ThemeID == f.ThemeID {
			return true
		}
	}
	return false
}

// RoundOwners lists the owners a round's ratings name, each once, in
// alphabetical order.
func RoundOwners(ratings map[int]*Rating) []string {
	seen := map[string]bool{}
	var out []string
	for _, r := range ratings {
		if r.Owner != "" && !seen[r.Owner] {
			seen[r.Owner] = true
			out = append(out, r.Owner)
		}
	}
	sort.Strings(out)
	return out
}

// Overdue counts the overdue actions of a list.
func Overdue(list []*Action) int {
	n := 0
	for _, a := range list {
		if a.Overdue {
			n++
		}
	}
	return n
}
