package benchmark

import (
	"strings"
)

// Councils write their names in many forms: "Bristol City Council", "City
// of Bristol", "London Borough of Hillingdon", "Council of the Isles of
// Scilly". NameKey sets aside the words that say what kind of council it
// is, so that each form folds to the same key as the ONS name.

// councilPrefixes are set aside at the start of a name, longest first.
var councilPrefixes = [][]string{
	{"city", "and", "county", "of"},
	{"metropolitan", "borough", "of"},
	{"london", "borough", "of"},
	{"royal", "borough", "of"},
	{"council", "of", "the"},
	{"council", "of"},
	{"borough", "of"},
	{"county", "of"},
	{"city", "of"},
	{"the"},
}

// councilSuffixes are set aside at the end of a name, longest first.
var councilSuffixes = [][]string{
	{"metropolitan", "borough", "council"},
	{"metropolitan", "district", "council"},
	{"county", "borough", "council"},
	{"london", "borough", "council"},
	{"unitary", "authority"},
	{"borough", "council"},
	{"district", "council"},
	{"county", "council"},
	{"city", "council"},
	{"city", "corporation"},
	{"corporation"},
	{"council"},
	{"city", "of"},
	{"county", "of"},
	{"borough"},
	{"city"},
}

// fillerWords are set aside wherever they stand: "Telford & Wrekin" and
// "Telford and Wrekin" are one name.
var fillerWords = map[string]bool{"and": true, "of": true, "the": true}

// NameKey folds an authority's name, in any of the forms councils write it,
// to the words that tell it from the others: lower case, "&" read as
// "and", punctuation set aside, "saint" read as "st", and the words that
// say what kind of council it is dropped from either end ("London Borough
// of", "City Council", ", City of"), as are "and", "of" and "the". So
// "Bristol, City of", "Bristol City Council" and "City of Bristol" are all
// "bristol". It is "" for text with no such words ("Council").
func NameKey(s string) string {
	return strings.Join(nameTokens(s), " ")
}

// nameTokens is NameKey as a list of words.
func nameTokens(s string) []string {
	words := strings.Fields(NormalizeText(strings.ReplaceAll(s, "&", " and ")))
	for i, w := range words {
		if w == "saint" {
			words[i] = "st"
		}
	}
	for changed := true; changed; {
		changed = false
		for _, p := range councilPrefixes {
			if hasWords(words, p) {
				words, changed = words[len(p):], true
				break
			}
		}
		for _, p := range councilSuffixes {
			if len(words) >= len(p) && hasWords(words[len(words)-len(p):], p) {
				words, changed = words[:len(words)-len(p)], true
				break
			}
		}
	}
	out := words[:0:0]
	for _, w := range words {
		if !fillerWords[w] {
			out = append(out, w)
		}
	}
	return out
}

// hasWords reports whether words starts with prefix.
func hasWords(words, prefix []string) bool {
	if len(words) < len(prefix) {
		return false
	}
	for i, p := range prefix {
		if words[i] != p {
			return false
		}
	}
	return true
}
