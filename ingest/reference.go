package ingest

import (
	"sort"
	"strings"
	"sync"

	"github.com/svbench/svbench/benchmark"
)

// Reference is what validation checks rows against: the 153 authorities and
// the theme taxonomy.
type Reference struct {
	Authorities []*benchmark.Authority
	Taxonomy    benchmark.Taxonomy
	// found remembers each party text already looked up (nil when it names
	// none): a national file repeats a few hundred texts over 80,000 rows.
	mu    sync.Mutex
	found map[string]*benchmark.Authority
	// near remembers the close names offered for each text that names no
	// authority, so a file repeating one bad name does not pay for the
	// comparison on every row.
	near map[string][]string
}

// authority finds an authority by name, ONS code or DfE code.
func (ref *Reference) authority(s string) *benchmark.Authority {
	ref.mu.Lock()
	defer ref.mu.Unlock()
	if a, ok := ref.found[s]; ok {
		return a
	}
	if ref.found == nil {
		ref.found = map[string]*benchmark.Authority{}
	}
	var match *benchmark.Authority
	for _, a := range ref.Authorities {
		if a.Matches(s) {
			match = a
			break
		}
	}
	ref.found[s] = match
	return match
}

// closestAuthorities offers up to three names near s, for an error message,
// comparing names as NormalizeName folds them ("Bristol, City of" is
// "bristol").
func (ref *Reference) closestAuthorities(s string) []string {
	ref.mu.Lock()
	got, ok := ref.near[s]
	ref.mu.Unlock()
	if ok {
		return got
	}
	names := make([]string, len(ref.Authorities))
	for i, a := range ref.Authorities {
		names[i] = a.Name
	}
	got = closestBy(s, names, 3, benchmark.NormalizeName)
	ref.mu.Lock()
	if ref.near == nil {
		ref.near = map[string][]string{}
	}
	ref.near[s] = got
	ref.mu.Unlock()
	return got
}

// SuggestAuthority offers, for s that names no authority, up to three
// close names as a sentence, e.g. `Did you mean "Bury"?`, worded as the
// agreement upload words it; it is "" when no name is close.
func (ref *Reference) SuggestAuthority(s string) string {
	return strings.TrimSpace(suggestion(ref.closestAuthorities(s)))
}

// closest returns up to n candidates nearest to s by edit distance over
// normalised text, dropping any too far to be a plausible typo.
func closest(s string, candidates []string, n int) []string {
	return closestBy(s, candidates, n, benchmark.NormalizeText)
}

// closestBy is closest with the given normalisation.
func closestBy(s string, candidates []string, n int, norm func(string) string) []string {
	type scored struct {
		name string
		d    int
	}
	q := norm(s)
	var list []scored
	for _, c := range candidates {
		nc := norm(c)
		d := benchmark.EditDistance(q, nc)
		if strings.Contains(nc, q) && q != "" {
			d = min(d, 1)
		}
		if d <= max(3, len(q)/2) {
			list = append(list, scored{c, d})
		}
	}
	sort.SliceStable(list, func(i, j int) bool { return list[i].d < list[j].d })
	var out []string
	for i := 0; i < len(list) && i < n; i++ {
		out = append(out, list[i].name)
	}
	return out
}

// suggestion renders candidates as ` Did you mean "A" or "B"?`, or "".
func suggestion(candidates []string) string {
	if len(candidates) == 0 {
		return ""
	}
	q := make([]string, len(candidates))
	for i, c := range candidates {
		q[i] = `"` + c + `"`
	}
	return " Did you mean " + strings.Join(q, " or ") + "?"
}
