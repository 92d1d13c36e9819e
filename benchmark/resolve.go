package benchmark

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// AuthorityResolver finds the authority a piece of text names: its ONS
// code, its DfE code, its ONS name, its place name or a council's usual
// form of it ("Kent County Council", "Royal Borough of Kingston upon
// Thames"), compared by NameKey. A name that is no authority's whole key
// may still name one by some of its words ("Hull City Council" is Kingston
// upon Hull) when no other authority has them all, unless the authority is
// only a part of what the words name ("Berkshire" is only suggested as
// West Berkshire).
type AuthorityResolver struct {
	list []*Authority
	keys [][]string // keys[i] holds list[i]'s keys, each a NameKey
}

// NewAuthorityResolver returns a resolver over list, kept in its order.
func NewAuthorityResolver(list []*Authority) *AuthorityResolver {
	r := &AuthorityResolver{list: list, keys: make([][]string, len(list))}
	for i, a := range list {
		for _, k := range []string{NameKey(a.Name), NameKey(a.Place())} {
			if k != "" && !slices.Contains(r.keys[i], k) {
				r.keys[i] = append(r.keys[i], k)
			}
		}
	}
	return r
}

// NameError says that a text names no authority, with the nearest ones
// (Ambiguous false), or could name several, listing them all (Ambiguous
// true).
type NameError struct {
	Text       string
	Ambiguous  bool
	Candidates []*Authority
}

// Error implements the error interface, e.g. `"Bristoll" is not an English
// local authority. Did you mean "Bristol"?` or `"Kingston" could be
// "Kingston upon Hull" or "Kingston upon Thames": give the council's full
// name or its ONS or DfE code.`
func (e *NameError) Error() string {
	if e.Ambiguous {
		return fmt.Sprintf("%q could be %s: give the council's full name or its ONS or DfE code.", e.Text, quotedPlaces(e.Candidates))
	}
	return fmt.Sprintf("%q is not an English local authority.%s", e.Text, e.Hint())
}

// Hint is the suggestion alone, ` Did you mean "Bristol" or "Bedford"?`,
// or "" when no authority is near.
func (e *NameError) Hint() string {
	if e.Ambiguous || len(e.Candidates) == 0 {
		return ""
	}
	return " Did you mean " + quotedPlaces(e.Candidates) + "?"
}

// quotedPlaces renders place names as `"A", "B" or "C"`.
func quotedPlaces(list []*Authority) string {
	q := make([]string, len(list))
	for i, a := range list {
		q[i] = fmt.Sprintf("%q", a.Place())
	}
	if len(q) == 1 {
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}

// Resolve returns the one authority text names, or a *NameError.
func (r *AuthorityResolver) Resolve(text string) (*Authority, error) {
	text = strings.TrimSpace(text)
	for _, a := range r.list {
		if text != "" && (strings.EqualFold(text, a.ONSCode) || text == a.DfECode) {
			return a, nil
		}
	}
	words := nameTokens(text)
	if len(words) > 0 {
		key := strings.Join(words, " ")
		if found := r.filter(func(keys []string) bool { return slices.Contains(keys, key) }); len(found) > 0 {
			return r.one(text, found)
		}
		if found := r.filter(func(keys []string) bool { return slices.ContainsFunc(keys, hasAllWords(words)) }); len(found) == 1 && r.onlyPart(found[0], words) {
			// "Berkshire" is not West Berkshire: suggest it, do not choose it.
			return nil, &NameError{Text: text, Candidates: found}
		} else if len(found) > 0 {
			return r.one(text, found)
		}
	}
	return nil, &NameError{Text: text, Candidates: r.Nearest(text, 3)}
}

// one returns the single authority of found, or an ambiguity error.
func (r *AuthorityResolver) one(text string, found []*Authority) (*Authority, error) {
	if len(found) == 1 {
		return found[0], nil
	}
	return nil, &NameError{Text: text, Ambiguous: true, Candidates: found}
}

// filter returns the authorities one of whose key lists passes keep.
func (r *AuthorityResolver) filter(keep func([]string) bool) []*Authority {
	var out []*Authority
	for i, a := range r.list {
		if keep(r.keys[i]) {
			out = append(out, a)
		}
	}
	return out
}

// compassWords mark an authority that is one part of an older, larger
// area: North Northamptonshire, West Berkshire, Central Bedfordshire.
var compassWords = map[string]bool{"north": true, "south": true, "east": true, "west": true, "central": true}

// onlyPart reports whether a has, beyond words, a word saying it is only
// part of the area words name.
func (r *AuthorityResolver) onlyPart(a *Authority, words []string) bool {
	for _, w := range nameTokens(a.Name) {
		if compassWords[w] && !slices.Contains(words, w) {
			return true
		}
	}
	return false
}

// hasAllWords returns a test of whether a key holds every one of words.
func hasAllWords(words []string) func(string) bool {
	return func(key string) bool {
		have := strings.Fields(key)
		for _, w := range words {
			if !slices.Contains(have, w) {
				return false
			}
		}
		return true
	}
}

// Search returns the authorities text could be the start of, in the
// resolver's order, for a search box: those whose code it is, whose key
// holds all its words, or has a word its key starts ("bri" finds Brighton
// and Hove and Bristol, not Redbridge; "Kent County Council" finds Kent).
func (r *AuthorityResolver) Search(text string) []*Authority {
	text = strings.TrimSpace(text)
	if text == "" {
		return slices.Clone(r.list)
	}
	words := nameTokens(text)
	key := strings.Join(words, " ")
	var out []*Authority
	for i, a := range r.list {
		if strings.EqualFold(text, a.ONSCode) || text == a.DfECode {
			out = append(out, a)
			continue
		}
		for _, k := range r.keys[i] {
			if key != "" && (strings.Contains(" "+k, " "+key) || hasAllWords(words)(k)) {
				out = append(out, a)
				break
			}
		}
	}
	return out
}

// Nearest returns up to n authorities whose names are nearest to text, by
// edit distance between keys and by words shared, for a suggestion; it
// leaves out any too far to be a plausible slip.
func (r *AuthorityResolver) Nearest(text string, n int) []*Authority {
	words := nameTokens(text)
	key := strings.Join(words, " ")
	if key == "" {
		return nil
	}
	type scored struct {
		a *Authority
		d int
	}
	var list []scored
	for i, a := range r.list {
		best := -1
		for _, k := range r.keys[i] {
			d := EditDistance(key, k)
			if strings.Contains(k, key) {
				d = min(d, 1)
			}
			if shared := sharedWords(words, strings.Fields(k)); shared > 0 {
				d = min(d, 3*(len(words)-shared)+1)
			}
			if best < 0 || d < best {
				best = d
			}
		}
		if best >= 0 && best <= max(3, len([]rune(key))/2) {
			list = append(list, scored{a, best})
		}
	}
	sort.SliceStable(list, func(i, j int) bool { return list[i].d < list[j].d })
	var out []*Authority
	for i := 0; i < len(list) && i < n; i++ {
		out = append(out, list[i].a)
	}
	return out
}

// sharedWords counts the words of q, of three letters or more, that are
// also in k.
func sharedWords(q, k []string) int {
	n := 0
	for _, w := range q {
		if len(w) >= 3 && slices.Contains(k, w) {
			n++
		}
	}
	return n
}
