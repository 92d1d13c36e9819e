package ingest

import (
	"errors"
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
	// Held is the current agreement held for each authority and round,
	// by RoundKey: an authority has one agreement a round, so a file
	// giving it another is refused (see agreementBuilder.oneARound). Nil,
	// as seeding the shipped agreements has it, checks the file against
	// itself only.
	Held map[string][]HeldAgreement
	// found remembers each party text already looked up: a national file
	// repeats a few hundred texts over 80,000 rows.
	mu       sync.Mutex
	found    map[string]found
	resolver *benchmark.AuthorityResolver
}

// authority finds the authority s names (see benchmark.AuthorityResolver),
// or nil.
func (ref *Reference) authority(s string) *benchmark.Authority {
	a, _ := ref.resolve(s)
	return a
}

// resolve finds the authority s names: its ONS or DfE code, its ONS or
// place name, or a council's form of it ("Kent County Council"). The error
// is a *benchmark.NameError, whose message suggests the nearest names or
// lists every authority an ambiguous name could be.
func (ref *Reference) resolve(s string) (*benchmark.Authority, error) {
	ref.mu.Lock()
	defer ref.mu.Unlock()
	if f, ok := ref.found[s]; ok {
		return f.a, f.err
	}
	if ref.found == nil {
		ref.found = map[string]found{}
		ref.resolver = benchmark.NewAuthorityResolver(ref.Authorities)
	}
	a, err := ref.resolver.Resolve(s)
	ref.found[s] = found{a, err}
	return a, err
}

// found is one remembered resolution.
type found struct {
	a   *benchmark.Authority
	err error
}

// SuggestAuthority offers, for s that names no authority, up to three
// close place names as a sentence, e.g. `Did you mean "Bury"?`, worded as
// the agreement upload words it; it is "" when no name is close.
func (ref *Reference) SuggestAuthority(s string) string {
	_, err := ref.resolve(s)
	var ne *benchmark.NameError
	if errors.As(err, &ne) {
		return strings.TrimSpace(ne.Hint())
	}
	return ""
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
