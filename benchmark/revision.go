package benchmark

import (
	"fmt"
	"strconv"
	"strings"
)

// RevisionKey is what every revision of one agreement shares: its parties
// and financial year. An agreement without parties is only itself.
func (a *Agreement) RevisionKey() string {
	if len(a.Parties) == 0 {
		return "\x1e" + strconv.Itoa(a.ID)
	}
	return a.PartyKey() + "\x1f" + a.FinancialYear
}

// RevisionChange is what importing an agreement does to the agreement
// held with the same RevisionKey.
type RevisionChange struct {
	// Action is ImportCreated, ImportUnchanged or ImportRevised.
	Action string
	// Revision is the revision current after the import.
	Revision int
	// Added, Changed and Removed count recommendations against the held
	// revision, matched by reference (all are added for a new agreement).
	Added, Changed, Removed int
}

// ReviseAgreement decides whether next, an imported agreement, is new
// (cur, the current revision held of it, is nil), the same as cur, or a
// new revision of it. First next adopts the mappings people gave cur (see
// adoptMappings); then it is the same when its Fingerprint is. It sets
// next.Revision unless next is unchanged.
func ReviseAgreement(cur, next *Agreement) RevisionChange {
	if cur == nil {
		next.Revision = 1
		return RevisionChange{Action: ImportCreated, Revision: 1, Added: len(next.Recommendations)}
	}
	adoptMappings(cur, next)
	if Fingerprint(cur) == Fingerprint(next) {
		return RevisionChange{Action: ImportUnchanged, Revision: cur.Revision}
	}
	next.Revision = cur.Revision + 1
	c := RevisionChange{Action: ImportRevised, Revision: next.Revision}
	c.Added, c.Changed, c.Removed = diffRecommendations(cur, next)
	return c
}

// Fingerprint renders the content of an agreement that an import compares:
// title, financial year, dates, status, link, parties, and each
// recommendation with its mappings. Storage IDs, revision and creation
// time are left out.
func Fingerprint(a *Agreement) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\x1f%s\x1f%s\x1f%s\x1f%s\x1f%s\x1e", a.Title, a.FinancialYear, a.Published, a.Status, a.SourceURL, a.PartyKey())
	for _, r := range a.Recommendations {
		b.WriteString(recommendationPrint(r))
	}
	return b.String()
}

// recommendationPrint is the content of one recommendation an import
// compares.
func recommendationPrint(r *Recommendation) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\x1f%s\x1f%s\x1e", r.Reference, r.Text, r.Due)
	for _, m := range r.Mappings {
		fmt.Fprintf(&b, "%s\x1f%s\x1f%s\x1f%.4f\x1d", m.Theme, m.SubTheme, m.Source, m.Confidence)
	}
	return b.String()
}

// adoptMappings gives each incoming recommendation that carries only
// suggested mappings the mappings its counterpart in the current revision
// holds (same reference and text), so a person's review survives
// re-importing the file it came from, and a file whose themes were left
// blank re-imports unchanged.
func adoptMappings(cur, next *Agreement) {
	held := map[string]*Recommendation{}
	for _, r := range cur.Recommendations {
		held[r.Reference+"\x1f"+NormalizeText(r.Text)] = r
	}
	for _, r := range next.Recommendations {
		old := held[r.Reference+"\x1f"+NormalizeText(r.Text)]
		if old == nil || len(old.Mappings) == 0 || !r.OnlySuggested() {
			continue
		}
		r.Mappings = make([]*Mapping, len(old.Mappings))
		for i, m := range old.Mappings {
			c := *m
			c.ID = 0
			r.Mappings[i] = &c
		}
	}
}

// OnlySuggested reports whether every mapping of r is a suggestion (true
// when r has none).
func (r *Recommendation) OnlySuggested() bool {
	for _, m := range r.Mappings {
		if m.Source != SourceSuggested {
			return false
		}
	}
	return true
}

// diffRecommendations counts recommendations of next that are new or
// changed against cur, and those of cur that next drops, matching by
// reference.
func diffRecommendations(cur, next *Agreement) (added, changed, removed int) {
	held := map[string]*Recommendation{}
	for _, r := range cur.Recommendations {
		held[r.Reference] = r
	}
	seen := map[string]bool{}
	for _, r := range next.Recommendations {
		seen[r.Reference] = true
		old := held[r.Reference]
		switch {
		case old == nil:
			added++
		case recommendationPrint(old) != recommendationPrint(r):
			changed++
		}
	}
	for _, r := range cur.Recommendations {
		if !seen[r.Reference] {
			removed++
		}
	}
	return added, changed, removed
}
